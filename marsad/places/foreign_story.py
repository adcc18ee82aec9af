"""A report told from another country (rule `foreign-story`): its villages are not Syria's or Iraq's namesakes.

Marsad's gazetteer holds every village of Syria and Iraq but only the countries and large cities of the rest
of the world. A report from Nigeria names small towns the gazetteer lacks ("Kadisau", "Marte"), and letter
for letter many of them match a Syrian or Iraqi hamlet: read alone, "bandits stormed Kadisau" would be coded
in Rif Dimashq. When the report's own words place its story in another country and nothing in it points to
Syria or Iraq, no Syrian or Iraqi namesake is the place meant: such a mention stays unresolved (the event then
lies in the country the report names, at country level), and a city of that country the gazetteer holds is
still found ("Maiduguri", "Kampala").

The words that place a story abroad, in a report that names nothing Syrian or Iraqi:
  - a country abroad named as written: "in Nigeria", "Kenya's Lamu County", a dateline "BAMAKO, Mali —"
    ("the Somali army" does not count: an adjective names an actor, and Syrian reports speak of Turkish drones);
  - a large city abroad (100,000 people or more) named as written, that no Syrian or Iraqi city shares:
    "NAIROBI —", "in Kinshasa", "130 km from Maiduguri", "Katsina State";
  - a province or region abroad (marsad/data/places/regions_abroad.yaml): "Zamfara", "North Kivu", "Cauca";
  - the demonym of a country far from Syria and Iraq (the same file): "Nigerian troops", "Malian soldiers".
What points to Syria or Iraq and keeps every namesake: the words Syria, Iraq and their demonyms, a Syrian or
Iraqi governorate the report names, or the core country `stated_country` finds.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from marsad.geo import CORE_COUNTRIES
from marsad.places.mentions import Span
from marsad.types import Candidate

RULE = "foreign-story"
REGIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "regions_abroad.yaml"
CITY_POPULATION = 100_000  # a city abroad known by name: its name alone places a story
EXACT_SPELLING = 0.95
GOVERNORATE_LETTERS = 80  # "alhasakeh" / "alhasakah" 89, "dara" / "daraa" 89; "dakar" / "dhiqar" 55
_CORE_WORDS = re.compile(r"\b(?:syria|syrian|syrians|iraq|iraqi|iraqis|kurdistan region)\b", re.I)


@dataclass(frozen=True)
class ForeignStory:
    """The country abroad a report's words place its story in, and the words that told it."""

    code: str
    evidence: str


def foreign_story(
    text: str,
    spans: list[Span],
    candidates_of: Callable[[Span], list[Candidate]],
    spelling: Callable[[Span, Candidate], float],
    core_cue: bool,
) -> ForeignStory | None:
    """The country abroad the report is told from, or None when nothing places it abroad or anything points
    to Syria or Iraq (`core_cue`: the core country stated_country found, or a region the report comes with)."""
    if core_cue or _CORE_WORDS.search(text) or any(_names_governorate(span, candidates_of(span)) for span in spans):
        return None
    region = _regions().search(text)  # "in Zamfara State", "North Kivu", "Nigerian troops"
    if region is not None:
        return ForeignStory(_region_country()[region.group(0)], region.group(0))
    for span in spans:
        found = _abroad_place(span, candidates_of(span), spelling)
        if found is not None:
            return ForeignStory(found, text[span.start:span.end])
    return None


@lru_cache(maxsize=1)
def _region_country() -> dict[str, str]:
    data = yaml.safe_load(REGIONS_FILE.read_text(encoding="utf-8"))
    return {name: code for part in ("regions", "demonyms") for code, names in data[part].items() for name in names}


@lru_cache(maxsize=1)
def _regions() -> re.Pattern[str]:
    names = sorted(_region_country(), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _names_governorate(span: Span, candidates: list[Candidate]) -> bool:
    """The mention names a Syrian or Iraqi governorate nearly as written ("Idlib", "Al Hasakeh", "Dara"), not
    only by the Arabic folding that makes "Dakar" a Dhi Qar."""
    return any(c.place.feature_code == "ADM1" and c.place.country_code in CORE_COUNTRIES
               and fuzz.ratio(_letters(span.text), _letters(c.matched_name)) >= GOVERNORATE_LETTERS
               for c in candidates)


def _abroad_place(span: Span, candidates: list[Candidate],
                  spelling: Callable[[Span, Candidate], float]) -> str | None:
    """The country of a country or a large city abroad the mention names as written, when no Syrian or Iraqi
    city bears that spelling too."""
    spelled = [c for c in candidates if spelling(span, c) >= EXACT_SPELLING]
    # abroad, only a name written letter for letter: Arabic folding makes "Al-Shula" a Seoul, "Thiban" a Durban
    abroad = [c for c in spelled if c.place.country_code and c.place.country_code not in CORE_COUNTRIES
              and (c.place.feature_code == "PCLI" or c.place.population >= CITY_POPULATION)
              and same_letters(span.text, c.matched_name)]
    if not abroad:
        return None
    if any(c.place.country_code in CORE_COUNTRIES and c.place.population >= CITY_POPULATION for c in spelled):
        return None  # a Syrian or Iraqi city bears the name too: the name alone says nothing
    best = max(abroad, key=lambda c: (c.place.feature_code == "PCLI", c.place.population))
    return best.place.country_code


def same_letters(mention: str, name: str) -> bool:
    """Written with the same letters, case and accents aside ("Cote d'Ivoire", "Côte d'Ivoire"): how a country's
    name is read, never by the Arabic folding that makes "As Samawah" a Samoa."""
    return _letters(mention) == _letters(name)


def _letters(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name.lower().replace("ı", "i")) if ch.isalnum())
