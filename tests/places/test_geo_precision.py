"""geo_precision: how precisely a resolved mention places its event, by relation, feature and fallback."""

from __future__ import annotations

import pytest

from marsad.places.geo_precision import geo_precision, placed_at_town
from marsad.places.mentions import Span
from marsad.types import Candidate, Place, Resolution


def _span(relation: str | None = None, facility: str | None = None) -> Span:
    return Span(start=0, end=5, text="Alpha", relation=relation, direction=None, sentence_start=False,
                cue_word=None, facility_word=facility)


def _resolution(feature_class: str = "P", feature_code: str = "PPL", method: str = "exact") -> Resolution:
    place = Place(geonameid="1", name="Alpha", latitude=35.0, longitude=38.0, feature_class=feature_class,
                  feature_code=feature_code)
    return Resolution(chosen=Candidate(place=place, matched_name="Alpha", method=method), score=1.0)


@pytest.mark.parametrize(("span", "resolution", "quarter", "at_town", "expected"), [
    (_span(), _resolution(), False, False, 1),                                  # the village itself
    (_span("countryside"), _resolution(), False, False, 3),                     # "the Alpha countryside"
    (_span("near"), _resolution(), False, False, 2),                            # "near Alpha"
    (_span(), _resolution("A", "ADM1"), False, False, 3),                       # a governorate
    (_span(), _resolution("A", "ADM2"), False, False, 2),                       # a district
    (_span("desert"), _resolution(), False, False, 2),                          # "the Alpha desert": the town
    (_span(facility="dam"), _resolution(), False, False, 2),                    # "Alpha Dam": the town beside it
    (_span(), _resolution(method="container"), True, False, 2),                 # a quarter placed at its town
    (_span(), _resolution(method="container"), False, False, 1),
    (_span(), _resolution(method="fallback"), False, True, 2),                  # an area placed at its town
])
def test_precision(span: Span, resolution: Resolution, quarter: bool, at_town: bool, expected: int) -> None:
    assert geo_precision(span, resolution, quarter=quarter, at_town=at_town) == expected


def test_placed_at_town_needs_a_fallback_to_a_populated_place() -> None:
    assert placed_at_town(_resolution(method="fallback"))
    assert not placed_at_town(_resolution(method="exact"))
    assert not placed_at_town(_resolution("A", "ADM2", method="fallback"))
    assert not placed_at_town(Resolution(chosen=None, score=0.0))
