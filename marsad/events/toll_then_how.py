"""A toll told first, then how it happened (rule toll-then-how): "Two soldiers were killed on Thursday in Salahuddin.
A roadside bomb struck their vehicle in the Tuz Khurmatu district." The first sentence names no hand and no weapon,
only who died and where in broad terms (a governorate, a countryside) or where the dead came from ("a young man from
the town of X was killed"); the next sentence tells the blast or strike that killed them, at its own place. The two
are one event: the strike's type, at the strike's place, with the toll of the first."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import WEAPON_KINDS, Draft
from marsad.events.placing import is_region
from marsad.events.rules import rule

# the verbs a toll is told with that name no hand ("were killed", "was wounded"): the generic attack kinds
_TOLL_KINDS = frozenset({"attack", "attack_armed"})
_NEXT_SENTENCE = 3  # characters between the end of one sentence and the start of the next


def toll_then_how(first: Draft, second: Draft) -> bool:
    """`first` only tells a toll that `second`, the next sentence, tells the strike of (rule toll-then-how); a toll
    with a hand ("ISIS killed two soldiers") or a gun ("two were shot dead") is an act of its own."""
    if first.kind not in _TOLL_KINDS or second.kind not in WEAPON_KINDS or first.in_headline or second.in_headline:
        return False
    if not 0 <= second.sentence[0] - first.sentence[1] <= _NEXT_SENTENCE:
        return False
    if first.fatalities is None and first.injured is None:
        return False
    hand = first.roles.actor1
    if hand is not None and not (hand.kind == "generic" or hand.name.startswith("Unidentified")):
        return False
    told = next((e for e in first.evidence if e.start <= first.trigger.start < e.end), None)
    if told is None or rule("hand-weapon").search(told.text) or different_days(first, second):
        return False
    if {"another-of-its-kind", "act-in-return"} & set(second.rules) or second.place is None:
        return False
    if first.place is None:
        return True
    if first.place.place is not None and second.place.place is not None and \
            first.place.place.geonameid == second.place.place.geonameid:
        return False  # one place: the elaborating rules join them already
    before = told.text[:first.place.start - told.start]
    if rule("people-from").search(before):
        return True  # "A young man from the town of X was killed. A bomb went off in his car near Y."
    a, b = first.place.place, second.place.place
    return is_region(first.place) and a is not None and b is not None and a.admin1 is not None and \
        a.admin1 == b.admin1
