"""/api/places?q=: gazetteer places a name may mean (the edit form's autocomplete);
/api/places/{geonameid}: a place events are tied to, and how many; /api/event-types: ACLED's types."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from marsad.errors import NotFoundError
from marsad.store.edits import acled_types

from ..auth import Reader
from ..deps import StoreDep
from ..schemas import ErrorOut, PlaceOut

router = APIRouter(prefix="/api/places", tags=["places"])
types_router = APIRouter(prefix="/api/event-types", tags=["events"])


@router.get("")
def search_places(
    request: Request,
    _viewer: Reader,
    q: Annotated[str, Query(min_length=2, max_length=100, description="a place name, any spelling")],
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> list[dict[str, Any]]:
    """Gazetteer places a name may mean, most populous first: id, name, admin names, coordinates."""
    return [
        {"geonameid": p.geonameid, "name": p.name, "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
         "admin3": p.admin3, "latitude": p.latitude, "longitude": p.longitude, "feature_code": p.feature_code}
        for p in request.app.state.candidates.search(q, limit)
    ]


@types_router.get("")
def event_types(_viewer: Reader) -> dict[str, list[str]]:
    """ACLED's event types and, for each, its sub-event types: the values a review edit may set."""
    return {event_type: list(subs) for event_type, subs in acled_types().items()}


@router.get("/{geonameid}", response_model=PlaceOut, responses={404: {"model": ErrorOut}})
def get_place(geonameid: str, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    """A stored place and how many events are tied to it (--public: published events only)."""
    place = store.get_place(geonameid, published_only=viewer.mode == "public")
    if place is None:
        raise NotFoundError(f"no stored place {geonameid!r}; places are stored with the events tied to them")
    return place
