"""A side named again by a marked anaphor ("whom the same forces had detained", "these forces") is the side the
report last called forces; a bare "the forces" is left alone. Sentences written for these tests, recognised
against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _names(recognizer: ActorRecognizer, text: str) -> dict[str, str]:
    return {m.text: m.name for m in recognizer.find(text, year=2019, country="Syria")}


def test_the_same_forces_are_the_forces_named_before(shipped):
    text = ("Regime forces fired at a crowd in the square on Friday, after residents demanded the release of a man "
            "whom the same forces had detained on Thursday.")
    assert _names(shipped, text).get("the same forces") == "Military Forces of Syria (2000-2024)"


def test_these_forces_are_the_forces_named_before(shipped):
    text = "The Syrian Democratic Forces entered the village at dawn. These forces then searched three houses."
    assert _names(shipped, text).get("These forces") == "QSD: Syrian Democratic Forces"


def test_a_bare_the_forces_is_left_alone(shipped):
    text = "Regime forces shelled the town on Friday. On Sunday the forces of the council withdrew from the hill."
    assert "the forces" not in _names(shipped, text)
