"""`marsad db backup` / `marsad db restore` / `marsad db check`: a round trip gives back the same store,
nothing is overwritten silently, a restore under a busy writer leaves a whole store, PostgreSQL gets advice."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from crash_samples import events_by_id, record, report_text
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store
from marsad.types import Report

runner = CliRunner()


def _fill(db: str, start: int, count: int) -> None:
    with Store.open(db) as store:
        for i in range(start, start + count):
            report = Report(doc_id=f"sohr-{i:05d}", text=report_text(i), published=date(2024, 3, 5))
            store.add_report(report, [record(report, 1), record(report, 2)])


def _db(tmp_path: Path, name: str) -> str:
    return f"sqlite:///{tmp_path / name}"


def test_backup_then_restore_gives_back_the_same_store(tmp_path: Path) -> None:
    db, backup = _db(tmp_path, "marsad.db"), tmp_path / "backup.db"
    _fill(db, 0, 5)
    with Store.open(db) as store:
        store.review_event("sohr-00000-1", "edit", "rima", fields={"fatalities": 9})
    saved = events_by_id(db)

    result = runner.invoke(app, ["db", "backup", str(backup), "--db", db])
    assert result.exit_code == 0, result.output
    assert "backed up 5 reports and 10 events" in result.output
    _fill(db, 5, 3)  # work after the backup, which the restore takes back
    refused = runner.invoke(app, ["db", "restore", str(backup), "--db", db])
    assert refused.exit_code == 1 and "add --force" in refused.output
    assert len(events_by_id(db)) == 16  # refused means untouched

    restored = runner.invoke(app, ["db", "restore", str(backup), "--db", db, "--force"])

    assert restored.exit_code == 0, restored.output
    assert events_by_id(db) == saved
    with Store.open(db) as store:
        assert [a["action"] for a in store.event_audit("sohr-00000-1")] == ["edit"]
    checked = runner.invoke(app, ["db", "check", "--db", db])
    assert checked.exit_code == 0 and ": ok (5 reports, 10 events" in checked.output


def test_restore_into_a_new_file_and_backup_refuses_to_overwrite(tmp_path: Path) -> None:
    db, backup = _db(tmp_path, "marsad.db"), tmp_path / "backup.db"
    _fill(db, 0, 2)
    assert runner.invoke(app, ["db", "backup", str(backup), "--db", db]).exit_code == 0
    again = runner.invoke(app, ["db", "backup", str(backup), "--db", db])
    assert again.exit_code == 1 and "exists" in again.output and "--force" in again.output
    assert runner.invoke(app, ["db", "backup", str(backup), "--db", db, "--force"]).exit_code == 0
    assert not list(tmp_path.glob("*.partial"))

    fresh = _db(tmp_path, "laptop2.db")
    assert runner.invoke(app, ["db", "restore", str(backup), "--db", fresh]).exit_code == 0
    assert events_by_id(fresh) == events_by_id(db)


@pytest.mark.parametrize("content", [b"", b"not a database at all\n", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_a_file_that_is_not_a_marsad_backup(tmp_path: Path, content: bytes) -> None:
    db, bogus = _db(tmp_path, "marsad.db"), tmp_path / "bogus.db"
    _fill(db, 0, 2)
    bogus.write_bytes(content)
    plain = sqlite3.connect(tmp_path / "other.db")
    plain.execute("create table t (x)")
    plain.close()

    for candidate in (bogus, tmp_path / "other.db", tmp_path / "missing.db"):
        result = runner.invoke(app, ["db", "restore", str(candidate), "--db", db, "--force"])
        assert result.exit_code == 1, result.output
        assert result.output.startswith("error: ") and len(result.output.strip().splitlines()) == 1
    assert len(events_by_id(db)) == 4


WRITER = """
import sys, time
from datetime import date
sys.path.insert(0, sys.argv[2])
from crash_samples import record, report_text
from marsad.store import Store
from marsad.types import Report
with Store.open(sys.argv[1]) as store:
    for i in range(100, 100 + int(sys.argv[3])):
        report = Report(doc_id=f"sohr-{i:05d}", text=report_text(i), published=date(2024, 3, 5))
        store.add_report(report, [record(report, 1), record(report, 2)])
        print(i, flush=True)
"""


def test_restore_while_another_process_writes_leaves_a_whole_store(tmp_path: Path) -> None:
    db, backup = _db(tmp_path, "marsad.db"), tmp_path / "backup.db"
    _fill(db, 0, 3)
    assert runner.invoke(app, ["db", "backup", str(backup), "--db", db]).exit_code == 0
    writer = subprocess.Popen([sys.executable, "-c", WRITER, db, str(Path(__file__).parent), "300"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert writer.stdout is not None
    writer.stdout.readline()  # it is writing now
    for _ in range(3):
        result = runner.invoke(app, ["db", "restore", str(backup), "--db", db, "--force"])
        assert result.exit_code == 0, result.output
    _out, errors = writer.communicate(timeout=300)

    assert writer.returncode == 0, errors
    checked = runner.invoke(app, ["db", "check", "--db", db])
    assert checked.exit_code == 0, checked.output
    events = events_by_id(db)
    assert {f"sohr-{i:05d}-1" for i in range(3)} <= events.keys()  # the backup's reports are there
    with Store.open(db) as store:  # and each report that made it has both its events: no half writes
        assert store.count_events() == 2 * store.count_reports()


def test_postgres_backup_and_restore_print_pg_dump_advice(tmp_path: Path) -> None:
    url = "postgresql+psycopg://marsad:secret@db.example.org:5432/marsad"
    for command in (["db", "backup", str(tmp_path / "team.dump")], ["db", "restore", str(tmp_path / "x.dump")]):
        result = runner.invoke(app, [*command, "--db", url])
        assert result.exit_code == 1
        assert "pg_dump --format=custom" in result.output and "pg_restore --clean" in result.output
        assert "secret" not in result.output


def test_check_reports_a_damaged_store(tmp_path: Path) -> None:
    path = tmp_path / "marsad.db"
    _fill(f"sqlite:///{path}", 0, 2)
    raw = sqlite3.connect(path)  # written behind Marsad's back: foreign keys off, so nothing stops it
    raw.execute("DELETE FROM reports WHERE doc_id = 'sohr-00001'")
    raw.commit()
    raw.close()

    result = runner.invoke(app, ["db", "check", "--db", f"sqlite:///{path}"])

    assert result.exit_code == 1
    assert "2 event(s) whose report is missing" in result.output
    assert "foreign_key_check" in result.output and "restore a backup" in result.output
