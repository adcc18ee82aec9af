"""/api/places/{geonameid}: a place events are tied to, and how many."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from marsad.errors import NotFoundError

from ..auth import Reader
from ..deps import StoreDep
from ..schemas import ErrorOut, PlaceOut

router = APIRouter(prefix="/api/places", tags=["places"])


@router.get("/{geonameid}", response_model=PlaceOut, responses={404: {"model": ErrorOut}})
def get_place(geonameid: str, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    """A stored place and how many events are tied to it (--public: published events only)."""
    place = store.get_place(geonameid, published_only=viewer.mode == "public")
    if place is None:
        raise NotFoundError(f"no stored place {geonameid!r}; places are stored with the events tied to them")
    return place
