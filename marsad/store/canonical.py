"""One row per real event: the records `marsad dedupe` linked into a canonical event are listed once, by
their anchor record, which carries how many reports told the event and who published them.

A record stands for its canonical event unless it is a non-anchor member whose anchor is itself shown:
so with --public, where an unreviewed anchor is hidden, a reviewed member still stands for the event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, select
from sqlalchemy.orm import aliased

from .models import EventRow

if TYPE_CHECKING:
    from .store import Store


def hidden_as_duplicate(published_statuses: Sequence[str] | None) -> ColumnElement[bool]:
    """True for a record another record of its canonical event stands for (see the module notes)."""
    from marsad.dedupe.models import MATCHED_ANCHOR, CanonicalMemberRow

    member = aliased(CanonicalMemberRow)
    anchor = aliased(CanonicalMemberRow)
    anchor_event = aliased(EventRow)
    shown_anchor = and_(anchor.canonical_id == member.canonical_id, anchor.matched_by == MATCHED_ANCHOR,
                        anchor_event.id == anchor.event_id)
    if published_statuses is not None:
        shown_anchor = and_(shown_anchor, anchor_event.review_status.in_(published_statuses))
    return exists(
        select(member.event_id)
        .join(anchor, shown_anchor)
        .join(anchor_event, anchor_event.id == anchor.event_id)
        .where(member.event_id == EventRow.id, member.matched_by != MATCHED_ANCHOR)
    )


def with_report_counts(store: Store, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`events` (dicts with event_id) each given `canonical_event` (the canonical event's id, or None),
    `report_count` and `sources` (publishers of its reports): what the table's "N reports" shows."""
    from marsad.dedupe.models import CanonicalEventRow, CanonicalMemberRow

    ids = [event["event_id"] for event in events]
    found: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        query = (select(EventRow.event_id, CanonicalEventRow.id, CanonicalEventRow.report_count,
                        CanonicalEventRow.sources)
                 .join(CanonicalMemberRow, CanonicalMemberRow.event_id == EventRow.id)
                 .join(CanonicalEventRow, CanonicalEventRow.id == CanonicalMemberRow.canonical_id)
                 .where(EventRow.event_id.in_(ids[start:start + 500])))
        with store._read() as session:
            found.update((row[0], row[1:]) for row in session.connection().execute(query))
    for event in events:
        canonical_id, report_count, sources = found.get(event["event_id"], (None, 1, None))
        event["canonical_event"] = canonical_id
        event["report_count"] = report_count
        event["sources"] = sources if sources else [event["source"]] if event.get("source") else []
    return events
