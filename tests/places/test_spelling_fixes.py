"""Fixes found by bench/spellings.py, each on a hand-made gazetteer: a governorate is never read from a
consonant key alone, Latin Kurdish c competes with j, and a village named after a man is a village when the
text says so (no ../shared needed)."""

from __future__ import annotations

import pytest

from .conftest import places_in

ADMIN1 = [("SY.06", "Daraa"), ("IQ.18", "Salah ad-Din"), ("IQ.05", "Sulaymaniyah"), ("IQ.10", "Diyala")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("4001", "Dar‘ā", "Dar'a", "Daraa,Deraa", 32.625, 36.106, "PPLA", "SY", "06", 100000),
    ("4002", "Ad Dawr", "Ad Dawr", "Al-Daur", 34.457, 43.787, "PPLA2", "IQ", "18", 20000),
    ("4003", "Qaryat Musayrah", "Qaryat Musayrah", "", 34.50, 43.70, "PPL", "IQ", "18", 0),
    ("4004", "Jālkah", "Jalkah", "", 35.70, 45.60, "PPL", "IQ", "05", 0),
    ("4005", "Culal Kawe", "Culal Kawe", "", 35.10, 45.10, "PPL", "IQ", "05", 0),
    ("4006", "Hasan Sultān", "Hasan Sultan", "", 33.90, 45.20, "PPL", "IQ", "10", 0),
    ("4007", "Ba‘qūbah", "Ba'qubah", "Baqubah", 33.746, 44.643, "PPLA", "IQ", "10", 400000),
]


@pytest.mark.parametrize("name", ["Ad Dawr", "Dour", "Al-Dur"])
def test_a_name_sharing_only_consonants_with_a_governorate_is_not_it(gazetteer, name):
    # "Ad Dawr" and "Daraa" both key on d-r; the vowels tell a district of Salah al-Din from Daraa
    assert gazetteer.governorate(name) is None


@pytest.mark.parametrize("name", ["Daraa", "Deraa", "Dar'a", "Salahuddin", "Slemani", "Sulaimaniya"])
def test_spellings_of_a_governorate_still_name_it(gazetteer, name):
    assert gazetteer.governorate(name) is not None


def test_a_village_in_a_district_that_shares_a_key_with_a_governorate_stays_in_its_own(parser):
    found = places_in(parser, "On 3 May 2024, drones struck Qaryat Musayrah village in Ad Dawr district, "
                              "Salah al-Din.")
    assert found["Qaryat Musayrah"].place.country_code == "IQ"


def test_latin_kurdish_c_reads_as_j_even_when_the_c_spelling_keys_another_village(gazetteer):
    # "Calkah" keys c-l-k like "Culal Kawe" (itself a Kurdish spelling of Jalal Kawa); the j reading is nearer
    assert gazetteer.lookup("Calkah")[0].place.geonameid == "4004"
    assert gazetteer.lookup("Culal Kawe")[0].place.geonameid == "4005"


@pytest.mark.parametrize("text", [
    "On 3 May 2024, Turkish drones struck Hasan Sultan village in Baqubah district, Diyala.",
    "Local sources said shelling hit the village of Hasan Sultan in Diyala on Monday.",
    "On 9 August 2024, gunmen shot dead a shepherd in Hasan Sultan, Diyala.",
    "Clashes broke out near Hasan Sultan, in the countryside of Baqubah, Diyala.",
    "Gunmen shot dead a shepherd in Hasan Sultan in Baqubah, Diyala governorate.",
])
def test_a_village_named_after_a_man_is_a_village_when_the_text_says_so(parser, text):
    assert places_in(parser, text)["Hasan Sultan"].place.geonameid == "4006"


@pytest.mark.parametrize("text", [
    "Gunmen shot dead Hasan Sultan in Baqubah, Diyala.",
    "Hasan Sultan, a local official, said the road was closed in Diyala.",
])
def test_a_mans_name_without_those_signs_is_still_a_person(parser, text):
    assert "Hasan Sultan" not in places_in(parser, text)

