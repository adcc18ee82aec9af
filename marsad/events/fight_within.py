"""A fight inside one side: that side on both sides of the clash (rule `fight-within-side`).

"Clashes broke out among members of the brigade", "an armed dispute within the militia's ranks", "fighting
among cousins of one clan": ACLED codes an armed clash inside one group with the group as actor1 and actor2.
The roles read the group after the trigger as the side acted upon and leave the attacker unnamed ("an
unidentified armed group"); where the sentence names that one armed side only, and names it as the one the fight
was among or within, it is both sides.
"""

from __future__ import annotations

from marsad.events.roles import ARMED_INTER, Roles, holds_place
from marsad.events.rules import rule
from marsad.types import ActorMention


def fight_within_side(text: str, sentence: tuple[int, int], roles: Roles,
                      mentions: list[ActorMention]) -> Roles | None:
    """Both sides of the clash are the one armed side the sentence names as fighting among itself; None where
    the sentence names another armed side, or names the side otherwise."""
    start, end = sentence
    armed = [m for m in mentions if start <= m.start < end and m.kind != "person" and m.inter in ARMED_INTER
             and not holds_place(text, m)]
    if not armed or len({m.name for m in armed}) != 1:
        return None
    side = next((m for m in armed if rule("fight-within-side").search(text[max(start, m.start - 50):m.start])),
                None)
    named = [m for m in (roles.actor1, roles.actor2) if m is not None and m.inter in ARMED_INTER]
    if side is None or any(m.name != side.name for m in named):
        return None
    return Roles(side, side, roles.assoc1, roles.assoc2)
