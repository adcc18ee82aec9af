"""Scoring helpers of the geoparser's ranker: spelling likeness, bonuses for holders, anchors and features, and
the small text tests the ranker applies to a span (kept apart so geoparser.py reads as the ranking itself)."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

from marsad.geo import CORE_COUNTRIES, distance_km
from marsad.places.constraints import (
    DISTRICT_CODES,
    Holder,
)
from marsad.places.context import direction_fit, holder_fit
from marsad.places.gazetteer import Gazetteer
from marsad.places.index import latin_key, name_vkey
from marsad.places.kurdish_readings import other_readings
from marsad.places.mentions import Span, lexicon
from marsad.places.precision import admissible, is_common_phrase
from marsad.text.fold import ARTICLES, compact, vowel_fold
from marsad.types import Candidate, Place, Resolution

CITY_KM = 15.0  # a quarter named "in" a city lies within this distance of it
_POINT_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLL", "STLMT"}


def _admissible(span: Span, found: list[Candidate]) -> list[Candidate]:
    """Loose matches of ordinary words and of parts of longer names are dropped (precision.py)."""
    return admissible(
        found,
        span.text,
        common=is_common_phrase(span.text),
        partial=span.partial_run,
        facility_word=span.facility_word,
    )


def _within_city(resolution: Resolution, city: Place) -> Resolution:
    """The best candidate within CITY_KM of the container city, else the city itself (ACLED codes
    "Damascus - Jobar" at Damascus)."""
    chosen = resolution.chosen
    for cand in ([chosen] if chosen else []) + list(resolution.candidates):
        if distance_km(cand.place.latitude, cand.place.longitude, city.latitude, city.longitude) <= CITY_KM:
            return Resolution(chosen=cand, score=resolution.score, candidates=resolution.candidates)
    fallback = Candidate(place=city, matched_name=city.name, method="container", score=resolution.score)
    return Resolution(chosen=fallback, score=resolution.score, candidates=resolution.candidates)


def _spelling(mention: str, cand: Candidate) -> float:
    if cand.method == "arabic":
        return 1.0
    return _spelled(mention, cand.matched_name)


@lru_cache(maxsize=100_000)
def _spelled(mention: str, name: str) -> float:
    """How alike a mention and a candidate's name are spelled; kept, as the ranker asks it of one candidate
    several times (each filter and the score) and the Kurdish readings are rebuilt at each ask otherwise."""
    spelling = _vowel_ratio(mention, name)
    for reading in other_readings(mention):
        # rule `kurdish-readings`: "Duchan" spells GeoNames' Dujan as "Dujan" would (kurdish_readings.py)
        if latin_key(reading) == latin_key(name):
            spelling = max(spelling, _vowel_ratio(reading, name))
    return spelling


@lru_cache(maxsize=100_000)
def _vowel_ratio(mention: str, name: str) -> float:
    return fuzz.ratio(name_vkey(mention), name_vkey(name)) / 100


# rule `nisba-not-place`: "Al-Baghdadi" is "of Baghdad" (a town in Anbar, a man's name), not Baghdad; the
# fold drops the final vowel, so the two meet on one key. The weight outdoes what a capital and a city's
# population give (2.0 + 0.4 + an alternate name abroad, "Bagdade", spelled nearly as the mention).
NISBA_PENALTY = 5.0


def is_nisba_of(mention: str, name: str) -> bool:
    """The mention is the name with the Arabic adjective ending "-i" ("Baghdadi" of "Baghdad", "Tikriti" of
    "Tikrit"), which names something of that place, not the place."""
    if not mention.lower().endswith("i"):  # as written: "Hole" (Al-Hol) ends in a vowel the key also reads "i"
        return False
    mention_v, name_v = name_vkey(mention), name_vkey(name)
    return len(name_v) >= 3 and not name_v.endswith("i") and mention_v == name_v + "i"


@lru_cache(maxsize=100_000)
def _digits(name: str) -> str:
    return "".join(char for char in name if char.isdigit())


def _direction_before(text: str, span: Span) -> str | None:
    """ "in eastern Deir-ez-Zor": the direction word right before a container; "Al-Dair district, north of
    Basra": the side named before "of" ("north" asks what "northern" does)."""
    words = text[max(0, span.start - 20) : span.start].lower().split()
    if words and words[-1] in lexicon()["directions"]:
        return words[-1]
    if len(words) >= 2 and words[-1] == "of" and f"{words[-2]}ern" in lexicon()["directions"]:
        return f"{words[-2]}ern"
    return None


@lru_cache(maxsize=100_000)
def _letters_alike(mention: str, name: str) -> float:
    return fuzz.ratio(_plain(mention), _plain(name)) / 100


@lru_cache(maxsize=100_000)
def _plain(name: str) -> str:
    """Lower-case letters of a name without its article ("Al Sabkhah" -> "sabkhah"), for tie-breaking."""
    words = re.sub(r"[^a-z ]+", "", anyascii(name).lower().replace("-", " ")).split()
    return "".join(w for w in words if w not in ARTICLES) or "".join(words)


_ALSO_NAMED = re.compile(r"\s*\(\s*")


def _holder_bonus(place: Place, holder: Holder, gazetteer: Gazetteer, settlement: bool = False) -> float:
    bonus = 0.0
    governorate = holder.place is not None and holder.place.feature_code == "ADM1"
    if not governorate and holder.key in (latin_key(place.admin2 or ""), latin_key(place.admin3 or "")):
        bonus += 1.5  # "Sajur line in Menbij district"
    if holder.place is not None:
        bonus += 2.0 * holder_fit(place, holder.place)
        if holder.place.feature_code == "ADM1" and place.admin1 == holder.place.admin1:
            bonus += 0.8 * direction_fit(place, holder.place, holder.direction, settlement)
    return bonus


# Anchors further north or south than this lie beyond the widest bonus distance (120 km; a degree of
# latitude is 111.19 km, and a great circle is never shorter than its north-south part): their distance
# is not computed, which changes no bonus and saves most of the geoparser's trigonometry.
_ANCHOR_LATITUDE_SPAN = 121.0 / 111.19


def _anchor_bonus(place: Place, anchors: list[Place]) -> float:
    latitude = place.latitude
    others = [
        a for a in anchors if a.geonameid != place.geonameid and abs(a.latitude - latitude) <= _ANCHOR_LATITUDE_SPAN
    ]
    if not others:
        return 0.0
    nearest = min(distance_km(place.latitude, place.longitude, a.latitude, a.longitude) for a in others)
    if nearest <= 25:
        return 0.7
    if nearest <= 60:
        return 0.4
    if nearest <= 120:
        return 0.15
    return 0.0


def _feature_bonus(span: Span, place: Place) -> float:
    code = place.feature_code or ""
    relation = span.relation
    if code == "ADM1":
        return 1.0 if relation in ("countryside", "province") else -0.1
    if code in DISTRICT_CODES:
        # "Amadiya district": the district; a bare "Amadiya": the town that is its seat
        return 1.5 if relation == "district" else -0.5
    if relation in ("countryside", "province"):
        return -0.2
    if code == "PPLS" and relation == "area":
        return 0.3  # rule area-of-villages: "the Houla area" is GeoNames' cluster of villages, not a hamlet
    if code in _POINT_CODES or place.feature_class == "P":
        bonus = 0.2 if relation in ("city", "town", "village") else 0.1
        return bonus + (0.1 if code.startswith("PPLA") else 0.0)
    if span.cue_word and span.cue_word in (place.name or "").lower():
        return 0.5
    return 0.0


def _spread_km(places: list[Place]) -> float:
    first = places[0]
    return max(distance_km(first.latitude, first.longitude, p.latitude, p.longitude) for p in places)


def _span_key(span: Span) -> str:
    # The vowel fold, not the coarse key: "Dergele" and "Dargal" share a key but may be two villages.
    return compact(vowel_fold(span.text)) + "|" + _kind(span)


def _kind(span: Span) -> str:
    return "gov" if span.relation in ("countryside", "province") else "point"


def _strip_admin_words(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in {"province", "governorate", "countryside", "city"}]
    return " ".join(words)


def _mark_between(text: str, spans: list[Span]) -> list[Span]:
    """ "between X and Y": Y is near too, not only X."""
    out = list(spans)
    for index in range(1, len(out)):
        previous, span = out[index - 1], out[index]
        if previous.relation == "between" and text[previous.end : span.start].strip(" ,-").lower() == "and":
            out[index] = Span(
                span.start, span.end, span.text, "between", span.direction, span.sentence_start, span.cue_word
            )
    return out


KNOWN_POPULATION = 50_000
DESERT_BONUS = 1.0


def in_any(place: Place, areas: list[Place]) -> bool:
    """Whether the place lies inside the bounding box of one of the areas."""
    return any(
        area.bbox is not None
        and area.bbox[0] <= place.latitude <= area.bbox[2]
        and area.bbox[1] <= place.longitude <= area.bbox[3]
        for area in areas
    )


KNOWN_SPELLING = 0.85  # a well-known town counts only when the mention writes its name, letter for letter
_SEAT_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})


def well_known(place: Place) -> bool:
    """A capital, a governorate or district seat, or a town of 50,000+ in Syria or Iraq: a place reports
    name without saying where it lies."""
    return (
        place.feature_class == "P"
        and place.country_code in CORE_COUNTRIES
        and (place.feature_code in _SEAT_CODES or place.population >= KNOWN_POPULATION)
    )
