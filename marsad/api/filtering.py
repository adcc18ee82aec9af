"""The event filters of the API's query string, as one dependency: GET /api/events (pages and exports),
/api/events/facets and /api/events/over-time select exactly the same events for the same parameters."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query

from marsad.errors import InputError
from marsad.query import resolve_filter
from marsad.store.filters import EventFilter
from marsad.store.radius import MAX_RADIUS_KM

from .auth import Reader
from .deps import StoreDep
from .schemas import IsoDate

Status = Literal["unreviewed", "confirmed", "edited", "rejected", "merged"]
Near = Annotated[str | None, Query(max_length=64, description="latitude,longitude,km: within a circle")]
Movements = Annotated[bool, Query(description="only movements of forces (an origin is known)")]
Canonical = Annotated[bool, Query(description="one row per real event: the records `marsad dedupe` linked "
                                  "are listed once (false: every report's record)")]


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """`west,south,east,north` (GeoJSON's order) -> the store's (south, west, north, east)."""
    if not value:
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise InputError(
            f"bbox {value!r}: give four numbers west,south,east,north, e.g. 35.5,32,42.5,37.5"
        ) from exc
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise InputError(f"bbox {value!r}: longitudes in -180..180, latitudes in -90..90, south <= north")
    return south, west, north, east


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    """`latitude,longitude,km` -> a circle on the map."""
    if not value:
        return None
    try:
        latitude, longitude, km = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise InputError(f"near {value!r}: give latitude,longitude,km, e.g. 35.33,40.14,25") from exc
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 < km <= MAX_RADIUS_KM):
        raise InputError(f"near {value!r}: latitude in -90..90, longitude in -180..180, "
                         f"a radius of more than 0 and at most {MAX_RADIUS_KM:.0f} km")
    return latitude, longitude, km


async def event_filter(  # async: a plain def would cost a thread hand-over per request
    viewer: Reader,
    store: StoreDep,
    since: Annotated[IsoDate | None, Query(description="first event_date, YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="last event_date, YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(max_length=128, description="event type or sub-event type")] = None,
    sub_type: Annotated[str | None, Query(max_length=128, description="sub-event type")] = None,
    actor: Annotated[
        str | None, Query(max_length=255, description="part of actor1, actor2 or an associated actor")
    ] = None,
    admin1: Annotated[str | None, Query(max_length=255, description="governorate (exact)")] = None,
    admin2: Annotated[str | None, Query(max_length=255, description="district (exact)")] = None,
    place: Annotated[str | None, Query(max_length=255, description="part of location, admin1 or admin2")] = None,
    bbox: Annotated[str | None, Query(description="west,south,east,north in degrees")] = None,
    near: Near = None,
    q: Annotated[str | None, Query(max_length=255, description="text in the notes, actors, places or the "
                                   "report's text")] = None,
    status: Annotated[Status | None, Query(description="review status")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
    backed_by: Annotated[
        str | None, Query(max_length=255, description="a patron: events of the actors it backs")
    ] = None,
    canonical: Canonical = True,
    movements: Movements = False,
) -> EventFilter:
    """The filters as one value; a --public server selects reviewed events only."""
    return resolve_filter(EventFilter(  # spellings and aliases, as the CLI resolves them (marsad/query.py)
        since=since, until=until, event_type=type, sub_event_type=sub_type, actor=actor, admin1=admin1,
        admin2=admin2, place=place, bbox=parse_bbox(bbox), near=parse_near(near), q=q, review_status=status,
        min_confidence=min_confidence, backed_by=backed_by, published_only=viewer.mode == "public",
        canonical_only=canonical, movements_only=movements,
    ), store)


Filters = Annotated[EventFilter, Depends(event_filter)]
