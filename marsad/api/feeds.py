"""Polling registered RSS/Atom feeds on a schedule, on one background thread of the app.

The poller only decides *when*: each due feed becomes an ordinary job on the JobRunner (the same path
as POST /api/reports), read with `marsad.ingest.read_reports([url])`. Entries already stored are
skipped by their content hash, so polling a feed twice stores nothing twice.

Every worker process of `marsad serve --workers N` runs a poller; a due feed is polled by one of them
only: each claims it first with one UPDATE that moves `last_polled_at` to now only where it is still
due, and only the process whose UPDATE changed the row queues the job.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import or_, update

from marsad.store import Store
from marsad.store.models import FeedRow

from .jobs import Job, JobRunner, Submission

log = logging.getLogger(__name__)
DEFAULT_TICK_SECONDS = 15.0


class FeedPoller:
    def __init__(self, store: Store, jobs: JobRunner, tick_seconds: float = DEFAULT_TICK_SECONDS) -> None:
        self.store = store
        self.jobs = jobs
        self.tick_seconds = tick_seconds
        self._in_flight: set[int] = set()  # feeds queued or being read: never queued twice
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._stop.clear()  # started again after a stop (the app's lifespan run again)
            self._thread = threading.Thread(target=self._loop, name="marsad-feeds", daemon=True)
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_due()
            except Exception:  # noqa: BLE001 - the schedule must survive a store hiccup
                log.exception("feed poll failed")
            self._stop.wait(self.tick_seconds)

    def poll_due(self, now: datetime | None = None) -> list[Job]:
        """Queue a job for every feed whose interval has passed since its last poll (or never polled)."""
        now = now or datetime.now(UTC)
        return [self.poll(feed, at=now) for feed in self.store.list_feeds() if _is_due(feed, now)
                if feed["id"] not in self._in_flight and self._claim(feed, now)]

    def _claim(self, feed: dict[str, Any], now: datetime) -> bool:
        """Whether this process won the feed's poll: the UPDATE changes the row in one process only."""
        due_before = now - timedelta(seconds=feed["interval_seconds"])
        claim = (update(FeedRow)
                 .where(FeedRow.id == feed["id"],
                        or_(FeedRow.last_polled_at.is_(None), FeedRow.last_polled_at <= due_before))
                 .values(last_polled_at=now, last_status="queued"))
        with self.store._write() as session, session.begin():  # noqa: SLF001 - SQLite: BEGIN IMMEDIATE
            return session.execute(claim).rowcount == 1

    def poll(self, feed: dict[str, Any], user: str = "feed-poller", at: datetime | None = None) -> Job:
        """Queue one feed now (also when it is not due): the answer is the job to follow."""
        feed_id = feed["id"]
        with self._lock:
            self._in_flight.add(feed_id)
        submission = Submission(kind="feed", url=feed["url"], allow_private=self.jobs.allow_private_feeds)
        job = self.jobs.submit(submission, user, on_done=lambda done: self._record(feed_id, done))
        self.store.record_feed_poll(feed_id, status="queued", job_id=job.id, at=at)
        return job

    def _record(self, feed_id: int, job: Job) -> None:
        try:
            added = sum(1 for report in job.reports if report["added"])
            error = job.error or ("; ".join(job.skipped[:3]) if job.skipped else None)
            # Nothing read and something refused: the feed itself failed (unreachable, not a feed).
            failed = job.status != "done" or (job.skipped and not job.reports)
            status = "error" if failed else "ok"
            self.store.record_feed_poll(feed_id, status=status, error=error, reports_added=added)
        finally:
            with self._lock:
                self._in_flight.discard(feed_id)


def _is_due(feed: dict[str, Any], now: datetime) -> bool:
    if feed["last_polled_at"] is None:
        return True
    last = datetime.fromisoformat(feed["last_polled_at"])
    return now - last >= timedelta(seconds=feed["interval_seconds"])
