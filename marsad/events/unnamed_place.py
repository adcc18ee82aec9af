"""An act told first at a place the writer leaves unnamed ("Troops detained three men in a village near Tell Abar") and
then again at a named one nearby ("The soldiers detained the three men in Kafr Sajna at dawn on Wednesday"):
the unnamed town is the named one, so the two tellings are one act there (rule unnamed-then-named). act_located.py
asks it for merging.py's same-event before two tellings are kept apart for their places."""

from __future__ import annotations

from marsad.events.drafts import NEARBY_KM, Draft
from marsad.events.rules import rule
from marsad.geo import distance_km

_WINDOW = 60  # characters before the place name read for the unnamed settlement that it locates


def told_at_unnamed_place(draft: Draft) -> bool:
    """The draft's place name only locates an unnamed settlement: "in a town on the slopes of X", "a village near X"
    (rule unnamed-then-named)."""
    if draft.place is None or not draft.evidence:
        return False
    told = next((e for e in draft.evidence if e.start <= draft.place.start < e.end), None)
    if told is None:
        return False
    before = told.text[max(0, draft.place.start - told.start - _WINDOW):draft.place.start - told.start]
    return rule("unnamed-then-named").search(before) is not None


def unnamed_then_named(first: Draft, second: Draft) -> bool:
    """`first` told its act at an unnamed settlement located by a place; `second`, told after it in a sentence of its
    own that marks no further act ("also", "meanwhile"), names a place within reach of that place. The caller has
    weighed the coding, the actors and the days."""
    if first.in_headline or second.in_headline or second.sentence[0] <= first.sentence[0]:
        return False
    if first.place is None or second.place is None or first.place.place is None or second.place.place is None:
        return False
    if not told_at_unnamed_place(first) or told_at_unnamed_place(second):
        return False
    told = next((e for e in second.evidence if e.start <= second.trigger.start < e.end), None)
    if told is None or rule("also-another-place").search(told.text):
        return False
    a, b = first.place.place, second.place.place
    if distance_km(a.latitude, a.longitude, b.latitude, b.longitude) > NEARBY_KM:
        return False
    if "unnamed-then-named" not in second.rules:
        second.rules.append("unnamed-then-named")
    return True
