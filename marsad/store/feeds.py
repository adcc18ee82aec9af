"""RSS/Atom feeds the web app polls (revision 0003). Their entries are stored as ordinary reports."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from marsad.errors import InputError, NotFoundError

from .models import FeedRow

MIN_INTERVAL_SECONDS = 60
MAX_INTERVAL_SECONDS = 7 * 24 * 3600


class FeedStoreMixin:
    """Mixed into Store; relies on its `_read()` and `_write()` sessions."""

    if TYPE_CHECKING:

        def _read(self) -> Session: ...
        def _write(self) -> Session: ...

    def add_feed(self, url: str, interval_seconds: int, created_by: str) -> dict[str, Any]:
        if not MIN_INTERVAL_SECONDS <= interval_seconds <= MAX_INTERVAL_SECONDS:
            raise InputError(
                f"feed interval {interval_seconds} s is out of range; use "
                f"{MIN_INTERVAL_SECONDS} to {MAX_INTERVAL_SECONDS} seconds"
            )
        try:
            with self._write() as session, session.begin():
                row = FeedRow(url=url, interval_seconds=interval_seconds, created_by=created_by,
                              created_at=datetime.now(UTC), reports_added=0)
                session.add(row)
                session.flush()
                return feed_dict(row)
        except IntegrityError as exc:
            raise InputError(f"feed {url!r} is already registered; delete it first to change it") from exc

    def list_feeds(self) -> list[dict[str, Any]]:
        with self._read() as session:
            return [feed_dict(row) for row in session.scalars(select(FeedRow).order_by(FeedRow.id))]

    def get_feed(self, feed_id: int) -> dict[str, Any] | None:
        with self._read() as session:
            row = session.get(FeedRow, feed_id)
            return None if row is None else feed_dict(row)

    def remove_feed(self, feed_id: int) -> None:
        with self._write() as session, session.begin():
            if not session.execute(delete(FeedRow).where(FeedRow.id == feed_id)).rowcount:
                raise NotFoundError(f"no feed {feed_id}; GET /api/feeds lists them")

    def record_feed_poll(
        self, feed_id: int, *, status: str, error: str | None = None, job_id: str | None = None,
        reports_added: int = 0, at: datetime | None = None,
    ) -> None:
        """Remember a poll's outcome; a feed deleted meanwhile is silently skipped."""
        with self._write() as session, session.begin():
            row = session.get(FeedRow, feed_id)
            if row is None:
                return
            row.last_polled_at = at or datetime.now(UTC)
            row.last_status = status
            row.last_error = error
            if job_id is not None:
                row.last_job_id = job_id
            row.reports_added = (row.reports_added or 0) + reports_added


def feed_dict(row: FeedRow) -> dict[str, Any]:
    polled = row.last_polled_at
    if polled is not None and polled.tzinfo is None:  # SQLite gives back naive datetimes
        polled = polled.replace(tzinfo=UTC)
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return {
        "id": row.id,
        "url": row.url,
        "interval_seconds": row.interval_seconds,
        "created_by": row.created_by,
        "created_at": created.isoformat(),
        "last_polled_at": None if polled is None else polled.isoformat(),
        "last_status": row.last_status,
        "last_error": row.last_error,
        "last_job_id": row.last_job_id,
        "reports_added": row.reports_added or 0,
    }
