"""The CLI tells the truth in its exit code: bad input is one clear line on stderr and exit code 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def _fails(args: list[str], message: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 1, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(lines) == 1 and message in lines[0], result.output


@pytest.mark.parametrize("command", ["ingest", "extract", "geoparse"])
def test_missing_input_is_an_error(command, tmp_path):
    db = ["--db", f"sqlite:///{tmp_path}/m.db"] if command == "ingest" else []
    _fails([command, str(tmp_path / "nowhere.txt"), *db], "no report could be read from")
    assert not (tmp_path / "m.db").exists() or command == "ingest"


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_empty_input_is_an_error(command, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    db = ["--db", f"sqlite:///{tmp_path}/m.db"] if command == "ingest" else []
    _fails([command, str(empty), *db], "no report could be read from")


def test_ingest_that_stores_nothing_says_so(tmp_path, monkeypatch):
    import marsad.nlp.pipeline as pipeline

    class Failing:
        def __init__(self, on_error=None, **_: object) -> None:
            self.on_error = on_error

        def analyse(self, reports):
            for report in reports:  # every report fails in a component, as a broken model would make it
                self.on_error(report.doc_id, "marsad_events failed: RuntimeError")
            return iter(())

    monkeypatch.setattr(pipeline, "Pipeline", Failing)
    report = tmp_path / "r.txt"
    report.write_text("Title\n\nClashes erupted in the town.\n", encoding="utf-8")
    _fails(["ingest", str(report), "--db", f"sqlite:///{tmp_path}/m.db"], "nothing stored")


@pytest.mark.parametrize("command", [["events"], ["export"], ["dedupe"], ["users", "list"]])
def test_a_read_command_does_not_create_a_database(command, tmp_path):
    missing = tmp_path / "typo.db"
    _fails([*command, "--db", f"sqlite:///{missing}"], f"no database at {missing}")
    assert not missing.exists()


@pytest.fixture
def db(tmp_path: Path) -> str:
    from marsad.store import Store

    url = f"sqlite:///{tmp_path}/m.db"
    Store.open(url).close()
    return url


def test_unknown_event_type_is_refused(db):
    _fails(["events", "--db", db, "--type", "Banana"], "--type 'Banana' is not an ACLED event or sub-event type")


def test_negative_limit_is_refused(db):
    _fails(["events", "--db", db, "--limit", "-1"], "--limit -1 is negative")


@pytest.mark.parametrize("event_type", ["Battles", "Air/drone strike"])
def test_known_type_or_sub_type_and_zero_limit_are_fine(db, event_type):
    result = runner.invoke(app, ["events", "--db", db, "--type", event_type, "--limit", "0"])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("port", ["0", "70000", "-5"])
def test_port_out_of_range_is_refused(port, db):
    _fails(["serve", "--db", db, "--port", port], f"--port {port} is out of range")
