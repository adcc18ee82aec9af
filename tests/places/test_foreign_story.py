"""Rule `foreign-story`: a report whose words place its story in another country (a country named as written, a
dateline abroad, a large city or a province abroad) and that names nothing Syrian or Iraqi never resolves a
village to a Syrian or Iraqi namesake; the village stays unresolved and the country abroad is read as a place.
A country is read only letter for letter, never through the Arabic folding that would make "As Samawah" Samoa.
Hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest

from .conftest import places_in

ADMIN1 = [("SY.10", "Idlib"), ("SY.13", "Rif Dimashq"), ("IQ.15", "Nineveh"), ("IQ.16", "Al-Muthanna")]
ROWS = [
    # Syrian and Iraqi villages that bear the letters of towns abroad
    ("8101", "Dākār", "Dakar", "", 35.80, 36.60, "PPL", "SY", "10", 0),
    ("8102", "Fāskarī", "Faskari", "", 33.50, 36.20, "PPL", "SY", "13", 0),
    ("8103", "Mārtah", "Martah", "Marte", 36.30, 43.00, "PPL", "IQ", "15", 0),
    ("8104", "Kīnyā", "Kinya", "Kenya", 35.90, 36.70, "PPL", "SY", "10", 0),
    ("8105", "As Samāwah", "As Samawah", "Samawah", 31.31, 45.28, "PPLA", "IQ", "16", 150_000),
    ("8106", "Sarāqib", "Saraqib", "", 35.86, 36.80, "PPL", "SY", "10", 30_000),
    # cities abroad the world list holds
    ("8201", "Maiduguri", "Maiduguri", "", 11.85, 13.16, "PPLA", "NG", "02", 800_000),
    ("8202", "Nairobi", "Nairobi", "", -1.28, 36.82, "PPLC", "KE", "05", 3_000_000),
]


def _country(parser, text: str, name: str) -> str | None:
    found = places_in(parser, text).get(name)
    return found.place.country_code if found is not None else None


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("Bandits stormed Faskari village in northern Nigeria on Tuesday and killed 15 villagers.", "Faskari"),
        ("MAIDUGURI — Insurgents overran Marte on Friday, residents said.", "Marte"),
        ("Gunmen attacked Marte, 130 km from Maiduguri, on Friday.", "Marte"),
        ("Vigilantes fought bandits near Faskari in Zamfara State on Saturday.", "Faskari"),
        ("NAIROBI, Kenya (AP) — Police fired tear gas at traders in Dakar market on Tuesday.", "Dakar"),
    ],
)
def test_a_story_told_abroad_takes_no_syrian_or_iraqi_namesake(parser, text, village):
    assert _country(parser, text, village) is None


def test_the_country_abroad_is_read_as_a_country_not_a_village(parser):
    assert _country(parser, "Police arrested 12 men in Kenya on Friday.", "Kenya") == "KE"
    assert _country(parser, "Soldiers opened fire in Maiduguri, Nigeria, on Monday.", "Maiduguri") == "NG"


@pytest.mark.parametrize(
    "text",
    [
        # a Syrian cue keeps the namesake, whatever else the report names
        "Syrian government forces shelled Faskari; the shells were made in Nigeria.",
        "Gunmen attacked Faskari in Rif Dimashq; a delegation from Kenya visited.",
        # no cue abroad at all: the namesake stands as before
        "Gunmen attacked Faskari on Tuesday.",
    ],
)
def test_a_syrian_cue_or_none_abroad_keeps_the_namesake(parser, text):
    assert _country(parser, text, "Faskari") == "SY"


def test_a_country_is_read_letter_for_letter(parser):
    # "As Samawah" folds like "Samoa" in Arabic spelling: it stays the Iraqi city, and places no story abroad
    assert _country(parser, "A bomb exploded in As Samawah on Sunday.", "As Samawah") == "IQ"
    assert _country(parser, "Gunmen attacked Saraqib after a bomb in As Samawah.", "Saraqib") == "SY"


def test_the_story_country_is_told_with_the_mentions(parser):
    # the village stays unresolved, the country of the story is still known (events name it: foreign-story)
    mentions, story = parser.parse_with_story("Vigilantes fought bandits near Faskari in Zamfara State.")
    assert [m.text for m in mentions] == [] and story is not None and story.code == "NG"
    assert parser.parse_with_story("Gunmen attacked Faskari on Tuesday.")[1] is None


def test_countries_take_acled_names():
    from marsad.places.index import country_name

    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("RU") == "Russia"
    assert country_name("KE") == "Kenya"
