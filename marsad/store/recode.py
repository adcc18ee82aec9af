"""Machine re-coding of a stored report (`marsad ingest --recode`) that never loses a reviewer's work.

A re-coded report's events are matched to the stored ones by event_id (stable for the same report text):
- an event nobody reviewed takes the new coding (same row, so links to it hold), or goes if the new
  coding no longer finds it; new events are added;
- a reviewed event (confirmed, edited, rejected, merged, or with any audit entry) keeps every reviewed
  value. If the new coding differs from what the machine said when the reviewer saw it (the stored values
  with the reviewer's edits undone), an audit entry `recode` by user "marsad" records the difference,
  and the event reads `recoded_differs` until a reviewer looks at it again.

All of it happens in one write transaction that re-reads the events under lock (SQLite's write lock,
PostgreSQL's row locks), so a review saved meanwhile is either seen here or applied after, never lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from marsad.errors import NotFoundError
from marsad.types import EventRecord, Report

from . import convert
from .models import AuditRow, EventRow, EvidenceRow, ReportRow
from .review import EDITABLE_FIELDS

RECODE_USER = "marsad"
RECODE_ACTION = "recode"
GONE = "no longer found by the machine coding"
# Columns the coding writes; review state, links and the row's identity stay as they are.
_KEPT_COLUMNS = {"id", "event_id", "report_id", "review_status", "canonical_id"}


@dataclass
class RecodeOutcome:
    """What re-coding one report did; `flagged` lists reviewed events whose new coding differs."""

    report_id: int
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    kept: int = 0  # reviewed events, values kept
    flagged: list[str] = field(default_factory=list)


class RecodeStoreMixin:
    """Mixed into Store; relies on its `_read()`, `_write()` and `_insert_places()`."""

    if TYPE_CHECKING:

        def _read(self) -> Session: ...
        def _write(self) -> Session: ...
        def _insert_places(self, session: Session, events: Sequence[EventRecord]) -> None: ...

    def stored_report(self, content_hash: str) -> Report | None:
        """The stored report with this content, as the pipeline reads it (its stored doc_id, so re-coding
        gives the same event ids), or None."""
        with self._read() as session:
            row = session.scalar(select(ReportRow).where(ReportRow.content_hash == content_hash))
            if row is None:
                return None
            return Report(doc_id=row.doc_id, text=row.text, title=row.title, published=row.published,
                          source=row.source, url=row.url, dateline_place=row.dateline_place,
                          dateline_source=row.dateline_source, origin=row.origin)

    def recode_report(self, report: Report, events: Sequence[EventRecord]) -> RecodeOutcome:
        """Replace the machine coding of a stored report with `events`, keeping every reviewed value."""
        now = datetime.now(UTC)
        with self._write() as session, session.begin():
            report_id = session.scalar(select(ReportRow.id).where(ReportRow.content_hash == report.content_hash))
            if report_id is None:
                raise NotFoundError(f"report {report.doc_id!r} is not stored; ingest it without --recode")
            stored = {
                row.event_id: row
                for row in session.scalars(
                    select(EventRow).where(EventRow.report_id == report_id).order_by(EventRow.id).with_for_update()
                )
            }
            audits = _audits(session, [row.id for row in stored.values()])
            outcome = RecodeOutcome(report_id)
            self._insert_places(session, events)
            fresh = {record.event_id: record for record in events}
            for event_id, record in fresh.items():
                row = stored.get(event_id)
                if row is None:
                    session.add(convert.event_row(record, report_id))
                    outcome.added += 1
                elif _reviewed(row, audits.get(row.id, [])):
                    outcome.kept += 1
                    new = _machine_values(convert.event_row(record, report_id))
                    if _flag(session, row, audits.get(row.id, []), new, now):
                        outcome.flagged.append(event_id)
                elif _replace(row, convert.event_row(record, report_id)):
                    outcome.updated += 1
                else:
                    outcome.unchanged += 1
            for event_id, row in stored.items():
                if event_id in fresh:
                    continue
                trail = audits.get(row.id, [])
                if not _reviewed(row, trail):
                    session.delete(row)
                    outcome.removed += 1
                elif not _made_by_review(trail):
                    outcome.kept += 1
                    if _flag(session, row, trail, {"recoded": GONE}, now):
                        outcome.flagged.append(event_id)
            session.flush()
            return outcome


def recoded_differs(session: Session, event_row_id: int) -> bool:
    """Whether the machine coding disagreed with this event since a person last reviewed it."""
    trail = _audits(session, [event_row_id]).get(event_row_id, [])
    return bool(trail) and trail[-1].action == RECODE_ACTION


def _audits(session: Session, row_ids: list[int]) -> dict[int, list[AuditRow]]:
    trails: dict[int, list[AuditRow]] = {}
    for start in range(0, len(row_ids), 500):
        query = select(AuditRow).where(AuditRow.event_id.in_(row_ids[start:start + 500])).order_by(AuditRow.id)
        for audit in session.scalars(query):
            trails.setdefault(audit.event_id, []).append(audit)
    return trails


def _reviewed(row: EventRow, trail: list[AuditRow]) -> bool:
    # An event merged *into* keeps its status but has a trail: a person chose it, so it is reviewed too.
    return row.review_status != "unreviewed" or any(a.action != RECODE_ACTION for a in trail)


def _made_by_review(trail: list[AuditRow]) -> bool:
    """A split's copy: a reviewer made it, the machine never codes it, so its absence is no news."""
    return any(a.action == "split" and "split_from" in (a.before or {}) for a in trail)


def _machine_values(row: EventRow) -> dict[str, Any]:
    return {name: _jsonable(getattr(row, name)) for name in EDITABLE_FIELDS}


def _seen_by_reviewer(row: EventRow, trail: list[AuditRow]) -> dict[str, Any]:
    """The machine's values when the reviewer saw them: the stored values with review edits undone."""
    values = _machine_values(row)
    for audit in reversed(trail):
        if audit.action == RECODE_ACTION:
            continue
        for name, before in (audit.before or {}).items():
            if name in values:
                values[name] = before
    return values


def _flag(session: Session, row: EventRow, trail: list[AuditRow], new: dict[str, Any], now: datetime) -> bool:
    """Add a `recode` audit entry when the new coding differs; once per difference (re-runs add nothing)."""
    if "recoded" in new:
        before: dict[str, Any] = {}
        after = new
    else:
        seen = _seen_by_reviewer(row, trail)
        changed = sorted(name for name in EDITABLE_FIELDS if seen[name] != new[name])
        if not changed:
            return False
        before = {name: seen[name] for name in changed}
        after = {name: new[name] for name in changed}
    last = next((a for a in reversed(trail) if a.action == RECODE_ACTION), None)
    if last is not None and last.after == after:
        return False  # this very difference is flagged already
    session.add(AuditRow(event_id=row.id, user_name=RECODE_USER, action=RECODE_ACTION, at=now, before=before,
                         after=after, note="machine re-coding differs; the reviewed values are kept"))
    return True


def _replace(row: EventRow, new: EventRow) -> bool:
    """Give an unreviewed row the new coding's values and evidence; False if nothing changed."""
    columns = [c.key for c in EventRow.__table__.columns if c.key not in _KEPT_COLUMNS]
    spans = [(s.field, s.position, s.start, s.end, s.text) for s in new.evidence]
    if all(getattr(row, c) == getattr(new, c) for c in columns) and spans == [
        (s.field, s.position, s.start, s.end, s.text) for s in row.evidence
    ]:
        return False
    for column in columns:
        setattr(row, column, getattr(new, column))
    # copies: moving `new`'s own spans would drag the unsaved `new` row into the session with them
    row.evidence = [EvidenceRow(field=s.field, position=s.position, start=s.start, end=s.end, text=s.text)
                    for s in new.evidence]
    return True


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
