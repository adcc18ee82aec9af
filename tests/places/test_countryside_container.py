"""A village the report puts in a town's countryside lies near that town ("the village of X in Ain Issa
countryside"): a namesake in another governorate far away is never meant; with no candidate near, the village is
one the gazetteer lacks and is placed at the town (precision 2), ACLED's way. A container spelled loosely
("Hamas countryside") bounds nothing. A range written with its noun in lower case ("the Hamrin mountains") is
the range. Hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("SY.02", "Latakia"), ("SY.04", "Ar-Raqqah"), ("SY.10", "Hama"), ("SY.11", "Homs")]
ROWS = [
    ("9001", "‘Ayn ‘Īsá", "`Ayn `Isa", "Ain Issa,Ain Eissa", 36.385, 38.859, "PPLA3", "SY", "04", 12000),
    ("9002", "Mu‘allaq", "Mu`allaq", "Muallaq", 35.60, 35.95, "PPL", "SY", "02", 0),  # a hamlet of Latakia
    ("9003", "Şaydā", "Sayda", "Saida", 36.40, 38.90, "PPL", "SY", "04", 0),  # a village near Ain Issa
    ("9004", "Şaydā", "Sayda", "Saida", 35.10, 36.40, "PPL", "SY", "10", 0),  # its namesake in Hama
    ("9005", "Ḩimş", "Hims", "Homs", 34.73, 36.72, "PPLA", "SY", "11", 650000),
    ("9006", "Ḩamāh", "Hamah", "Hama", 35.13, 36.75, "PPLA", "SY", "10", 460000),
    ("9007", "Ḩamādat ‘Umar", "Hamadat `Umar", "Hamada Omar", 35.02, 37.42, "PPL", "SY", "10", 0),
    ("9008", "Ḩamrīn", "Hamrin", "Hamrin", 31.90, 47.10, "PPL", "IQ", "14", 0),  # a village far in the south
    ("9009", "Az Zahrah", "Az Zahrah", "Zahra", 34.95, 37.20, "PPL", "SY", "11", 0),  # a village of eastern Homs
    ("9010", "Kafr Tūn", "Kafr Tun", "Kafr Toun", 35.60, 36.10, "PPL", "SY", "02", 5000),  # a town of Latakia
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory) -> Geoparser:
    gazetteer = gazetteer_from_rows(tmp_path_factory.mktemp("countryside"), ROWS, admin1_names=ADMIN1)
    yield Geoparser(gazetteer)
    gazetteer.close()


def test_a_village_in_a_towns_countryside_is_not_a_namesake_far_away(parser):
    found = places_in(parser, "Turkish forces shelled the village of Muallaq in Ain Issa countryside.")
    muallaq = found["Muallaq"]
    assert muallaq.place.geonameid == "9001"  # placed at the town whose countryside holds it, not in Latakia
    assert muallaq.geo_precision == 2


def test_of_two_namesakes_the_one_near_the_town_is_meant(parser):
    found = places_in(parser, "Turkish forces shelled the village of Saida in the countryside of Ain Issa.")
    assert found["Saida"].place.geonameid == "9003"


def test_a_loosely_spelled_countryside_bounds_nothing(parser):
    # "Hamas" is a misspelt Hama, not Homs: the village keeps its own reading
    found = places_in(parser, "The army took control of Hamada Omar village in Hamas eastern countryside.")
    assert found["Hamada Omar"].place.geonameid == "9007"


def test_a_mountain_range_written_lower_case_is_the_range(parser):
    # "the Hamrin mountains": Marsad's feature data holds the range; the name alone would meet a village
    found = places_in(parser, "ISIS militants attacked a post in the Hamrin mountains on Sunday.")
    assert found["Hamrin mountains"].place.geonameid == "marsad:hamrin-mountains"


def test_a_countryside_town_read_in_another_governorate_bounds_nothing(parser):
    # the sentence closes on Homs: a town of that name in Latakia is a namesake, so the village keeps its own
    # reading in Homs instead of being pulled to Latakia
    found = places_in(parser, "Clashes broke out near Zahra in the countryside of Kafr Tun, Homs.")
    assert found["Zahra"].place.geonameid == "9009"


def test_a_clause_after_the_countryside_ends_no_list(parser):
    # ", killing two" after the town is a clause, not the next place of a list: the countryside still bounds the
    # village, which is not the namesake in Latakia
    found = places_in(parser, "A landmine exploded in the village of Muallaq in the eastern countryside of Ain Issa, "
                              "killing two shepherds.")
    assert found["Muallaq"].place.geonameid == "9001"
    found = places_in(parser, "A drone struck the village of Saida in the countryside of Ain Issa, wounding a child.")
    assert found["Saida"].place.geonameid == "9003"


def test_a_name_after_the_countryside_comma_still_lists_places(parser):
    # "in Ain Issa countryside, Hama and Homs": the places are listed side by side, Ain Issa holds none of them
    found = places_in(parser, "Shelling hit Muallaq, Ain Issa, Hama and Homs on Friday.")
    assert found["Muallaq"].place.geonameid == "9002"


def test_a_neighbourhood_of_a_city_told_with_a_bearing_lies_in_the_city(parser):
    # "the X neighbourhood of eastern Homs" is a quarter of Homs, not a village of that name elsewhere
    found = places_in(parser, "A car bomb exploded in the Saida neighbourhood of eastern Homs on Friday.")
    assert found["Saida"].place.geonameid == "9005"
