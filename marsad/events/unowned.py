"""A development no side is told doing is no event (rule development-of-no-one).

ACLED codes a move of forces, an agreement or a meeting as the act of a named side: "the SDF deployed fighters in
the town", "the two factions agreed to reopen the road". Told with no side of its own anywhere in its telling
("extra troops were sent to the area", "security was tightened at the checkpoints", "the two capitals agreed last
year"), it is the aftermath of the act told before it, a plan, or background, and the coders leave it out; rule
carry-actor would otherwise lend it the side of whatever event came before. What a side seized, looted or detained
with no doer named ("weapons were seized in the raid") stays: such an outcome is told in the passive of the
operation that made it, and is coded as its own act. So does a handover (Non-violent transfer of territory), whose
telling names the place and the side it passed to.

A doer referred back to by a pronoun ("the ministry said it had deployed patrols", "they sent reinforcements") is a
side of its own (rule doer-referred-back): the carried actor is the one the pronoun names.
"""

from __future__ import annotations

from marsad.events.drafts import Analysis, Draft
from marsad.events.rules import rule

# the Strategic developments that are a side's posture or dealings, not the outcome of an operation
_POSTURE_TYPES = frozenset({"Change to group/activity", "Agreement", "Other"})


def drop_unowned_developments(analysis: Analysis, drafts: list[Draft]) -> list[Draft]:
    """The drafts, less each development of a side's posture or dealings that names no side of its own; each
    dropped one is noted for the drop ledger."""
    kept = []
    for draft in drafts:
        if _unowned(analysis.report.text, draft):
            analysis.dropped_drafts.append(("development-of-no-one", draft))
            continue
        kept.append(draft)
    return kept


def _unowned(text: str, draft: Draft) -> bool:
    if draft.coding.event_type != "Strategic developments" or draft.coding.sub_event_type not in _POSTURE_TYPES:
        return False
    if "carry-actor" not in draft.rules:  # its own telling named its side
        return False
    before = text[draft.sentence[0]:draft.trigger.start]
    return rule("doer-referred-back").search(before) is None
