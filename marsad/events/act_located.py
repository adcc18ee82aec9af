"""The act told in the lead, located again in the body: "A Turkish drone strike killed two fighters in the district
town on Wednesday. The drone targeted their car near the village of X." The body names the act with the article
(rule told-before) and tells where it hit; it is the lead's act, not a second strike a few kilometres away (rule
act-located). merging.py asks this before it keeps two tellings of one act apart for their places."""

from __future__ import annotations

from marsad.events.acts_apart import different_days, own_rules
from marsad.events.drafts import NEARBY_KM, Draft, place_key
from marsad.events.rules import rule
from marsad.events.unnamed_place import unnamed_then_named
from marsad.geo import distance_km


def act_located(first: Draft, second: Draft) -> bool:
    """`second` names the act of `first` with the article (rule told-before) at a place of its own a few kilometres
    from `first`'s, in a sentence of its own that marks no further act ("also", "meanwhile": rule
    also-another-place), lists no places (rule listed-places: "The shelling hit A and B" is one event per place) and
    names the act as its subject, not in passing ("during the clashes": rule act-in-passing).
    The caller has weighed the coding, the actors and the days. So is an act the lead told at a town it left
    unnamed, named in the body (rule unnamed-then-named: events/unnamed_place.py)."""
    if unnamed_then_named(first, second):
        return True
    if first.in_headline or second.in_headline or first.sentence == second.sentence:
        return False
    if "told-before" not in own_rules(second) or "listed-places" in second.rules:
        return False
    if first.place is None or second.place is None or first.place.place is None or second.place.place is None:
        return False
    a, b = first.place.place, second.place.place
    if distance_km(a.latitude, a.longitude, b.latitude, b.longitude) > NEARBY_KM:
        return False
    told = next((e for e in second.evidence if e.start <= second.trigger.start < e.end), None)
    if told is None or rule("also-another-place").search(told.text):
        return False
    # "shells fired during the clashes landed on the nearby village": the act named in passing is not located
    if rule("act-in-passing").search(told.text[:second.trigger.start - told.start]):
        return False
    if "act-located" not in second.rules:
        second.rules.append("act-located")
    return True


def kind_named_again(merged: list[Draft], draft: Draft) -> Draft | None:
    """"Security forces arrested five men who took part in a protest in the town. The protest was held in front of
    the police station.": an act named with the article (rule told-before) with no place of its own is the latest
    act of its kind told before on its day, whoever the two tellings name as its sides (rule kind-named-again): the
    article refers back, and a side named loosely in one telling does not make it another act."""
    if draft.in_headline or "told-before" not in own_rules(draft):
        return None
    if place_key(draft) is not None:
        return act_of_the_place(merged, draft)
    earlier = next((m for m in reversed(merged) if m.kind == draft.kind and not m.in_headline), None)
    if earlier is None or different_days(earlier, draft):
        return None
    if "kind-named-again" not in draft.rules:
        draft.rules.append("kind-named-again")
    return earlier


def act_of_the_place(merged: list[Draft], draft: Draft) -> Draft | None:
    """"Police raided the areas of the clashes in Alpha on Thursday": an act named with the article after "of"
    (the areas, the site, the scene, the perpetrators of the clashes) at the place of the latest act of its kind
    told before names that act, on whatever day the sentence tells of another act (rule kind-named-again)."""
    told = draft.trigger
    sentence = next((e for e in draft.evidence if e.start <= told.start < e.end), None)
    if sentence is None or not rule("named-after-of").search(sentence.text[:told.start - sentence.start]):
        return None
    earlier = next((m for m in reversed(merged) if m.kind == draft.kind and not m.in_headline), None)
    if earlier is None or place_key(earlier) != place_key(draft):
        return None
    if "kind-named-again" not in draft.rules:
        draft.rules.append("kind-named-again")
    return earlier
