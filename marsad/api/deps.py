"""Dependencies as named Annotated aliases: the store of this app, and an event looked up or 404."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request

from marsad.errors import NotFoundError
from marsad.store import Store


# Dependencies that only look something up are `async def`: FastAPI runs a plain `def` dependency in its
# thread pool, and a hand-over per dependency per request cost more than the lookups themselves.
async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def get_event_or_404(
    store: StoreDep, event_id: Annotated[str, Path(description="the event's event_id")]
) -> dict[str, Any]:
    event = store.get_event(event_id)
    if event is None:
        raise NotFoundError(f"no event with id {event_id!r}; GET /api/events lists the stored events")
    return event


EventDep = Annotated[dict[str, Any], Depends(get_event_or_404)]


# Row ids and offsets fit a 32-bit INTEGER (PostgreSQL's); a bigger number is a 422, never a driver overflow.
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="the row's id")]
Offset = Annotated[int, Query(ge=0, le=MAX_ROW_ID, description="rows to skip")]
