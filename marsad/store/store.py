"""The Store: one interface over SQLite and PostgreSQL for reports, events and actors."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload

from marsad.errors import StoreError
from marsad.settings import get_settings
from marsad.types import EventRecord, Report

from . import convert, postgres
from .actors import ActorStoreMixin
from .engine import BUSY_TIMEOUT_MS, create_store_engine, is_busy, safe_url, upgrade, writer
from .feeds import FeedStoreMixin
from .filters import EventFilter
from .models import EventRow, PlaceRow, ReportRow
from .recode import RecodeStoreMixin, recoded_differs
from .review import ReviewStoreMixin
from .search import ReportSearchMixin
from .users import UserStoreMixin

SORTS = {
    "-event_date": (EventRow.event_date.desc().nulls_last(), EventRow.id.desc()),
    "event_date": (EventRow.event_date.asc().nulls_last(), EventRow.id.asc()),
    "-id": (EventRow.id.desc(),),
    "id": (EventRow.id.asc(),),
}
_ADD_ATTEMPTS = 4
_OPEN_ATTEMPTS = 3


def _back_off(attempt: int) -> None:
    """Wait before retrying a write another process got in the way of: 0.1, 0.2, 0.4 s... plus jitter, so
    two writers that collided do not collide again at the same instant."""
    time.sleep(0.1 * 2**attempt * (1 + random.random()))


class Store(ActorStoreMixin, ReviewStoreMixin, UserStoreMixin, FeedStoreMixin, ReportSearchMixin,
            RecodeStoreMixin):
    """Open with `Store.open(url)`; close with `close()` or use it as a context manager."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = writer(engine)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Connect to `url` (default: the MARSAD_DB setting) and bring its schema to the newest revision."""
        engine = create_store_engine(url or get_settings().db_url)
        try:
            for attempt in range(_OPEN_ATTEMPTS):
                try:
                    upgrade(engine)
                    break
                except StoreError as exc:  # another process was migrating or writing past the busy timeout
                    if attempt == _OPEN_ATTEMPTS - 1 or not is_busy(exc.__cause__ or exc):
                        raise
                    _back_off(attempt)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine)

    @property
    def url(self) -> str:
        return safe_url(str(self.engine.url))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _read(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def _write(self) -> Session:
        return Session(self._write_engine, expire_on_commit=False)

    # Reports and events -------------------------------------------------------------------

    def add_report(self, report: Report, events: Sequence[EventRecord]) -> tuple[int, bool]:
        """Store a report and its events in one transaction; (id, False) if its content is already stored."""
        content_hash = report.content_hash
        last_error: SQLAlchemyError | None = None
        for attempt in range(_ADD_ATTEMPTS):
            try:
                with self._write() as session, session.begin():
                    existing = session.scalar(
                        select(ReportRow.id).where(ReportRow.content_hash == content_hash)
                    )
                    if existing is not None:
                        return existing, False
                    report_id = self._insert_report(session, report, events)
                return report_id, True
            except IntegrityError as exc:
                # Another process stored the same report (or a shared place) between our check and insert.
                existing = self._report_id(content_hash)
                if existing is not None:
                    return existing, False
                last_error = exc
            except SQLAlchemyError as exc:
                if is_busy(exc):  # another process held SQLite's write lock past the busy timeout
                    last_error = exc
                    _back_off(attempt)
                    continue
                if not postgres.is_transient(exc):
                    raise StoreError(f"could not store report {report.doc_id!r} in {self.url}: {exc}") from exc
                last_error = exc  # PostgreSQL broke a lock cycle with another writer: try again
                _back_off(attempt)
        if last_error is not None and is_busy(last_error):
            raise StoreError(
                f"could not store report {report.doc_id!r}: {self.url} stayed locked by another writer for "
                f"{_ADD_ATTEMPTS} x {BUSY_TIMEOUT_MS // 1000} s; run the command again when it has finished "
                "(reports already stored are skipped)"
            ) from last_error
        raise StoreError(self._integrity_message(report, events, last_error)) from last_error

    def _integrity_message(
        self, report: Report, events: Sequence[EventRecord], error: SQLAlchemyError | None
    ) -> str:
        ids = [e.event_id for e in events]
        repeated = sorted({i for i in ids if ids.count(i) > 1})
        if repeated:
            return f"could not store report {report.doc_id!r}: its events repeat the event ids {repeated[:3]}"
        clashing = self._stored_event_ids(ids)
        if clashing:
            return (
                f"could not store report {report.doc_id!r}: event ids {clashing[:3]} already belong to "
                "another report; event ids must be unique across reports"
            )
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        return f"could not store report {report.doc_id!r}: {reason}"

    def add_reports(self, batch: Sequence[tuple[Report, Sequence[EventRecord]]]) -> list[tuple[int, bool]]:
        """Many reports in one transaction (bulk ingest); same answers as `add_report` for each, in order.

        If another process races us on one of them, the batch falls back to one transaction per report.
        """
        try:
            with self._write() as session, session.begin():
                hashes = [report.content_hash for report, _ in batch]
                stored = select(ReportRow.content_hash, ReportRow.id).where(
                    ReportRow.content_hash.in_(hashes)
                )
                known: dict[str, int] = {content_hash: id_ for content_hash, id_ in session.execute(stored)}
                results: list[tuple[int, bool]] = []
                for report, events in batch:
                    content_hash = report.content_hash
                    if content_hash in known:
                        results.append((known[content_hash], False))
                        continue
                    known[content_hash] = self._insert_report(session, report, events)
                    results.append((known[content_hash], True))
            return results
        except IntegrityError:
            return [self.add_report(report, events) for report, events in batch]
        except SQLAlchemyError as exc:
            if postgres.is_transient(exc) or is_busy(exc):  # another writer holds the lock: one by one instead
                return [self.add_report(report, events) for report, events in batch]
            raise StoreError(f"could not store a batch of {len(batch)} reports in {self.url}: {exc}") from exc

    def _insert_report(self, session: Session, report: Report, events: Sequence[EventRecord]) -> int:
        row = convert.report_row(report, datetime.now(UTC))
        session.add(row)
        session.flush()
        self._insert_places(session, events)
        for record in events:
            session.add(convert.event_row(record, row.id))
        session.flush()
        return row.id

    def _insert_places(self, session: Session, events: Sequence[EventRecord]) -> None:
        """The events' places that are not stored yet, so their events can point at them."""
        if session.get_bind().dialect.name == "postgresql":
            postgres.insert_places(session, events)  # sorted, ON CONFLICT DO NOTHING: concurrent writers
            return
        for record in events:
            place = convert.place_row(record)
            if place is not None and session.get(PlaceRow, place.geonameid) is None:
                session.add(place)
                session.flush()

    def _report_id(self, content_hash: str) -> int | None:
        with self._read() as session:
            return session.scalar(select(ReportRow.id).where(ReportRow.content_hash == content_hash))

    def _stored_event_ids(self, event_ids: list[str]) -> list[str]:
        with self._read() as session:
            return list(session.scalars(select(EventRow.event_id).where(EventRow.event_id.in_(event_ids))))

    def has_report(self, content_hash: str) -> bool:
        return self._report_id(content_hash) is not None

    def report_id(self, content_hash: str) -> int | None:
        """The id of the stored report with this content, if any."""
        return self._report_id(content_hash)

    def stored_hashes(self, content_hashes: Sequence[str]) -> set[str]:
        """Which of these content hashes are stored already (one query per 500; for bulk skipping)."""
        found: set[str] = set()
        with self._read() as session:
            for start in range(0, len(content_hashes), 500):
                chunk = list(content_hashes[start:start + 500])
                query = select(ReportRow.content_hash).where(ReportRow.content_hash.in_(chunk))
                found.update(session.scalars(query))
        return found

    def get_report(self, report_id: int) -> dict[str, Any] | None:
        """The report's fields and its events (contract dicts, in the order they were stored)."""
        with self._read() as session:
            row = session.get(ReportRow, report_id)
            if row is None:
                return None
            events = session.scalars(
                select(EventRow)
                .where(EventRow.report_id == report_id)
                .order_by(EventRow.id)
                .options(selectinload(EventRow.evidence))
            )
            data = convert.report_dict(row)
            data["events"] = [convert.event_dict(e) for e in events]
            return data

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        """The event's contract fields plus `report_id`, `review_status`, `canonical_id`, `recoded_differs`
        and its `report`."""
        with self._read() as session:
            row = session.scalar(
                select(EventRow)
                .where(EventRow.event_id == event_id)
                .options(selectinload(EventRow.evidence), selectinload(EventRow.report))
            )
            if row is None:
                return None
            data = convert.event_dict(row)
            data["report_id"] = row.report_id
            data["review_status"] = row.review_status
            data["canonical_id"] = row.canonical_id
            # a machine re-coding disagreed with the reviewed values since the last review (see recode.py)
            data["recoded_differs"] = recoded_differs(session, row.id)
            data["report"] = convert.report_dict(row.report)
            return data

    def query_events(
        self,
        filters: EventFilter | None = None,
        *,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        sort: str = "-event_date",
        admin1: str | None = None,
    ) -> list[dict[str, Any]]:
        """Events matching `filters` (or the filters given one by one), as contract dicts; `sort` is one of SORTS.

        Spellings and aliases (a place as analysts write it, an actor's alias, a patron) are resolved by
        `marsad.query.resolve_filter` before they come here; unresolved texts match as typed.
        """
        if sort not in SORTS:
            raise StoreError(f"unknown sort {sort!r}; use one of {', '.join(SORTS)}")
        if filters is None:
            filters = EventFilter(since=since, until=until, event_type=event_type, actor=actor, place=place,
                                  admin1=admin1)
        query = filters.apply(select(EventRow))
        query = query.order_by(*SORTS[sort]).offset(offset).options(selectinload(EventRow.evidence))
        if limit is not None:
            query = query.limit(limit)
        with self._read() as session:
            return [convert.event_dict(row) for row in session.scalars(query)]

    def place_names(self) -> dict[str, list[str]]:
        """The distinct location, admin1 and admin2 names of the stored events (for resolving spellings)."""
        with self._read() as session:
            return {
                level: sorted(name for name in session.scalars(select(column).distinct()) if name)
                for level, column in (("location", EventRow.location), ("admin1", EventRow.admin1),
                                      ("admin2", EventRow.admin2))
            }

    def iter_events(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        batch_size: int = 500,
    ) -> Iterator[dict[str, Any]]:
        """Every matching event in storage order, fetched in batches so memory stays flat on big stores."""
        last_id = 0
        while True:
            query = _filtered(select(EventRow), since, until, event_type, actor, place)
            query = (
                query.where(EventRow.id > last_id)
                .order_by(EventRow.id)
                .limit(batch_size)
                .options(selectinload(EventRow.evidence))
            )
            with self._read() as session:
                rows = list(session.scalars(query))
                batch = [convert.event_dict(row) for row in rows]
            if not rows:
                return
            last_id = rows[-1].id
            yield from batch

    def count_events(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        event_type: str | None = None,
        actor: str | None = None,
        place: str | None = None,
    ) -> int:
        query = _filtered(select(func.count(EventRow.id)), since, until, event_type, actor, place)
        with self._read() as session:
            return session.scalar(query) or 0

    def count_reports(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count(ReportRow.id))) or 0


def _filtered(
    query: Select,
    since: date | None,
    until: date | None,
    event_type: str | None,
    actor: str | None,
    place: str | None,
) -> Select:
    return EventFilter(since=since, until=until, event_type=event_type, actor=actor, place=place).apply(query)
