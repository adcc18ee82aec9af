"""The country a report is about, told in its own words (rule `report-country`).

A report that names no governorate still says where its story lies: "Turkish drones struck near Sinjar in
northern Iraq", "clashes in Iraq's Jalawla", "a village in the Kurdistan Region", or a city only one of Syria
and Iraq has ("in Mosul", "near Deir ez-Zor"). That country is a soft preference among namesakes (ranking.py):
a candidate in it wins over a namesake abroad; a candidate that is the only one is never dropped.

Only words that place the story count (marsad/data/places/report_country.yaml): a country or region after a
place word or a bearing, or as a possessive before a place. "Iraqi militias", "the Iraqi border", "fled to
Iraq" name actors and destinations, not where a Syrian report's story lies. Words that point to both
countries give no preference. When nothing else tells the country, the dateline does: "SINJAR, Iraq —",
"ERBIL, Kurdistan Region -" say where the report was filed, most often where its story lies.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from marsad.geo import CORE_COUNTRIES
from marsad.places.mentions import Span
from marsad.types import Candidate

RULE = "report-country"
STATED_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "report_country.yaml"
CITY_POPULATION = 10_000  # a city, not a village: its name is known to lie in one country
CITY_SPELLING = 0.95  # spelled as the gazetteer writes it
GOVERNORATES_NAMED = "the governorates it names"  # the evidence of a country told by its governorates alone
DATELINE_CHARS = 600  # a dateline opens the report, after its title and a site banner at most


@dataclass(frozen=True)
class StatedCountry:
    """The report's country and the words that told it ("northern Iraq", "in Mosul")."""

    code: str
    evidence: str
    start: int
    end: int


@dataclass(frozen=True)
class _Patterns:
    told: re.Pattern[str]  # "in Iraq", "northern Iraq", "near the Kurdistan Region"
    possessive: re.Pattern[str]  # "Iraq's " before a place
    place_before: re.Pattern[str]  # the words before a city told as a place: "in", "near the", "in northern"
    country_of: dict[str, str]  # a name, lower case -> its country
    dateline: re.Pattern[str]  # "SINJAR, Iraq —", "ERBIL, Kurdistan Region -" opening a line
    home_body: re.Pattern[str]  # "the Security Media Cell": a body that speaks only of its own country
    body_country: dict[str, str]  # a body's name, lower case -> its country


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = yaml.safe_load(STATED_FILE.read_text(encoding="utf-8"))
    country_of = {name.lower(): code for code, names in data["countries"].items() for name in names}
    body_country = {name.lower(): code for code, names in data.get("home_bodies", {}).items() for name in names}
    names = _alternation(n for names in data["countries"].values() for n in names)
    places, bearings = _alternation(data["place_words"]), _alternation(data["bearings"])
    lead = rf"(?:(?:{places})\s+(?:the\s+)?(?:(?:{bearings})\s+)?|(?:{bearings})\s+)"
    return _Patterns(
        # a name joined by a dash ("the Syria-Iraq border") or owning a noun ("near Iraq's border") is no place
        told=re.compile(rf"(?<![\w-]){lead}(?P<name>{names})(?![\w-])(?!['’]s\b)", re.I),
        possessive=re.compile(rf"(?<![\w-])(?P<name>{names})['’]s\s+", re.I),
        place_before=re.compile(rf"(?<![\w-])(?:{places})\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
                                rf"(?:(?:{bearings})\s+)?$", re.I),
        country_of=country_of,
        # a line that opens with a capitalised place, a comma and a country or region, an outlet in brackets
        # maybe, then a dash: where the report was filed ("SINJAR, Iraq —", "ERBIL, Kurdistan Region (AP) -")
        dateline=re.compile(rf"(?m)^[ \t]*(?P<told>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){{0,3}},\s*(?P<name>{names}))"
                            rf"\s*(?:\([^()\n]{{2,60}}\)\s*)?(?:[–—]|-{{1,2}}\s)"),
        home_body=re.compile(rf"(?<![\w-])(?P<name>{_alternation(body_country) or '(?!)'})(?![\w-])", re.I),
        body_country=body_country,
    )


def stated_country(
    text: str,
    spans: list[Span],
    candidates_of: Callable[[Span], list[Candidate]],
    spelling: Callable[[Span, Candidate], float],
    governorate_countries: Iterable[str] = (),
) -> StatedCountry | None:
    """The one core country the report's words place its story in, or None (no such words, or words for
    both Syria and Iraq). Cues: a country or region told as a place, a city only one country has told as
    a place ("in Mosul"), and the governorates the report names."""
    patterns = _patterns()
    cues: dict[str, StatedCountry] = {}

    def note(code: str | None, start: int, end: int, evidence: str | None = None) -> None:
        if code in CORE_COUNTRIES and code not in cues:
            cues[code] = StatedCountry(code, text[start:end] if evidence is None else evidence, start, end)

    for match in patterns.told.finditer(text):
        note(patterns.country_of.get(match["name"].lower()), match.start(), match.end())
    span_starts = {span.start for span in spans}
    for match in patterns.possessive.finditer(text):
        if match.end() in span_starts:  # "Iraq's Sinjar": a place follows
            note(patterns.country_of.get(match["name"].lower()), match.start(), match.end() - 1)
    for span in spans:
        told = patterns.place_before.search(text, max(0, span.start - 40), span.start)
        if told is None:
            continue
        city_country = _city_country(span, candidates_of(span), spelling)
        note(city_country, told.start(), span.end)
    for code in governorate_countries:
        note(code, 0, 0, GOVERNORATES_NAMED)
    if not cues:  # where the report was filed, the weakest cue: a wire in Erbil also files Syrian stories
        dateline = patterns.dateline.search(text, 0, DATELINE_CHARS)
        if dateline is not None:
            note(patterns.country_of.get(dateline["name"].lower()), dateline.start("told"), dateline.end("told"))
    if not cues:  # a body that speaks only of its own country's ground: "the Security Media Cell said"
        for body in patterns.home_body.finditer(text):
            note(patterns.body_country.get(body["name"].lower()), body.start(), body.end())
    return next(iter(cues.values())) if len(cues) == 1 else None


def _city_country(span: Span, candidates: list[Candidate], spelling: Callable[[Span, Candidate], float]) -> str | None:
    """The country of a city only one core country has by that name ("Mosul"), else None ("Sinjar" is also
    a village in Idlib; a village names no country)."""
    spelled = [c for c in candidates if c.place.country_code in CORE_COUNTRIES and spelling(span, c) >= CITY_SPELLING]
    countries = {c.place.country_code for c in spelled}
    city = any(
        c.place.population >= CITY_POPULATION or (c.place.feature_code or "").startswith(("PPLA", "PPLC"))
        for c in spelled
    )
    return countries.pop() if city and len(countries) == 1 else None
