"""ACLED's "City - Quarter" names: the quarter lies in the city; unknown, it is placed at the city (precision 2),
never at a village elsewhere. A dateline's dash and a region's name open no quarter. Fixtures are invented."""

from __future__ import annotations

from tests.places.conftest import places_in

ROWS = [
    ("5001", "Al Mawşil", "Al Mawsil", "Mosul,Mossul", 36.340, 43.130, "PPLA", "IQ", "15", 1_700_000),
    ("5002", "Az Zuhūr", "Az Zuhur", "Al Zuhur,Zuhur", 36.360, 43.180, "PPL", "IQ", "15", 0),  # a quarter
    ("5003", "Az Zuhūr", "Az Zuhur", "Al Zuhur,Zuhur", 35.000, 43.500, "PPLA2", "IQ", "18", 60000),  # a namesake
    ("5004", "Tall Bīd", "Tall Bid", "Tal Bid", 36.600, 42.800, "PPL", "IQ", "15", 0),
]
ADMIN1 = [("IQ.15", "Nineveh"), ("IQ.18", "Salah ad-Din")]


def test_an_unknown_quarter_after_its_city_is_placed_at_the_city(parser):
    found = places_in(parser, "On 5 May 2024, police raided a house in Mosul - Wadi Hajar, Nineveh.")
    quarter = found["Mosul - Wadi Hajar"]
    assert quarter.resolution.chosen.place.geonameid == "5001"
    assert quarter.geo_precision == 2


def test_a_known_quarter_is_the_one_in_the_city_not_a_namesake_elsewhere(parser):
    found = places_in(parser, "On 5 May 2024, an IED exploded in Mosul - Al Zuhur, wounding a soldier.")
    assert found["Al Zuhur"].resolution.chosen.place.geonameid == "5002"


def test_a_dateline_dash_or_a_name_that_is_no_city_opens_no_quarter(parser):
    dateline = places_in(parser, "MOSUL - Gunmen attacked a checkpoint in Tal Bid on Monday.")
    assert "MOSUL" in dateline and not any(" - " in name for name in dateline)
    village = places_in(parser, "On 5 May 2024, gunmen attacked Tal Bid - Sheikh Hamad farm, Nineveh.")
    assert not any(" - " in name for name in village)
