"""Personal names that share words with villages (persons.py): titles, roles in apposition, speech verbs,
the shape of a full name, public figures, a family name read again later; a locative word keeps the place.
Hand-made gazetteer and sentences written for the tests."""

from __future__ import annotations

from .conftest import places_in

ROWS = [
    ("4001", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    ("4002", "An Naʿsān", "An Na'san", "Al Naasan,Naasan", 36.300, 37.400, "PPL", "SY", "09", 0),
    ("4003", "Dīnār", "Dinar", "", 36.100, 37.300, "PPL", "SY", "09", 0),
    ("4004", "Ṭaḥḥān", "Tahhan", "Tahan", 36.150, 37.350, "PPL", "SY", "09", 0),
    ("4005", "Bārzān", "Barzan", "Barzani", 36.250, 37.250, "PPL", "SY", "09", 0),
    ("4006", "Al Qāʿidah", "Al Qa'idah", "Qaeda", 36.220, 37.220, "PPL", "SY", "09", 0),
    ("4007", "Jumʿah", "Jum'ah", "", 36.180, 37.180, "PPL", "SY", "09", 0),
    ("4008", "ʿAnāb", "Anab", "Enab", 36.518, 36.954, "PPL", "SY", "09", 0),
    ("4009", "Anţūz", "Antuz", "United", 36.118, 37.964, "PPL", "SY", "09", 0),
    ("4010", "Sūryān", "Suryan", "Assyrian", 36.160, 37.260, "PPL", "SY", "09", 0),
    ("4011", "Turkmāz", "Turkmaz", "Turkman", 36.352, 43.552, "PPL", "IQ", "15", 0),
]


def test_a_given_name_and_a_family_name_with_its_article_is_a_person(parser):
    found = places_in(parser, "Unknown gunmen shot Jumaa al-Shaker near his home in Aleppo on Monday.")
    assert "Jumaa" not in found and "Aleppo" in found
    # a locative word before the name keeps the place
    found = places_in(parser, "A shell fell in al-Naasan village east of Aleppo.")
    assert found["al-Naasan"].place.geonameid == "4002"
    found = places_in(parser, "Regime forces shelled al-Naasan on Monday.")
    assert found["al-Naasan"].place.geonameid == "4002"


def test_a_role_in_apposition_makes_a_person(parser):
    found = places_in(parser, "Dinar, a local teacher, saw the aircraft over Aleppo.")
    assert "Dinar" not in found
    found = places_in(parser, "Tahan, the deputy police chief of Aleppo, confirmed the arrests.")
    assert "Tahan" not in found
    found = places_in(parser, "Dinar, a village east of Aleppo, was shelled.")
    assert found["Dinar"].place.geonameid == "4003"


def test_speech_verbs_make_a_person(parser):
    found = places_in(parser, '"We fled at night," said Jumaa, who now lives in Aleppo.')
    assert "Jumaa" not in found
    found = places_in(parser, 'Jumaa Tahan told reporters that the road to Aleppo was closed.')
    assert "Tahan" not in found


def test_a_public_figure_alone_is_no_village(parser):
    found = places_in(parser, "Barzani told reporters that Assad forces must withdraw from Aleppo.")
    assert "Barzani" not in found
    found = places_in(parser, "Clashes broke out in Barzan village.")
    assert found["Barzan"].place.geonameid == "4005"


def test_a_public_figure_s_name_after_a_locative_word_is_a_place_before_a_preposition(parser):
    # "Barzani forces" names the man's men; "near Barzani on Monday" a place spelled like his name
    found = places_in(parser, "A roadside bomb went off near Barzani on Monday.")
    assert found["Barzani"].place.geonameid == "4005"
    assert "Barzani" not in places_in(parser, "Fighters moved near Barzani forces on Monday.")


def test_a_family_name_read_again_later_is_the_same_person(parser):
    found = places_in(parser, "Civilian Jumaa al-Naasan was wounded in Aleppo. Al-Nasan had returned last year.")
    assert "Al-Nasan" not in found and "al-Naasan" not in found


def test_an_organisation_word_is_no_village(parser):
    found = places_in(parser, "A commander of the al-Qaeda branch was killed in Aleppo.")
    assert "al-Qaeda" not in found


def test_an_outlet_or_a_world_body_is_no_village(parser):
    found = places_in(parser, "The protest in Aleppo ended calmly, Enab Baladi's correspondent reported.")
    assert "Enab" not in found and "Enab Baladi" not in found
    found = places_in(parser, "The march in Aleppo ended at the offices of the United Nations.")
    assert "United" not in found and "United Nations" not in found
    found = places_in(parser, "Shells fell on Anab village near Aleppo.")
    assert found["Anab"].place.geonameid == "4008"


def test_a_news_agency_named_after_a_town_is_no_place(parser):
    found = places_in(parser, "The group claimed the attack near Aleppo through its Dinar agency on Tuesday.")
    assert "Dinar" not in found and "Aleppo" in found
    found = places_in(parser, "A shell fell on Dinar, east of Aleppo, on Tuesday.")
    assert found["Dinar"].place.geonameid == "4003"


def test_names_in_apposition_to_families_or_clans_are_no_villages(parser):
    text = "A clash broke out between two families of the Bakara tribe, Dinar and al-Naasan, in the village of Tahan."
    found = places_in(parser, text)
    assert "Dinar" not in found and "al-Naasan" not in found
    assert found["Tahan"].place.geonameid == "4004"
    # a locative word after the comma keeps the place
    found = places_in(parser, "Fighting between the clans, in Dinar and Tahan, lasted two hours.")
    assert found["Dinar"].place.geonameid == "4003"


def test_a_peoples_adjective_is_no_village(parser):
    # "Assyrian" read loosely is close to a village's spelling; the word names a people, not a place
    found = places_in(parser, "Shells fell near houses in the Assyrian villages east of Aleppo.")
    assert "Assyrian" not in found and "Aleppo" in found
    # Iraq's peoples too (round 22): "a largely Turkmen town" is no village spelled Turkmaz
    found = places_in(parser, "Gunmen burned shops in Aleppo, a largely Turkmen town.")
    assert "Turkmen" not in found and "Aleppo" in found
