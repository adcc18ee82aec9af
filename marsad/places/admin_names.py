"""Whether a name is a governorate's or a district's: what makes a container one the report really names
("Duhok", "Wasit governorate", "Amadiya district"), not a guess of the ranker for a misspelt word."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from marsad.geo import CORE_COUNTRIES
from marsad.places.constraints import DISTRICT_CODES, DISTRICT_SPELLING
from marsad.places.gazetteer import Gazetteer
from marsad.places.index import latin_key
from marsad.places.scoring import _spelling, _strip_admin_words
from marsad.types import Candidate, Place

GOVERNORATE_SPELLING = 0.92  # a governorate name spelled closely enough to mean it


def district_named(gazetteer: Gazetteer, name: str) -> Place | None:
    """The district (or else sub-district) of this name, if Marsad's data has one."""
    found = [
        c
        for c in gazetteer.lookup(name)
        if c.place.feature_code in DISTRICT_CODES and _spelling(name, c) >= DISTRICT_SPELLING
    ]
    found.sort(key=lambda c: (c.place.feature_code, -_spelling(name, c)))
    return found[0].place if found else None


def names_admin_area(gazetteer: Gazetteer, name: str) -> bool:
    """True when a name is a governorate's or a district's ("Duhok", "Wasit governorate")."""
    bare = _strip_admin_words(name)
    governorate = any(
        c.place.feature_code == "ADM1"
        and c.place.country_code in CORE_COUNTRIES
        and _spelling(bare, c) >= GOVERNORATE_SPELLING
        for c in gazetteer.lookup(bare)
    )
    return governorate or district_named(gazetteer, name) is not None


def names_governorate(mention: str, candidates: Iterable[Candidate]) -> bool:
    """True when the mention is itself a governorate's name ("Homs" in "Homs, Hama")."""
    return any(c.place.feature_code == "ADM1" and _spelling(mention, c) >= GOVERNORATE_SPELLING for c in candidates)


_SEAT_CODES = {"PPLA2": "ADM2", "PPLA3": "ADM3"}


def seat_as_district(place: Place | None, name: str) -> Place | None:
    """ "Tall Salih village in Jinderes township", "X in Al-Bab sub-district": where Marsad's data has no district
    of that name, the town the name resolved to stands for its district when it is the district's seat
    (GeoNames PPLA2/PPLA3, or a town whose district or sub-district bears its name). Returned as an ADM2/ADM3
    place at the seat, so that it bounds the villages said to lie in it and is their fallback."""
    if place is None or place.feature_class != "P":
        return None
    code = _SEAT_CODES.get(place.feature_code or "")
    key = latin_key(name)
    if code is None and place.admin3 and latin_key(place.admin3) == key:
        code = "ADM3"
    if code is None and place.admin2 and latin_key(place.admin2) == key:
        code = "ADM2"
    return dataclasses.replace(place, feature_class="A", feature_code=code) if code else None
