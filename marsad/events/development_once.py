"""One development per type, place and day (rule development-once).

A move of forces, a seizure, a handover or a new base told in a sentence of its own is kept apart from the
act that would absorb it (rule distinct-act), and inherits that act's place when it names none. Where a
strategic development is already told at that place on that day ("Government forces took over the crossing
on Wednesday. Dozens of fighters withdrew from it in the morning."), the second telling is part of it, not a
second development: ACLED codes one event per type, place and day, and the withdrawal is how the crossing
changed hands. A development on another day, or at a place of its own, stays apart.
"""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, place_key

_DEVELOPMENTS = "Strategic developments"
# a change of posture (forces moved, a post set up) is part of the development it served; a seizure of weapons or
# goods is an act of its own type (Disrupted weapons use, Looting) even where it went with another development
_POSTURE_KINDS = frozenset({"movement", "base"})


def development_told_there(merged: list[Draft], draft: Draft) -> Draft | None:
    """The strategic development told before at the place `draft` (a development kept apart as a distinct act)
    stands at, on the same day: the event it is part of (rule development-once); None where there is none."""
    key = place_key(draft)
    if "distinct-act" not in draft.rules or draft.kind not in _POSTURE_KINDS or key is None \
            or draft.coding.event_type != _DEVELOPMENTS:
        return None
    twin = next((m for m in reversed(merged) if not m.in_headline and m.coding.event_type == _DEVELOPMENTS
                 and place_key(m) == key and not different_days(m, draft)), None)
    if twin is not None:
        draft.rules.append("development-once")
    return twin
