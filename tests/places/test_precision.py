"""Round-3 precision rules: ordinary English words, parts of longer names, facility names, abbreviations,
quarters of a city and deserts named after a town. Fixtures are invented."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser
from marsad.places.precision import exact_name, is_common_phrase, near_exact
from tests.places.conftest import places_in

# Villages whose folded keys meet common English words ("Some", "Base", "Peace") or group-name parts.
ROWS = [
    ("3001", "Sūm", "Sum", "", 35.100, 36.700, "PPL", "SY", "11", 0),
    ("3002", "Al Bāsh", "Al Bash", "", 35.200, 36.800, "PPL", "SY", "11", 0),
    ("3003", "Bīs", "Bis", "Pees", 35.300, 36.900, "PPL", "SY", "11", 0),
    ("3004", "Ḩayāt", "Hayat", "", 36.300, 37.100, "PPL", "SY", "09", 0),
    ("3005", "Faraa", "Faraa", "", 36.400, 37.200, "PPL", "SY", "09", 0),
    ("3006", "Dimashq", "Dimashq", "Damascus,Sham", 33.510, 36.291, "PPLC", "SY", "13", 1_500_000),
    ("3007", "Kharbat Sawda", "Kharbat Sawda", "Sawda", 34.900, 36.400, "PPL", "SY", "11", 0),  # far from Damascus
    ("3008", "Ālbū Kamāl", "Albu Kamal", "Al-Bukamal", 34.450, 40.919, "PPL", "SY", "07", 60000),
    ("3009", "Khān Shaykhūn", "Khan Shaykhun", "Khan Sheikhoun", 35.441, 36.651, "PPL", "SY", "10", 35000),
    ("3010", "‘Umar", "Umar", "", 35.000, 40.000, "PPL", "SY", "07", 0),
    ("3011", "Hīt", "Hit", "", 33.637, 42.823, "PPL", "IQ", "01", 60000),
]
ADMIN1 = [
    ("SY.07", "Deir ez-Zor"),
    ("SY.09", "Aleppo"),
    ("SY.10", "Idlib"),
    ("SY.11", "Homs"),
    ("SY.13", "Damascus"),
]


def places(parser: Geoparser, text: str) -> dict[str, object]:
    return places_in(parser, text)


def test_common_words_are_no_loose_places(parser):
    found = places(parser, "Some fighters reached the Base. Peace returned to Bis village on Monday.")
    assert "Some" not in found and "Base" not in found and "Peace" not in found
    assert found["Bis"].place.name == "Bīs"  # a name that is no English word stays


def test_a_common_word_spelled_exactly_still_names_a_place(parser):
    found = places(parser, "An airstrike hit Hit in Anbar.")
    assert found["Hit"].place.name == "Hīt"


def test_parts_of_a_group_name_are_no_places(parser):
    found = places(parser, "Hayat Tahrir al-Sham fighters clashed with FaR members near Khan Sheikhoun.")
    assert set(found) == {"Khan Sheikhoun"}


def test_a_name_before_a_facility_noun_means_the_facility(parser):
    found = places(parser, "The coalition reinforced its base at the Omar oil fields.")
    assert [m.place.feature_code for m in found.values()] == ["OILF"]  # Marsad's data, not the village ‘Umar
    assert "Umar" not in {m.place.name for m in found.values()}


def test_a_quarter_of_a_city_resolves_to_the_city_when_the_gazetteer_lacks_it(parser):
    found = places(parser, "Shells fell on Sawda in Damascus on Sunday.")  # a quarter the index lacks
    assert found["Sawda"].place.name == "Dimashq"
    assert found["Sawda"].geo_precision == 1


def test_a_desert_named_after_a_town_is_near_the_town(parser):
    for text in (
        "Cells attacked a patrol in Al-Bukamal desert.",
        "Cells attacked a patrol in Al-Bukamal Badia.",
    ):
        found = places(parser, text)
        assert list(found) == ["Al-Bukamal"]
        assert found["Al-Bukamal"].place.name == "Ālbū Kamāl" and found["Al-Bukamal"].geo_precision == 2


@pytest.mark.parametrize("text", ["Some", "Oil Field", "Neither", "States", "the Ministry", "Sharqi"])
def test_common_phrases(text):
    assert is_common_phrase(text)


@pytest.mark.parametrize("text", ["Samarra", "Al-Omar", "Khanaser Road", "Hayat"])
def test_names_are_not_common_phrases(text):
    assert not is_common_phrase(text)


def test_exact_and_near_exact_spellings():
    assert exact_name("Al-Bab", "Al Bab") and not exact_name("Hit", "Hīt")
    assert near_exact("Hit", "Hīt") and near_exact("Karma", "Al Karmah")
    assert not near_exact("Some", "Sāmarrā’")
