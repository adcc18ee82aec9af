""""X's forces": what a named force owns is that force's. A name joined across a possessive yields to a longer name
after it ("the regime's Military Security"); a common noun owned with a modifier between ("the SDF's military
police") is the group's own; a numbered unit told as a force's men ("PMF fighters of the 56th Brigade", "Brigade 56,
affiliated with the PMF") is the force. Sentences written for these tests, against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _names(recognizer: ActorRecognizer, text: str, year: int, country: str) -> list[str]:
    return [m.name for m in recognizer.find(text, year=year, country=country) if m.kind != "person"]


@pytest.mark.parametrize(("text", "unit"), [
    ("Members of the regime's Military Security arrested two men at a checkpoint.", "Military Intelligence"),
    ("The regime's Air Force Intelligence arrested two men at a checkpoint.", "Air Force Intelligence"),
])
def test_a_possessive_yields_to_the_longer_name_after_it(shipped: ActorRecognizer, text: str, unit: str) -> None:
    names = _names(shipped, text, 2022, "Syria")
    assert names[0].endswith(unit)


def test_a_name_joined_by_a_slash_still_stands(shipped: ActorRecognizer) -> None:
    assert _names(shipped, "YPG/PKK militants attacked a post near the town.", 2022, "Syria") == [
        "YPG: Peoples Protection Units"]


@pytest.mark.parametrize("text", [
    "The SDF's military police arrested two men in the town.",
    "The SDF's internal security forces arrested two men in the town.",
])
def test_a_common_noun_owned_with_a_modifier_is_the_group_s(shipped: ActorRecognizer, text: str) -> None:
    assert _names(shipped, text, 2022, "Syria") == ["QSD: Syrian Democratic Forces"]


def test_words_after_an_owned_noun_are_not_its_modifiers(shipped: ActorRecognizer) -> None:
    """"the Salvation Government's police arrested a man": the man stays a civilian."""
    names = _names(shipped, "The Salvation Government's police arrested a man in the city.", 2023, "Syria")
    assert "Civilians (Syria)" in names


@pytest.mark.parametrize("text", [
    "PMF fighters of the 56th Brigade repelled an attack south of the town.",
    "The 56th Brigade, affiliated with the PMF, repelled an attack south of the town.",
])
def test_a_numbered_unit_told_as_a_force_s_is_the_force(shipped: ActorRecognizer, text: str) -> None:
    assert _names(shipped, text, 2024, "Iraq") == ["Military Forces of Iraq (2022-) Popular Mobilization Forces"]
