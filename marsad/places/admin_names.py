"""Whether a name is a governorate's or a district's: what makes a container one the report really names
("Duhok", "Wasit governorate", "Amadiya district"), not a guess of the ranker for a misspelt word."""

from __future__ import annotations

from collections.abc import Iterable

from marsad.geo import CORE_COUNTRIES
from marsad.places.constraints import DISTRICT_CODES, DISTRICT_SPELLING
from marsad.places.gazetteer import Gazetteer
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
