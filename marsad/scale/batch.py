"""`run_batch`: code an archive of reports on a Dask cluster and store the events.

    reports (streamed) ─► skip those whose content hash is stored ─► partitions ─► Dask workers
    (each loads the pipeline and gazetteer once, returns (report, events) rows) ─► the driver
    writes each partition in one transaction, in input order (one writer per SQLite file).

A bounded window of partitions is in flight at once, so memory stays flat however long the input.
A partition whose worker dies is retried by Dask (`retries`); if it still fails its reports are
reported and the batch goes on. Re-running the same inputs codes only what is not stored yet.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from marsad.errors import MarsadError, StoreError
from marsad.flow import Coded, refresh_statistics, store_coded
from marsad.store import Store
from marsad.types import Report

from .worker import PartitionResult, PipelineSpec, ReportFailure, code_partition

DEFAULT_PARTITION_SIZE = 50
HASH_CHECK_CHUNK = 500
log = logging.getLogger(__name__)

Coder = Callable[[list[Report], PipelineSpec], PartitionResult]
ProgressHook = Callable[["BatchResult", int | None], None]


@dataclass
class BatchResult:
    """What a batch did; `failures` lists unreadable inputs, reports that failed and lost partitions."""

    read: int = 0  # reports read from the inputs
    skipped: int = 0  # already stored (same content), or repeated within the inputs
    stored: int = 0
    events: int = 0
    coded: int = 0  # reports that came back from the workers (stored or found stored meanwhile)
    done: int = 0  # reports submitted whose partition has come back, coded or failed
    partitions: int = 0
    workers: int = 0
    seconds: float = 0.0
    failures: list[ReportFailure] = field(default_factory=list)
    # (reports coded so far, worker pid, its resident MB): memory over time, for benchmarks
    worker_memory: list[tuple[int, int, float]] = field(default_factory=list)

    @property
    def reports_per_second(self) -> float:
        return self.coded / self.seconds if self.seconds else 0.0

    def summary(self) -> str:
        return (f"{self.stored} report(s) stored with {self.events} event(s); {self.skipped} already stored; "
                f"{len(self.failures)} failed; {self.reports_per_second:.1f} reports/s on {self.workers} "
                f"worker(s) in {self.seconds:.1f} s")


def run_batch(
    inputs: Iterable[str | Path | Report],
    *,
    db_url: str | None,
    scheduler: str | Any | None = None,
    workers: int | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    retries: int = 2,
    published: date | None = None,
    source: str | None = None,
    on_progress: ProgressHook | None = None,
    coder: Coder = code_partition,
    connect_timeout: float = 30,
) -> BatchResult:
    """Code `inputs` (files, directories, URLs, or Report objects) on Dask and store their events.

    `scheduler`: a scheduler address (tcp://host:8786) or a `distributed.Client`; None starts a local
    cluster of `workers` processes (default: one per core), one thread each. `coder` is the function
    workers run on a partition (tests swap it); `on_progress(result, total)` is called after each write.
    """
    if partition_size < 1:
        raise MarsadError(f"partition size {partition_size} is too small; use 1 or more reports a partition")
    spec = PipelineSpec.from_settings()
    _ensure_gazetteer(spec)
    result = BatchResult()
    started = time.perf_counter()
    with Store.open(db_url) as store, _client(scheduler, workers, connect_timeout) as client:
        spec = replace(spec, extra_actors=tuple(store.list_actors()))  # the store's actors, as ingest codes with
        result.workers = max(1, len(client.scheduler_info().get("workers", {})))
        reports = _read(inputs, published, source, result)
        partitions = _partitions(_fresh(reports, store, result), partition_size)
        window: deque[tuple[list[Report], Any]] = deque()
        max_in_flight = 2 * result.workers + 1
        total: int | None = None
        submitted = 0

        def collect_head() -> None:
            partition, future = window.popleft()
            _collect(partition, future, store, result, retries)
            result.seconds = time.perf_counter() - started
            if on_progress:
                on_progress(result, total)

        for partition in partitions:
            window.append((partition, client.submit(coder, partition, spec, retries=retries, pure=False)))
            submitted += len(partition)
            result.partitions += 1
            while len(window) >= max_in_flight:
                collect_head()
        total = submitted
        while window:
            collect_head()
        if result.stored:
            if not refresh_statistics(store):
                log.warning("statistics not refreshed (the events are stored; queries may be slower until ANALYZE)")
    result.seconds = time.perf_counter() - started
    return result


def _collect(partition: list[Report], future: Any, store: Store, result: BatchResult, retries: int) -> None:
    result.done += len(partition)
    try:
        answer: PartitionResult = future.result()
    except Exception as exc:  # noqa: BLE001 — a lost partition is reported; the batch goes on
        reason = f"partition failed after {retries} retries: {type(exc).__name__}: {exc}".splitlines()[0]
        result.failures.extend(ReportFailure(r.doc_id, r.origin, reason) for r in partition)
        return
    result.failures.extend(answer.failures)
    result.coded += len(answer.rows)
    _write(answer.rows, store, result)
    result.worker_memory.append((result.coded, answer.worker_pid, round(answer.rss_mb, 1)))


def _write(rows: list[Coded], store: Store, result: BatchResult) -> None:
    """One transaction for the partition; if it is refused, one per report so only the bad one fails."""
    if not rows:
        return
    try:
        stored = store_coded(store, rows)
    except StoreError:
        stored = []
        for row in rows:
            try:
                stored.extend(store_coded(store, [row]))
            except StoreError as exc:
                result.failures.append(ReportFailure(row.report.doc_id, row.report.origin, str(exc)))
    for report in stored:
        if report.added:
            result.stored += 1
            result.events += len(report.event_ids)


def _read(inputs: Iterable[str | Path | Report], published: date | None, source: str | None,
          result: BatchResult) -> Iterator[Report]:
    from marsad.ingest import read_reports

    def on_error(origin: str, reason: str) -> None:
        result.failures.append(ReportFailure(origin, origin, reason))

    for item in inputs:
        if isinstance(item, Report):
            result.read += 1
            yield item
            continue
        for report in read_reports([item], published=published, source=source, on_error=on_error):
            result.read += 1
            yield report


def _fresh(reports: Iterator[Report], store: Store, result: BatchResult) -> Iterator[Report]:
    """The reports whose content is not stored yet (nor repeated earlier in this run)."""
    seen: set[str] = set()
    chunk: list[Report] = []

    def flush() -> Iterator[Report]:
        stored = store.stored_hashes([r.content_hash for r in chunk])
        for report in chunk:
            content_hash = report.content_hash
            if content_hash in stored or content_hash in seen:
                result.skipped += 1
                continue
            seen.add(content_hash)
            yield report
        chunk.clear()

    for report in reports:
        chunk.append(report)
        if len(chunk) >= HASH_CHECK_CHUNK:
            yield from flush()
    yield from flush()


def _partitions(reports: Iterator[Report], size: int) -> Iterator[list[Report]]:
    partition: list[Report] = []
    for report in reports:
        partition.append(report)
        if len(partition) == size:
            yield partition
            partition = []
    if partition:
        yield partition


def _ensure_gazetteer(spec: PipelineSpec) -> None:
    """Build the default index here, once, so local workers do not race to build the same file."""
    if not Path(spec.gazetteer_path).exists():
        from marsad.places.gazetteer import Gazetteer

        Gazetteer.open(Path(spec.gazetteer_path)).close()


class _client:
    """A distributed.Client for `scheduler`, or for a local cluster we start and stop ourselves."""

    def __init__(self, scheduler: str | Any | None, workers: int | None, timeout: float) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.timeout = timeout
        self._owned: list[Any] = []

    def __enter__(self) -> Any:
        import dask
        from distributed import Client, LocalCluster

        if scheduler_is_client(self.scheduler):
            return self.scheduler
        try:
            if self.scheduler is None:
                # No statistical profiler in our workers: its kept call trees grow a worker's memory for
                # 17 minutes (see worker.stop_worker_profiler); the config travels to the worker processes.
                with dask.config.set({"distributed.worker.profile.enabled": False}):
                    cluster = LocalCluster(n_workers=self.workers or os.cpu_count() or 1, threads_per_worker=1,
                                           processes=True, dashboard_address=None, silence_logs=logging.ERROR)
                self._owned.append(cluster)
                client = Client(cluster)
            else:
                client = Client(self.scheduler, timeout=f"{self.timeout}s")
        except (OSError, TimeoutError) as exc:
            self.__exit__()
            raise MarsadError(
                f"cannot reach the Dask scheduler {self.scheduler or 'local'}: {exc}; start one with "
                "`dask scheduler` and workers with `dask worker tcp://HOST:8786`, or use --workers N"
            ) from exc
        self._owned.insert(0, client)
        return client

    def __exit__(self, *exc_info: object) -> None:
        for thing in self._owned:
            thing.close()
        self._owned.clear()


def scheduler_is_client(scheduler: object) -> bool:
    return type(scheduler).__name__ == "Client" and hasattr(scheduler, "submit")
