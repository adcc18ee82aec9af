"""Ground that changes hands without a fight: ACLED's `Non-violent transfer of territory`.

A capture verb ("took over", "took control of", "entered") says who holds a place now, not how: where the
report says no fight took place — "without a fight", "without resistance", "no clashes were reported", a base
"vacated" by those who held it, a town left "under an evacuation agreement" — the change is a transfer, not a
government regaining or a non-state actor overtaking ground (rule `unfought-transfer`). So is a withdrawal
told with another side moving in unopposed ("the Peshmerga withdrew and federal forces moved in without
resistance"). In a brief of one paragraph the words may stand in the sentence after the capture ("The
handover was completed without incident."); in a full report only the capture's own sentence counts.
"""

from __future__ import annotations

from marsad.events.drafts import Analysis, Draft, choose_coding
from marsad.events.lexicon import Lexicon
from marsad.events.rules import rule

# the kinds whose change of ground the words may turn into a transfer
_TRANSFER_FROM = {"capture": "any", "movement": "entry"}


def unfought_transfers(analysis: Analysis, lexicon: Lexicon, drafts: list[Draft]) -> None:
    """Retype, in place, each capture (or withdrawal with an entry) told as taking place without a fight."""
    if "handover" not in lexicon.kinds:
        return
    text = analysis.report.text
    for draft in drafts:
        needs = _TRANSFER_FROM.get(draft.kind)
        if needs is None:
            continue
        told = _telling(analysis, draft)
        if not rule("unfought-transfer").search(told):
            continue
        if needs == "entry" and not rule("moved-in").search(text[draft.sentence[0]:draft.sentence[1]]):
            continue
        before = draft.coding.sub_event_type
        handover = lexicon.kinds["handover"]
        draft.kind, draft.coding = handover.name, choose_coding(handover, draft.roles)
        draft.rules.append(f"unfought-transfer: {before} -> {draft.coding.sub_event_type}")


def _telling(analysis: Analysis, draft: Draft) -> str:
    """The capture's sentence, and in a one-paragraph brief the sentence after it."""
    text = analysis.report.text
    start, end = draft.sentence
    if analysis.brief:
        following = [s for s in analysis.sentences if s[0] >= end]
        if following:
            end = following[0][1]
    return text[start:end]
