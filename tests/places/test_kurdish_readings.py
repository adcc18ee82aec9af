"""A Latin spelling's Kurdish readings (rule `kurdish-readings`) on a hand-made gazetteer with invented
names. No ../shared needed."""

from __future__ import annotations

import pytest

from marsad.places.kurdish_readings import c_as_j, ch_as_j, j_as_c, other_readings

from .conftest import places_in

ADMIN1 = [("IQ.11", "Erbil"), ("IQ.15", "Nineveh"), ("IQ.08", "Duhok"), ("SY.08", "Al-Hasakah")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("6001", "Arbīl", "Arbil", "Erbil,Hewler", 36.190, 44.010, "PPLA", "IQ", "11", 900000),
    ("6002", "Cemrîkan", "Cemrikan", "", 36.350, 44.000, "PPL", "IQ", "11", 0),  # GeoNames writes it in Hawar
    ("6003", "Dūjān", "Dujan", "", 36.180, 41.910, "PPL", "IQ", "15", 0),  # from the Arabic: a jim for Kurdish ç
    ("6004", "Dīshān", "Dishan", "", 34.900, 38.900, "PPL", "SY", "08", 0),  # keyed as the ch-as-sh reading is
    ("6005", "Ash Shaddādī", "Ash Shaddadi", "Shaddadi", 36.060, 40.730, "PPLA2", "SY", "08", 20000),
    ("6006", "Jaddādī", "Jaddadi", "", 36.500, 43.000, "PPL", "IQ", "08", 0),
]


@pytest.mark.parametrize(("reading", "mention", "expected"), [
    (c_as_j, "Calkah", "Jalkah"),
    (j_as_c, "Jamrikan", "Camrikan"),
    (ch_as_j, "Duchan", "Dujan"),
    (ch_as_j, "chamchamal", "jamjamal"),
])
def test_each_reading_rewrites_only_its_letters(reading, mention, expected):
    assert reading(mention) == expected


def test_a_name_without_those_letters_has_no_other_reading():
    assert other_readings("Erbil") == ()
    assert other_readings("Duchan") == ("Dujan",)
    assert other_readings("Coded") == ()  # an English c is mostly k


def test_an_english_j_meets_the_hawar_c_geonames_writes(gazetteer):
    found = gazetteer.lookup("Jamrikan")
    assert found and found[0].place.geonameid == "6002"


def test_a_kurdish_ch_meets_the_arabic_jim_geonames_writes(parser):
    found = places_in(parser, "A drone struck a car outside Duchan, south of the mountain, on Tuesday.")
    assert found["Duchan"].place.geonameid == "6003"


def test_a_ch_name_spelled_as_a_place_writes_it_keeps_that_reading(gazetteer):
    # "Chaddadi" is the French spelling of Shaddadi; no "j" reading is looked up for it
    assert gazetteer.lookup("Chaddadi")[0].place.geonameid == "6005"
    assert all(c.place.geonameid != "6006" for c in gazetteer.lookup("Chaddadi"))

