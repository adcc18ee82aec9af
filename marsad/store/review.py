"""The web's part of the Store: filtered event pages, report and place look-ups, and review changes
(confirm, edit, reject, merge, split) each written with an audit row (who, when, before, after)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from marsad.errors import InputError, NotFoundError, StoreError

from . import convert
from .filters import WEB_SORTS, EventFilter
from .models import AuditRow, EventRow, EvidenceRow, PlaceRow, ReportRow

REVIEW_ACTIONS = ("confirm", "edit", "reject", "merge", "split")
# Fields a coder may correct; the rest (ids, evidence, search keys) follow from these or stay as read.
EDITABLE_FIELDS = (
    "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "inter1", "inter2", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "geonameid", "fatalities", "source", "source_attribution", "notes",
)
_STATUS_AFTER = {"confirm": "confirmed", "edit": "edited", "reject": "rejected"}


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


class ReviewStoreMixin:
    """Mixed into Store; relies on its `_read()` and `_write()` sessions."""

    if TYPE_CHECKING:

        def _read(self) -> Session: ...
        def _write(self) -> Session: ...
        def _graph_filtered(self, query: Select, backed_by: str | None, admin1: str | None) -> Select: ...

    def _select(self, filters: EventFilter, query: Select) -> Select:
        query = filters.apply(query)
        return self._graph_filtered(query, filters.backed_by, None) if filters.backed_by else query

    # Reading --------------------------------------------------------------------------------

    def search_events(
        self, filters: EventFilter, *, limit: int | None = 100, offset: int = 0, sort: str = "-event_date"
    ) -> list[dict[str, Any]]:
        """A page of events matching `filters`: contract dicts plus `review_status` and `canonical_id`."""
        if sort not in WEB_SORTS:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(WEB_SORTS)}")
        query = self._select(filters, select(EventRow)).order_by(*WEB_SORTS[sort]).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as session:
            rows = session.scalars(query.options(selectinload(EventRow.evidence)))
            return [_with_review(row) for row in rows]

    def count_matching(self, filters: EventFilter) -> int:
        with self._read() as session:
            return session.scalar(self._select(filters, select(func.count(EventRow.id)))) or 0

    def iter_matching(self, filters: EventFilter, batch_size: int = 500) -> Iterator[dict[str, Any]]:
        """Every matching event in storage order, in batches (exports of a whole selection)."""
        last_id = 0
        while True:
            query = (
                self._select(filters, select(EventRow))
                .where(EventRow.id > last_id)
                .order_by(EventRow.id)
                .limit(batch_size)
                .options(selectinload(EventRow.evidence))
            )
            with self._read() as session:
                rows = list(session.scalars(query))
                batch = [_with_review(row) for row in rows]
            if not rows:
                return
            last_id = rows[-1].id
            yield from batch

    def list_reports(self, *, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        """Newest first: each report's fields (text cut to 300 characters) and how many events it gave."""
        counts = (
            select(EventRow.report_id, func.count(EventRow.id).label("n"))
            .group_by(EventRow.report_id)
            .subquery()
        )
        query = (
            select(ReportRow, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.report_id == ReportRow.id)
            .order_by(ReportRow.id.desc())
            .limit(limit)
            .offset(offset)
        )
        with self._read() as session:
            reports = []
            for row, n_events in session.execute(query):
                data = convert.report_dict(row)
                data["text"] = data["text"][:300]
                data["event_count"] = n_events
                reports.append(data)
            return reports

    def get_place(self, geonameid: str) -> dict[str, Any] | None:
        """A stored place and how many events are tied to it."""
        with self._read() as session:
            row = session.get(PlaceRow, geonameid)
            if row is None:
                return None
            n_events = session.scalar(select(func.count(EventRow.id)).where(EventRow.geonameid == geonameid))
            return {
                "geonameid": row.geonameid, "name": row.name, "latitude": row.latitude,
                "longitude": row.longitude, "country": row.country, "admin1": row.admin1,
                "admin2": row.admin2, "admin3": row.admin3, "feature_code": row.feature_code,
                "event_count": n_events or 0,
            }

    def event_audit(self, event_id: str) -> list[dict[str, Any]]:
        """The event's audit trail, oldest first."""
        with self._read() as session:
            query = (
                select(AuditRow)
                .join(EventRow, EventRow.id == AuditRow.event_id)
                .where(EventRow.event_id == event_id)
                .order_by(AuditRow.id)
            )
            return [
                {"user": a.user_name, "action": a.action, "at": a.at.isoformat(), "before": a.before,
                 "after": a.after, "note": a.note}
                for a in session.scalars(query)
            ]

    # Review changes ---------------------------------------------------------------------------

    def review_event(
        self,
        event_id: str,
        action: str,
        user: str,
        *,
        fields: dict[str, Any] | None = None,
        other: str | None = None,
        note: str | None = None,
    ) -> str:
        """Apply one review action and write its audit rows; returns the event id the caller should show
        (the new event for a split). `fields` edits (edit) or overrides the copy (split); `other` is the
        event merged into this one (merge)."""
        if action not in REVIEW_ACTIONS:
            raise InputError(f"unknown review action {action!r}; use one of {', '.join(REVIEW_ACTIONS)}")
        unknown = sorted(set(fields or {}) - set(EDITABLE_FIELDS))
        if unknown:
            raise InputError(f"fields {unknown} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
        now = datetime.now(UTC)
        with self._write() as session, session.begin():
            row = _event_row(session, event_id)
            if action in _STATUS_AFTER:
                before, after = _apply(row, fields if action == "edit" else {})
                before["review_status"], after["review_status"] = row.review_status, _STATUS_AFTER[action]
                row.review_status = _STATUS_AFTER[action]
                session.add(AuditRow(event_id=row.id, user_name=user, action=action, at=now,
                                     before=before, after=after, note=note))
                return event_id
            if action == "merge":
                return _merge(session, row, other, user, now, note)
            return _split(session, row, fields or {}, user, now, note)


def _with_review(row: EventRow) -> dict[str, Any]:
    data = convert.event_dict(row)
    data["review_status"] = row.review_status
    data["canonical_id"] = row.canonical_id
    return data


def _event_row(session: Session, event_id: str) -> EventRow:
    row = session.scalar(select(EventRow).where(EventRow.event_id == event_id))
    if row is None:
        raise NotFoundError(f"no event with id {event_id!r}; GET /api/events lists the stored events")
    return row


def _apply(row: EventRow, fields: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Set the changed fields on the row; (before, after) hold only what really changed."""
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "event_date" and isinstance(value, str):
            value = date.fromisoformat(value)
        if name in ("assoc_actor_1", "assoc_actor_2"):
            value = list(value or [])
        if value is None and not EventRow.__table__.columns[name].nullable:
            raise InputError(f"{name} cannot be empty")
        if getattr(row, name) == value:
            continue
        before[name], after[name] = _jsonable(getattr(row, name)), _jsonable(value)
        setattr(row, name, value)
    row.actor_search = convert.search_key(row.actor1, row.actor2, *row.assoc_actor_1, *row.assoc_actor_2)
    row.place_search = convert.search_key(row.location, row.admin1, row.admin2)
    return before, after


def _merge(session: Session, row: EventRow, other: str | None, user: str, now: datetime,
           note: str | None) -> str:
    if not other:
        raise InputError("merge needs `other`: the event_id of the duplicate to merge into this event")
    duplicate = _event_row(session, other)
    if duplicate.id == row.id:
        raise InputError(f"cannot merge event {row.event_id!r} with itself")
    before = {"review_status": duplicate.review_status, "canonical_id": duplicate.canonical_id}
    duplicate.canonical_id = row.id
    duplicate.review_status = "merged"
    session.add(AuditRow(event_id=duplicate.id, user_name=user, action="merge", at=now, before=before,
                         after={"review_status": "merged", "canonical_id": row.id,
                                "merged_into": row.event_id}, note=note))
    session.add(AuditRow(event_id=row.id, user_name=user, action="merge", at=now, before={},
                         after={"merged_from": duplicate.event_id}, note=note))
    return row.event_id


def _split(session: Session, row: EventRow, fields: dict[str, Any], user: str, now: datetime,
           note: str | None) -> str:
    """A copy of the event (same report, same evidence) with `fields` changed: one report, two events."""
    n = 1
    while session.scalar(select(EventRow.id).where(EventRow.event_id == f"{row.event_id}-split{n}")):
        n += 1
    copied = [c.key for c in EventRow.__table__.columns if c.key not in ("id", "event_id")]
    columns = {key: getattr(row, key) for key in copied}
    copy = EventRow(**columns, event_id=f"{row.event_id}-split{n}")
    copy.review_status, copy.canonical_id = "edited", None
    for span in row.evidence:
        copy.evidence.append(EvidenceRow(field=span.field, position=span.position, start=span.start,
                                         end=span.end, text=span.text))
    session.add(copy)
    session.flush()
    _before, after = _apply(copy, fields)
    session.add(AuditRow(event_id=copy.id, user_name=user, action="split", at=now,
                         before={"split_from": row.event_id}, after=after, note=note))
    session.add(AuditRow(event_id=row.id, user_name=user, action="split", at=now, before={},
                         after={"split_into": copy.event_id}, note=note))
    return copy.event_id
