"""The old government's forces told as the past, after it fell, are its armed holdouts (rule former-regime-holdouts).

ACLED ends a state's period actor on the day its government fell ("Military Forces of Syria (2000-2024)" on
7 December 2024) and codes the armed remnants that go on fighting the new authorities as a militia of their own
("Anti-Military Operations Command Militia (Syria)"). Reports of that time name them by the fallen government's
forces with a word that marks them as the past: "gunmen of the former regime", "ousted regime forces", "remnants
of the Assad army". Such a mention, in a report of a day after the period ended, is the holdouts' militia of the
country, where the base lists one (`holdouts_of` in the actor lexicon: period actor id -> the holdouts' id), not the
old state (which no longer acts) nor the new one (which event-period's renaming by the day would give).
A mention with no marker ("regime forces" in a report of 2025 telling a battle of 2019) is left as it is.
"""

from __future__ import annotations

import re
from datetime import date

from marsad.actors.base import ActorBase, When
from marsad.actors.found import Found
from marsad.actors.lexicon import HOLDOUT_MARKERS, HOLDOUTS_OF
from marsad.types import Evidence

_MARKED = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in
                                                sorted(HOLDOUT_MARKERS, key=len, reverse=True))
                     + r")[\s-]+(?:(?:members?|elements?|officers?|soldiers?|fighters?|personnel)\s+of\s+)?"
                     r"(?:the\s+)?(?:[\w'’.-]+\s+)?$", re.IGNORECASE)


# "the fall of the former regime", "under the ousted regime": the old government named for a time, not a side
_A_TIME = re.compile(r"\b(?:fall|collapse|ouster|overthrow|end|era|days|time|times|rule|reign|since|under|during|"
                     r"before|after)\s+(?:of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _after(day_or_year: When, ended: date) -> bool:
    """The report's day (or year) lies after the period's last day; a year that holds the day is not after it."""
    if isinstance(day_or_year, date):
        return day_or_year > ended
    return day_or_year is not None and day_or_year > ended.year


def _period_actor(base: ActorBase, actor_id: str | None) -> str | None:
    """The period actor of `actor_id` listed in `holdouts_of`: itself, or the one its units climb to."""
    seen = 0
    while actor_id and base.has(actor_id) and seen < 5:
        if actor_id in HOLDOUTS_OF:
            return actor_id
        actor_id, seen = base.get(actor_id).part_of, seen + 1
    return None


def holdouts(base: ActorBase, text: str, found: Found, when: When) -> Found | None:
    """The holdouts' mention for `found`, or None where it stays the state's."""
    period = _period_actor(base, found.actor_id)
    holdout_id = HOLDOUTS_OF.get(period or "")
    if period is None or holdout_id is None or not base.has(holdout_id) or found.kind == "person":
        return None
    ended = base.get(period).ended
    if ended is None or not _after(when, ended):
        return None
    window = max(0, found.start - 40)
    marked = _MARKED.search(text[window:found.start])
    if marked is None or _A_TIME.search(text[max(0, window + marked.start() - 30):window + marked.start()]):
        return None  # "since the fall of the former regime": a time, no side
    # the marker is part of the name ("former regime forces"), so "gunmen loyal to the former regime" reads as
    # gunmen tied to a named side (rule identified-hand); a side, not a generic description
    start = window + marked.start() + len(re.match(r"(?:remnants?\s+of\s+|loyal(?:ists)?\s+(?:to|of)\s+)?(?:the\s+)?",
                                                   marked.group(0), re.IGNORECASE).group(0))
    holdout = base.get(holdout_id)
    return Found(start=start, end=found.end, text=text[start:found.end], name=holdout.name, inter=holdout.inter,
                 actor_id=holdout_id, kind="group", actor_kind=holdout.kind, core=(start, found.end),
                 evidence=[Evidence(start, found.end, text[start:found.end])], nouns=set(found.nouns))
