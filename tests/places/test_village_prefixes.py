"""Village-name prefixes: "Kharab"/"Xirab" and "Khirbet"/"Khirbat"/"Khurbat" are forms of one word (a ruin)
and meet in the index (marsad/data/places/exonyms.yaml), so a report's spelling finds the gazetteer's."""

from __future__ import annotations

import pytest

from marsad.text.fold import fold

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("SY.09", "Aleppo"), ("SY.01", "Al-Hasakah")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population (invented villages)
ROWS = [
    ("6001", "Khirbat Qunayţir", "Khirbat Qunaytir", "", 36.80, 38.10, "PPL", "SY", "09", 0),
    ("6002", "Kharāb Dūlab", "Kharab Dulab", "", 36.95, 41.20, "PPL", "SY", "01", 0),
    ("6003", "Ḩarb Nafsah", "Harb Nafsah", "", 36.10, 37.30, "PPL", "SY", "09", 0),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory):
    from marsad.places.geoparser import Geoparser

    return Geoparser(gazetteer_from_rows(tmp_path_factory.mktemp("prefixes"), ROWS, admin1_names=ADMIN1))


@pytest.mark.parametrize("prefix", ["Kharab", "Xarab", "Xirab", "Kherab", "Khirbet", "Khirbat", "Khurbat", "Khirbit"])
def test_every_form_of_the_ruin_prefix_folds_alike(prefix):
    assert fold(f"{prefix} Qunaytir") == fold("Khirbat Qunaytir")


def test_a_different_word_that_shares_the_consonants_keeps_its_own_key():
    assert fold("Harb Nafsah") != fold("Khirbet Nafsah")  # "harb" (war) is not the prefix


@pytest.mark.parametrize(
    ("text", "mention", "geonameid"),
    [
        ("A drone struck a car near Kharab Qunaytir, east of Aleppo.", "Kharab Qunaytir", "6001"),
        ("A drone struck a car near Khirbet Dulab, in Hasakah.", "Khirbet Dulab", "6002"),
        ("A drone struck a car near Xirab Dulab, in Hasakah.", "Xirab Dulab", "6002"),
    ],
)
def test_a_report_spelling_finds_the_village_written_with_the_other_prefix(parser, text, mention, geonameid):
    found = places_in(parser, text)
    assert found[mention].place.geonameid == geonameid
