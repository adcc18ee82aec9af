"""Ground that changes hands without a fight is a Non-violent transfer of territory (events/transfers.py)."""

import re

import pytest

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report


def _types(text: str) -> list[str]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=sentences, places=[], actors=[], dates=[],
                        attributions=[])
    return [d.coding.sub_event_type for d in extract_drafts(analysis, load_lexicon())]


@pytest.mark.parametrize("text", [
    "The rebels took control of the village of Tal Hamra without a fight.",
    "Tribal fighters took over the town hall of the city after the officials abandoned it.",
    "The militia withdrew from the town and the army entered it without resistance.",
    # a one-paragraph brief: the next sentence says how
    "Allied forces took over the airbase near the town. The handover was completed peacefully.",
])
def test_ground_taken_without_a_fight_is_a_transfer(text):
    assert _types(text)[:1] == ["Non-violent transfer of territory"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels took control of the village of Tal Hamra after heavy fighting.",
     "Non-state actor overtakes territory"),
    # a withdrawal with no other side moving in stays a move of forces
    ("The militia withdrew from the town without resistance from its residents.", "Change to group/activity"),
])
def test_a_fought_capture_or_a_bare_withdrawal_is_no_transfer(text, expected):
    assert _types(text)[:1] == [expected]
