"""Tribes and clans named in lists and brackets, and things a side fields. Sentences written for these tests,
against the shipped base; invented tribe names where the base holds none."""

from datetime import date

import pytest

from marsad.actors.base import ActorBase, When
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _names(recognizer: ActorRecognizer, text: str, country: str = "Iraq", year: When = 2024) -> list[str]:
    return [m.name for m in recognizer.find(text, year=year, country=country)]


def test_a_word_of_kinship_stays_in_a_listed_tribes_name(shipped: ActorRecognizer) -> None:
    names = _names(shipped, "The quarrel was between members of the Bani Hamid and Al-Rawashid clans over water.")
    assert "Bani Hamid Tribal Militia (Iraq)" in names
    assert "Hamid Tribal Militia (Iraq)" not in names
    assert any("Rawashid" in n for n in names)


def test_a_listed_tribe_the_base_holds_is_found_without_its_noun(shipped: ActorRecognizer) -> None:
    """"the Jaafar and Zaiter clans": "Jaafar" is the base's Jaafar clan, not a new tribe of the report's country."""
    names = _names(shipped, "Gunmen of the Jaafar and Zaiter clans fired mortars at a border village.", "Syria", 2025)
    assert "Jaafar Clan Militia (Lebanon)" in names
    assert "Jaafar Tribal Militia (Syria)" not in names


@pytest.mark.parametrize("text", [
    "Border clans (probably the Jaafar and Zaiter clans) fired mortars at a village near the crossing.",
    "Lebanese clans (likely Jaafar and Zaiter) shelled a village near the crossing.",
    "Lebanese clans (possibly Jaafar or Zaiter) shelled a village near the crossing.",
])
def test_kin_named_in_the_bracket_after_a_generic(shipped: ActorRecognizer, text: str) -> None:
    names = _names(shipped, text, "Syria", 2025)
    assert names[:2] == ["Jaafar Clan Militia (Lebanon)", "Zaiter Clan Militia (Lebanon)"]


def test_a_bracket_of_other_words_names_no_tribe(shipped: ActorRecognizer) -> None:
    names = _names(shipped, "Lebanese clans (according to Local Sources) shelled a village near the crossing.", "Syria")
    assert not any("Tribal" in n or "Clan" in n for n in names)


@pytest.mark.parametrize("text", [
    "A Coalition-affiliated convoy of four armoured vehicles patrolled the town.",
    "An International Coalition-linked patrol passed through the town.",
])
def test_a_thing_the_side_fields_is_the_sides(shipped: ActorRecognizer, text: str) -> None:
    assert "Global Coalition Against Daesh" in _names(shipped, text, "Syria")


def test_an_affiliated_group_is_still_described_by_its_patron(shipped: ActorRecognizer) -> None:
    """"IRGC-affiliated militias" are the militias, with the IRGC as patron, not the IRGC in the scene."""
    names = _names(shipped, "IRGC-affiliated militias shelled the town.", "Syria", 2023)
    assert not any("Revolutionary Guard" in n for n in names)


# --- name-in-bracket: the bracket's name says which actor a descriptive name is ---------------------------------


@pytest.mark.parametrize(("text", "meant", "not_meant"), [
    ("Members of the Internal Security Forces (Asayish) fired on a crowd in the town.", "Asayish (Syria)",
     "Police Forces of Syria (2024-) General Security Service"),
    ("Regime forces (the 4th Division) shelled the town.", "Military Forces of Syria (2000-2024) 4th Armored Division",
     "Military Forces of Syria (2000-2024)"),
])
def test_a_bracket_holding_a_name_says_which_actor(shipped: ActorRecognizer, text: str, meant: str,
                                                    not_meant: str) -> None:
    names = _names(shipped, text, "Syria", 2024)
    assert meant in names and not_meant not in names


@pytest.mark.parametrize("text", [
    "The SDF (backed by the international coalition) repelled an attack on the town.",
    "The General Security Forces (police forces) imposed a curfew in the town.",
])
def test_a_bracket_of_more_than_a_name_glosses_nothing(shipped: ActorRecognizer, text: str) -> None:
    assert len(_names(shipped, text, "Syria", 2025)) == 2


def test_the_kurdish_led_security_forces_are_the_asayish(shipped: ActorRecognizer) -> None:
    names = _names(shipped, "The Kurdish-led Internal Security Forces arrested two men in the city.", "Syria", 2025)
    assert names == ["Asayish (Syria)"]


# --- not-yet-in-being: words the base gives a later actor name the one that held them then ------------------------


@pytest.mark.parametrize("when", [date(2023, 5, 6), 2023, date(2024, 12, 6)])
def test_a_name_of_a_later_force_is_the_earlier_holder_of_the_words(shipped: ActorRecognizer, when: When) -> None:
    names = _names(shipped, "Internal Security Forces arrested two suspects in the city.", "Syria", when)
    assert names == ["Asayish (Syria)"]


@pytest.mark.parametrize("when", [date(2025, 5, 6), 2025])
def test_the_later_force_keeps_its_name_in_its_own_days(shipped: ActorRecognizer, when: When) -> None:
    names = _names(shipped, "Internal Security Forces arrested two suspects in the city.", "Syria", when)
    assert names == ["Police Forces of Syria (2024-) General Security Service"]


def test_a_force_that_ended_is_not_renamed(shipped: ActorRecognizer) -> None:
    assert _names(shipped, "Regime forces shelled the town in 2019.", "Syria", date(2025, 5, 6)) == \
        ["Military Forces of Syria (2000-2024)"]


# --- unit-by-number-of-a-force: "the PMF 52nd Brigade" is the PMF's unit, named by its number only ------------------


@pytest.mark.parametrize(("text", "force"), [
    ("The PMF 52nd Brigade arrested two men.", "Military Forces of Iraq (2022-) Popular Mobilization Forces"),
    ("Peshmerga Brigade 5 repelled an attack on the village.", "Military Forces of Iraq (2022-) Peshmerga"),
])
def test_a_force_and_a_units_number_are_the_force(shipped: ActorRecognizer, text: str, force: str) -> None:
    names = _names(shipped, text, "Iraq", date(2023, 3, 6))
    assert names == [force]


def test_a_listed_unit_right_after_its_force_stands_alone(shipped: ActorRecognizer) -> None:
    names = _names(shipped, "The PMF 30th Brigade arrested two men in the district.", "Iraq", date(2023, 3, 6))
    assert names == ["Nineveh Plain Forces 30th Brigade"]


# --- place-lookalike: a town whose name looks like a group's is the town -------------------------------------------


@pytest.mark.parametrize("text", [
    "Militias shelled the town of Al-Sabha on Sunday.",
    "Gunmen attacked a house in Sabha village.",
])
def test_a_towns_lookalike_of_a_group_name_is_the_town(shipped: ActorRecognizer, text: str) -> None:
    assert "Shabiha" not in _names(shipped, text, "Syria", 2023)


@pytest.mark.parametrize("text", [
    "Shabiha attacked protesters in the town.",
    "A member of the Shabiha was killed in Homs.",
    "Clashes with the Fatimyon broke out in the desert.",
])
def test_a_group_named_as_written_or_as_a_group_keeps_its_name(shipped: ActorRecognizer, text: str) -> None:
    assert any(n in ("Shabiha", "Fatemiyoun Brigade") for n in _names(shipped, text, "Syria", 2023))


@pytest.mark.parametrize("text", ["Regime-affiliated gunmen attacked the village.",
                                  "Regime-linked militias shelled the village."])
def test_gunmen_tied_to_the_regime_are_its_militia(shipped: ActorRecognizer, text: str) -> None:
    assert _names(shipped, text, "Syria", date(2023, 5, 6)) == ["Militia (Pro-Government)"]
