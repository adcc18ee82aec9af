"""A container after a list holds every name on it; an Arabic feature noun alone is no place; a dam or
airport the gazetteer lacks is placed at the town it is named after. Fixtures are invented."""

from __future__ import annotations

from marsad.places.geoparser import Geoparser
from marsad.places.precision import admissible
from marsad.types import Candidate, Place
from tests.places.conftest import places_in

ROWS = [
    ("3001", "Ḩimş", "Hims", "Homs", 34.727, 36.723, "PPLA", "SY", "11", 700000),
    ("3002", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    ("3003", "Al Qasr", "Al Qasr", "Qasr", 34.450, 36.720, "PPL", "SY", "11", 0),
    ("3004", "Al Qasr", "Al Qasr", "Qasr", 36.300, 37.200, "PPL", "SY", "09", 0),
    ("3005", "Nawa", "Nawa", "", 34.900, 36.500, "PPL", "SY", "11", 0),
    ("3006", "Dādīkh", "Dadikh", "", 36.250, 37.100, "PPL", "SY", "09", 0),
    ("3007", "Al Jumhuriyah", "Al Jumhuriyah", "Jumhuria", 34.100, 36.900, "PPL", "SY", "11", 0),
    ("3008", "Jabr", "Jabr", "Jabal", 33.000, 44.000, "PPL", "IQ", "07", 0),
    ("3009", "Saḩam al Jawlān", "Saham al Jawlan", "Sahm El Golan", 34.780, 36.930, "PPL", "SY", "11", 0),
    ("3010", "Al ‘Umar", "Al `Umar", "Omar", 36.000, 37.000, "PPL", "SY", "09", 0),
    ("3011", "Kafr", "Kafr", "", 35.900, 36.600, "PPL", "SY", "12", 0),
]


def places(parser: Geoparser, text: str) -> dict[str, object]:
    return places_in(parser, text)


def test_the_container_after_a_list_holds_every_name_on_it(parser):
    text = "In Homs, talks went on. Regime forces shelled Al Qasr and Dadikh villages in Aleppo countryside."
    assert places(parser, text)["Al Qasr"].place.geonameid == "3004"  # in Aleppo, though Homs is named first
    found = places(parser, "Regime forces shelled Nawa and Dadikh villages in Aleppo countryside.")
    # the only Nawa lies in Homs: a village the index lacks, placed at the governorate the list names
    assert found["Nawa"].place.feature_code == "ADM1" and found["Nawa"].place.admin1 == "Aleppo"
    assert found["Dadikh"].place.geonameid == "3006"


def test_quarters_listed_in_a_city_are_placed_at_the_city(parser):
    found = places(parser, "Clashes hit Al Jumhuria, Dadikh and Nawa neighbourhoods in Homs city.")
    assert {found[name].place.geonameid for name in ("Al Jumhuria", "Dadikh", "Nawa")} == {"3001"}


def test_an_arabic_feature_noun_opening_an_unknown_name_is_no_place(parser):
    found = places(parser, "SDF fighters took control of Jabal Minkar Sharqi after clashes.")
    assert "Jabal" not in found


def test_the_noun_opening_a_village_name_alone_is_no_village(parser):
    found = places(parser, "A convoy entered the province through the Kafr Lusin crossing on Monday.")
    assert "Kafr" not in found


def test_a_dam_the_gazetteer_lacks_is_placed_near_its_town(parser):
    found = places(parser, "Clashes took place in the vicinity of Sahm El Golan Dam.")
    assert found["Sahm El Golan"].place.geonameid == "3009"
    assert found["Sahm El Golan"].geo_precision == 2


def test_an_oil_field_is_not_the_village_sharing_its_name(parser):
    assert "Omar" not in places(parser, "Coalition aircraft struck near Omar oil fields.")


def test_a_name_cut_before_its_last_word_is_no_place():
    place = Place(geonameid="1", name="Khan Ali", latitude=32.6, longitude=46.1, country_code="IQ", country="Iraq",
                  admin1="Wasit", feature_class="P", feature_code="PPL")
    found = [Candidate(place=place, matched_name="Khan Ali", method="folded")]
    assert admissible(found, "Khan Al", common=False, partial=False, facility_word=None) == []
    assert admissible(found, "Da'el", common=False, partial=False, facility_word=None) == found  # no article cut off


def test_a_village_is_never_a_namesake_in_another_country_than_its_container(parser):
    found = places(parser, "Clashes took place in Jabr village in Dadikh district.")
    assert "Dadikh" in found and found["Dadikh"].place.country_code == "SY"
    assert "Jabr" not in found  # the only Jabr known is in Iraq: better no place than the namesake
    assert places(parser, "Clashes took place in Jabr village.")["Jabr"].place.geonameid == "3008"
