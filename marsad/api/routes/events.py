"""/api/events: the filtered list (JSON pages or a streamed export) and one event with its evidence."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from marsad.export import get_exporter

from ..deps import EventDep, StoreDep
from ..schemas import ErrorOut, EventDetail, EventPage

router = APIRouter(prefix="/api/events", tags=["events"])

MAX_PAGE = 1000
ExportFormat = Literal["json", "jsonl", "csv", "geojson", "acled-csv"]
Sort = Literal["-event_date", "event_date", "-id", "id"]


@router.get(
    "",
    response_model=EventPage,
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {}}}},
    summary="List events, filtered; or export them with ?format=",
)
def list_events(
    store: StoreDep,
    since: Annotated[date | None, Query(description="first event_date, YYYY-MM-DD")] = None,
    until: Annotated[date | None, Query(description="last event_date, YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(description="event type or sub-event type")] = None,
    actor: Annotated[str | None, Query(description="part of actor1, actor2 or an associated actor")] = None,
    place: Annotated[str | None, Query(description="part of location, admin1 or admin2")] = None,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_PAGE, description="page size (exports: all if unset)")
    ] = None,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Sort = "-event_date",
    format: ExportFormat = "json",
) -> Any:
    filters = {"since": since, "until": until, "event_type": type, "actor": actor, "place": place}
    if format != "json":
        exporter = get_exporter(format)
        if limit is None and offset == 0:
            rows: Any = store.iter_events(**filters)  # the whole selection, streamed in batches
        else:
            rows = store.query_events(**filters, limit=limit, offset=offset, sort=sort)
        return StreamingResponse(
            _encoded(exporter.chunks(rows)),
            media_type=exporter.media_type,
            headers={"Content-Disposition": f'attachment; filename="events.{exporter.extension}"'},
        )
    page_size = limit or 100
    return {
        "total": store.count_events(**filters),
        "limit": page_size,
        "offset": offset,
        "events": store.query_events(**filters, limit=page_size, offset=offset, sort=sort),
    }


def _encoded(chunks: Iterator[str]) -> Iterator[bytes]:
    for chunk in chunks:
        yield chunk.encode("utf-8")


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorOut}})
def get_event(event: EventDep) -> dict[str, Any]:
    """One event with its evidence spans and the text of the report they point into."""
    return event
