"""Where an act told with no place of its own happened, read from the act told before it: a reprisal near the violent
act it answers (rule act-in-return), an aftermath where the act it follows happened (rule aftermath-there).
merging.py asks these when a telling joins no event told before."""

from __future__ import annotations

from marsad.events.drafts import VIOLENT_TYPES, Draft
from marsad.events.rules import rule


def reprisal_near(merged: list[Draft], draft: Draft) -> None:
    """"The clansmen raided a hamlet in a revenge attack": a reprisal told with no place of its own happened near
    the violent act it answers, the latest told before it (rule act-in-return; precision 2, near the place, not
    at it)."""
    if draft.place is not None or "act-in-return" not in draft.rules:
        return
    answered = next((m for m in reversed(merged) if m.place is not None and not m.in_headline
                     and m.coding.event_type in VIOLENT_TYPES), None)
    if answered is not None:
        draft.place, draft.place_fallback = answered.place, None
        draft.geo_precision = max(answered.geo_precision, 2)


_AFTERMATH_REACH = 400  # characters between the act and the sentence tied to it: a sentence or two


def aftermath_there(merged: list[Draft], draft: Draft) -> None:
    """"Clans fought in the district on Monday. Police arrested eight men involved in the clash on Tuesday.": an act
    with no place of its own that its sentence ties to an act named with the article happened where the latest act
    told a sentence or two before did (rule aftermath-there), whoever does it and on whichever day."""
    if draft.place is not None or not draft.evidence or not rule("aftermath-there").search(draft.evidence[0].text):
        return
    earlier = max((m for m in merged if not m.in_headline and m.sentence[1] <= draft.sentence[0]),
                  key=lambda m: m.sentence[1], default=None)
    # the act told just before: no other act between them, a sentence or two apart
    if earlier is None or earlier.place is None or draft.sentence[0] - earlier.sentence[1] > _AFTERMATH_REACH:
        return
    draft.place, draft.geo_precision, draft.place_fallback = earlier.place, earlier.geo_precision, None
    draft.rules.append("aftermath-there")
