"""/api/events: the filtered list (JSON pages or a streamed export), one event with its evidence and
audit trail, and review changes (PATCH)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response, StreamingResponse

from marsad.errors import InputError, NotFoundError
from marsad.export import EVENT_FIELDS, get_exporter
from marsad.export.formats import feature
from marsad.store.canonical import any_canonical, with_report_counts
from marsad.store.filters import PUBLISHED_STATUSES, EventFilter

from ..auth import Coder, Reader
from ..deps import Offset, StoreDep
from ..encoding import json_response
from ..errors import Forbidden, InvalidRequest
from ..filenames import export_filename
from ..filtering import Filters
from ..redact import public_event, public_events
from ..schemas import ErrorOut, EventDetail, EventPage, PlaceCandidatesOut, ReviewIn

router = APIRouter(prefix="/api/events", tags=["events"])

MAX_PAGE = 1000
EXPORT_PIECE_CHARS = 64 * 1024
UTF8_BOM = b"\xef\xbb\xbf"
ExportFormat = Literal["json", "jsonl", "csv", "geojson", "acled-csv"]
Sort = Literal["-event_date", "event_date", "-id", "id", "confidence", "-confidence", "-fatalities"]
@router.get(
    "",
    response_model=EventPage,
    responses={200: {"content": {"text/csv": {}, "application/geo+json": {}, "application/x-ndjson": {}}}},
    summary="List events, filtered; or export them with ?format=",
)
async def list_events(  # async: a page is a few ms of CPU, and 20 threads contending for the GIL doubled it
    request: Request,
    store: StoreDep,
    viewer: Reader,
    filters: Filters,
    limit: Annotated[
        int | None, Query(ge=1, le=MAX_PAGE, description="page size (exports: all if unset)")
    ] = None,
    offset: Offset = 0,
    sort: Sort = "-event_date",
    format: ExportFormat = "json",
    bom: Annotated[bool, Query(description="CSV formats: start with a UTF-8 byte-order mark (Excel)")] = False,
    raw_cells: Annotated[bool, Query(description="csv, acled-csv: write cells exactly as stored; by default "
                                     "a cell a spreadsheet would run as a formula (=, +, -, @) starts with '")] = False,
) -> Any:
    public = viewer.mode == "public"
    # substring searches no index serves go to a thread, so a slow one does not hold up the other requests
    slow = bool(filters.q or filters.place or filters.admin2 or filters.backed_by)
    if format != "json":
        exporter = get_exporter(format)
        name = export_filename(request.query_params, exporter.extension)
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        mark = UTF8_BOM if bom and format in ("csv", "acled-csv") else b""
        if limit is None:  # the whole selection: read in batches and streamed from a worker thread
            rows = _selection(store, filters, offset, sort)
            return StreamingResponse(_export_pieces(format, rows, public, mark, raw_cells),
                                     media_type=exporter.media_type, headers=headers)

        def bounded() -> Response:  # at most MAX_PAGE events (the map layer): one response, no thread per piece
            rows = store.search_events(filters, limit=limit, offset=offset, sort=sort)
            return Response(b"".join(_export_pieces(format, rows, public, mark, raw_cells)),
                            media_type=exporter.media_type, headers=headers)

        return await run_in_threadpool(bounded) if slow else bounded()
    page_size = limit or 100

    def page() -> Any:
        events = store.search_events(filters, limit=page_size, offset=offset, sort=sort)
        if filters.canonical_only:  # whether dedupe has run at all: asked once per state of the data
            deduped = request.app.state.totals.remember(("any canonical",), lambda: any_canonical(store))
            events = with_report_counts(store, events, deduped)
        # Encoded here rather than through response_model: the dicts are EventPage's already (the api tests
        # validate them against it), and re-validating 100 events cost as much as reading them.
        return json_response({
            "total": request.app.state.totals.total(filters),
            "limit": page_size,
            "offset": offset,
            "events": list(public_events(events)) if public else events,
        })

    return await run_in_threadpool(page) if slow else page()


def _selection(store: StoreDep, filters: EventFilter, offset: int, sort: str) -> Iterator[dict[str, Any]]:
    """Every matching event, read only as the response is streamed (in its worker thread)."""
    if offset == 0:
        yield from store.iter_matching(filters)  # in batches
    else:
        yield from store.search_events(filters, limit=None, offset=offset, sort=sort)


def _export_pieces(format: str, rows: Iterable[dict[str, Any]], public: bool, mark: bytes = b"",
                   raw_cells: bool = False) -> Iterator[bytes]:
    rows = _contract_only(public_events(rows) if public else rows)
    if mark:  # Excel reads a CSV as UTF-8 (Arabic names intact) only after a byte-order mark
        yield mark
    yield from (_geojson_pieces(rows) if format == "geojson"
                else _batched(get_exporter(format, raw_cells=raw_cells).chunks(rows)))


def _contract_only(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    # Exports carry exactly the event contract, whatever extra keys the web's rows have.
    for row in rows:
        yield {name: row[name] for name in EVENT_FIELDS}


def _geojson_pieces(rows: Iterable[dict[str, Any]], size: int = EXPORT_PIECE_CHARS) -> Iterator[bytes]:
    """The GeoJSON exporter's document, line for line, with each feature encoded by orjson: the map layer
    asks for 1,000 events at a time, and json.dumps was a third of its time."""
    pending = [b'{"type":"FeatureCollection","features":[']
    held = 0
    separator = b"\n"
    for row in rows:
        encoded = orjson.dumps(feature(row))
        pending += (separator, encoded)
        separator = b",\n"
        held += len(encoded)
        if held >= size:
            yield b"".join(pending)
            pending, held = [], 0
    pending.append(b"\n]}\n")
    yield b"".join(pending)


def _batched(chunks: Iterator[str], size: int = EXPORT_PIECE_CHARS) -> Iterator[bytes]:
    # One piece per event would cost a thread hand-over each (StreamingResponse iterates a sync
    # generator in the threadpool): most of a 1,000-event map layer's time. Pieces of ~64 KB instead.
    pending: list[str] = []
    held = 0
    for chunk in chunks:
        pending.append(chunk)
        held += len(chunk)
        if held >= size:
            yield "".join(pending).encode("utf-8")
            pending, held = [], 0
    if pending:
        yield "".join(pending).encode("utf-8")


def _event_or_404(store: StoreDep, event_id: str, public: bool) -> dict[str, Any]:
    event = store.get_event(event_id)
    # --public: an event no coder has confirmed or corrected does not exist, as far as anyone can tell
    if event is None or (public and event["review_status"] not in PUBLISHED_STATUSES):
        raise NotFoundError(f"no event with id {event_id!r}; GET /api/events lists the stored events")
    return event


def _detail(store: StoreDep, event_id: str, public: bool) -> dict[str, Any]:
    event = _event_or_404(store, event_id, public)
    if public:
        return public_event(event)
    event["audit"] = store.event_audit(event_id)
    return event


@router.get("/{event_id}", response_model=EventDetail, responses={404: {"model": ErrorOut}})
def get_event(event_id: str, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    """One event with its evidence spans, the text of the report they point into, and its audit trail."""
    return _detail(store, event_id, viewer.mode == "public")


@router.get(
    "/{event_id}/places",
    response_model=PlaceCandidatesOut,
    responses={404: {"model": ErrorOut}, 503: {"model": ErrorOut}},
)
def event_place_candidates(event_id: str, request: Request, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    """The candidates the geoparser weighed for the event's location (and the report's other places),
    with their scores: the geoparser re-run on the stored report text."""
    event = _event_or_404(store, event_id, viewer.mode == "public")
    if viewer.mode == "public":  # the geoparser's reading quotes the report's text, which is not public
        raise Forbidden("a public server does not show how a report was read; only the coded event")
    return request.app.state.candidates.explain(event)


@router.patch("/{event_id}", response_model=EventDetail,
              responses={404: {"model": ErrorOut}, 422: {"model": ErrorOut}})
def review_event(event_id: str, body: ReviewIn, request: Request, store: StoreDep, coder: Coder) -> dict[str, Any]:
    """Confirm, edit, reject, merge (`other` is the duplicate) or split (`fields` change the copy);
    each change is written to the audit trail, with what follows from it (a new actor's canonical name
    and inter code, a chosen place's admin names and coordinates; types checked against ACLED's list).
    Answers the event to show: the new one after a split."""
    fields = body.fields.model_dump(exclude_unset=True) if body.fields else None
    try:
        shown = store.review_event(
            event_id, body.action, coder.name or "local", fields=fields, other=body.other, note=body.note,
            gazetteer=request.app.state.candidates.gazetteer,
        )
    except InputError as exc:  # well-formed, but it cannot be applied (an unknown place, an empty edit): 422
        raise InvalidRequest(str(exc)) from exc
    return _detail(store, shown, False)
