"""An act told with no known hand whose claim the report tells right after it (rule claimed-by).

"A roadside bomb struck an SDF vehicle in the town, wounding two. ISIS later claimed responsibility for the attack."
ACLED codes a claimed act as the claimant's, as a reader does. The claim may stand in the act's own sentence or in
one of the two after it; it names the claimant before the verb ("X claimed (responsibility for) the attack") or
after a passive one ("the attack was claimed by X", "an attack claimed by X"). A claim denied or still missing
("no group has claimed responsibility", "X denied responsibility") names no one, and the side the act hit is never
its claimant.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.events.acts_apart import one_side
from marsad.events.drafts import Analysis, Draft
from marsad.events.rules import rule
from marsad.types import ActorMention

_AFTER = 2  # sentences after the act's own in which its claim may be told


def _unknown_hand(mention: ActorMention | None) -> bool:
    return mention is None or (mention.kind == "generic" and mention.name.startswith("Unidentified Armed Group"))


def _claimant(analysis: Analysis, sentence: tuple[int, int]) -> ActorMention | None:
    """The side a sentence says claimed an act: the named side just before "claimed", or after "claimed by"."""
    text = analysis.report.text
    claim = rule("claimed-by").pattern.search(text, sentence[0], sentence[1])  # type: ignore[union-attr]
    if claim is None or rule("claim-denied").pattern.search(text[sentence[0]:claim.end()]):  # type: ignore[union-attr]
        return None
    named = [m for m in analysis.actors if sentence[0] <= m.start < sentence[1] and m.kind not in ("generic", "person")]
    if claim.group(0).lower().rstrip().endswith("by"):
        after = [m for m in named if claim.end() <= m.start <= claim.end() + 6]
        return after[0] if after else None
    before = [m for m in named if m.end <= claim.start() and claim.start() - m.end <= 25]
    return before[-1] if before else None


def _sentences_from(analysis: Analysis, draft: Draft) -> list[tuple[int, int]]:
    body = [s for s in analysis.sentences if s[0] >= analysis.headline_end]
    index = next((i for i, s in enumerate(body) if s[0] <= draft.trigger.start < s[1]), None)
    return [] if index is None else body[index:index + 1 + _AFTER]


def name_the_claimant(drafts: list[Draft], analysis: Analysis) -> None:
    """Give each act of an unknown hand the side the report says claimed it."""
    for draft in drafts:
        if draft.in_headline or not _unknown_hand(draft.roles.actor1):
            continue
        for sentence in _sentences_from(analysis, draft):
            claimant = _claimant(analysis, sentence)
            if claimant is None:
                continue
            if not one_side(claimant, draft.roles.actor2):
                draft.roles = replace(draft.roles, actor1=claimant)
                draft.rules.append("claimed-by")
            break  # the first claim told is this act's; a later one is another's
