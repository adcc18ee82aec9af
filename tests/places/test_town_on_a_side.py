"""A town or village said to lie on one side of a governorate ("Tall Zahr town in northern Hama") lies beyond
the capital's own fringe: a namesake a few km from the capital is on no side. Fixtures are invented."""

from __future__ import annotations

from marsad.places.context import direction_fit
from marsad.places.geoparser import Geoparser
from marsad.types import Place
from tests.places.conftest import gazetteer_from_rows, places_in

ROWS = [
    ("4001", "Ḩamāh", "Hamah", "Hama", 35.132, 36.758, "PPLA", "SY", "10", 460000),
    # one name, two villages of Hama: at the capital's northern edge (4 km) and 40 km north-east
    ("4002", "Tall Zahr", "Tall Zahr", "Tal Zahr", 35.168, 36.750, "PPL", "SY", "10", 0),
    ("4003", "Tall Zahr", "Tall Zahr", "Tal Zahr", 35.400, 37.050, "PPL", "SY", "10", 0),
]


def test_a_town_in_northern_hama_is_not_the_namesake_at_the_capitals_edge(tmp_path):
    gazetteer = gazetteer_from_rows(tmp_path, ROWS, admin1_names=[("SY.10", "Hama")])
    parser = Geoparser(gazetteer)
    north = places_in(parser, "Government forces took Tall Zahr town in northern Hama after clashes.")
    assert north["Tall Zahr"].resolution.chosen.place.geonameid == "4003"
    south = places_in(parser, "Government forces took Tall Zahr town in southern Hama after clashes.")
    assert south["Tall Zahr"].resolution.chosen.place.geonameid == "4002"  # the far one is on the wrong side
    gazetteer.close()


def test_a_place_near_the_centre_is_on_a_side_unless_it_is_a_separate_settlement():
    capital = Place("c", "Hama", 35.132, 36.758, "SY", admin1="Hama", feature_code="ADM1")
    edge = Place("e", "Tall Zahr", 35.168, 36.750, "SY", admin1="Hama")
    assert direction_fit(edge, capital, "northern") == 1.0  # a quarter of the city's north
    assert direction_fit(edge, capital, "northern", settlement=True) == 0.0
    far = Place("f", "Tall Zahr", 35.400, 37.050, "SY", admin1="Hama")
    assert direction_fit(far, capital, "northern", settlement=True) == 1.0
    assert direction_fit(far, capital, "southern", settlement=True) == -1.0



def test_a_district_said_to_lie_north_of_a_governorate_is_the_namesake_on_that_side(tmp_path):
    rows = [ROWS[0],
            # one name, two villages of Hama: 40 km north of the capital and 40 km south of it
            ("4011", "Ad Dayr", "Ad Dayr", "Al-Dair", 35.490, 36.758, "PPL", "SY", "10", 0),
            ("4012", "Ad Dayr", "Ad Dayr", "Al-Dair", 34.770, 36.758, "PPL", "SY", "10", 0)]
    gazetteer = gazetteer_from_rows(tmp_path, rows, admin1_names=[("SY.10", "Hama")])
    parser = Geoparser(gazetteer)
    for side, meant in (("north", "4011"), ("south", "4012")):
        found = places_in(parser, f"Two clans fought in Al-Dair district, {side} of Hama, on Monday.")
        assert found["Al-Dair"].resolution.chosen.place.geonameid == meant, side
    gazetteer.close()
