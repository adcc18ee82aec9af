"""A lower-case article carries a capitalised run on ("Jabal al-Marwaniyeh"): the feature noun that opens an
unknown name is cut from it, not read as a village spelt like the noun (hand-made gazetteer, invented names)."""

from __future__ import annotations

import pytest

from .conftest import places_in

ADMIN1 = [("SY.11", "Homs"), ("SY.10", "Hama")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("6101", "Ḩimş", "Hims", "Homs", 34.727, 36.723, "PPL", "SY", "11", 700000),
    ("6102", "Al Jabal", "Al Jabal", "", 34.80, 36.40, "PPL", "SY", "11", 0),  # a village spelt as the noun
    ("6103", "Tall al Marwān", "Tall al Marwan", "", 34.90, 37.10, "PPL", "SY", "11", 0),
    ("6104", "Ḩamāh", "Hamah", "Hama", 35.13, 36.75, "PPL", "SY", "10", 500000),
]


@pytest.mark.parametrize("text", [
    "Clashes took place on Jabal al-Qutayfiyeh in eastern Homs countryside.",
    "Clashes took place on Jabal el-Qutayfiyeh in eastern Homs countryside.",
    "Clashes took place on Jabal Al-Qutayfiyeh in eastern Homs countryside.",  # capitalised: already a run
])
def test_the_noun_opening_an_unknown_name_is_no_village(parser, text):
    chosen = {m.text: m.resolution.chosen for m in parser.parse(text) if m.resolution.chosen is not None}
    assert "Jabal" not in chosen
    assert all(place.place.geonameid != "6102" for place in chosen.values())


def test_the_village_of_that_name_is_still_read_alone(parser):
    found = places_in(parser, "Shelling hit Al Jabal village in Homs countryside.")
    assert found["Al Jabal"].resolution.chosen.place.geonameid == "6102"


def test_a_known_name_with_a_lower_case_article_is_read_whole(parser):
    found = places_in(parser, "Shelling hit Tall al-Marwan village in Homs countryside.")
    assert found["Tall al-Marwan"].resolution.chosen.place.geonameid == "6103"
