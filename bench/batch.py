"""`run_batch` on a local Dask cluster: wall time, reports/s, worker memory over time, 1 → 2 worker speed-up.

    python bench/batch.py [N] [--workers 1,2] [--partition-size 50] [--seed 7]

N synthetic reports (bench/synth.py; default 2,000) are coded into a fresh SQLite file once per worker
count, then, when MARSAD_TEST_PG_URL names a test database, into PostgreSQL with the largest worker
count (that database is emptied first: give it one of its own).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth import synth_reports  # noqa: E402

from marsad.scale.batch import BatchResult, run_batch  # noqa: E402


def run(reports, db_url: str, workers: int, partition_size: int, label: str) -> BatchResult:
    last = [0.0]

    def progress(result: BatchResult, total: int | None) -> None:
        if time.perf_counter() - last[0] > 15:  # one line every 15 s at most
            last[0] = time.perf_counter()
            print(f"  {label}: {result.done}/{total or '?'} at {result.reports_per_second:.1f} reports/s",
                  flush=True)

    result = run_batch(reports, db_url=db_url, workers=workers, partition_size=partition_size,
                       on_progress=progress)
    print(f"{label}: {result.coded} reports, {result.events} events in {result.seconds:.1f} s "
          f"= {result.reports_per_second:.1f} reports/s, {result.events / result.seconds:.0f} events/s "
          f"({len(result.failures)} failed)")
    print(f"  worker memory (MB) {memory_over_time(result)}")
    return result


def memory_over_time(result: BatchResult, points: int = 10) -> str:
    """Each worker's resident memory (MB) at up to `points` moments evenly spread over the run, with the
    overall reports done at that moment: a flat row is a worker that does not grow."""
    by_worker: dict[int, list[tuple[int, float]]] = {}
    for done, pid, rss in result.worker_memory:
        by_worker.setdefault(pid, []).append((done, rss))
    lines = []
    for index, samples in enumerate(by_worker.values(), 1):
        step = max(1, len(samples) // points)
        picked = samples[::step] + ([samples[-1]] if (len(samples) - 1) % step else [])
        row = " ".join(f"{rss:.0f}@{done}" for done, rss in picked)
        lines.append(f"    worker {index} (MB@reports): {row} (max {max(r for _, r in samples):.0f})")
    return "\n" + "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="run_batch throughput on a local Dask cluster.")
    parser.add_argument("count", type=int, nargs="?", default=2000)
    parser.add_argument("--workers", default="1,2", help="worker counts to compare, e.g. 1,2")
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--only", choices=["sqlite", "postgresql"],
                        help="run one backend (e.g. the two in parallel, each with its own cluster)")
    args = parser.parse_args()
    worker_counts = [int(n) for n in args.workers.split(",")]

    reports = synth_reports(args.count, args.seed)
    words = sum(len(r.text.split()) for r in reports) / len(reports)
    print(f"reports: {len(reports)} synthetic, {words:.0f} words each; cores: {os.cpu_count()}")
    rates: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for workers in worker_counts if args.only != "postgresql" else []:
            url = f"sqlite:///{Path(folder) / f'batch-{workers}.db'}"
            rates[workers] = run(reports, url, workers, args.partition_size,
                                 f"sqlite, {workers} worker(s)").reports_per_second
    if 1 in rates and len(rates) > 1:
        most = max(rates)
        print(f"speed-up 1 → {most} workers: {rates[most] / rates[1]:.2f}x")
    pg_url = os.environ.get("MARSAD_TEST_PG_URL")
    if args.only == "sqlite":
        return
    if pg_url:
        from marsad.store.engine import create_store_engine, downgrade

        engine = create_store_engine(pg_url)
        downgrade(engine, "base")  # a fresh schema: the batch must code every report
        engine.dispose()
        most = max(worker_counts)
        run(reports, pg_url, most, args.partition_size, f"postgresql, {most} worker(s)")
    else:
        print("postgresql: skipped (set MARSAD_TEST_PG_URL to a test database)")


if __name__ == "__main__":
    main()
