"""A village, town or front tied by "in" to a governorate's name lies in the governorate, not in its capital
("X village in Raqqa"): the name is read as the governorate (precision 3), also when the village itself is
unknown, so the event is not put in the city at precision 1. Fixtures are invented."""

from __future__ import annotations

from marsad.places.geoparser import Geoparser
from tests.places.conftest import gazetteer_from_rows, places_in

ROWS = [
    ("5001", "Ar Raqqah", "Ar Raqqah", "Raqqa,Al-Raqqa,Ar-Raqqa", 35.953, 39.008, "PPLA", "SY", "04", 220000),
    ("5002", "Tall Samin", "Tall Samin", "Tal Samin", 36.200, 38.950, "PPL", "SY", "04", 0),
    ("5003", "Al Mashlab", "Al Mashlab", "Mashlab", 35.950, 39.040, "PPL", "SY", "04", 0),  # a quarter, 3 km
]


def test_a_village_or_front_in_a_governorate_name_reads_the_governorate(tmp_path):
    gazetteer = gazetteer_from_rows(tmp_path, ROWS, admin1_names=[("SY.04", "Ar-Raqqah")])
    parser = Geoparser(gazetteer)
    village = places_in(parser, "Gunmen shot a shepherd in Tall Samin village in Raqqa on Monday.")
    assert village["Tall Samin"].resolution.chosen.place.geonameid == "5002"
    assert village["Raqqa"].resolution.chosen.place.feature_code == "ADM1"
    assert village["Raqqa"].geo_precision == 3
    front = places_in(parser, "Clashes broke out on the Tall Samin front in Raqqa.")
    assert front["Raqqa"].resolution.chosen.place.feature_code == "ADM1"
    gazetteer.close()


def test_a_quarter_or_the_city_itself_stays_the_city(tmp_path):
    gazetteer = gazetteer_from_rows(tmp_path, ROWS, admin1_names=[("SY.04", "Ar-Raqqah")])
    parser = Geoparser(gazetteer)
    quarter = places_in(parser, "A bomb went off in the Mashlab neighbourhood in Raqqa.")
    assert quarter["Raqqa"].resolution.chosen.place.geonameid == "5001"
    near = places_in(parser, "A bomb went off in Mashlab village in Raqqa.")  # a village within the city
    assert near["Raqqa"].resolution.chosen.place.geonameid == "5001"
    gazetteer.close()
