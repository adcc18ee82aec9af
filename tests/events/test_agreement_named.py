"""Agreements: one named without a word of its making stands; the classifier makes no act an agreement the sentence
names only as unmade (rules agreement-framework, civil-agreement, agreement-unmade; no language model)."""

import pytest

from marsad.events.lexicon import load_lexicon
from marsad.events.modality import agreement_not_reached
from marsad.events.refine import _agreement_only_named


@pytest.mark.parametrize(("sentence", "only_named"), [
    ("Envoys met on Monday to discuss reviving the old disengagement agreement, as troops entered the village.", True),
    ("The sides blamed each other for the collapse of the truce while the army shelled the hills.", True),
    ("Under the agreement, troops of the council entered the village on Monday.", False),
    ("The truce in the valley held, and the fighters left their posts on the ridge.", False),
    ("Troops of the council entered the village on Monday.", False),  # no agreement word: nothing to weigh
])
def test_the_classifier_makes_no_act_an_agreement_named_only_as_unmade(sentence, only_named):
    assert _agreement_only_named(load_lexicon(), sentence, 0, len(sentence)) is only_named


@pytest.mark.parametrize("sentence", [
    "The ceasefire between the two clans held through the night.",
    "Elders of the two tribes announced that the feud was over after a reconciliation deal.",
])
def test_an_agreement_told_without_a_word_of_its_making_stands(sentence):
    for word in ("ceasefire", "deal"):
        if word in sentence:
            assert agreement_not_reached(sentence[:sentence.index(word)], sentence) is None


@pytest.mark.parametrize(("sentence", "word"), [
    ("The clash showed how little of the 2020 agreement between the two governments has been applied.", "agreement"),
    ("Both sides blamed each other for breaking the October 2019 truce in the valley.", "truce"),
])
def test_an_agreement_named_by_its_year_is_not_reached_in_the_report(sentence, word):
    assert agreement_not_reached(sentence[:sentence.index(word)], sentence) == "agreement-of-a-year"


@pytest.mark.parametrize(("sentence", "word"), [
    ("In March 2020 the two councils signed a truce in the valley.", "truce"),
    ("The two clans reached an agreement in the village on Sunday.", "agreement"),
])
def test_an_agreement_reached_with_a_date_stands(sentence, word):
    assert agreement_not_reached(sentence[:sentence.index(word)], sentence) is None
