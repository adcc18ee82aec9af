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
def get_place(geonameid: str, store: StoreDep, _viewer: Reader) -> dict[str, Any]:
    place = store.get_place(geonameid)
    if place is None:
        raise NotFoundError(f"no stored place {geonameid!r}; places are stored with the events tied to them")
    return place
