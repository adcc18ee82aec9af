"""Two acts at one place told apart (round 21): a telling kept apart by a day of its own is not the restatement of
an event dated another day (rule own-day-not-restated), and an act told "earlier" at a place of its own is not the
detail of the act told before it in the region (rule told-earlier)."""

from __future__ import annotations

from marsad.events.drafts import Draft, place_key
from marsad.events.rules import rule


def own_day_not_restated(draft: Draft, other: Draft) -> bool:
    """'"At dawn today our forces arrested four of the gunmen in a house in the town," the commander said.': an act
    that merging kept apart by a day of its own (rule another-day), told after an event dated another day, is no
    restatement of that event (rule restates), even in a speaker's words or where that event's day was carried
    rather than told: the arrest the day after an attack is an event of its own (rule own-day-not-restated)."""
    if "another-day" not in draft.rules or not draft.explicit_date or draft.date is None or other.date is None:
        return False
    if draft.date.value is None or other.date.value is None or draft.date.value == other.date.value:
        return False
    if "own-day-not-restated" not in draft.rules:
        draft.rules.append("own-day-not-restated")
    return True


def told_earlier(first: Draft, second: Draft) -> bool:
    """"Israeli missiles hit positions in the capital. Earlier today, a strike hit an apartment in the quarter of
    X.": a sentence that opens by telling its act as earlier than the one told before ("Earlier today", "Hours
    earlier", "Earlier on Monday") tells another act; at a place of its own it is not the detail of the region the
    first act was told at (rule told-earlier). At the first act's own place it is left to the day rules."""
    key_a, key_b = place_key(first), place_key(second)
    if not key_a or not key_b or key_a == key_b or not second.evidence:
        return False
    if first.sentence[0] >= second.sentence[0] or not rule("told-earlier").match(second.evidence[0].text):
        return False
    if "told-earlier" not in second.rules:
        second.rules.append("told-earlier")
    return True
