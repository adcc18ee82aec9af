"""How the rules and the event classifier combine on a sentence it reads as telling no event (rule weak-cue-veto):
a draft only a weak family of cues made (a mine, a handover, a checkpoint) defers to a confident "none"; a draft
a strong cue made (a clash, an arrest, a movement of forces) needs the general veto's near-certain "none". A tiny
hand-weighted classifier stands in for the shipped model. Sentences written for the project."""

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import Thresholds, refine
from marsad.events.rules import rule
from marsad.types import Report

LABELS = [NONE, "Armed clash"]


def model(none_weight: float) -> EventClassifier:
    """"observers" pushes the sentence to "none": weight 2.5 gives P(none) 0.92, 6.0 gives 0.998."""
    weights = np.zeros((2, len(LABELS)))
    weights[0, 0] = none_weight
    return EventClassifier(["w:observers", "bias"], LABELS, weights, np.zeros(len(LABELS)))


def refined(text: str, none_weight: float, thresholds: Thresholds = Thresholds()) -> tuple[list[str], list[str]]:
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))], places=[], actors=[],
                        dates=[], attributions=[])
    lexicon = load_lexicon()
    kept = refine(analysis, lexicon, extract_drafts(analysis, lexicon), model(none_weight), thresholds)
    return [d.kind for d in kept], [why for why, _ in analysis.dropped_drafts]


WEAK = [
    "A landmine exploded near the village, observers said.",
    "Government forces handed over the crossing to the police, observers said.",
    "The army set up a checkpoint at the entrance of the town, observers said.",
]
STRONG = [
    "Rebels clashed with the army near the village, observers said.",
    "Police arrested three men in the market, observers said.",
    "The army sent reinforcements to the town, observers said.",
]


def test_the_rule_holds_its_threshold_as_data():
    assert rule("weak-cue-veto").threshold == 0.9


@pytest.mark.parametrize("text", WEAK)
def test_a_weak_cue_defers_to_a_confident_none(text):
    assert refined(text, 2.5) == ([], ["weak-cue-veto"])


@pytest.mark.parametrize("text", WEAK)
def test_a_weak_cue_stands_where_the_classifier_is_unsure(text):
    kinds, dropped = refined(text, 1.0)  # P(none) 0.73
    assert len(kinds) == 1 and dropped == []


@pytest.mark.parametrize("text", STRONG)
def test_a_strong_cue_needs_the_general_veto(text):
    kinds, dropped = refined(text, 2.5)
    assert len(kinds) == 1 and dropped == []
    assert refined(text, 6.0) == ([], ["classifier-veto"])


def test_the_general_veto_below_the_rule_threshold_rules_both():
    # a stricter general veto cannot be undercut by the weak family: the lower of the two thresholds is taken
    assert refined(WEAK[0], 2.5, Thresholds(veto=0.5)) == ([], ["classifier-veto"])
