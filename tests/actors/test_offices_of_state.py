"""A state's offices named with no country ("the Prime Minister's Office ordered the shops shut") are the government
of the state the report names, even where civilians or a crowd were named just before: they have no offices of
state. Sentences written for these tests, recognised against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _names(recognizer: ActorRecognizer, text: str) -> dict[str, str]:
    return {m.text: m.name for m in recognizer.find(text, year=2023, country="Iraq")}


def test_an_office_of_state_after_a_crowd_is_the_government(shipped: ActorRecognizer) -> None:
    text = ("Iraqi security forces fired on protesters in the city centre. "
            "Hours later, the Prime Minister's Office ordered the shops shut in the city.")
    assert _names(shipped, text).get("Prime Minister's Office") == "Government of Iraq (2022-)"


def test_an_office_after_an_armed_group_stays_unassigned(shipped: ActorRecognizer) -> None:
    text = "The SDF fired on protesters in the city centre. Hours later, the authorities declared a curfew."
    assert "authorities" not in _names(shipped, text)
