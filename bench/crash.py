"""`kill -9` during a long `marsad ingest`, then a re-run: is every report and event there exactly once?

    nice -n 10 python bench/crash.py [N] [--kills 4] [--seed 11] [--db URL] [--workdir DIR]

N synthetic reports (bench/synth.py; default 10,000) go to `marsad ingest` in a subprocess, which is killed
with SIGKILL several times: once at a random moment of its start (reading, migrating, loading the pipeline),
then each time the store has reached a random report count plus a random fraction of a second, so the kill
lands anywhere, inside a transaction or between two. Then the same command runs to the end, and once more
(it must store nothing). Meanwhile a clean, never-killed `marsad ingest` of the same file fills a second
SQLite store. The killed store must then hold every report once, exactly the clean store's events (all
fields and evidence), and pass `marsad db check` (PRAGMA integrity_check on SQLite). Every run imports
a copy of the marsad package taken at the start, so edits to the tree meanwhile cannot change the coding.

--db: the store to kill into (default a fresh SQLite file; a PostgreSQL URL is emptied first: give it a
database of its own).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.exc import SQLAlchemyError  # noqa: E402

import marsad  # noqa: E402
from marsad.store import Store  # noqa: E402
from marsad.store.engine import create_store_engine, downgrade  # noqa: E402
from marsad.store.integrity import integrity_problems, store_summary  # noqa: E402
from marsad.store.models import ReportRow  # noqa: E402

MARSAD = [str(Path(sys.executable).with_name("marsad"))]


def stored_reports(db_url: str) -> int:
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count(ReportRow.id))) or 0
    except SQLAlchemyError:  # the schema is not created yet
        return 0
    finally:
        engine.dispose()


def freeze_code(workdir: Path) -> dict[str, str]:
    """A copy of the marsad package for every run to import: the runs span most of an hour, and code edited
    meanwhile would code the later reports differently (not a crash's doing, but it would look like one)."""
    frozen = workdir / "code"
    shutil.rmtree(frozen, ignore_errors=True)
    shutil.copytree(Path(marsad.__file__).parent, frozen / "marsad", ignore=shutil.ignore_patterns("__pycache__"))
    return {**os.environ, "PYTHONPATH": str(frozen)}


def ingest(inputs: Path, db_url: str, log: Path, env: dict[str, str]) -> subprocess.Popen:
    handle = log.open("a")
    return subprocess.Popen([*MARSAD, "ingest", str(inputs), "--db", db_url], stdout=handle, stderr=handle,
                            env=env)


def kill_targets(count: int, kills: int, rng: random.Random) -> list[int]:
    """One random report count in each of `kills` equal stretches of the run, so the kills spread out."""
    edges = [round(i * count * 0.95 / kills) for i in range(kills + 1)]
    return [rng.randrange(edges[i] + 1, edges[i + 1]) for i in range(kills)]


def kill_at_start(process: subprocess.Popen, rng: random.Random) -> str:
    delay = rng.uniform(0.5, 8.0)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return f"{delay:.1f} s after start"


def kill_at_count(process: subprocess.Popen, db_url: str, target: int, rng: random.Random) -> str:
    while process.poll() is None and stored_reports(db_url) < target:
        time.sleep(0.2)
    time.sleep(rng.uniform(0.0, 0.5))  # anywhere between two commits
    if process.poll() is not None:
        return f"it had ended ({process.returncode}) before {target} reports"
    process.send_signal(signal.SIGKILL)
    process.wait()
    return f"at {stored_reports(db_url)} stored reports (target {target})"


def events_of(db_url: str) -> dict[str, str]:
    with Store.open(db_url) as store:
        return {e["event_id"]: json.dumps(e, sort_keys=True, ensure_ascii=False) for e in store.iter_events()}


def main() -> None:
    parser = argparse.ArgumentParser(description="kill -9 during marsad ingest, then check the store.")
    parser.add_argument("count", type=int, nargs="?", default=10_000)
    parser.add_argument("--kills", type=int, default=4)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--db", help="store to kill into (default: a fresh SQLite file)")
    parser.add_argument("--workdir", type=Path, help="where the reports and SQLite files go (default: a temp dir)")
    args = parser.parse_args()

    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="marsad-crash-"))
    workdir.mkdir(parents=True, exist_ok=True)
    reports = workdir / f"synth-{args.count}.jsonl"
    if not reports.exists():
        subprocess.run([sys.executable, str(Path(__file__).with_name("synth.py")), str(args.count),
                        "--out", str(reports)], check=True)
    killed_url = args.db or f"sqlite:///{workdir / 'killed.db'}"
    clean_url = f"sqlite:///{workdir / 'clean.db'}"
    for url in (killed_url, clean_url):
        if url.startswith("sqlite:///"):
            for suffix in ("", "-wal", "-shm"):
                Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)
        else:
            engine = create_store_engine(url)
            downgrade(engine, "base")
            engine.dispose()
    print(f"{args.count} reports, {args.kills} kills, seed {args.seed}; killed store {killed_url}", flush=True)

    env = freeze_code(workdir)
    started = time.perf_counter()
    clean = ingest(reports, clean_url, workdir / "clean.log", env)
    rng = random.Random(args.seed)
    targets = kill_targets(args.count, args.kills - 1, rng)
    log = workdir / "killed.log"
    for kill in range(args.kills):
        process = ingest(reports, killed_url, log, env)
        where = kill_at_start(process, rng) if kill == 0 else kill_at_count(process, killed_url, targets[kill - 1],
                                                                            rng)
        print(f"kill {kill + 1}: SIGKILL {where} ({time.perf_counter() - started:.0f} s)", flush=True)
    codes = []
    for label in ("re-run", "second re-run"):
        process = ingest(reports, killed_url, log, env)
        code = process.wait()
        codes.append(code)
        lines = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        last = next((line for line in reversed(lines) if "report(s) stored" in line), lines[-1])
        print(f"{label}: exit {code}: {last} ({time.perf_counter() - started:.0f} s)", flush=True)
    clean_code = clean.wait()
    print(f"clean run: exit {clean_code} ({time.perf_counter() - started:.0f} s)", flush=True)

    killed_events, clean_events = events_of(killed_url), events_of(clean_url)
    missing = sorted(set(clean_events) - set(killed_events))
    extra = sorted(set(killed_events) - set(clean_events))
    differ = [k for k in clean_events.keys() & killed_events.keys() if clean_events[k] != killed_events[k]]
    engine = create_store_engine(killed_url)
    counts, problems = store_summary(engine), integrity_problems(engine)
    engine.dispose()
    clean_engine = create_store_engine(clean_url)
    clean_counts = store_summary(clean_engine)
    clean_engine.dispose()
    print(f"killed store: {counts['reports']} reports, {counts['events']} events, {counts['evidence']} evidence")
    print(f"clean store:  {clean_counts['reports']} reports, {clean_counts['events']} events, "
          f"{clean_counts['evidence']} evidence")
    print(f"events missing {len(missing)}, extra {len(extra)}, different {len(differ)}")
    print(f"integrity: {'ok' if not problems else '; '.join(problems)}")
    whole = (not (missing or extra or differ or problems) and counts == clean_counts and counts["reports"] > 0
             and codes == [0, 0] and clean_code == 0)
    print(f"outcome: {'PASS' if whole else 'FAIL'} in {time.perf_counter() - started:.0f} s "
          f"(work files in {workdir})")
    os._exit(0 if whole else 1)


if __name__ == "__main__":
    main()
