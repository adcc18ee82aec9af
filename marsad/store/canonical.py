"""One row per real event: the records `marsad dedupe` linked into a canonical event are listed once, by
their anchor record, which carries how many reports told the event and who published them.

A record stands for its canonical event unless it is a non-anchor member whose anchor is itself shown:
so with --public, where an unreviewed anchor is hidden, a reviewed member still stands for the event."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import aliased

from .models import EventRow

if TYPE_CHECKING:
    from .store import Store


@lru_cache(maxsize=4)  # one clause object per case: SQLAlchemy's statement cache then recognises it
def hidden_as_duplicate(published_statuses: tuple[str, ...] | None) -> ColumnElement[bool]:
    """True for a record another record of its canonical event stands for (see the module notes).

    An uncorrelated IN: the database builds the set of such records once per query, where a correlated
    EXISTS was a look-up per row and doubled the cost of counting a large selection."""
    from marsad.dedupe.models import MATCHED_ANCHOR, CanonicalMemberRow

    member = aliased(CanonicalMemberRow)
    duplicates = select(member.event_id).where(member.matched_by != MATCHED_ANCHOR)
    if published_statuses is not None:  # every anchor is listed otherwise (dedupe leaves rejected records out)
        anchor = aliased(CanonicalMemberRow)
        anchor_event = aliased(EventRow)
        duplicates = (duplicates
                      .join(anchor, and_(anchor.canonical_id == member.canonical_id,
                                         anchor.matched_by == MATCHED_ANCHOR))
                      .join(anchor_event, anchor_event.id == anchor.event_id)
                      .where(anchor_event.review_status.in_(published_statuses)))
    return EventRow.id.in_(duplicates)


def any_canonical(store: Store) -> bool:
    """Has `marsad dedupe` placed any record? (Before it has, every record is its own event.)"""
    from marsad.dedupe.models import CanonicalMemberRow

    with store._read() as session:
        return session.connection().execute(select(CanonicalMemberRow.event_id).limit(1)).first() is not None


def with_report_counts(store: Store, events: list[dict[str, Any]], deduped: bool = True) -> list[dict[str, Any]]:
    """`events` (dicts with event_id) each given `canonical_event` (the canonical event's id, or None),
    `report_count` and `sources` (publishers of its reports): what the table's "N reports" shows.
    `deduped` False (any_canonical said so): nothing to look up, each record is one report."""
    from marsad.dedupe.models import CanonicalEventRow, CanonicalMemberRow

    ids = [event["event_id"] for event in events] if deduped else []
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
