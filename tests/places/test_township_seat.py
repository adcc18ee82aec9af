"""A village "in Y township" (or "Y sub-district") lies within reach of Y's seat; where Marsad has no district
entry for Y, the seat stands for the sub-district: it bounds the village and is its fallback (precision 2).
Fixtures are invented."""

from __future__ import annotations

from marsad.places.admin_names import seat_as_district
from marsad.types import Place
from tests.places.conftest import places_in

ROWS = [
    ("5001", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    ("5002", "Rājū", "Raju", "Rajo", 36.676, 36.664, "PPLA3", "SY", "09", 0),
    # a village of the name far from the seat (another sub-district), and one near it
    ("5003", "Kafr Bar", "Kafr Bar", "", 35.996, 37.303, "PPL", "SY", "09", 0),
    ("5004", "Tall Sābūn", "Tall Sabun", "Tal Sabun", 35.900, 37.200, "PPL", "SY", "09", 0),
    ("5005", "Tall Sābūn", "Tall Sabun", "Tal Sabun", 36.700, 36.640, "PPL", "SY", "09", 0),
]
ADMIN1 = [("SY.09", "Aleppo")]


def test_a_village_the_gazetteer_has_only_elsewhere_falls_back_to_the_township_seat(parser):
    found = places_in(parser, "Jets struck Kafr Bar village in Raju township in the northern countryside of Aleppo.")
    village = found["Kafr Bar"]
    assert village.place.geonameid == "5002" and village.geo_precision == 2


def test_the_township_picks_the_namesake_within_it(parser):
    found = places_in(parser, "Shells fell on Tal Sabun village in Rajo sub-district, Aleppo.")
    assert found["Tal Sabun"].place.geonameid == "5005"


def test_a_name_followed_by_township_is_not_read_as_a_district_elsewhere(parser):
    assert places_in(parser, "Forces entered the Raju township.")["Raju"].place.geonameid == "5002"


def test_only_a_seat_or_a_town_bearing_its_district_name_stands_for_a_district():
    seat = Place("1", "Raju", 36.6, 36.6, "SY", admin1="Aleppo", feature_class="P", feature_code="PPLA3")
    assert seat_as_district(seat, "Raju").feature_code == "ADM3"
    village = Place("2", "Kafr Bar", 36.0, 37.3, "SY", admin1="Aleppo", admin3="Banan", feature_class="P",
                    feature_code="PPL")
    assert seat_as_district(village, "Kafr Bar") is None
    assert seat_as_district(village, "Banan").feature_code == "ADM3"
