"""A village whose later words are spelt otherwise than in the gazetteer is read whole, not by its first word,
when a place spelt close to the whole run lies in the governorate the report names (hand-made gazetteer)."""

from __future__ import annotations

import pytest

from marsad.places.mentions import find_spans
from marsad.places.tokens import tokenize
from marsad.places.whole_runs import run_ends

from .conftest import places_in

ADMIN1 = [("IQ.10", "Diyala"), ("IQ.01", "Anbar"), ("IQ.18", "Salah ad-Din")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("6001", "Laftah", "Laftah", "", 33.95, 45.05, "PPL", "IQ", "10", 0),
    ("6002", "Laftah Furayh", "Laftah Furayh", "", 34.10, 44.80, "PPL", "IQ", "10", 0),
    ("6003", "Ba‘qūbah", "Ba'qubah", "Baqubah", 33.746, 44.643, "PPLA", "IQ", "10", 400000),
    ("6004", "Qaryat Sīnā’", "Qaryat Sina'", "", 34.20, 45.30, "PPL", "IQ", "10", 0),
    ("6005", "Qaryat Sinn adh Dhibbān", "Qaryat Sinn adh Dhibban", "", 33.70, 42.70, "PPL", "IQ", "01", 0),
    ("6006", "Hīt", "Hit", "", 33.638, 42.826, "PPLA2", "IQ", "01", 60000),
    ("6007", "Qaryat Būnī", "Qaryat Buni", "", 34.60, 43.60, "PPL", "IQ", "18", 0),
    ("6008", "Qaryat al Jubūr", "Qaryat al Jubur", "", 34.90, 43.40, "PPL", "IQ", "18", 0),
    ("6009", "Qaryat", "Qaryat", "", 33.90, 42.50, "PPL", "IQ", "01", 0),  # a village of the first word alone
]


@pytest.mark.parametrize("text", [
    "On 3 May 2024, Turkish drones struck Laftah Furêh village in Baqubah district, Diyala.",
    "On 9 August 2024, unidentified gunmen shot dead a shepherd in Laftah Furaih, Diyala.",
    "Local sources said shelling hit the village of Laftah Fureh in Baqubah district of Diyala on Monday.",
])
def test_a_misspelt_later_word_is_read_with_the_name_in_the_named_governorate(parser, text):
    found = {m.text: m.resolution.chosen.place.geonameid for m in parser.parse(text)}
    assert "6002" in found.values()
    assert "Laftah" not in found


def test_a_kurdish_spelling_of_a_later_word_is_read_whole(parser):
    found = places_in(parser, "On 3 May 2024, gunmen attacked Qaryat al Cubur village in Salah al-Din.")
    assert found["Qaryat al Cubur"].resolution.chosen.place.geonameid == "6008"


def test_the_article_assimilated_to_dh_joins_a_name(gazetteer, parser):
    text = "On 3 May 2024, drones struck Garyat Sinn adh Dhibban village in Hit district, Anbar."
    assert "Garyat Sinn adh Dhibban" in [s.text for s in find_spans(text, gazetteer.has_key)]
    assert places_in(parser, text)["Garyat Sinn adh Dhibban"].resolution.chosen.place.geonameid == "6005"


@pytest.mark.parametrize("text", [
    "On 3 May 2024, Turkish drones struck Laftah village in Baqubah district, Diyala.",
    "On 9 August 2024, gunmen shot dead a shepherd in Laftah, Diyala.",
    "On 9 August 2024, gunmen in Laftah Shot a shepherd in Diyala.",  # a capitalised verb after the name
    "On 9 August 2024, gunmen in Laftah Hamid Salman killed a shepherd, Diyala.",  # a person after the name
])
def test_words_that_are_not_part_of_the_name_are_not_swallowed(parser, text):
    assert places_in(parser, text)["Laftah"].resolution.chosen.place.geonameid == "6001"


def test_without_a_governorate_or_outside_it_the_known_prefix_stays(parser):
    # nothing says where the run lies: today's reading, the name the index knows letter for letter
    assert "Laftah" in places_in(parser, "On 3 May 2024, Turkish drones struck Laftah Furêh village.")
    # the report points to Anbar, and Laftah Furayh lies in Diyala
    found = places_in(parser, "On 3 May 2024, Turkish drones struck Laftah Furêh village in Hit district, Anbar.")
    assert "Laftah Furêh" not in found


@pytest.mark.parametrize(("text", "run"), [
    ("drones struck Laftah Furêh village in Diyala", "Laftah Furêh"),
    ("drones struck Garyat Sinn adh Dhibban, Anbar", "Garyat Sinn adh Dhibban"),
    ("shelling hit Laftah, Diyala", "Laftah"),  # a comma ends the name: the governorate is no part of it
    ("gunmen in Laftah killed two", "Laftah"),  # a lower-case verb ends it
    ("Laftah Village was shelled", "Laftah"),  # so does a settlement or feature word
    ("in Laftah Brigade positions", "Laftah"),  # and an organisation word
    ("in Laftah al", "Laftah"),  # an article with no name after it
])
def test_the_run_read_whole_stops_where_the_name_ends(text, run):
    tokens = tokenize(text)
    first = next(k for k, token in enumerate(tokens) if token.text in ("Laftah", "Garyat"))
    ends = run_ends(text, tokens, first, first + 1)
    longest = text[tokens[first].start : tokens[ends[0] - 1].end] if ends else tokens[first].text
    assert longest == run
