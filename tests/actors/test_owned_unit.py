"""A named unit told as its force's own stands alone (rule unit-of-its-force): the owner's mention goes, so the
force does not take the side its unit fights on. Sentences written for these tests, against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def test_the_force_s_own_unit_is_the_only_mention(shipped: ActorRecognizer) -> None:
    text = "Clashes broke out between the regime's 4th Armored Division and local gunmen near a farm."
    names = [m.name for m in shipped.find(text, year=2020)]
    assert names[0] == "Military Forces of Syria (2000-2024) 4th Armored Division"
    assert "Military Forces of Syria (2000-2024)" not in names


def test_the_force_and_the_unit_told_apart_both_stay(shipped: ActorRecognizer) -> None:
    text = "The regime and the 4th Armored Division sent reinforcements to a farm near the town."
    names = [m.name for m in shipped.find(text, year=2020)]
    army = "Military Forces of Syria (2000-2024)"
    assert names[:2] == [army, f"{army} 4th Armored Division"]


def test_an_owner_of_another_force_s_unit_stays(shipped: ActorRecognizer) -> None:
    text = "Hezbollah's fighters and the 4th Armored Division shelled a farm near the town."
    names = [m.name for m in shipped.find(text, year=2020)]
    assert names[0] == "Hezbollah"


def test_a_foreign_wing_told_in_another_country_stays_its_owner_s(shipped: ActorRecognizer) -> None:
    text = "The PKK's YDG-H members kidnapped a boy from a village near the river."
    names = [m.name for m in shipped.find(text, year=2024, country="Syria")]
    assert names[0] == "PKK: Kurdistan Workers Party"
