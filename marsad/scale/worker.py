"""What runs on a Dask worker: load the pipeline once per process, code a partition, return rows.

Workers never touch the database (one writer per SQLite file: the driver writes). A partition is
coded with `Pipeline.pipe` (batched, fast); if that raises, the partition is coded again one report
at a time so a single broken report is reported and the others still come back.
"""

from __future__ import annotations

import os
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock

from marsad.flow import Coded, code_reports
from marsad.settings import get_settings
from marsad.types import Actor, Report


@dataclass(frozen=True)
class PipelineSpec:
    """Everything a worker needs to build the same pipeline as the driver (hashable: the cache key)."""

    home: str
    spacy_model: str
    gazetteer_path: str
    extra_actors: tuple[Actor, ...] = ()  # the store's actors, joined to the shipped base as `marsad ingest` does

    @classmethod
    def from_settings(cls, extra_actors: Sequence[Actor] = ()) -> PipelineSpec:
        settings = get_settings()
        return cls(home=str(settings.home), spacy_model=settings.spacy_model,
                   gazetteer_path=str(settings.gazetteer_path), extra_actors=tuple(extra_actors))


@dataclass(frozen=True)
class ReportFailure:
    """A report (or a whole partition) that could not be coded, and why (one line)."""

    doc_id: str
    origin: str | None
    reason: str


@dataclass
class PartitionResult:
    """A worker's answer: the coded reports in input order, the reports that failed, its memory."""

    rows: list[Coded] = field(default_factory=list)
    failures: list[ReportFailure] = field(default_factory=list)
    worker_pid: int = 0
    rss_mb: float = 0.0  # the worker's resident memory after this partition


_PIPELINES: dict[PipelineSpec, object] = {}
_LOCK = Lock()


def pipeline_for(spec: PipelineSpec):
    """The process's pipeline for `spec`, built on first use and kept for every later partition."""
    with _LOCK:
        pipeline = _PIPELINES.get(spec)
        if pipeline is None:
            # Workers on other machines find the gazetteer index and model the driver named.
            os.environ["MARSAD_HOME"] = spec.home
            os.environ["MARSAD_SPACY_MODEL"] = spec.spacy_model
            from marsad.nlp.pipeline import Pipeline

            pipeline = Pipeline(model=spec.spacy_model, gazetteer_path=Path(spec.gazetteer_path),
                                extra_actors=spec.extra_actors)
            _PIPELINES[spec] = pipeline
            stop_worker_profiler()
        return pipeline


def stop_worker_profiler() -> None:
    """Stop this Dask worker's statistical profiler, and drop what it kept.

    Every 10 ms it samples the task's stack and keeps one call tree a second for the last 1,000 seconds;
    spaCy's and Marsad's deep, varied stacks make those trees large, so a worker grew by ~15–30 MB per
    1,000 reports for its first 17 minutes (measured; the pipeline alone stays flat). Workers we start
    never run it (`run_batch`); this covers workers of any other cluster.
    """
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):  # not inside a Dask worker (tests, a single process)
        return
    for name in ("profile", "profile-cycle"):
        callback = worker.periodic_callbacks.pop(name, None)
        if callback is not None:
            callback.stop()
    worker.profile_history.clear()
    worker.profile_keys_history.clear()
    worker.profile_keys.clear()


def code_partition(reports: list[Report], spec: PipelineSpec) -> PartitionResult:
    """Events of each report of one partition (the function Dask runs)."""
    pipeline = pipeline_for(spec)
    result = PartitionResult(worker_pid=os.getpid())
    # The pipeline's error handler names each report a component failed on: it is left out of the rows
    # (so a re-run tries it again) and reported.
    failed: dict[str, str] = {}
    handles_errors = hasattr(pipeline, "on_error")
    if handles_errors:
        pipeline.on_error = lambda doc_id, reason: failed.setdefault(doc_id, reason)
    try:
        try:
            rows = list(code_reports(pipeline, reports))
        except Exception:  # noqa: BLE001 — any other failure: code one report at a time to isolate it
            rows = []
            for report in reports:
                try:
                    rows.extend(code_reports(pipeline, [report]))
                except Exception as exc:  # noqa: BLE001 — reported to the driver, the batch goes on
                    failed.setdefault(report.doc_id, _one_line(exc))
    finally:
        if handles_errors:
            pipeline.on_error = None
    result.rows = [row for row in rows if row.report.doc_id not in failed]
    result.failures = [ReportFailure(r.doc_id, r.origin, failed[r.doc_id])
                       for r in reports if r.doc_id in failed]
    result.rss_mb = rss_mb()
    return result


def rss_mb() -> float:
    """This process's resident memory now, in MB (psutil comes with dask.distributed)."""
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _one_line(exc: BaseException) -> str:
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    place = f" ({os.path.basename(where.filename)}:{where.lineno})" if where else ""
    return f"{type(exc).__name__}: {exc}{place}".splitlines()[0]
