"""Precise matching: abbreviations by their letters, names by outline *and* spelling (the shipped base)."""

import pytest

from marsad.actors.base import ActorBase, derived_names
from marsad.actors.recognize import ActorRecognizer
from marsad.actors.tokens import alias_key, similar_words


@pytest.fixture(scope="module")
def shipped() -> ActorBase:
    return ActorBase.load()


@pytest.fixture(scope="module")
def shipped_recognizer(shipped) -> ActorRecognizer:
    return ActorRecognizer(shipped)


def found_ids(recognizer, text, **kwargs):
    return [m.actor_id for m in recognizer.find(text, **kwargs) if m.kind != "person"]


@pytest.mark.parametrize(
    ("alias", "year", "country", "expected"),
    [
        ("Asayish", 2022, "Syria", "asayish-syria"),
        ("Asayish forces", 2022, "Syria", "asayish-syria"),
        ("ISIS", 2022, "Syria", "islamic-state-syria"),
        ("IS", 2016, "Syria", "islamic-state-syria"),
        ("AAS", 2016, "Syria", "ahrar-al-sham"),
        ("JWS", 2020, "Syria", "sna"),
        ("JaS", 2018, "Syria", "levant-front"),
        ("JSH", 2014, "Syria", "fsa"),
        ("Tahrir al-Sham", 2020, "Syria", "hts"),
        ("Thuwar al-Sham", 2020, "Syria", "sham-revolutionaries"),
        ("Jaysh al-Tawhid", 2016, "Syria", "jaysh-al-tawhid"),
        ("Jaysh al-Ezzah", 2016, "Syria", "jaysh-al-izza"),
        ("Bakir", 2016, "Syria", "tribe-bakir"),
        ("Baggara", 2016, "Syria", "tribe-baggara"),
    ],
)
def test_collisions_found_by_the_data_engineer_are_gone(shipped, alias, year, country, expected):
    assert shipped.find(alias, year=year, country=country).id == expected


def test_isis_and_asayish_no_longer_share_a_key():
    keys = {alias_key(a) for a in ("IS", "ISIS", "AAS", "Asayish")}
    assert len(keys) == 4


def test_bracketed_generic_names_are_not_stripped_to_a_bare_noun(shipped):
    assert shipped.find("Militia") is None
    assert shipped.find("Militia (Pro-Iran)").id != shipped.find("Militia (Pro-Government)").id
    assert "Islamic State" in derived_names(shipped.get("islamic-state-syria"))
    assert "Military Forces of Syria" in derived_names(shipped.get("syria-military-2000-2024"))


def test_a_plain_militia_in_text_is_not_a_named_actor(shipped_recognizer):
    ids = found_ids(shipped_recognizer, "The Militia stormed the village.", year=2019, country="Syria")
    assert "militia-pro-government" not in ids and "militia-pro-iran" not in ids


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("Asayish forces arrested two men in Qamishli.", "asayish-syria", "islamic-state-syria"),
        ("ISIS cells attacked a checkpoint.", "islamic-state-syria", "asayish-syria"),
        ("Members of the Bakir tribe clashed with gunmen.", "tribe-bakir", "tribe-baggara"),
        ("Members of the Baggara tribe clashed with gunmen.", "tribe-baggara", "tribe-bakir"),
        ("Fighters of Thuwar al-Sham shelled the hill.", "sham-revolutionaries", "hts"),
        ("Fighters of Tahrir al-Sham shelled the hill.", "hts", "sham-revolutionaries"),
        ("Jaysh al-Ezzah fighters shelled the hill.", "jaysh-al-izza", "jaysh-al-tawhid"),
        ("Jaysh al-Tawhid fighters shelled the hill.", "jaysh-al-tawhid", "jaysh-al-izza"),
        ("JaS fighters clashed with AAS.", "levant-front", "sna"),
    ],
)
def test_collisions_in_text(shipped_recognizer, text, expected, not_expected):
    ids = found_ids(shipped_recognizer, text, year=2019, country="Syria")
    assert expected in ids and not_expected not in ids


def test_spelling_variants_still_meet():
    assert similar_words(["Fatimyon"], ["Fatemiyoun"])
    assert similar_words(["Ugaydat"], ["Akidat"])
    assert similar_words(["Asayesh"], ["Asayish"])
    assert not similar_words(["Baggara"], ["Bakir"])
    assert not similar_words(["Shiite"], ["Shaitat"])
    assert not similar_words(["ISIS"], ["IS"])  # abbreviations: the same letters or nothing


def test_a_generic_militia_is_named_as_reports_name_it_and_keeps_acleds_name(shipped):
    militias = shipped.find("Militia (Pro-Iran)")
    assert militias is not None and militias.id == "militia-pro-iran"
    assert militias.name == "Iranian-backed militias" and militias.acled_name == "Militia (Pro-Iran)"
    assert shipped.by_name("Militia (Pro-Iran)") is militias  # events stored under the old name still resolve
    assert shipped.acled_names()["Iranian-backed militias"] == "Militia (Pro-Iran)"
    assert "Military Forces of Syria (2000-2024)" not in shipped.acled_names()  # already ACLED's name
