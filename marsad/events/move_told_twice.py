"""A move of forces told twice: once with no place or day of its own, once in full (rule move-told-twice).

A report often announces a move of forces in its lede in a word ("Regime reinforcements have been sent to the
area") and tells it in full further down ("reinforcements moved from A to the town of B"). The first telling
names no place of its own (only "the area", or nothing, so it stands where the sentence refers to or in the
governorate) and no day of its own; the guide codes one event per act, at the most specific place the report
ties it to. So a move with no place and no day of its own joins the move of the same kind by the same hand
that the report tells with a place of its own, when the report tells exactly one such move: with two or more,
which one the vague telling meant cannot be told, and it is left alone. A move with its own day, or a move by
another hand, stays apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, compatible_actor

# forces on the move (sent, deployed, reinforcements, a convoy): a curfew, an alert, trenches dug or a recruitment
# drive is another measure of the same coding, not the move told again
_MOTION = re.compile(r"reinforc|deploy|sent\b|send|dispatch|arriv|brought|moved|transferr|mobili[sz]|convoy", re.I)


def _place_named(draft: Draft) -> bool:
    """The draft's place is named in its own sentence (not referred to, "to the area", nor its governorate's)."""
    return draft.place is not None and draft.sentence[0] <= draft.place.start < draft.sentence[1]


def _move(draft: Draft) -> bool:
    """A move of forces told by a word of forces on the move, in the body of the report."""
    return draft.kind == "movement" and not draft.in_headline and _MOTION.search(draft.trigger.text) is not None


def _vague_move(draft: Draft) -> bool:
    """A move of forces told with no place and no day of its own."""
    return _move(draft) and not draft.explicit_date and not _place_named(draft)


def _full_move(draft: Draft, vague: Draft) -> bool:
    """The move of the same coding by the same hand, told with a place its sentence names."""
    return draft is not vague and _move(draft) and _place_named(draft) and draft.coding == vague.coding \
        and vague.roles.actor1 is not None and compatible_actor(draft.roles.actor1, vague.roles.actor1) \
        and not different_days(draft, vague)


def join_move_told_twice(merged: list[Draft], absorb: Callable[[Draft, Draft, str], None]) -> list[Draft]:
    """The events of a full report, each vague telling of a move joined to the one full telling of it by the same
    hand (rule move-told-twice)."""
    for vague in [d for d in merged if _vague_move(d)]:
        full = [m for m in merged if _full_move(m, vague)]
        if len(full) == 1:
            vague.place = None  # the full telling's place stands: the vague one's is only referred to
            absorb(full[0], vague, "move-told-twice")
            merged.remove(vague)
    return merged
