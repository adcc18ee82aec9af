"""/api/canonical-events: the events `marsad dedupe` put together across reports, each with its reconciled
fields, its member records (report, publisher, how matched) and the conflicts between them.

No source attribution is returned here (only publishers). A --public server publishes none of them: a
canonical event reconciles every record of its reports, reviewed or not, and public mode shows only
reviewed events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from marsad.dedupe.queries import count_canonical, get_canonical, list_canonical
from marsad.errors import NotFoundError

from ..auth import Reader
from ..deps import Offset, RowId, StoreDep
from ..schemas import ErrorOut, IsoDate

router = APIRouter(prefix="/api/canonical-events", tags=["canonical events"])

MAX_PAGE = 1000


class ConflictValueOut(BaseModel):
    value: Any
    event_ids: list[str]


class ConflictOut(BaseModel):
    field: str
    chosen: Any
    values: list[ConflictValueOut]


class CanonicalOut(BaseModel):
    id: int
    key: str = Field(description="event_id of the anchor record (the first stored)")
    event_type: str
    sub_event_type: str
    event_date: str | None
    time_precision: int
    actor1: str
    actor2: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    geonameid: str | None
    fatalities: int = Field(description="the lowest figure any member report gives")
    member_count: int
    report_count: int
    sources: list[str] = Field(description="publishers of the member reports")
    conflicts: list[ConflictOut]


class MemberOut(BaseModel):
    event_id: str
    doc_id: str
    report_id: int
    published: str | None
    source: str | None
    matched_by: str = Field(description="anchor, dedupe (the machine rules) or reviewer (a reviewer's merge)")
    match: str | None = Field(description="why it was linked, e.g. '3.1 km apart; same day; actors same'")
    sub_event_type: str
    event_date: str | None
    time_precision: int
    actor1: str
    actor2: str | None
    location: str | None
    geo_precision: int
    fatalities: int
    review_status: str


class CanonicalDetail(CanonicalOut):
    members: list[MemberOut]


class CanonicalPage(BaseModel):
    total: int
    limit: int
    offset: int
    canonical_events: list[CanonicalOut]


@router.get("", response_model=CanonicalPage, summary="List canonical events, newest first")
def list_canonical_events(
    store: StoreDep,
    _viewer: Reader,
    since: Annotated[IsoDate | None, Query(description="first event_date, YYYY-MM-DD")] = None,
    until: Annotated[IsoDate | None, Query(description="last event_date, YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(max_length=128, description="ACLED event type")] = None,
    min_reports: Annotated[int, Query(ge=1, le=1000, description="only events told by this many reports")] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    if _viewer.mode == "public":
        return {"total": 0, "limit": limit, "offset": offset, "canonical_events": []}
    filters = {"event_type": type, "since": since, "until": until, "min_reports": min_reports}
    return {
        "total": count_canonical(store, **filters),
        "limit": limit,
        "offset": offset,
        "canonical_events": list_canonical(store, **filters, limit=limit, offset=offset),
    }


@router.get("/{canonical_id}", response_model=CanonicalDetail, responses={404: {"model": ErrorOut}},
            summary="One canonical event with its member records and conflicts")
def get_canonical_event(canonical_id: RowId, store: StoreDep, _viewer: Reader) -> dict[str, Any]:
    found = get_canonical(store, canonical_id) if _viewer.mode != "public" else None
    if found is None:
        raise NotFoundError(f"no canonical event {canonical_id}; run `marsad dedupe`, then GET "
                            "/api/canonical-events lists them")
    return found
