"""Namesakes the report's context must not decide alone, containers misread, names OCHA writes with a glued
article, and the members of a group listed in brackets. Hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser
from marsad.places.rows import geoparse_rows
from marsad.types import Report

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("SY.01", "Al-Hasakah"), ("SY.06", "Daraa"), ("SY.07", "Deir ez-Zor"), ("SY.08", "Rif Dimashq"),
          ("SY.09", "Aleppo"), ("SY.10", "Hama"), ("SY.11", "Homs"), ("SY.12", "Idlib"), ("IQ.11", "Erbil")]
ROWS = [
    ("7001", "Ḩamāh", "Hamah", "Hama", 35.13, 36.75, "PPLA", "SY", "10", 460000),
    ("7002", "Idlib", "Idlib", "Idleb", 35.93, 36.63, "PPLA", "SY", "12", 128000),
    ("7003", "Douma", "Douma", "Duma,Doumá", 33.57, 36.40, "PPL", "SY", "08", 111864),
    ("7004", "Dūmā", "Duma", "Douma", 35.34, 37.00, "PPL", "SY", "10", 0),
    ("7005", "Al Qāmishlī", "Al Qamishli", "Qamishli,Kamishli", 37.05, 41.23, "PPLA2", "SY", "01", 0),
    ("7006", "Al Qāmishlīyah", "Al Qamishliyah", "Qamishliyah", 36.20, 36.41, "PPL", "SY", "12", 0),
    ("7007", "Hajīn", "Hajin", "Hajeen", 34.70, 40.83, "PPL", "SY", "07", 29000),
    ("7008", "Ad Dayr", "Ad Dayr", "Deir,Dayr", 32.44, 36.50, "PPL", "SY", "06", 0),
    ("7009", "Dar‘ā", "Dar'a", "Daraa,Deraa", 32.62, 36.10, "PPLA", "SY", "06", 97000),
    ("7010", "Al Ḩasakah", "Al Hasakah", "Hasakah,Al Hasakeh", 36.50, 40.75, "PPLA", "SY", "01", 188000),
    ("7011", "Al Quşayr", "Al Qusayr", "Qusayr", 34.51, 36.58, "PPLA2", "SY", "11", 41000),
    ("7012", "Ja‘fūr", "Ja`fur", "Jaafar,Jafur", 34.40, 36.50, "PPL", "SY", "11", 0),
    ("7013", "Zayţar", "Zaytar", "Zaiter", 34.45, 36.52, "PPL", "SY", "11", 0),
    ("7014", "Kurmā", "Kurma", "", 36.05, 36.60, "PPL", "SY", "12", 0),  # shares the folded key of "Karamah"
    ("7015", "Aţmah", "Atmah", "Atmeh", 36.32, 36.67, "PPL", "SY", "12", 0),
    ("7016", "Ḩalab", "Halab", "Aleppo", 36.20, 37.16, "PPLA", "SY", "09", 1600000),
    ("7017", "Jibrīn", "Jibrin", "", 36.18, 37.26, "PPL", "SY", "09", 0),  # 8 km from the city centre
    ("7018", "Kuljibrīn", "Kuljibrin", "Jibreen", 36.54, 37.12, "PPL", "SY", "09", 0),  # 37 km north
    ("7019", "Aş Şāliḩīyah", "As Salihiyah", "Salhiyeh", 35.80, 36.30, "PPL", "SY", "12", 0),  # Idlib's hills
    ("7020", "Qaraqol", "Qaraqol", "Salhiye", 34.72, 40.75, "PPL", "SY", "07", 0),  # in the Badia
    ("7021", "Ḩasrūk", "Hasruk", "Qasrok", 36.60, 44.30, "PPL", "IQ", "11", 0),  # an Iraqi village
    ("7022", "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor,Deir Ezzor", 35.336, 40.141, "PPLA", "SY", "07", 240000),
]
OCHA_ROWS = [
    "C4398,Um Elkeif,,,,Community,C4398,Um Elkeif,SY080001,Tal Tamer,SY0800,Al-Hasakeh,SY08,Al-Hasakeh,"
    "36.70,40.35",
    "C4399,Rasm Eljahsh,,,,Community,C4399,Rasm Eljahsh,SY080001,Tal Tamer,SY0800,Al-Hasakeh,SY08,"
    "Al-Hasakeh,36.72,40.30",
]


def test_a_roundup_naming_a_governorate_does_not_move_a_well_known_town(parser):
    text = (
        "Government artillery hit villages in the countryside of Hama and Idlib on Tuesday. In Douma, "
        "shopkeepers closed their stores in protest. In Qamishli, security forces arrested a teacher."
    )
    found = places_in(parser, text)
    assert found["Douma"].place.geonameid == "7003"  # the city of 110,000, not the hamlet in Hama
    assert found["Qamishli"].place.geonameid == "7005"  # a district seat, not the hamlet in Idlib
    assert found["Hama"].place.feature_code == "ADM1"  # the governorate itself keeps its reading


def test_a_container_the_text_ties_to_the_name_still_means_the_hamlet(parser):
    found = places_in(parser, "Government artillery hit Douma village in the countryside of Hama.")
    assert found["Douma"].place.geonameid == "7004"


def test_a_misspelt_container_does_not_move_a_town(parser):
    # "Deir ez or": a broken "Deir ez-Zor" whose first word meets a hamlet in Daraa and Daraa's folded key
    found = places_in(parser, "Gunmen stopped a bus near Hajin in rural eastern Deir ez or.")
    assert found["Hajin"].place.geonameid == "7007"
    assert "Deir" not in found  # the misread container is no place of the report either


def test_a_container_spelled_as_its_governorate_still_holds(parser):
    found = places_in(parser, "Gunmen wounded a farmer in Ad Dayr village in the countryside of Daraa.")
    assert found["Ad Dayr"].place.geonameid == "7008"


def test_a_glued_article_in_an_ocha_name_meets_the_usual_spelling(parser):
    found = places_in(parser, "Artillery shelled positions in Umm Al-Kayf silos in Al Hasakeh countryside.")
    assert found["Umm Al-Kayf"].place.geonameid == "ocha:C4398"
    found = places_in(parser, "A drone struck a car near Rasm al-Jahsh village in Al Hasakeh countryside.")
    assert found["Rasm al-Jahsh"].place.geonameid == "ocha:C4399"


def test_names_in_brackets_after_a_kin_word_are_the_groups_members(parser):
    text = "Troops took the town of Al Qusayr after a gunfight with armed clans (reportedly Jaafar and Zaiter)."
    found = places_in(parser, text)
    assert "Jaafar" not in found and "Zaiter" not in found
    assert found["Al Qusayr"].place.geonameid == "7011"
    found = places_in(parser, "Shells fell on Jaafar (near Al Qusayr) at night.")
    assert found["Jaafar"].place.geonameid == "7012"  # a bracket after a place is no list of members


IRAQ_ADMIN1 = [("IQ.02", "Basra"), ("IQ.09", "Dhi Qar"), ("IQ.11", "Erbil"), ("IQ.13", "Sulaymaniyah"),
               ("IQ.17", "Najaf"), ("IQ.18", "Salah ad-Din")]
IRAQ_ROWS = [
    ("8001", "Tikrīt", "Tikrit", "Tekrit", 34.60, 43.68, "PPLA", "IQ", "18", 0),
    ("8002", "Zarkah", "Zarkah", "Zarqa,Al-Zarqa", 35.50, 45.60, "PPL", "IQ", "13", 0),  # far, in Sulaymaniyah
    ("8003", "Sinūnī", "Sinuni", "Sinine", 37.26, 44.16, "PPL", "IQ", "11", 0),  # 50 km from the valley
    ("8009", "Berdesoṟ", "Berdesor", "", 37.00, 44.60, "PPL", "IQ", "11", 0),
    ("8004", "Sīdakān", "Sidakan", "", 36.797, 44.672, "PPLA3", "IQ", "11", 3000),
    ("8005", "An Nāşirīyah", "An Nasiriyah", "Nasiriyah,Nasiriya", 31.05, 46.26, "PPLA", "IQ", "09", 400000),
    ("8006", "An Naşrī", "An Nasri", "", 30.93, 47.25, "PPL", "IQ", "02", 0),  # a hamlet of Basra
    ("8007", "Al Başrah", "Al Basrah", "Basra", 30.508, 47.780, "PPLA", "IQ", "02", 2000000),
    ("8008", "An Najaf", "An Najaf", "Najaf", 32.00, 44.34, "PPLA", "IQ", "17", 800000),
]


@pytest.fixture(scope="module")
def iraq_parser(tmp_path_factory) -> Geoparser:
    gazetteer = gazetteer_from_rows(tmp_path_factory.mktemp("iraq-namesakes"), IRAQ_ROWS, admin1_names=IRAQ_ADMIN1)
    yield Geoparser(gazetteer)
    gazetteer.close()


def test_an_area_in_a_town_that_names_a_district_lies_near_the_town(iraq_parser):
    text = "Warplanes struck a hideout in the Al-Zarqa area in Tikrit, Salah ad-Din province."
    found = iraq_parser.parse(text)
    zarqa = next(m for m in found if m.text == "Al-Zarqa")
    assert zarqa.place.geonameid == "8001"  # not the Zarkah of Sulaymaniyah: placed at Tikrit, near it
    assert zarqa.geo_precision == 2


def test_a_container_after_a_remark_holds_every_name_of_the_list_before_it(iraq_parser):
    text = "Turkish aircraft struck Berdesor and Sinine areas (as villagers call them) in Xakurke region, Erbil."
    found = {m.text: m for m in iraq_parser.parse(text)}
    assert found["Sinine"].place.geonameid == "marsad:iq-khakurk"  # the village 50 km off is another one


def test_names_side_by_side_on_a_list_do_not_hold_each_other(iraq_parser):
    found = places_in(iraq_parser, "Teachers marched in Nasiriyah, Basra and Najaf on Sunday.")
    assert found["Nasiriyah"].place.geonameid == "8005"  # not a hamlet of Basra spelled alike


def test_a_camp_named_for_an_idea_meets_no_village_by_a_loose_spelling(parser):
    found = places_in(parser, "Displaced families protested in Karamah Camps in Idleb countryside.")
    assert "Karamah" not in found or found["Karamah"].place.feature_code == "ADM1"  # its governorate at most


def test_camps_named_after_their_village_are_placed_near_it(parser):
    found = {m.text: m for m in parser.parse("A fire broke out in the Atmeh camps on Friday.")}
    assert found["Atmeh"].place.geonameid == "7015"
    assert found["Atmeh"].geo_precision == 2


def test_an_area_in_aleppo_city_lies_in_the_city_though_aleppo_was_read_as_the_governorate(parser):
    text = "Police stormed Aleppo - the industrial zone in Jibreen area in Aleppo city, detaining 50 workers."
    found = {m.start: m for m in parser.parse(text)}
    jibreen = next(m for m in found.values() if m.text == "Jibreen")
    assert jibreen.place.geonameid == "7017"  # the one within the city, not the namesake 37 km off


def test_a_desert_named_after_a_town_is_the_desert_of_a_badia_town(parser):
    found = places_in(parser, "Troops clashed with Islamic State cells in the Salhiyeh desert area.")
    assert found["Salhiyeh"].place.geonameid == "7020"
    assert found["Salhiyeh"].geo_precision == 2


def test_a_town_standing_for_an_airbase_lies_in_the_reports_country(parser):
    text = "A cargo plane landed at Qasrok Airbase in the countryside of Al Hasakeh, carrying supplies."
    found = places_in(parser, text)
    assert "Qasrok" not in found or found["Qasrok"].place.country_code == "SY"  # never the Iraqi village


def test_names_joined_acled_s_way_give_one_more_row(parser):
    reports = [
        Report(doc_id="a", text="Gunmen attacked a checkpoint in Idlib - Al Qamishliyah at night."),
        Report(doc_id="b", text="Clashes took place in Al-Ghab Plain - Hama on Monday."),
    ]
    rows = {(r["doc_id"], r["mention"]): r for r in geoparse_rows(reports, parser.gazetteer)}
    assert rows[("a", "Idlib - Al Qamishliyah")]["geonameid"] == "7006"  # the narrower name
    assert rows[("b", "Al-Ghab Plain - Hama")]["geonameid"] == "marsad:ghab-plain"  # not the governorate
    assert ("a", "Idlib") in rows and ("a", "Al Qamishliyah") in rows  # each name keeps its own row


def test_rural_before_a_governorate_means_its_countryside(parser):
    found = places_in(parser, "Gunmen kidnapped a trader in Hajin in rural eastern Deir ez-Zor.")
    assert found["Deir ez-Zor"].place.feature_code == "ADM1"  # not the city of Deir ez-Zor
    assert found["Deir ez-Zor"].relation == "countryside" and found["Deir ez-Zor"].direction == "eastern"
