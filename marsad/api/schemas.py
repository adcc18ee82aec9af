"""Response models of the API: the event contract as pydantic, apart from the table models."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Annotated, Any, Literal, get_args, get_origin

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, create_model

from marsad.record_fields import DESCRIPTIONS, field_types
from marsad.types import EventRecord, Evidence

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: object) -> object:
    """Dates are written YYYY-MM-DD: a bare number (`until=0`) would otherwise be read as a Unix time."""
    if isinstance(value, date) or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise ValueError("give a date as YYYY-MM-DD, e.g. 2024-01-31")


IsoDate = Annotated[date, BeforeValidator(_iso_date_only)]


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str


def _api_type(kind: Any) -> Any:
    """The API's type for a record field's type: lists for tuples, EvidenceOut for Evidence."""
    if kind is Evidence:
        return EvidenceOut
    origin, args = get_origin(kind), get_args(kind)
    if origin is tuple:
        return list[_api_type(args[0])]  # type: ignore[misc]
    if origin is dict:
        return dict[args[0], _api_type(args[1])]  # type: ignore[misc]
    return kind


def _record_field(name: str, kind: Any, default: Any) -> tuple[Any, Any]:
    description = DESCRIPTIONS.get(name)
    if default is dataclasses.MISSING:
        return (_api_type(kind), Field(description=description) if description else ...)
    return (_api_type(kind), Field(default=default, description=description))


def _defaults() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(EventRecord):
        out[f.name] = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
    return out


# One event record: every field of the contract in ../shared/eval/EVENTS.md plus Marsad's extras, derived
# from marsad.types.EventRecord (marsad/record_fields.py), with what the store adds.
EventOut = create_model(
    "EventOut",
    __doc__="One event record: every field of the contract in ../shared/eval/EVENTS.md, plus Marsad's extras.",
    **{name: _record_field(name, kind, _defaults()[name]) for name, kind in field_types().items()},
    review_status=(str | None, Field(default=None, description="unreviewed, confirmed, edited, rejected, merged")),
    canonical_id=(int | None, None),
    canonical_event=(int | None, Field(default=None, description="its canonical event (marsad dedupe)")),
    report_count=(int | None, Field(default=None, description="reports telling the same event")),
    sources=(list[str] | None, Field(default=None, description="publishers of those reports")),
)


class ReportSummary(BaseModel):
    id: int
    doc_id: str
    content_hash: str
    title: str | None
    text: str
    published: str | None
    source: str | None
    url: str | None
    origin: str | None
    dateline_place: str | None
    dateline_source: str | None
    ingested_at: str | None


class AuditOut(BaseModel):
    user: str
    action: str
    at: str
    before: dict
    after: dict
    note: str | None = None


class EventDetail(EventOut):
    """An event with its review state, the report it was read from (text included, for the evidence)
    and its audit trail (empty and hidden in --public mode)."""

    report_id: int
    review_status: str
    canonical_id: int | None
    recoded_differs: bool = Field(default=False, description="machine re-coding (`marsad ingest --recode`) "
                                  "now disagrees with what the reviewer saw; see the `recode` audit entry")
    report: ReportSummary
    audit: list[AuditOut] = []


class EventEdit(BaseModel):
    """The fields a coder may correct; only those given change."""

    model_config = ConfigDict(extra="forbid")

    event_type: str | None = Field(default=None, min_length=1, max_length=64)
    sub_event_type: str | None = Field(default=None, min_length=1, max_length=128)
    event_date: IsoDate | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    actor1: str | None = Field(default=None, min_length=1, max_length=255)
    assoc_actor_1: list[str] | None = Field(default=None, max_length=20)
    actor2: str | None = Field(default=None, max_length=255)
    assoc_actor_2: list[str] | None = Field(default=None, max_length=20)
    inter1: int | None = Field(default=None, ge=0, le=8)
    inter2: int | None = Field(default=None, ge=0, le=8)
    country: str | None = Field(default=None, max_length=255)
    admin1: str | None = Field(default=None, max_length=255)
    admin2: str | None = Field(default=None, max_length=255)
    admin3: str | None = Field(default=None, max_length=255)
    location: str | None = Field(default=None, max_length=255)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    geonameid: str | None = Field(default=None, max_length=64)
    fatalities: int | None = Field(default=None, ge=0, le=1_000_000)
    source: str | None = Field(default=None, max_length=255)
    source_attribution: str | None = Field(default=None, max_length=2000)
    notes: str | None = Field(default=None, max_length=20_000)
    origin_location: str | None = Field(default=None, max_length=255, description="a movement's origin")
    origin_latitude: float | None = Field(default=None, ge=-90, le=90)
    origin_longitude: float | None = Field(default=None, ge=-180, le=180)


class ReviewIn(BaseModel):
    """PATCH /api/events/{id}: one review action."""

    model_config = ConfigDict(extra="forbid")

    action: Literal["confirm", "edit", "reject", "merge", "split"]
    fields: EventEdit | None = Field(
        default=None, description="edit: the corrections; split: the copy's changes"
    )
    other: str | None = Field(default=None, max_length=255, description="merge: the duplicate's event_id")
    note: str | None = Field(default=None, max_length=2000, description="why, for the audit trail")


class ReportListItem(ReportSummary):
    event_count: int


class ReportPage(BaseModel):
    total: int
    limit: int
    offset: int
    reports: list[ReportListItem]


class ReportIn(BaseModel):
    """POST /api/reports: the text of a report, or a URL to fetch it from (a page or a feed)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, min_length=1, max_length=5 * 1024 * 1024)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    title: str | None = Field(default=None, max_length=1000)
    published: IsoDate | None = None
    source: str | None = Field(default=None, max_length=255)


class JobOut(BaseModel):
    id: str
    kind: str = Field(description="text, url, file or feed")
    status: str = Field(description="queued, running, done, failed")
    progress: str = Field(description="what it is doing now")
    submitted_by: str
    created_at: str
    reports: list[dict] = Field(description="{report_id, doc_id, added, event_ids} per report stored")
    error: str | None = None
    skipped: list[str] = Field(default=[], description="feed entries that could not be read, with why")


class PlaceOut(BaseModel):
    geonameid: str
    name: str
    latitude: float | None
    longitude: float | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    feature_code: str | None
    event_count: int


class ReportOut(ReportSummary):
    events: list[EventOut]


class EventPage(BaseModel):
    total: int = Field(description="events matching the filters, over all pages")
    limit: int
    offset: int
    events: list[EventOut]


class ErrorOut(BaseModel):
    error: str = Field(description="kind of error, e.g. not_found, invalid_request, store_error")
    detail: str = Field(description="what failed and how to fix it")


class CandidateOut(BaseModel):
    geonameid: str
    name: str
    country: str | None
    admin1: str | None
    admin2: str | None
    feature_code: str | None
    latitude: float
    longitude: float
    matched_name: str = Field(description="the gazetteer name that met the mention")
    method: str = Field(description="how it was retrieved: exact, folded, fuzzy, arabic, data")
    score: float = Field(description="the ranker's score; the highest admissible one is chosen")
    chosen: bool


class MentionOut(BaseModel):
    start: int
    end: int
    text: str
    relation: str | None = Field(description="in, near, outskirts, countryside, ...")
    geo_precision: int
    event_location: bool = Field(description="this mention is the event's location")
    chosen_now: str | None = Field(description="geonameid the geoparser picks today")
    score: float
    candidates: list[CandidateOut]


class PlaceCandidatesOut(BaseModel):
    """The places the geoparser weighed for each place named in the event's report (recomputed now)."""

    event_id: str
    how: str = Field(description="how the location mention was found: evidence, same place, same name, not found")
    location_mention: int | None = Field(description="index in `mentions` of the event's location")
    mentions: list[MentionOut]
