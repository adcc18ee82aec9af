"""Between core types / contract dicts and table rows. The contract dict is `EventRecord.as_dict()`'s."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from typing import Any

from marsad.types import Actor, EventRecord, Evidence, Patron, Report

from .models import ActorEdgeRow, ActorRow, EventRow, EvidenceRow, PlaceRow, ReportRow

EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRecord))
# Fields stored as plain columns of the same name (the rest need conversion).
_PLAIN_EVENT_FIELDS = tuple(
    name
    for name in EVENT_FIELDS
    if name not in {"event_date", "assoc_actor_1", "assoc_actor_2", "evidence", "field_evidence"}
)


def search_key(*values: str | None) -> str:
    """One lower-case string to match filters against; case folding done here, not in SQL."""
    return "\n".join(v.casefold() for v in values if v)


def report_row(report: Report, ingested_at: datetime) -> ReportRow:
    return ReportRow(
        doc_id=report.doc_id,
        content_hash=report.content_hash,
        title=report.title,
        text=report.text,
        published=report.published,
        source=report.source,
        url=report.url,
        origin=report.origin,
        dateline_place=report.dateline_place,
        dateline_source=report.dateline_source,
        ingested_at=ingested_at,
    )


def event_row(record: EventRecord, report_id: int) -> EventRow:
    row = EventRow(
        report_id=report_id,
        event_date=date.fromisoformat(record.event_date) if record.event_date else None,
        assoc_actor_1=list(record.assoc_actor_1),
        assoc_actor_2=list(record.assoc_actor_2),
        actor_search=search_key(record.actor1, record.actor2, *record.assoc_actor_1, *record.assoc_actor_2),
        place_search=search_key(record.location, record.admin1, record.admin2),
        review_status="unreviewed",
        **{name: getattr(record, name) for name in _PLAIN_EVENT_FIELDS},
    )
    position = 0
    for span in record.evidence:
        row.evidence.append(_evidence_row(None, position, span))
        position += 1
    for field_name, span in record.field_evidence.items():
        row.evidence.append(_evidence_row(field_name, position, span))
        position += 1
    return row


def _evidence_row(field_name: str | None, position: int, span: Evidence) -> EvidenceRow:
    return EvidenceRow(field=field_name, position=position, start=span.start, end=span.end, text=span.text)


def place_row(record: EventRecord) -> PlaceRow | None:
    """The place an event is tied to, as far as the record tells (the gazetteer holds the rest)."""
    if not record.geonameid:
        return None
    return PlaceRow(
        geonameid=record.geonameid,
        name=record.location or record.geonameid,
        latitude=record.latitude,
        longitude=record.longitude,
        country=record.country,
        admin1=record.admin1,
        admin2=record.admin2,
        admin3=record.admin3,
    )


def event_dict(row: EventRow) -> dict[str, Any]:
    """Exactly the contract fields, in EventRecord's order, as `EventRecord.as_dict()` gives them."""
    data: dict[str, Any] = {}
    evidence = [e for e in row.evidence if e.field is None]
    field_evidence = {e.field: e for e in row.evidence if e.field is not None}
    for name in EVENT_FIELDS:
        if name == "event_date":
            data[name] = row.event_date.isoformat() if row.event_date else None
        elif name in ("assoc_actor_1", "assoc_actor_2"):
            data[name] = list(getattr(row, name) or [])
        elif name == "evidence":
            data[name] = [_span(e) for e in evidence]
        elif name == "field_evidence":
            data[name] = {key: _span(e) for key, e in field_evidence.items()}
        elif name == "coded_by":  # NULL for events stored before revision 0008
            data[name] = list(row.coded_by or [])
        else:
            data[name] = getattr(row, name)
    return data


def _span(row: EvidenceRow) -> dict[str, Any]:
    return {"start": row.start, "end": row.end, "text": row.text}


def report_dict(row: ReportRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "doc_id": row.doc_id,
        "content_hash": row.content_hash,
        "title": row.title,
        "text": row.text,
        "published": row.published.isoformat() if row.published else None,
        "source": row.source,
        "url": row.url,
        "origin": row.origin,
        "dateline_place": row.dateline_place,
        "dateline_source": row.dateline_source,
        "ingested_at": row.ingested_at.isoformat() if row.ingested_at else None,
    }


def actor_row(actor: Actor, origin: str) -> ActorRow:
    return ActorRow(
        id=actor.id,
        name=actor.name,
        inter=actor.inter,
        kind=actor.kind,
        country=actor.country,
        arabic=actor.arabic,
        part_of=actor.part_of,
        active_from=actor.active[0],
        active_until=actor.active[1],
        generic=actor.generic,
        description=actor.description,
        origin=origin,
        acled_name=actor.acled_name,
        began=actor.began,
        ended=actor.ended,
        coded_under_parent=actor.coded_under_parent,
    )


def actor_from_rows(row: ActorRow, patrons: list[ActorEdgeRow]) -> Actor:
    return Actor(
        id=row.id,
        name=row.name,
        inter=row.inter,
        kind=row.kind,
        country=row.country,
        aliases=tuple(a.alias for a in row.aliases),
        arabic=row.arabic,
        part_of=row.part_of,
        backed_by=tuple(Patron(name=e.target, since=e.since, until=e.until) for e in patrons),
        active=(row.active_from, row.active_until),
        generic=row.generic,
        description=row.description,
        acled_name=row.acled_name,
        began=row.began,
        ended=row.ended,
        coded_under_parent=bool(row.coded_under_parent),
    )
