"""The fallen government's forces told as the past, after the day its period ended, are its armed holdouts
(rule former-regime-holdouts). Sentences written for these tests, against the shipped base."""

from datetime import date

import pytest

from marsad.actors.base import ActorBase, When
from marsad.actors.recognize import ActorRecognizer

HOLDOUTS = "Anti-Military Operations Command Militia (Syria)"


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _first(recognizer: ActorRecognizer, text: str, when: When) -> str:
    return recognizer.find(text, year=when, country="Syria")[0].name


@pytest.mark.parametrize("text", [
    "Former regime forces attacked a checkpoint on the coastal road.",
    "Members of the ousted regime forces ambushed a patrol near the village.",
    "Remnants of the Assad army fired on a checkpoint east of the town.",
    "Former members of the Fourth Division attacked a checkpoint near the port.",
])
def test_the_old_army_told_as_the_past_after_its_fall_is_its_holdouts(shipped: ActorRecognizer, text: str) -> None:
    assert _first(shipped, text, date(2025, 3, 6)) == HOLDOUTS
    assert _first(shipped, text, 2025) == HOLDOUTS


def test_gunmen_loyal_to_the_former_regime_are_the_holdouts_side(shipped: ActorRecognizer) -> None:
    mentions = shipped.find("Gunmen loyal to the former regime attacked a checkpoint.", year=date(2025, 3, 6),
                            country="Syria")
    assert [m.name for m in mentions if m.kind == "group"] == [HOLDOUTS]


@pytest.mark.parametrize(("text", "when"), [
    ("Former regime forces shelled the town.", date(2020, 3, 6)),  # the old government still held
    ("Former regime forces attacked a checkpoint.", 2024),  # the year of the fall: which side of it is unknown
    ("Regime forces shelled the town in 2019, residents recalled.", date(2025, 3, 6)),  # no marker of the past
])
def test_the_army_stays_the_state_where_nothing_says_it_fell(shipped: ActorRecognizer, text: str, when: When) -> None:
    assert _first(shipped, text, when) != HOLDOUTS


@pytest.mark.parametrize("text", [
    "They demanded the release of detainees held since the fall of the former regime.",
    "Detainees held under the ousted regime were freed on Sunday.",
])
def test_the_old_government_named_for_a_time_is_no_side(shipped: ActorRecognizer, text: str) -> None:
    assert HOLDOUTS not in [m.name for m in shipped.find(text, year=date(2025, 3, 6), country="Syria")]
