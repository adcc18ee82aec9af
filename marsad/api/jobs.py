"""Reports submitted over the API, processed one at a time on a background thread; status pollable.

The pipeline (spaCy plus the gazetteer) is loaded once, on the first job, by `pipeline_factory`;
tests hand in a small fake. A job runs on a thread of the process that accepted it; its status, progress
and result are rows in the database (jobstore.py), so any worker process answers GET /api/jobs/{id}.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import Any, Protocol

from marsad.errors import MarsadError, NotFoundError
from marsad.flow import ingest_reports
from marsad.store import Store
from marsad.types import EventRecord, Report

from .jobstore import JobTable

log = logging.getLogger(__name__)


class ReportProcessor(Protocol):
    def process(self, report: Report) -> list[EventRecord]: ...


def default_pipeline() -> ReportProcessor:
    from marsad.nlp.pipeline import Pipeline  # heavy: spaCy loads only when a report is submitted

    return Pipeline()


@dataclass
class Submission:
    kind: str  # text | url | file | feed
    text: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None
    filename: str | None = None
    # Fetch from loopback/private/link-local hosts too. Never for URLs users submit (SSRF); feeds only
    # where the server was started with allow_private_feeds.
    allow_private: bool = False


@dataclass
class Job:
    id: str
    kind: str
    submitted_by: str
    created_at: str
    status: str = "queued"
    progress: str = "waiting for the worker"
    reports: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    skipped: list[str] = field(default_factory=list)  # feed entries that could not be read

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "status": self.status, "progress": self.progress,
                "submitted_by": self.submitted_by, "created_at": self.created_at,
                "reports": list(self.reports), "error": self.error, "skipped": list(self.skipped)}


class JobRunner:
    def __init__(
        self,
        store: Store,
        pipeline_factory: Callable[[], ReportProcessor] = default_pipeline,
        *,
        allow_private_feeds: bool = False,
    ):
        self.store = store
        self.allow_private_feeds = allow_private_feeds
        self._factory = pipeline_factory
        self._pipeline: ReportProcessor | None = None
        self._table = JobTable(store)
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-jobs")
        self._stopped = False

    def submit(
        self, submission: Submission, user: str, on_done: Callable[[Job], None] | None = None
    ) -> Job:
        """Queue the submission; `on_done(job)` runs on the worker once it is done or failed."""
        job = Job(uuid.uuid4().hex[:16], submission.kind, user, datetime.now(UTC).isoformat())
        self._table.insert(job.as_dict())
        self._executor.submit(self._run_then, job, submission, on_done)
        return job

    def get(self, job_id: str) -> Job:
        """The job as last stored, whichever process runs it."""
        job = self._table.get(job_id)
        if job is None:
            raise NotFoundError(f"no job {job_id!r}; jobs are kept for 30 days after they are submitted")
        return Job(**job)

    def start(self) -> None:
        """Show the jobs that processes now gone left unfinished as failed (interrupted). After a shutdown
        (an ASGI server may run the app's lifespan again), a fresh worker thread takes new jobs."""
        with self._lock:
            if self._stopped:
                self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-jobs")
                self._stopped = False
        self._table.fail_interrupted()

    def shutdown(self) -> None:
        with self._lock:
            self._stopped = True
            self._executor.shutdown(wait=False, cancel_futures=True)
        try:
            self._table.fail_interrupted(own_too=True)
        except MarsadError:
            log.exception("could not mark this process's unfinished jobs as interrupted")

    def _set(self, job: Job, **changes: Any) -> None:
        """Change the job and store it (the progress shown to whoever polls, in any process)."""
        for name, value in changes.items():
            setattr(job, name, value)
        with self._lock:
            self._table.save(job.as_dict())

    def _run_then(self, job: Job, submission: Submission, on_done: Callable[[Job], None] | None) -> None:
        self._run(job, submission)
        if on_done is not None:
            try:
                on_done(job)
            except Exception:  # noqa: BLE001 - a callback failing must not kill the worker
                log.exception("after job %s", job.id)

    def _run(self, job: Job, submission: Submission) -> None:
        try:
            self._set(job, status="running",
                      progress="reading the feed" if submission.kind == "feed" else "reading the report")
            reports = _reports_of(submission, job)
            if self._pipeline is None:
                self._set(job, progress="loading the language model (first report only)")
                self._pipeline = self._factory()
            for n, report in enumerate(reports, 1):  # one at a time: a worker dying keeps what it stored listed
                self._set(job, progress=f"extracting events from report {n} of {len(reports)}")
                outcome = ingest_reports([report], self.store, self._pipeline)  # the one ingest path
                self._set(job, reports=job.reports + [stored.as_dict() for stored in outcome.stored])
            self._finish(job, status="done", progress=f"{len(reports)} report(s) stored")
        except MarsadError as exc:
            self._finish(job, status="failed", progress="failed", error=str(exc))
        except Exception as exc:  # noqa: BLE001 - a worker thread must report, not die silently
            log.exception("job %s failed", job.id)
            self._finish(job, status="failed", progress="failed", error=f"internal error: {exc}")

    def _finish(self, job: Job, **changes: Any) -> None:
        try:
            self._set(job, **changes)
        except Exception:  # noqa: BLE001 - the store failing here: keep the outcome in memory for on_done
            log.exception("could not store the outcome of job %s", job.id)
            for name, value in changes.items():
                setattr(job, name, value)


def _reports_of(submission: Submission, job: Job) -> list[Report]:
    from marsad.ingest import fetch_url, read_reports, read_text

    if submission.kind == "url" and submission.url:
        return fetch_url(submission.url, allow_private=False)  # a user's URL: never this server's network
    if submission.kind == "feed" and submission.url:
        # One bad entry must not lose the others: it is noted on the job and the rest is read.
        def skip(origin: str, reason: str) -> None:
            job.skipped.append(f"{origin}: {reason}")

        return list(read_reports([submission.url], on_error=skip, allow_private=submission.allow_private))
    text = submission.text or ""
    doc_id = "web-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    report = read_text(text, doc_id=doc_id, published=submission.published, source=submission.source)
    if submission.title and not report.title:
        report = replace(report, title=submission.title)
    if submission.filename:
        report = replace(report, origin=submission.filename)
    return [report]
