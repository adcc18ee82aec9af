"""A name whose only holder in the base did not yet exist on the report's day is the short form of a longer name
held then (rule not-yet-in-being).

Names get reused: "Internal Security Forces" is the Kurdish-led Asayish's own name ("Internal Security Forces of
North and East Syria") long before the post-Assad Ministry of Interior's forces took the same words in 2025. The
base may list the bare words for the later actor only (one alias cannot name two actors of a country at one time).
A report of 2023 that says "Internal Security Forces" cannot mean a force founded in 2025: where exactly one
actor of the report's country, active on its day, holds a longer alias that opens with the same words, that actor
is meant.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.actors.base import ActorBase, When, active_on
from marsad.types import Actor


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.casefold()))


def _later(actor: Actor, when: When) -> bool:
    """The actor came into being after the report's day (or year)."""
    if when is None or actor.active[0] is None:
        return False
    if isinstance(when, int):
        return when < actor.active[0]
    return when < (actor.began or date(actor.active[0], 1, 1))


def earlier_holder(base: ActorBase, actor: Actor, said: str, when: When, country: str | None) -> Actor | None:
    """The actor of `country` active on `when` whose longer alias opens with the words `said`, where `actor` (the
    base's choice for them) was not yet in being; None otherwise."""
    if not _later(actor, when):
        return None  # in being then (an actor that had ended is the past, named as such: not this rule's)
    opening = _words(said) + " "
    if opening.strip() == "" or country is None:
        return None
    holders = [a for a in base if a.id != actor.id and not a.generic and a.country == country and active_on(a, when)
               and any(_words(alias).startswith(opening) for alias in a.aliases)]
    return holders[0] if len(holders) == 1 else None
