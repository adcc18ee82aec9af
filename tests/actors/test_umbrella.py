"""A side told as fighting under another's banner is coded as that banner (rule operating-under): the faction is
marked as coded under the formation, and the event record names the formation with the faction associated.
Sentences written for these tests, recognised against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _coded_as(recognizer: ActorRecognizer, text: str, phrase: str, year: int) -> str | None:
    """The name an event record would give the mention `phrase`: its parent where it is coded under one."""
    mention = next(m for m in recognizer.find(text, year=year) if m.text == phrase)
    return mention.part_of if mention.coded_under_parent else mention.name


def test_factions_operating_under_an_operation_are_coded_as_the_operation(shipped: ActorRecognizer) -> None:
    text = "Rebel factions operating under Operation Peace Spring advanced on a village west of the river."
    assert _coded_as(shipped, text, "Rebel factions", 2019) == "Operation Peace Spring"
    text = "US troops, operating as part of the Global Coalition, patrolled the road to the oil field."
    assert _coded_as(shipped, text, "US troops", 2023) == "Global Coalition Against Daesh"


def test_a_side_fighting_another_keeps_its_own_name(shipped: ActorRecognizer) -> None:
    text = "Rebel factions fighting Operation Peace Spring withdrew from a village west of the river."
    assert _coded_as(shipped, text, "Rebel factions", 2019) == "Opposition Rebels (Syria)"
    text = "Rebel factions clashed with the SDF near a village west of the river."
    assert _coded_as(shipped, text, "Rebel factions", 2019) == "Opposition Rebels (Syria)"


def test_a_head_noun_or_an_article_between_does_not_hide_the_formation(shipped: ActorRecognizer) -> None:
    text = "Rebel faction members, operating as part of Operation Peace Spring, entered a hamlet on the plain."
    assert _coded_as(shipped, text, "Rebel faction", 2019) == "Operation Peace Spring"
    text = "Rebel groups operating under al-Fath al-Mubeen operations room shelled an outpost on the ridge."
    assert _coded_as(shipped, text, "Rebel groups", 2021) == "Al Fath Al Mubeen Operation Room"


def test_a_bare_under_ties_a_side_to_an_operation_only(shipped: ActorRecognizer) -> None:
    text = "Fighting broke out between rebel groups under Operation Olive Branch and the SDF near a farm."
    found = shipped.find(text, year=2018)
    assert _coded_as(shipped, text, "rebel groups", 2018) == "Operation Olive Branch"
    # the formation's own mention goes: the SDF is the one other side of the clash
    assert [m.name for m in found if m.text != "rebel groups"] == ["QSD: Syrian Democratic Forces"]
    text = "Opposition factions under the SDF's siege held out in a hamlet near the farm."
    assert _coded_as(shipped, text, "Opposition factions", 2019) == "Opposition Rebels (Syria)"


def test_a_side_in_an_operation_area_is_not_of_the_operation(shipped: ActorRecognizer) -> None:
    text = "The SDF shelled villages in the Peace Spring area near a farm on the plain."
    assert _coded_as(shipped, text, "SDF", 2020) == "QSD: Syrian Democratic Forces"
