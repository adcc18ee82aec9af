"""Whether a region an act was first told at holds the place a later telling gives it (rule region-then-detail).

A lead often tells an act at a region and the body at its place: "Drones struck two oil fields in the Kurdistan
Region overnight. A drone hit the Khurmala field late on Tuesday." A governorate holds the places of its own
governorate; a region that spans several governorates (feature code REGION: the Kurdistan Region, the Badia)
holds every place of its country, since the gazetteer gives it one governorate only for its point (rule
region-spans-governorates). The hand must agree: the same actor, or none named in either telling (drones or
gunmen nobody names), or none named in the detail. The town a road leads to is no detail ("The fighting closed the
main road to Beta" after a clash told in Alpha district: rule road-toward, where the road goes)."""

from __future__ import annotations

from marsad.events.drafts import Draft
from marsad.events.rules import rule

SPANNING_CODES = frozenset({"REGION"})


def same_hand(first: Draft, second: Draft) -> bool:
    """The detail is told by the region's actor, or names none; or neither telling names one."""
    if first.roles.actor1 is None:  # no hand named: only a lead at a spanning region sums up ("Drones struck ...")
        return second.roles.actor1 is None and spanning(first)
    return second.roles.actor1 is None or first.roles.actor1.name == second.roles.actor1.name


def spanning(draft: Draft) -> bool:
    chosen = draft.place.place if draft.place is not None else None
    return chosen is not None and (chosen.feature_code or "") in SPANNING_CODES


def region_holds(first: Draft, second: Draft) -> bool:
    """The place of `first` (a region) holds the place of `second`: one governorate, or a spanning region of the
    detail's country."""
    if first.place is None or second.place is None:
        return False
    a, b = first.place.place, second.place.place
    if a is None or b is None or road_end(second):
        return False
    if spanning(first):
        holds = a.country_code is not None and a.country_code == b.country_code
        if holds and "region-spans-governorates" not in first.rules:
            first.rules.append("region-spans-governorates")
        return holds
    return a.admin1 is not None and a.admin1 == b.admin1


def road_end(draft: Draft) -> bool:
    """The draft's place is where a road it names leads ("the main road to Beta"; rule road-toward)."""
    place = draft.place
    told = next((e for e in draft.evidence if place is not None and e.start <= place.start < e.end), None)
    if told is None or place is None:
        return False
    # where the name stands in the span's text (a span's text may be stripped of the space its start counts)
    cut = told.text.find(place.text, max(0, place.start - told.start - 2))
    return cut > 0 and rule("road-toward").search(told.text[max(0, cut - 80):cut]) is not None
