"""Numbered bases written in lower case ("regiment 46 - Military Base", "the 17th Division base"): the names of
Marsad's own entries that hold a number are found in any case. The entries are Marsad's shipped data."""

from __future__ import annotations

from marsad.places.mentions import Span
from marsad.places.numbered import numbered_facilities, numbered_names
from tests.places.conftest import places_in

ROWS = [("6001", "Ḩalab", "Halab", "Aleppo", 36.20, 37.16, "PPLA", "SY", "09", 1_600_000)]
ADMIN1 = [("SY.09", "Aleppo")]

NAMES = numbered_names([("marsad:r46", "Regiment 46"), ("marsad:r46", "Regiment 46 military base"),
                        ("marsad:tanf", "Al-Tanf base"), ("1234", "Tall 5")])


def test_only_own_entries_that_hold_a_number_are_looked_for():
    assert NAMES == ("Regiment 46", "Regiment 46 military base")


def test_a_lower_case_name_is_found_whole_and_a_word_inside_it_gives_way():
    text = "Snipers targeted troops near regiment 46 - Military Base in Aleppo province."
    inside = Span(text.index("Base"), text.index("Base") + 4, "Base", None, None, False, None)
    found = numbered_facilities(text, [inside], NAMES)
    assert [s.text for s in found] == ["regiment 46 - Military Base"]
    assert numbered_facilities("Regiment 47 moved north.", [], NAMES) == []  # another number is no match


def test_the_base_resolves_to_marsads_entry(parser):
    found = places_in(parser, "On 3 May, rebel snipers shot at troops near regiment 46 in Aleppo.")
    assert found["regiment 46"].resolution.chosen.place.geonameid == "marsad:regiment-46"
    found = places_in(parser, "Gunmen attacked a checkpoint near the 17th Division base in Raqqa.")
    assert found["17th Division base"].resolution.chosen.place.geonameid == "marsad:division-17-base"
