"""Round-2 rules: containers, directions, short names, OCHA compound names, digits, and the names
that look like places but name groups, tribes, people or countries. Fixtures are invented."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser
from tests.places.conftest import places_in

# Homs city (34.727, 36.723); Aleppo city (36.202, 37.161).
ROWS = [
    ("2001", "Ḩimş", "Hims", "Homs", 34.727, 36.723, "PPLA", "SY", "11", 700000),
    ("2002", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    # one name, three villages: north and south of Homs, and near Aleppo
    ("2003", "Al Qasr", "Al Qasr", "Qasr", 35.000, 36.730, "PPL", "SY", "11", 0),
    ("2004", "Al Qasr", "Al Qasr", "Qasr", 34.450, 36.720, "PPL", "SY", "11", 0),
    ("2005", "Al Qasr", "Al Qasr", "Qasr", 36.300, 37.200, "PPL", "SY", "09", 0),
    ("2006", "Nawa", "Nawa", "", 34.900, 36.500, "PPL", "SY", "11", 0),
    ("2007", "Turkey", "Turkey", "", 36.100, 37.000, "PPL", "SY", "09", 0),
    ("2008", "Mashhad", "Mashhad", "Al Mashahda", 36.150, 37.050, "PPL", "SY", "09", 0),
    ("2009", "Ḩajj Qāsim", "Hajj Qasim", "Al Haj Qassem", 36.160, 37.060, "PPL", "SY", "09", 0),
    ("2010", "Al Jumhuriyah", "Al Jumhuriyah", "Jumhuria", 34.100, 36.900, "PPL", "SY", "11", 0),
    ("2011", "Dādīkh", "Dadikh", "", 35.800, 36.730, "PPL", "SY", "11", 0),
    ("2012", "Al Bakir", "Al Bakir", "", 36.170, 37.070, "PPL", "SY", "09", 0),
]
OCHA_ROWS = [
    "C7001,Ein Issa - Ein Bnar,,,,Community,C7001,x,SY110100,Homs,SY1101,Homs,SY11,Homs,34.800,36.600",
    "C7002,Tell Hamra (Jeb Ali),,,,Community,C7002,x,SY110100,Homs,SY1101,Homs,SY11,Homs,34.850,36.650",
]


def places(parser: Geoparser, text: str) -> dict[str, object]:
    return places_in(parser, text)


def test_container_governorate_picks_the_homonym(parser):
    aleppo = places(parser, "Gunmen shot a man in Al Qasr village in Aleppo countryside.")
    assert aleppo["Al Qasr"].place.geonameid == "2005"
    homs = places(parser, "Gunmen shot a man in Al Qasr village in Homs countryside.")
    assert homs["Al Qasr"].place.admin1 == "Homs"


def test_direction_of_the_countryside(parser):
    north = places(parser, "Clashes in Al Qasr town in the northern countryside of Homs.")
    assert north["Al Qasr"].place.geonameid == "2003"
    south = places(parser, "Clashes in Al Qasr town in the southern countryside of Homs.")
    assert south["Al Qasr"].place.geonameid == "2004"


def test_a_list_after_a_comma_is_no_container(parser):
    found = places(parser, "Arrests in Nawa, Aleppo, and Homs.")
    assert found["Nawa"].place.geonameid == "2006"


def test_short_names_and_final_kh_are_found(parser):
    found = places(parser, "Shelling hit Nawa and Dadikh.")
    assert found["Nawa"].place.geonameid == "2006"
    assert found["Dadikh"].place.geonameid == "2011"


def test_ocha_compound_and_bracketed_names_are_split(parser):
    found = places(parser, "Clashes in Ein Bnar village and in Tell Hamra town.")
    assert found["Ein Bnar"].place.geonameid == "ocha:C7001"
    assert found["Tell Hamra"].place.geonameid == "ocha:C7002"


def test_spaced_hyphen_joins_a_known_name(parser):
    found = places(parser, "Airstrikes hit depots near Damascus - International Airport.")
    assert found["Damascus - International Airport"].place.geonameid == "marsad:damascus-airport"


def test_digits_must_agree(parser):
    found = places(parser, "Clashes near T2 Pumping Station in Homs countryside.")
    assert found["T2 Pumping Station"].place.geonameid == "marsad:t2-station"


def test_street_is_located_by_its_town(parser):
    found = places(parser, "A bomb exploded in Al Jumhuria street in Homs city.")
    assert found["Al Jumhuria"].place.geonameid == "2001"


def test_country_is_the_country_not_a_village(parser):
    found = places(parser, "Drones launched from Turkey struck the town.")
    assert found["Turkey"].place.feature_code == "PCLI"
    assert found["Turkey"].geo_precision == 3


@pytest.mark.parametrize(
    "text",
    [
        "Members of Al-Mashahda and Al-Bakir clans clashed.",
        "Gunmen from Al-Haj Qassem attacked a checkpoint.",
        'Fighters of the group "Al-Mashahda" attacked a checkpoint.',
        "Fighters of Liwa Al-Bakir attacked a checkpoint.",
        "Members of the Mashhad tribe attacked a checkpoint.",
        "A commander named Nawa was arrested.",
    ],
)
def test_group_tribe_and_person_names_are_no_places(parser, text):
    assert not {"Al-Mashahda", "Al-Bakir", "Al-Haj Qassem", "Mashhad", "Nawa"} & set(places(parser, text))
