"""Response models of the API: the event contract as pydantic, apart from the table models."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EvidenceOut(BaseModel):
    start: int
    end: int
    text: str


class EventOut(BaseModel):
    """One event record: every field of the contract in ../shared/eval/EVENTS.md, plus Marsad's extras."""

    doc_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    plover: str
    cameo: str
    event_date: str | None = Field(description="YYYY-MM-DD")
    time_precision: int
    actor1: str
    assoc_actor_1: list[str]
    actor2: str | None
    assoc_actor_2: list[str]
    inter1: int
    inter2: int
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    fatalities: int
    source: str | None
    source_attribution: str | None
    notes: str
    evidence: list[EvidenceOut]
    confidence: float
    plover_mode: str | None = None
    geonameid: str | None = None
    injured: int | None = None
    detained: int | None = None
    fighters: int | None = None
    vehicles: int | None = None
    origin_location: str | None = None
    origin_latitude: float | None = None
    origin_longitude: float | None = None
    field_evidence: dict[str, EvidenceOut] = {}


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


class EventDetail(EventOut):
    """An event with its review state and the report it was read from (text included, for the evidence)."""

    report_id: int
    review_status: str
    canonical_id: int | None
    report: ReportSummary


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
