"""The hand a headline names for the event its body tells with none (rule `headline-names-the-hand`).

"Militia gunmen kill a shepherd in Alpha" over "A shepherd was shot dead in Alpha, sources said": the body tells
the killing with no hand, or with an unnamed one ("gunmen", "unknown assailants"), and the headline, which only
restates that event (rule `headline-restates`), says whose it was. A coder codes the event as the side the report
attributes it to, as for an act at the place the lead names a side attacking (rule `hand-named-in-lead`). Not the
side the body's event hurts (its actor2), and not an unnamed hand of the headline's own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.drafts import Draft
from marsad.types import ActorMention

_ARMED_INTER = {1, 2, 3, 4, 8}
# rule `headline-hand-in-its-clause`: "Army helicopters hit a convoy after shepherd killed": a word that opens a
# clause of another act stands between the hand and the act the headline restates, so the hand did the first act
_OTHER_CLAUSE = re.compile(r"\b(?:after|following|before|amid|as)\b")  # "hours after", "a day after" too


def _named_side(mention: ActorMention | None) -> bool:
    """An armed side the headline names, by its name or by what it is ("Iranian-backed militias"): not a person
    and not an unidentified hand."""
    return mention is not None and mention.kind != "person" and mention.inter in _ARMED_INTER \
        and not mention.name.startswith("Unidentified")


def _no_named_hand(mention: ActorMention | None) -> bool:
    return mention is None or (mention.kind == "generic" and mention.name.startswith("Unidentified"))


def _hand_of_another_clause(headline: Draft, hand: ActorMention) -> bool:
    """The hand is named before a clause word ("after", "following", "amid") that opens the clause of the
    headline's act: it is the side of the headline's first act, not of this one."""
    told = headline.evidence[0] if headline.evidence else None
    if told is None or not told.start <= hand.end <= headline.trigger.start:
        return False
    return bool(_OTHER_CLAUSE.search(told.text[hand.end - told.start:headline.trigger.start - told.start].lower()))


def take_headline_hand(event: Draft, headline: Draft) -> None:
    """The body's event with no named hand takes the named side its headline tells doing it."""
    hand, hurt = headline.roles.actor1, event.roles.actor2
    if not _no_named_hand(event.roles.actor1) or not _named_side(hand):
        return
    if _hand_of_another_clause(headline, hand):  # type: ignore[arg-type]
        return
    if hurt is not None and hurt.name == hand.name:  # type: ignore[union-attr]
        return
    event.roles = replace(event.roles, actor1=hand)
    event.rules.append("headline-names-the-hand")
