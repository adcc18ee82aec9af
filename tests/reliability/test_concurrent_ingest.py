"""Two `marsad ingest` processes on one store at the same moment (SQLite file, PostgreSQL): both succeed,
no "database is locked" reaches the user, each report and event is stored once, nothing is lost."""

from __future__ import annotations

import re
from pathlib import Path

from crash_samples import CORPUS_SIZE, assert_whole, events_by_id, report_hashes, start_ingest


def test_two_ingests_at_once_store_each_report_and_event_once(
    any_db: str, corpus: Path, clean_run: dict[str, str], marsad_home: Path, tmp_path: Path
) -> None:
    files = sorted(corpus.glob("*.txt"))
    # One walks the reports forwards, the other backwards: they meet in the middle, both writing.
    first = start_ingest(files, any_db, marsad_home, tmp_path / "first.log")
    second = start_ingest(files[::-1], any_db, marsad_home, tmp_path / "second.log")
    codes = first.wait(timeout=600), second.wait(timeout=600)
    outputs = [(tmp_path / name).read_text() for name in ("first.log", "second.log")]

    assert codes == (0, 0), outputs
    for output in outputs:
        assert "locked" not in output and "error" not in output.lower(), output
    stored = [int(re.search(r"(\d+) report\(s\) stored", output).group(1)) for output in outputs]
    assert sum(stored) == CORPUS_SIZE  # each report stored by exactly one of them
    hashes = report_hashes(any_db)
    assert len(hashes) == len(set(hashes)) == CORPUS_SIZE
    assert events_by_id(any_db) == clean_run
    assert_whole(any_db)


def test_three_ingests_of_overlapping_inputs_lose_nothing(
    any_db: str, corpus: Path, clean_run: dict[str, str], marsad_home: Path, tmp_path: Path
) -> None:
    files = sorted(corpus.glob("*.txt"))
    thirds = [files[: 2 * CORPUS_SIZE // 3], files[CORPUS_SIZE // 3:], files[::2] + files[1::2]]
    processes = [start_ingest(part, any_db, marsad_home, tmp_path / f"{n}.log") for n, part in enumerate(thirds)]
    codes = [p.wait(timeout=600) for p in processes]
    outputs = [(tmp_path / f"{n}.log").read_text() for n in range(3)]

    assert codes == [0, 0, 0], outputs
    assert not any("locked" in output for output in outputs)
    assert events_by_id(any_db) == clean_run
    assert_whole(any_db)
