"""The web's part of the Store: filtered event pages, report and place look-ups, and review changes
(confirm, edit, reject, merge, split) each written with an audit row (who, when, before, after)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, String, func, select, type_coerce
from sqlalchemy.orm import Session

from marsad.errors import InputError, NotFoundError, StoreError

from . import convert
from .convert import EVENT_FIELDS
from .edits import EditContext, consistent_edit, place_row
from .filters import PUBLISHED_STATUSES, WEB_SORTS, EventFilter
from .models import AuditRow, EventRow, EvidenceRow, PlaceRow, ReportRow
from .search import report_text_match

if TYPE_CHECKING:
    from marsad.actors.base import ActorBase
    from marsad.places.gazetteer import Gazetteer

REVIEW_ACTIONS = ("confirm", "edit", "reject", "merge", "split")
# Fields a coder may correct; the rest (ids, evidence, search keys) follow from these or stay as read.
EDITABLE_FIELDS = (
    "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "inter1", "inter2", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "geonameid", "fatalities", "source", "source_attribution", "notes",
    "origin_location", "origin_latitude", "origin_longitude",
)
_STATUS_AFTER = {"confirm": "confirmed", "edit": "edited", "reject": "rejected"}


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


class ReviewStoreMixin:
    """Mixed into Store; relies on its `_read()` and `_write()` sessions."""

    if TYPE_CHECKING:

        def list_actors(self) -> list[Any]: ...
        def _read(self) -> Session: ...
        def _write(self) -> Session: ...

    def _select(self, filters: EventFilter, query: Select) -> Select:
        return filters.apply(query)  # backed_by too, once resolved (marsad.query.resolve_filter)

    # Reading --------------------------------------------------------------------------------

    def search_events(
        self, filters: EventFilter, *, limit: int | None = 100, offset: int = 0, sort: str = "-event_date"
    ) -> list[dict[str, Any]]:
        """A page of events matching `filters`: contract dicts plus `review_status` and `canonical_id`."""
        if sort not in WEB_SORTS:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(WEB_SORTS)}")
        query = self._select(filters, _LIST_SELECT).order_by(*WEB_SORTS[sort]).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self._read() as session:
            return _event_dicts(session, session.connection().execute(query).all())

    def count_matching(self, filters: EventFilter) -> int:
        with self._read() as session:
            return session.scalar(self._select(filters, select(func.count(EventRow.id)))) or 0

    def iter_matching(self, filters: EventFilter, batch_size: int = 1000) -> Iterator[dict[str, Any]]:
        """Every matching event in storage order, in batches (exports of a whole selection)."""
        last_id = 0
        while True:
            query = (
                self._select(filters, _LIST_SELECT)
                .where(EventRow.id > last_id)
                .order_by(EventRow.id)
                .limit(batch_size)
            )
            with self._read() as session:
                rows = session.connection().execute(query).all()
                batch = _event_dicts(session, rows)
            if not rows:
                return
            last_id = rows[-1].id
            yield from batch

    def list_reports(self, *, limit: int = 50, offset: int = 0, published_only: bool = False,
                     text: str | None = None) -> list[dict[str, Any]]:
        """Newest first: each report's fields (text cut to 300 characters) and how many events it gave.
        `published_only`: only reports with a published event (PUBLISHED_STATUSES), counting only those.
        `text`: only reports whose text answers it (search.report_text_match: PostgreSQL's full-text
        search, ranked; on SQLite every word), best first."""
        counted = select(EventRow.report_id, func.count(EventRow.id).label("n"))
        if published_only:
            counted = counted.where(EventRow.review_status.in_(PUBLISHED_STATUSES))
        counts = counted.group_by(EventRow.report_id).subquery()
        order = [ReportRow.id.desc()]
        query = select(ReportRow, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.report_id == ReportRow.id)
        if text is not None:
            where, order = report_text_match(self.engine.dialect.name, text)
            query = query.where(where)
        query = query.order_by(*order).limit(limit).offset(offset)
        if published_only:
            query = query.where(counts.c.n > 0)
        with self._read() as session:
            reports = []
            for row, n_events in session.execute(query):
                data = convert.report_dict(row)
                data["text"] = data["text"][:300]
                data["event_count"] = n_events
                reports.append(data)
            return reports

    def published_event_ids(self, report_id: int) -> set[str]:
        """The event_ids of the report's published events (PUBLISHED_STATUSES)."""
        with self._read() as session:
            return set(session.scalars(select(EventRow.event_id).where(
                EventRow.report_id == report_id, EventRow.review_status.in_(PUBLISHED_STATUSES))))

    def count_listed_reports(self, *, published_only: bool = False, text: str | None = None) -> int:
        """How many reports `list_reports` lists over all pages with the same arguments."""
        query = select(func.count(ReportRow.id))
        if published_only:
            query = query.where(ReportRow.id.in_(
                select(EventRow.report_id).where(EventRow.review_status.in_(PUBLISHED_STATUSES))))
        if text is not None:
            query = query.where(report_text_match(self.engine.dialect.name, text)[0])
        with self._read() as session:
            return session.scalar(query) or 0

    def count_published_reports(self) -> int:
        """Reports with at least one published event (what a --public server lists)."""
        with self._read() as session:
            published = select(EventRow.report_id).where(EventRow.review_status.in_(PUBLISHED_STATUSES))
            return session.scalar(select(func.count(func.distinct(published.subquery().c.report_id)))) or 0

    def get_place(self, geonameid: str, *, published_only: bool = False) -> dict[str, Any] | None:
        """A stored place and how many events are tied to it (`published_only`: published events)."""
        with self._read() as session:
            row = session.get(PlaceRow, geonameid)
            if row is None:
                return None
            counted = select(func.count(EventRow.id)).where(EventRow.geonameid == geonameid)
            if published_only:
                counted = counted.where(EventRow.review_status.in_(PUBLISHED_STATUSES))
            n_events = session.scalar(counted)
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
        gazetteer: Callable[[], Gazetteer] | None = None,
    ) -> str:
        """Apply one review action and write its audit rows; returns the event id the caller should show
        (the new event for a split). `fields` edits (edit) or overrides the copy (split), with what follows
        from them (store/edits.py; `gazetteer` gives the index to read places from, default the
        installed one); `other` is the event merged into this one (merge)."""
        if action not in REVIEW_ACTIONS:
            raise InputError(f"unknown review action {action!r}; use one of {', '.join(REVIEW_ACTIONS)}")
        unknown = sorted(set(fields or {}) - set(EDITABLE_FIELDS))
        if unknown:
            raise InputError(f"fields {unknown} cannot be edited; editable: {', '.join(EDITABLE_FIELDS)}")
        if action == "edit" and not fields:
            raise InputError("an edit needs `fields`: the corrections, e.g. {\"location\": \"Sarmada\"}")
        now = datetime.now(UTC)
        context = self._edit_context(gazetteer)
        with self._write() as session, session.begin():
            row = _event_row(session, event_id)
            if fields and action in ("edit", "split"):
                fields = consistent_edit(row, fields, context)
                for place in context.chosen.values():
                    if session.get(PlaceRow, place.geonameid) is None:
                        session.add(place_row(place))
                session.flush()
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


    def _edit_context(self, gazetteer: Callable[[], Gazetteer] | None) -> EditContext:
        def actor_base() -> ActorBase:
            from marsad.actors.base import ActorBase

            return ActorBase.load(extra=self.list_actors(), strict=False)

        return EditContext(actor_base, gazetteer)


def _with_review(row: EventRow) -> dict[str, Any]:
    data = convert.event_dict(row)
    data["review_status"] = row.review_status
    data["canonical_id"] = row.canonical_id
    return data


# Lists and exports read plain rows (SQLAlchemy Core), not ORM objects: building 1,000 EventRow objects
# with their evidence cost most of a map layer's time. The dicts are exactly `_with_review`'s.
_SPAN_FIELDS = ("evidence", "field_evidence")
# event_date and the actor lists as the driver gives them (SQLite: ISO text, a JSON array): parsing them
# into dates and lists only to write them out again cost a fifth of a page.
_RAW_COLUMNS = {"event_date", "assoc_actor_1", "assoc_actor_2"}
_LIST_COLUMNS = (
    EventRow.id,
    *(
        type_coerce(EventRow.__table__.c[name], String).label(name) if name in _RAW_COLUMNS
        else EventRow.__table__.c[name]
        for name in EVENT_FIELDS if name not in _SPAN_FIELDS
    ),
    EventRow.review_status,
    EventRow.canonical_id,
)
_LIST_SELECT = select(*_LIST_COLUMNS)  # built once: statements are immutable, each filter makes a new one
_IDS_PER_QUERY = 500  # under every backend's limit on bound parameters


def _event_dicts(session: Session, rows: list[Any]) -> list[dict[str, Any]]:
    spans: dict[int, list[Any]] = {}
    ids = [row.id for row in rows]
    for first in range(0, len(ids), _IDS_PER_QUERY):
        query = (
            select(EvidenceRow.event_id, EvidenceRow.field, EvidenceRow.start, EvidenceRow.end, EvidenceRow.text)
            .where(EvidenceRow.event_id.in_(ids[first:first + _IDS_PER_QUERY]))
            .order_by(EvidenceRow.event_id, EvidenceRow.position)
        )
        for span in session.connection().execute(query):
            spans.setdefault(span.event_id, []).append(span)
    return [_row_dict(row, spans.get(row.id, ())) for row in rows]


# Where the two span fields sit among the contract's fields, and where event_date and the lists sit.
_PLAIN_NAMES = tuple(name for name in EVENT_FIELDS if name not in _SPAN_FIELDS)
_SPAN_SLOTS = sorted((EVENT_FIELDS.index(name), name) for name in _SPAN_FIELDS)
_DATE_SLOT = EVENT_FIELDS.index("event_date")
_LIST_SLOTS = (EVENT_FIELDS.index("assoc_actor_1"), EVENT_FIELDS.index("assoc_actor_2"))
_ROW_KEYS = (*EVENT_FIELDS, "review_status", "canonical_id")


def _row_dict(row: Any, spans: Any) -> dict[str, Any]:
    # Positional, not by name: a row's mapping look-ups cost more than the rest of the dict together.
    values = list(row[1:])
    for slot, name in _SPAN_SLOTS:  # ascending, so each slot is already the final position
        if name == "evidence":
            values.insert(slot, [{"start": s.start, "end": s.end, "text": s.text} for s in spans if s.field is None])
        else:
            values.insert(slot, {s.field: {"start": s.start, "end": s.end, "text": s.text}
                                 for s in spans if s.field is not None})
    day = values[_DATE_SLOT]
    values[_DATE_SLOT] = day if isinstance(day, str) or day is None else day.isoformat()  # PostgreSQL: a date
    for slot in _LIST_SLOTS:
        names = values[slot]
        if isinstance(names, str):
            values[slot] = [] if names == "[]" else json.loads(names)
        else:  # PostgreSQL's driver decodes JSON itself
            values[slot] = list(names or [])
    return dict(zip(_ROW_KEYS, values, strict=True))


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
