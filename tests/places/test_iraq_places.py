"""Iraq as well as Syria: Marsad's Iraqi features and districts, Kurdish spellings, containers and the
report's country as hard constraints (hand-made small gazetteers; no ../shared needed)."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.places.gazetteer import Gazetteer

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [
    ("SY.01", "Al-Hasakah"),
    ("SY.06", "Daraa"),
    ("SY.10", "Hama"),
    ("IQ.02", "Basra"),
    ("IQ.08", "Duhok"),
    ("IQ.11", "Erbil"),
    ("IQ.15", "Nineveh"),
]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("3001", "Sinjār", "Sinjar", "Shingal,سنجار", 36.322, 41.877, "PPLA2", "IQ", "15", 30000),
    ("3002", "Sinjār", "Sinjar", "سنجار", 36.53, 40.60, "PPL", "SY", "01", 0),  # a namesake in Hasakah
    ("3003", "Dihok", "Duhok", "Dahuk,Dohuk,دهوك", 36.867, 42.950, "PPLA", "IQ", "08", 300000),
    ("3004", "Amēdī", "Amedi", "Amadiya,Amadiyah,العمادية", 37.092, 43.487, "PPL", "IQ", "08", 10000),
    ("3005", "Kani Rash", "Kani Rash", "", 35.20, 36.60, "PPL", "SY", "10", 0),  # only in Hama
    ("3006", "Al Başrah", "Al Basrah", "Basra,البصرة", 30.508, 47.780, "PPLA", "IQ", "02", 2000000),
    ("3007", "Buşrá ash Shām", "Busra ash Sham", "Busra,Bosra,بصرى الشام", 32.520, 36.483, "PPL", "SY", "06", 20000),
    ("3008", "Arbīl", "Arbil", "Erbil,Irbil,أربيل", 36.191, 44.009, "PPLA", "IQ", "11", 900000),
    ("3009", "Sīdakān", "Sidakan", "", 36.797, 44.672, "PPLA3", "IQ", "11", 3000),
    ("3010", "Rawandoz", "Rawandoz", "Rawanduz,Rewandiz", 36.610, 44.524, "PPLA2", "IQ", "11", 20000),
    ("3011", "Bōzān", "Bozan", "", 36.35, 41.70, "PPL", "IQ", "15", 0),  # near Sinjar
    ("3012", "Bōzān", "Bozan", "", 35.35, 36.95, "PPL", "SY", "10", 0),  # its namesake in Hama
]


@pytest.mark.parametrize("spelling", ["Xakurke", "Hakurk", "Khakurk", "Wadi Khakurik"])
def test_a_pkk_war_area_is_found_by_its_kurdish_and_arabic_names(gazetteer, spelling):
    found = gazetteer.lookup(spelling)
    assert found and found[0].place.geonameid == "marsad:iq-khakurk"
    assert found[0].place.admin1 == "Erbil"


def test_features_of_both_countries_reach_the_index(gazetteer):
    assert gazetteer.lookup("Ibrahim Khalil crossing")[0].place.country_code == "IQ"
    assert gazetteer.lookup("Khor Mor gas field")[0].place.feature_code == "GASF"
    assert gazetteer.lookup("Tishreen Dam")[0].place.country_code == "SY"


def test_the_kurdish_name_of_a_town_resolves_to_it(parser):
    found = places_in(parser, "Turkish drones struck a car near Shingal, in Nineveh.")
    assert found["Shingal"].place.geonameid == "3001"


def test_package_data_reaches_an_existing_index_without_a_reimport(tmp_path):
    index = gazetteer_from_rows(tmp_path, ROWS[:3], admin1_names=ADMIN1)
    index.close()
    path = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(path) as conn:  # an index written by an older Marsad, without the Iraqi features
        conn.execute("DELETE FROM names WHERE place_id LIKE 'marsad:%'")
        conn.execute("DELETE FROM places WHERE geonameid LIKE 'marsad:%'")
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'places_data'")
    reopened = Gazetteer.open(path)
    assert reopened.lookup("Xakurke")[0].place.geonameid == "marsad:iq-khakurk"
    reopened.close()


def test_a_village_in_a_named_district_resolves_inside_it(parser):
    found = places_in(parser, "Turkish warplanes struck Bozan village in Sinjar district, Nineveh.")
    assert found["Bozan"].place.geonameid == "3011"  # the Iraqi Bozan, not the one in Hama


def test_an_unknown_village_falls_back_to_its_district_at_precision_2(parser):
    found = places_in(parser, "Turkish drones struck Kani Rash village in Amadiya district, Duhok.")
    kani = found["Kani Rash"]  # the only Kani Rash lies in Hama: never the place meant
    assert kani.place.feature_code == "ADM2" and kani.place.name == "Amadiya"
    assert kani.geo_precision == 2 and kani.resolution.chosen.method == "fallback"


def test_a_closing_governorate_is_a_hard_constraint_with_fallback_at_precision_3(parser):
    found = places_in(parser, "On 3 May, PKK militants attacked a checkpoint in Kani Rash, Duhok.")
    assert found["Kani Rash"].place.feature_code == "ADM1" and found["Kani Rash"].place.admin1 == "Duhok"
    assert found["Kani Rash"].geo_precision == 3


def test_a_parenthesis_holds_the_district_and_governorate(parser):
    found = places_in(parser, "Turkish forces dug trenches in the Kani Rash area (Amadiya, Duhok).")
    assert found["Kani Rash"].place.name == "Amadiya" and found["Kani Rash"].geo_precision == 2


def test_a_possessive_governorate_holds_the_name_after_it(parser):
    found = places_in(parser, "Shelling hit Nineveh's Bozan on Monday.")
    assert found["Bozan"].place.geonameid == "3011"


def test_a_district_named_with_its_cue_is_the_district_and_without_it_the_town(parser):
    found = places_in(parser, "Clashes in Sinjar district; later a drone hit a car in Sinjar town.")
    assert places_in(parser, "Clashes in Sinjar district, Nineveh.")["Sinjar"].place.feature_code == "ADM2"
    assert places_in(parser, "A drone hit a car in Sinjar, Nineveh.")["Sinjar"].place.geonameid == "3001"
    assert found


def test_an_iraqi_report_never_resolves_to_a_namesake_in_syria(parser):
    found = places_in(parser, "A drone struck Sinjar in Nineveh. Later, gunmen attacked Bozan in Erbil.")
    assert found["Sinjar"].place.country_code == "IQ"
    assert found["Bozan"].place.country_code == "IQ"  # the Erbil one is unknown: not Hama's namesake


def test_a_syrian_report_never_reads_busra_as_basra(parser):
    # Hama is Syrian, so Busra is Bosra in Daraa, not Iraq's far bigger Basra
    found = places_in(parser, "Clashes in Hama. Later, shelling hit Busra.")
    assert found["Busra"].place.geonameid == "3007"


def test_an_air_base_written_in_two_words_is_found(parser):
    found = places_in(parser, "Rockets hit Harir air base north of Erbil.")
    assert found["Harir air base"].place.feature_code == "AIRB"
