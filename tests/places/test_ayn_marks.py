"""Rule `ayn-mark-agrees`: an apostrophe inside a name is an ayn; a report that writes one means the village
whose names write it too, not a namesake whose key reads the same once marks are dropped (hand-made gazetteer)."""

from __future__ import annotations

import pytest

from marsad.places.ayn_marks import has_inner_mark, marked_ratio
from marsad.places.index import latin_key

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("SY.09", "Aleppo")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population (invented villages)
ROWS = [
    ("7001", "Raţḩah", "Ratha", "Ratha", 36.10, 37.20, "PPL", "SY", "09", 0),
    ("7002", "Razāghah", "Razaghah", "Rzā‘ā,Riza’a,Razaghah", 36.40, 37.60, "PPL", "SY", "09", 0),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory):
    from marsad.places.geoparser import Geoparser

    return Geoparser(gazetteer_from_rows(tmp_path_factory.mktemp("ayn"), ROWS, admin1_names=ADMIN1))


@pytest.mark.parametrize(("text", "marked"), [("Baza'a", True), ("Ma’arrat", True), ("‘Ayn", False), ("Bazaa", False)])
def test_only_a_mark_between_two_letters_is_read_as_an_ayn(text, marked):
    assert has_inner_mark(text) is marked


def test_a_mention_without_a_mark_is_compared_as_before():
    assert marked_ratio("Razaa", "Rzā‘ā") is None


def test_the_two_villages_share_a_key_so_only_the_mark_tells_them_apart():
    assert latin_key("Raza'a") == latin_key("Ratha") == latin_key("Rzā‘ā")


@pytest.mark.parametrize("spelling", ["Raza'a", "Raza’a", "Riza'a"])
def test_a_name_written_with_an_ayn_finds_the_village_that_writes_it(parser, spelling):
    found = places_in(parser, f"Factions shelled {spelling}, killing a civilian.")
    assert found[spelling].place.geonameid == "7002"


def test_the_namesake_without_an_ayn_is_still_found_by_its_own_spelling(parser):
    found = places_in(parser, "Factions shelled Ratha, killing a civilian.")
    assert found["Ratha"].place.geonameid == "7001"
