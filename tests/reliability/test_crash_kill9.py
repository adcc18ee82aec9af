"""`kill -9` of a running `marsad ingest`, several times at random points, then a re-run: every report and
every event is stored exactly once, identical to a run that was never killed; the store passes its checks.
(bench/crash.py does the same with 10,000 long reports.)"""

from __future__ import annotations

import random
import signal
import subprocess
import time
from pathlib import Path

from crash_samples import CORPUS_SIZE, assert_whole, events_by_id, report_hashes, start_ingest, stored_reports


def _kill(process: subprocess.Popen) -> bool:
    """SIGKILL; True if the process was still running (so the kill really cut it off)."""
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return alive


def test_kill_9_during_ingest_then_rerun_stores_everything_exactly_once(
    any_db: str, corpus: Path, clean_run: dict[str, str], marsad_home: Path, tmp_path: Path
) -> None:
    rng = random.Random(20240305)
    log = tmp_path / "killed.log"
    cut_mid_ingest = 0

    process = start_ingest(corpus, any_db, marsad_home, log)  # 1: while it starts (reading, migrating)
    time.sleep(rng.uniform(0.2, 0.8))  # loading the pipeline alone takes longer: nothing is stored yet
    _kill(process)
    for target in sorted(rng.sample(range(5, CORPUS_SIZE - 10), 3)):  # 2-4: mid-ingest, anywhere in a write
        process = start_ingest(corpus, any_db, marsad_home, log)
        while process.poll() is None and stored_reports(any_db) < target:
            time.sleep(0.05)
        time.sleep(rng.uniform(0.0, 0.05))
        stored_before_kill = stored_reports(any_db)
        if _kill(process) and stored_before_kill < CORPUS_SIZE:
            cut_mid_ingest += 1
    rerun = start_ingest(corpus, any_db, marsad_home, log)
    assert rerun.wait(timeout=600) == 0, log.read_text()

    assert cut_mid_ingest >= 2, log.read_text()  # the kills really landed inside the ingest
    hashes = report_hashes(any_db)
    assert len(hashes) == len(set(hashes)) == CORPUS_SIZE
    assert events_by_id(any_db) == clean_run  # every event once, every field and evidence span as coded
    assert_whole(any_db)
