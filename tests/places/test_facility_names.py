"""A facility's name in any of its kind's generic words ("Al-Tanak oil field", "the Tanak oilfields", "Tanak -
Oil Field", "Qasrak base" / "Qasrak airbase"); the members a group word lists are no places. Fixtures are
invented; the facilities are Marsad's own entries (marsad/data/places), built into every index."""

from __future__ import annotations

import pytest

from marsad.places.build import facility_variants
from tests.places.conftest import places_in

ROWS = [
    ("4001", "Dayr az Zawr", "Dayr az Zawr", "Deir ez-Zor", 35.336, 40.141, "PPLA", "SY", "07", 240000),
    ("4002", "Al Hasakah", "Al Hasakah", "Hasakah,Al-Hasakah", 36.502, 40.747, "PPLA", "SY", "08", 190000),
    # a village spelled like the base, across the border: the base is meant
    ("4003", "Qasrūk", "Qasruk", "Qasrok", 35.866, 44.679, "PPL", "IQ", "05", 0),
    ("4004", "Ţabūl", "Tabul", "Tabool", 36.10, 40.50, "PPL", "SY", "08", 0),
    ("4005", "Marāt", "Marat", "Maraat", 36.20, 40.60, "PPL", "SY", "08", 0),
    ("4007", "Kashmah", "Kashmah", "", 36.20, 37.40, "PPL", "SY", "09", 0),  # far from any oil field
    ("4006", "As Sabkhah", "As Sabkhah", "Sabkhah", 35.80, 39.30, "PPL", "SY", "08", 0),
]
ADMIN1 = [("SY.07", "Deir ez-Zor"), ("SY.08", "Al-Hasakah"), ("SY.09", "Aleppo"), ("IQ.05", "Sulaymaniyah")]


GENERICS = {"OILF": ["oil fields", "oil field", "oilfield", "fields", "field"], "MILB": ["base"]}


def test_a_name_ending_in_a_generic_word_gets_every_other_word_of_its_kind():
    variants = facility_variants(["Al-Nasr oil field", "Nasr"], "OILF", GENERICS)
    assert set(variants) == {"Al-Nasr oil fields", "Al-Nasr oilfield", "Al-Nasr fields", "Al-Nasr field"}


def test_names_without_a_generic_ending_or_of_another_kind_get_none():
    assert facility_variants(["Regiment 12"], "MILB", GENERICS) == []
    assert facility_variants(["Al-Nasr oil field"], "AIRB", GENERICS) == []
    assert facility_variants(["Al-Nasr oil field"], None, GENERICS) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten fighters died in clashes near the al-Tanak Oil Fields in Deir ez-Zor.",
        "Ten fighters died in clashes near the Tanak oilfield in Deir ez-Zor.",
        "Ten fighters died in clashes near Al-Tanak - Oil Field in Deir ez-Zor.",
    ],
)
def test_an_oil_field_is_found_however_its_kind_is_written(parser, text):
    found = [m for m in parser.parse(text) if m.resolution.chosen.place.geonameid == "marsad:tanak-oil-field"]
    assert len(found) == 1


@pytest.mark.parametrize("name", ["Qasrok Airbase", "Qasrak base", "Qasrak military base"])
def test_a_base_is_found_by_any_word_for_a_base_and_not_abroad(parser, name):
    text = f"A drone launched by a militia flew toward {name} in the countryside of Hasakah."
    assert places_in(parser, text)[name].place.geonameid == "marsad:qasrak-airbase"


def test_the_members_a_group_word_lists_are_no_places(parser):
    text = "Clashes went on between the army and local clans, including Tabul and Marat, near Hasakah."
    assert {"Tabul", "Marat"}.isdisjoint(places_in(parser, text))
    text = "Clashes went on between the army and armed tribes such as Tabul and Marat near Hasakah."
    assert {"Tabul", "Marat"}.isdisjoint(places_in(parser, text))


def test_places_a_place_word_lists_stay_places(parser):
    text = "Shells fell on several villages, including Tabul and Marat, in Hasakah countryside."
    assert {"Tabul", "Marat"} <= set(places_in(parser, text))


def test_a_facility_named_after_a_person_is_no_person(parser):
    text = "Trucks queued for hours at the Ibrahim Khalil Border Crossing on the border."
    assert places_in(parser, text)["Ibrahim Khalil Border Crossing"].place.geonameid == "marsad:ibrahim-khalil"


def test_an_article_written_with_a_capital_inside_a_sentence_opens_the_name(parser):
    text = "The arrests were reported in the province (coded as As Sabkhah town, Hasakah)."
    assert places_in(parser, text)["As Sabkhah"].place.geonameid == "4006"
    # at a sentence's start "As" is the English word
    assert "As Sabkhah" not in places_in(parser, "As Sabkhah residents fled, they went to Hasakah.")


def test_a_part_of_a_facility_lies_at_it_not_at_a_namesake_far_away(parser):
    text = "Clashes broke out near the Kashmah well in the Omar oil fields cluster."
    well = places_in(parser, text)["Kashmah"]
    assert well.place.geonameid == "marsad:omar-oil-field"
