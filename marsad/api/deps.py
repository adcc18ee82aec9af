"""Dependencies as named Annotated aliases: the store of this app, row ids and offsets."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request

from marsad.store import Store


# Dependencies that only look something up are `async def`: FastAPI runs a plain `def` dependency in its
# thread pool, and a hand-over per dependency per request cost more than the lookups themselves.
async def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


# Row ids and offsets fit a 32-bit INTEGER (PostgreSQL's); a bigger number is a 422, never a driver overflow.
MAX_ROW_ID = 2**31 - 1
RowId = Annotated[int, Path(ge=1, le=MAX_ROW_ID, description="the row's id")]
Offset = Annotated[int, Query(ge=0, le=MAX_ROW_ID, description="rows to skip")]
