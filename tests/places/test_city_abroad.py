"""Rule city-abroad-as-written: a place of Syria or Iraq found only by a folded spelling gives way to a city
abroad of 200,000+ that bears the mention as written. Hand-made candidates."""

from __future__ import annotations

from marsad.places.mentions import Span
from marsad.places.ranking import CITY_ABROAD_PREFERENCE, _city_abroad_as_written
from marsad.types import Candidate, Place

BARE = Span(0, 4, "Goza", None, None, False, None)


def _cand(name: str, country: str, population: int, method: str) -> Candidate:
    place = Place(name.lower(), name, 33.0, 40.0, country, None, None, feature_class="P", feature_code="PPL",
                  population=population)
    return Candidate(place, name, method)


def test_a_hamlet_folded_alike_gives_way_to_the_city_named_as_written():
    hamlet, city = _cand("Goza", "IQ", 0, "folded"), _cand("Gazara", "PS", 400_000, "exact")
    assert _city_abroad_as_written(BARE, hamlet, [hamlet, city], None) == CITY_ABROAD_PREFERENCE
    assert _city_abroad_as_written(BARE, city, [hamlet, city], None) == 0.0


def test_a_core_place_written_so_keeps_its_reading():
    town, city = _cand("Hamsa", "SY", 0, "exact"), _cand("Hamsa", "LY", 300_000, "exact")
    hamlet = _cand("Hamsu", "SY", 0, "folded")
    assert _city_abroad_as_written(BARE, hamlet, [town, hamlet, city], None) == 0.0


def test_a_town_abroad_too_small_or_only_folded_alike_takes_nothing():
    hamlet = _cand("Goza", "IQ", 0, "folded")
    assert _city_abroad_as_written(BARE, hamlet, [hamlet, _cand("Gazara", "PS", 50_000, "exact")], None) == 0.0
    assert _city_abroad_as_written(BARE, hamlet, [hamlet, _cand("Gazara", "PS", 400_000, "folded")], None) == 0.0


def test_a_name_called_a_village_keeps_its_reading():
    hamlet, city = _cand("Goza", "SY", 0, "folded"), _cand("Gazara", "TR", 400_000, "exact")
    village = Span(0, 4, "Goza", "village", None, False, "village")
    assert _city_abroad_as_written(village, hamlet, [hamlet, city], None) == 0.0
