"""The tribes told as one side with no tribe named ("fighters of the tribes", "Arab tribes", "Bedouin tribes") are
the unidentified tribal militia of the country; a named tribe keeps its own name. Sentences written for these
tests, against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer

TRIBAL = "Unidentified Tribal Militia (Syria)"


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


@pytest.mark.parametrize("text", [
    "Fighters of the tribes entered a village east of the river after clashes with local gunmen.",
    "Members of the Bedouin tribes shot dead two men on the road to the village.",
    "Arab tribes sent reinforcements to a hamlet north of the town.",
    # armed Bedouin and tribal bodies named by what they are
    "Bedouin gunmen stormed a hamlet east of the river and set fire to two houses.",
    "Armed Bedouins opened fire on a car at the edge of the village.",
    "Tribal reinforcements reached the outskirts of the town at dawn.",
    "Clashes between two tribes in the village left one man dead.",
])
def test_the_tribes_as_one_side(shipped: ActorRecognizer, text: str) -> None:
    first = shipped.find(text, year=2025, country="Syria")[0]
    assert first.name == TRIBAL


def test_a_named_tribe_keeps_its_name(shipped: ActorRecognizer) -> None:
    text = "Fighters of the Shaitat tribe entered a village east of the river."
    names = [m.name for m in shipped.find(text, year=2025, country="Syria")]
    assert TRIBAL not in names and any("Shaitat" in n for n in names)


def test_a_list_of_al_bu_tribes_names_each_tribe(shipped: ActorRecognizer) -> None:
    text = "Clashes erupted between the Al-Bu Hamdan and Al-Bu Faraj clans over a plot of farmland."
    names = [m.name for m in shipped.find(text, year=2024, country="Iraq")]
    assert any("Hamdan" in n for n in names) and any("Faraj" in n for n in names)


@pytest.mark.parametrize("text", [
    "Tribal forces shelled the village from the hills to its west.",
    "Arab tribal fighters attacked a post at the edge of the town.",
    "The tribal mobilisation reached the outskirts of the town at dawn.",
])
def test_tribal_words_at_a_sentence_start_name_no_force(shipped: ActorRecognizer, text: str) -> None:
    """A capital at a sentence's start makes no name: "Tribal forces" are tribes' men, not the force whose name is
    "Tribal and Clan Forces" (which its full name still finds)."""
    assert shipped.find(text, year=2025, country="Syria")[0].name == TRIBAL
    named = shipped.find("Tribal and Clan Forces attacked a post at the edge of the town.", year=2024, country="Syria")
    assert named[0].name == "Tribal and Clan Forces"


def test_the_iraqi_tribal_mobilisation_in_either_spelling(shipped: ActorRecognizer) -> None:
    for text in ("Tribal Mobilisation fighters repelled an attack on the village.",
                 "Tribal Mobilization fighters repelled an attack on the village."):
        assert shipped.find(text, year=2024, country="Iraq")[0].name.endswith("Tribal Mobilization Forces")


def test_their_men_after_an_unnamed_armed_side_s_own_verb_are_its_own(shipped: ActorRecognizer) -> None:
    """"tribal gunmen mobilised their fighters": the fighters are the tribes', not the army named a sentence before;
    "its members" and a "their" further on still refer to a named group."""
    text = "The army entered the town on Monday. Tribal gunmen mobilised their fighters in a village to its west."
    fighters = next(m for m in shipped.find(text, year=2025, country="Syria") if m.text == "their fighters")
    assert fighters.name == TRIBAL
    text = "The Guards Front attacked a post on Monday. Unknown gunmen later killed two of their members."
    found = shipped.find(text, year=2025, country="Syria")
    assert all(m.name != "Unidentified Armed Group (Syria)" for m in found if m.text == "their members")
