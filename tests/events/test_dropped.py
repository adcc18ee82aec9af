"""The drafts the rules dropped, with the rule that dropped each (events/dropped.py, the drop ledger's input).
Sentences written for the project."""

import re

import numpy as np

from marsad.events.classify import NONE, EventClassifier
from marsad.events.dropped import dropped_drafts
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import Report
from tests.events.test_generic_attack import tiny_model


def _analysis(text: str) -> Analysis:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    return Analysis(report=Report(doc_id="x", text=text), sentences=sentences, places=[], actors=[], dates=[],
                    attributions=[])


def _dropped(text: str, classify: bool = False) -> tuple[list[str], list[tuple[str, str, str]]]:
    analysis, lexicon = _analysis(text), load_lexicon()
    drafts = extract_drafts(analysis, lexicon)
    if classify:
        drafts = refine(analysis, lexicon, drafts, tiny_model())
    noted = list(analysis.dropped)
    lost = [(rule, d.kind, d.trigger.text) for rule, d in dropped_drafts(analysis, lexicon)]
    assert analysis.dropped == noted  # drafting a dropped cue again notes nothing new
    return [d.kind for d in drafts], lost


def test_a_trigger_a_cue_rule_dropped_is_drafted_with_that_rule():
    kinds, lost = _dropped("The militia did not shell the village.")
    assert kinds == []
    assert lost == [("negated", "shelling", "shell")]


def test_a_draft_joined_to_an_earlier_telling_is_noted_as_merged():
    kinds, lost = _dropped("Gunmen attacked a bakery. The attack killed two guards.")
    assert kinds == ["attack"]
    assert [rule for rule, _, _ in lost] == ["merged-as-one-event"]


def test_a_draft_the_classifier_drops_is_noted_whole():
    kinds, lost = _dropped("The militia attacked the town, analysts said.", classify=True)
    assert kinds == []
    assert ("bare-attack", "attack", "attacked") in lost


def test_a_coded_event_is_no_drop_and_a_weaker_reading_absorbed_is_one():
    assert _dropped("Rebels and the army clashed near the bridge.") == (["clash"], [])
    # "bombed" is read both as an air strike and as a bomb: the strike absorbs the bomb, which is noted
    assert _dropped("Warplanes bombed the town.") == (["air"], [("stronger-absorbs-weaker", "ied", "bombed")])


def _sure_none_model() -> EventClassifier:
    """A classifier sure that a sentence with "authorities" tells no event (P(none) ~ 1, above the veto)."""
    labels = [NONE, "Attack"]
    weights = np.zeros((2, len(labels)))
    weights[0, 0] = 20.0
    return EventClassifier(["w:authorities", "bias"], labels, weights, np.zeros(len(labels)))


def test_the_veto_drops_a_draft_but_never_the_event_a_coders_label_names():
    lexicon = load_lexicon()
    plain = _analysis("The authorities arrested two smugglers near the border crossing on Monday.")
    assert refine(plain, lexicon, extract_drafts(plain, lexicon), _sure_none_model()) == []
    assert [rule for rule, _ in plain.dropped_drafts] == ["classifier-veto"]
    label = next(name for name, kind in lexicon.labels.items() if kind == "arrest")
    text = f"{label.capitalize()}: On 3 May 2024, the authorities arrested two smugglers near the border crossing."
    note = _analysis(text)
    kept = refine(note, lexicon, extract_drafts(note, lexicon), _sure_none_model())
    assert [d.kind for d in kept] == ["arrest"] and "labelled-note-stands" in kept[0].rules
    assert note.dropped_drafts == []
