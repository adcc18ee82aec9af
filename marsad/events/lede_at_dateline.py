"""A lede placed only by its dateline, then its act told where it happened (rule lede-at-dateline).

A wire's lede often tells the story's act with no place the gazetteer knows ("DAMASCUS (Wire) - Gunmen killed
four soldiers in an ambush in the desert, the ministry said."), so the act takes the dateline's place, which
tells where the report was filed (rule dateline-place). When a later sentence tells an act of the same type by
the same hand, on no other day, at a place of its own ("The attackers opened fire on a patrol near the town of
X on Sunday"), it is the lede's act told again, now located: one event, at the later telling's place, not a
second act in the city the wire filed from. Only the report's first act is a lede; an act placed at the
dateline later in the report, or one of another type or hand, stays apart.
"""

from __future__ import annotations

from marsad.events.acts_apart import different_days, side_of
from marsad.events.drafts import Draft, compatible_actor, place_key
from marsad.events.rules import rule


def placed_by_dateline(draft: Draft) -> bool:
    """The draft's place is the one its sentence's dateline names ("MOSUL, Iraq, May 2 (Wire) -")."""
    if draft.place is None:
        return False
    told = next((e for e in draft.evidence if e.start == draft.sentence[0]), None)
    dateline = rule("dateline-place").match(told.text) if told is not None else None
    return dateline is not None and draft.place.end <= told.start + dateline.end()


def lede_told_again(merged: list[Draft], draft: Draft) -> Draft | None:
    """The report's first act, placed only by the dateline, that `draft` (an act at a place of its own) tells
    again (rule lede-at-dateline); None where there is none."""
    if not merged or place_key(draft) is None or placed_by_dateline(draft):
        return None
    lede = merged[0]
    if lede.in_headline or not placed_by_dateline(lede) or place_key(lede) == place_key(draft):
        return None
    if (lede.coding.event_type, lede.coding.sub_event_type) != (draft.coding.event_type, draft.coding.sub_event_type):
        return None
    hand = compatible_actor(lede.roles.actor1, draft.roles.actor1) or side_of(lede, draft.roles.actor1)
    if not hand or different_days(lede, draft):
        return None
    lede.place, lede.place_fallback = None, None  # the filing place was never the act's: the later telling's is
    return lede
