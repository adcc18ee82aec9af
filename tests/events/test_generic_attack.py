"""The generic attack words ("attacked", "targeted", "fired") said of conduct rather than an act: accusations,
criticism, patterns, policy, dismissals (rules accusation, verbal-attack, criticism-attack, repeated-after, the
`fired` cue); and, with a tiny hand-weighted classifier, the events only those words made (bare-attack) and the
gun that keeps an attack from being retyped to a strike (hand-weapon); fighting told on another day is another
event (same-battle). Sentences written for the project."""

from datetime import date

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import Thresholds, refine
from marsad.types import DateMention, Report
from tests.events import test_segmentation as segmentation


def analysis_of(text: str) -> Analysis:
    return Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))], places=[], actors=[],
                    dates=[], attributions=[])


def coded(text: str) -> tuple[list[str], list[str]]:
    """The kinds the rules alone code in `text`, and the rules that dropped its triggers."""
    analysis = analysis_of(text)
    drafts = extract_drafts(analysis, load_lexicon())
    return [d.kind for d in drafts], [name for name, _ in analysis.dropped]


@pytest.mark.parametrize(("text", "rule_name"), [
    ("The party accused the militia of attacking farmers in the valley.", "accusation"),
    ("Tribal elders blamed the cell for targeting the water trucks.", "accusation"),
    ("The council holds the army responsible for killing the shepherd.", "accusation"),
    ("The minister launched a scathing attack on the opposition in parliament.", "verbal-attack"),
    ("Kurdish parties attacked the decision of the federal court.", "criticism-attack"),
    ("The governor's attack on the new budget angered the council.", "criticism-attack"),
    ("Police posts in the district have been targeted repeatedly by the cells.", "repeated-after"),
])
def test_conduct_spoken_of_is_no_event(text, rule_name):
    kinds, dropped = coded(text)
    assert kinds == [] and rule_name in dropped


@pytest.mark.parametrize("text", [
    "Gunmen attacked farmers in the valley, killing two.",
    "The militia attacked the court building in the city.",
    "Rebels attacked a position of the army near the dam.",
    "The party accused the militia of lying, and gunmen attacked the party office.",
    "Gunmen fired at a police post near the bridge.",
    "Gunmen fired several shots at a car near the bridge.",
])
def test_acts_told_stay_events(text):
    kinds, _ = coded(text)
    assert kinds == ["attack"]


@pytest.mark.parametrize("text", [
    "The governor of the province was fired by the prime minister.",
    "The officer was fired from his post after the scandal.",
    "The new sanctions targeted businessmen close to the government.",
    "The measures targeted smugglers who cross the river at night.",
])
def test_dismissals_and_policy_are_no_attack(text):
    assert coded(text)[0] == []


LABELS = [NONE, "Attack", "Air/drone strike", "Armed clash"]
# "analysts": a sentence of comment, the classifier leans to "none" (P ~ 0.6, far below the veto);
# "orchard": a word the model wrongly ties to air strikes
WORDS = {"w:analysts": (NONE, 2.0), "w:orchard": ("Air/drone strike", 12.0)}


def tiny_model() -> EventClassifier:
    vocabulary = [*WORDS, "bias"]
    weights = np.zeros((len(vocabulary), len(LABELS)))
    for row, (label, weight) in enumerate(WORDS.values()):
        weights[row, LABELS.index(label)] = weight
    return EventClassifier(vocabulary, LABELS, weights, np.zeros(len(LABELS)))


def refined(text: str, thresholds: Thresholds = Thresholds()) -> list:
    analysis, lexicon = analysis_of(text), load_lexicon()
    return refine(analysis, lexicon, extract_drafts(analysis, lexicon), tiny_model(), thresholds)


def test_an_event_only_a_generic_attack_word_made_goes_where_the_classifier_reads_none():
    text = "The militia attacked the town, analysts said."
    assert [d.kind for d in refined(text, Thresholds(bare_attack=1.01))] == ["attack"]  # without the rule
    assert refined(text) == []


@pytest.mark.parametrize("text", [
    "The militia attacked the town, killing two guards, analysts said.",  # a toll of its own
    "Warplanes bombed the town, analysts said.",  # a cue that names its weapon
    "Settlers attacked two farmers in the valley, beating them with clubs, analysts said.",  # harm told (harm-told)
])
def test_a_toll_or_a_specific_cue_keeps_the_event(text):
    assert len(refined(text)) == 1


def test_a_gun_keeps_an_attack_from_being_retyped_to_a_strike():
    assert [d.coding.sub_event_type for d in refined("Gunmen attacked two farmers in an orchard.")] == ["Attack"]
    # with no gun named, the classifier's sure weapon decides (the targeting of a car: a strike)
    assert [d.coding.sub_event_type for d in refined("The militia attacked a farm in an orchard.")] == \
        ["Air/drone strike"]


def _fighting(text: str, days: list[tuple[str, date]]) -> list:
    """Drafts of `text` with the hand-made gazetteer and actors of test_segmentation, and the given dates."""
    dates = [DateMention(text.index(words), text.index(words) + len(words), words, value, 1) for words, value in days]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=segmentation._sentences(text),
                        places=segmentation._mentions(text), actors=segmentation._actors(text), dates=dates,
                        attributions=[])
    return extract_drafts(analysis, load_lexicon())


def test_fighting_told_again_nearby_on_another_day_is_another_event():
    text = ("Regime forces clashed with gunmen in Tell Abar on Friday. "
            "Regime forces clashed with gunmen in Kafr Sajna on 3 May.")
    two_days = _fighting(text, [("on Friday", date(2024, 5, 10)), ("on 3 May", date(2024, 5, 3))])
    assert sorted(d.place.text for d in two_days) == ["Kafr Sajna", "Tell Abar"]
    one_day = _fighting(text.replace("on 3 May", "on Friday"), [("on Friday", date(2024, 5, 10))])
    assert len(one_day) == 1 and "same-battle" in one_day[0].rules  # the same battle, told again nearby


@pytest.mark.parametrize(("text", "sub_event_type"), [
    # a gun names no second side: who was hit decides
    ("Border guards killed a young man with gunfire near the crossing.", "Attack"),
    ("Gunmen targeted a checkpoint with heavy machine guns near the bridge.", "Armed clash"),
    # two sides firing at each other is a fight
    ("The two clans exchanged gunfire in the market.", "Armed clash"),
])
def test_gunfire_is_typed_by_who_was_hit(text, sub_event_type):
    analysis = analysis_of(text)
    assert [d.coding.sub_event_type for d in extract_drafts(analysis, load_lexicon())] == [sub_event_type]
