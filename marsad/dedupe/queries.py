"""Reading canonical events: pages for the API and the CLI, one event with its records and conflicts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from marsad.store.dedupe_tables import CanonicalEventRow, CanonicalMemberRow
from marsad.store.models import EventRow, ReportRow

_COLUMNS = ("id", "key", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2",
            "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
            "geonameid", "fatalities", "member_count", "report_count", "sources", "conflicts")


def canonical_dict(row: CanonicalEventRow) -> dict[str, Any]:
    data = {name: getattr(row, name) for name in _COLUMNS}
    data["event_date"] = row.event_date.isoformat() if row.event_date else None
    return data


def _filtered(query: Select, event_type: str | None, since: date | None, until: date | None,
              min_reports: int) -> Select:
    if event_type:
        query = query.where(CanonicalEventRow.event_type == event_type)
    if since:
        query = query.where(CanonicalEventRow.event_date >= since)
    if until:
        query = query.where(CanonicalEventRow.event_date <= until)
    if min_reports > 1:
        query = query.where(CanonicalEventRow.report_count >= min_reports)
    return query


def list_canonical(store, *, event_type: str | None = None, since: date | None = None,
                   until: date | None = None, min_reports: int = 1, limit: int | None = 100,
                   offset: int = 0) -> list[dict[str, Any]]:
    """Newest first (then by id): canonical events, each with its reconciled fields and conflicts."""
    query = _filtered(select(CanonicalEventRow), event_type, since, until, min_reports)
    query = query.order_by(CanonicalEventRow.event_date.desc().nulls_last(), CanonicalEventRow.id.desc())
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with Session(store.engine) as session:
        return [canonical_dict(row) for row in session.scalars(query)]


def count_canonical(store, *, event_type: str | None = None, since: date | None = None,
                    until: date | None = None, min_reports: int = 1) -> int:
    query = _filtered(select(func.count(CanonicalEventRow.id)), event_type, since, until, min_reports)
    with Session(store.engine) as session:
        return session.scalar(query) or 0


def iter_canonical(store, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
    """Every canonical event in id order, in batches (exports)."""
    last_id = 0
    while True:
        query = select(CanonicalEventRow).where(CanonicalEventRow.id > last_id)
        with Session(store.engine) as session:
            rows = [canonical_dict(r) for r in session.scalars(query.order_by(CanonicalEventRow.id).limit(batch_size))]
        if not rows:
            return
        last_id = rows[-1]["id"]
        yield from rows


def get_canonical(store, canonical_id: int) -> dict[str, Any] | None:
    """One canonical event with `members`: each record's id, report, publisher, how it was matched and the
    fields that matter for telling events apart. None when there is no such canonical event."""
    with Session(store.engine) as session:
        row = session.get(CanonicalEventRow, canonical_id)
        if row is None:
            return None
        data = canonical_dict(row)
        query = (
            select(CanonicalMemberRow, EventRow, ReportRow.doc_id, ReportRow.published)
            .join(EventRow, EventRow.id == CanonicalMemberRow.event_id)
            .join(ReportRow, ReportRow.id == CanonicalMemberRow.report_id)
            .where(CanonicalMemberRow.canonical_id == canonical_id)
            .order_by(EventRow.event_date, EventRow.event_id)
        )
        data["members"] = [
            {
                "event_id": event.event_id, "doc_id": doc_id, "report_id": member.report_id,
                "published": published.isoformat() if published else None, "source": event.source,
                "matched_by": member.matched_by, "match": member.match,
                "sub_event_type": event.sub_event_type,
                "event_date": event.event_date.isoformat() if event.event_date else None,
                "time_precision": event.time_precision, "actor1": event.actor1, "actor2": event.actor2,
                "location": event.location, "geo_precision": event.geo_precision,
                "fatalities": event.fatalities, "review_status": event.review_status,
            }
            for member, event, doc_id, published in session.execute(query)
        ]
        return data


def canonical_id_of(store, event_id: str) -> int | None:
    """The canonical event holding the record `event_id`, if dedupe has placed it."""
    query = (select(CanonicalMemberRow.canonical_id)
             .join(EventRow, EventRow.id == CanonicalMemberRow.event_id)
             .where(EventRow.event_id == event_id))
    with Session(store.engine) as session:
        return session.scalar(query)
