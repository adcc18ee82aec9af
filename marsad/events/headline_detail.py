"""The town a headline names inside the region the body places its event in (rule headline-detail): "Car bomb kills
five in Azaz" over "A car bomb exploded in a crowded market in the northern countryside of Aleppo, killing five" is
one event at Azaz, the most precise place the report ties it to. The body named only the governorate or its
countryside; the headline says where in it."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, compatible_actor
from marsad.events.placing import is_region


def _regional(draft: Draft) -> bool:
    """Placed only in a governorate or its countryside ("in Deir ez-Zor", "in the countryside of Aleppo")."""
    return draft.place is not None and draft.place.place is not None and (
        is_region(draft.place) or draft.geo_precision >= 3
        or (draft.place.place.admin1 or "").casefold() == draft.place.place.name.casefold()
        or draft.place.place.feature_code in {"PPLA", "PPLC"} and draft.place.relation == "countryside")


def _inside(body: Draft, headline: Draft) -> bool:
    a, b = body.place.place if body.place else None, headline.place.place if headline.place else None
    return a is not None and b is not None and a.admin1 is not None and a.admin1 == b.admin1 and \
        a.geonameid != b.geonameid and headline.geo_precision < 3 and not is_region(headline.place)


def headline_detail(merged: list[Draft], headline: Draft) -> Draft | None:
    """The one body event of the headline's type that the body placed only in the region holding the headline's
    town; none when two such events could be meant or the headline names no town."""
    if headline.place is None or _regional(headline):
        return None
    found = [m for m in merged if m.coding.event_type == headline.coding.event_type
             and compatible_actor(m.roles.actor1, headline.roles.actor1) and not different_days(m, headline)]
    if len(found) != 1 or not _regional(found[0]) or not _inside(found[0], headline):
        return None
    return found[0]


def take_headline_detail(event: Draft, headline: Draft) -> None:
    """The event the body placed in a region happened at the town its headline names in it (rule headline-detail)."""
    if event.place is None or headline.place is None or not _regional(event) or not _inside(event, headline) \
            or _regional(headline):
        return
    event.place, event.geo_precision, event.place_fallback = headline.place, headline.geo_precision, None
    event.rules.append("headline-detail")
