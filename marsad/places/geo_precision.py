"""How precisely a resolved mention places an event: ACLED's geo_precision (1 the place itself, 2 near it or
a district-sized area, 3 a region or governorate)."""

from __future__ import annotations

from marsad.places.constraints import FALLBACK
from marsad.places.mentions import Span
from marsad.types import Resolution

REGION_RELATIONS = {"countryside": 3, "province": 3, "desert": 3}
NEAR_RELATIONS = {"near": 2, "outskirts": 2, "between": 2, "front": 2}
# Feature codes of areas: a governorate or a country is a region (3), the others a district-sized area (2).
_AREA_CODES = frozenset({"REGION", "AREA", "VAL", "ADM1", "ADM2", "ADM3", "MT", "PLN", "STM", "WAD", "PCLI"})
_REGION_CODES = frozenset({"ADM1", "PCLI"})


def geo_precision(span: Span, resolution: Resolution, *, quarter: bool, at_town: bool) -> int:
    """The precision of `resolution` (which has a chosen place) for `span`. `quarter`: a quarter the gazetteer
    lacks, placed at its town; `at_town`: an area the gazetteer lacks, placed at the town that holds it."""
    assert resolution.chosen is not None
    place = resolution.chosen.place
    precision = REGION_RELATIONS.get(span.relation or "", NEAR_RELATIONS.get(span.relation or "", 1))
    if place.feature_code in _AREA_CODES:
        precision = max(precision, 3 if place.feature_code in _REGION_CODES else 2)
    elif span.relation == "desert" and place.feature_class == "P":
        precision = 2  # "Al-Bukamal desert": ACLED places it at the town, as near it
    elif span.facility_after and place.feature_class == "P":
        precision = 2  # "the X Dam" placed at the town it is named after
    if quarter and resolution.chosen.method == "container":
        precision = 2  # a quarter the gazetteer lacks, placed at its town
    if at_town:
        precision = max(precision, 2)
    return precision


def placed_at_town(resolution: Resolution) -> bool:
    """An area the gazetteer lacks, placed at the town that holds it ("X area in Tikrit")."""
    chosen = resolution.chosen
    return chosen is not None and chosen.method == FALLBACK and chosen.place.feature_class == "P"
