"""Fighting told again at a nearby place: the same battle, or a second one there (rules same-battle,
place-taken-apart, also-another-place). merging.py asks these before it joins two tellings of fighting
(rules.yaml, stage `merge`); ACLED codes one battle per pair of sides, place and day."""

from __future__ import annotations

from marsad.events.acts_apart import different_days, other_pair, side_of
from marsad.events.drafts import NEARBY_KM, TERRITORY_SUBTYPES, Draft, place_key
from marsad.events.rules import rule
from marsad.geo import distance_km


def same_battle(first: Draft, second: Draft) -> bool:
    """Fighting told again with nearby place names ("Fighting between the same sides went on in Tal Hamis and Rmelan")
    is the same battle: same sides, places within a few kilometres."""
    if first.coding.event_type != "Battles" or second.coding.event_type != "Battles":
        return False
    if first.sentence == second.sentence:
        return False  # one trigger listing two places ("fighting in A and B") tells one event per place
    if taken_elsewhere(first, second) or also_another_place(first, second):
        return False
    if different_days(first, second):
        return False  # fighting told on another day is another event (one event per day, as ACLED codes)
    if not (side_of(first, second.roles.actor1) and side_of(first, second.roles.actor2)) or \
            other_pair(first, second):
        return False
    a, b = first.place.place if first.place else None, second.place.place if second.place else None
    return a is not None and b is not None and \
        distance_km(a.latitude, a.longitude, b.latitude, b.longitude) <= NEARBY_KM


def taken_elsewhere(first: Draft, second: Draft) -> bool:
    """"The army entered the town. It also retook the village of X nearby.": ground taken at a place of its own is
    an event of its own beside the fighting at a nearby one (rule place-taken-apart), as ACLED codes a territory
    change per place; at the same place the capture and the fighting that won it are one."""
    taken = {first.coding.sub_event_type, second.coding.sub_event_type} & TERRITORY_SUBTYPES
    return bool(taken) and place_key(first) != place_key(second)


def also_another_place(first: Draft, second: Draft) -> bool:
    """"Clashes broke out between the SDF and ISIS in A. Clashes also broke out between the two sides in B.": fighting
    told in a sentence of its own at a place of its own that the sentence marks as one more act ("also",
    "meanwhile", "elsewhere") is a second battle there, not the first told again with a nearby name (rule
    also-another-place; the guide codes one event per place); without the mark ("The fighting spread to B")
    the nearby place is the same battle's."""
    if place_key(second) is None or place_key(second) == place_key(first) or not second.evidence:
        return False
    told = next((e for e in second.evidence if e.start <= second.trigger.start < e.end), second.evidence[0])
    if rule("also-another-place").search(told.text) is None:
        return False
    if "also-another-place" not in second.rules:
        second.rules.append("also-another-place")
    return True
