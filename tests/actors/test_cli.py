import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from marsad.actors import base as base_module
from marsad.actors.userbase import queue_discovered
from marsad.cli.actors import actors_app

from .conftest import FIXTURE

runner = CliRunner()


@pytest.fixture()
def db(tmp_path, monkeypatch) -> str:
    # The CLI reads the shipped base; point it at the small fixture so tests do not depend on the data.
    monkeypatch.setattr(base_module, "default_paths", lambda: [FIXTURE])
    return f"sqlite:///{tmp_path / 'marsad.db'}"


def run(*args: str):
    result = runner.invoke(actors_app, list(args))
    return result


def test_every_command_has_help_with_example():
    for command in (
        "list",
        "show",
        "add",
        "import",
        "export",
        "graph",
        "pending",
        "pending accept",
        "pending reject",
    ):
        result = run(*command.split(), "--help")
        assert result.exit_code == 0 and "Example:" in result.output, command


def test_list_and_show(db):
    result = run("list", "--kind", "identity-militia", "--db", db)
    assert result.exit_code == 0
    assert [line.split()[0] for line in result.output.splitlines()] == ["akidat", "baggara"]
    shown = yaml.safe_load(run("show", "Fatimyon", "--db", db).output)
    assert shown["id"] == "fatemiyoun" and shown["backed_by"] == [{"id": "irgc", "since": 2013}]
    missing = run("show", "Nobody Brigade", "--db", db)
    assert missing.exit_code == 1 and "no actor" in missing.output


def test_export_round_trips_the_schema(db, tmp_path):
    exported = run("export", "--db", db).output
    path = tmp_path / "exported.yaml"
    path.write_text(exported, encoding="utf-8")
    again = base_module.ActorBase.load([path])
    assert len(again) == len(base_module.ActorBase.load([FIXTURE]))
    assert (
        json.loads(run("export", "--format", "json", "--db", db).output)["actors"][0]["id"] == "syria-forces"
    )


def test_add_survives_in_the_store(db):
    result = run(
        "add",
        "--name",
        "Al-Nour Brigade",
        "--inter",
        "3",
        "--kind",
        "political-militia",
        "--backed-by",
        "IRGC",
        "--alias",
        "Liwa al-Nour",
        "--country",
        "Syria",
        "--db",
        db,
    )
    assert result.exit_code == 0, result.output
    shown = yaml.safe_load(run("show", "Liwa al-Nour", "--db", db).output)
    assert shown["name"] == "Al-Nour Brigade" and shown["backed_by"] == [{"id": "irgc"}]
    bad = run("add", "--name", "X", "--inter", "9", "--kind", "rebel", "--db", db)
    assert bad.exit_code == 1 and "inter must be 1..8" in bad.output


def test_import_validates_with_line_numbers(db, tmp_path):
    good = tmp_path / "mine.yaml"
    good.write_text(
        "actors:\n  - id: nour\n    name: Al-Nour Brigade\n    inter: 3\n    kind: political-militia\n"
        "    backed_by: [{id: irgc, since: 2014}]\n",
        encoding="utf-8",
    )
    assert run("import", str(good), "--db", db).exit_code == 0
    assert "Al-Nour Brigade" in run("list", "--db", db).output
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - id: x\n    name: X\n    inter: 3\n    kind: militia\n", encoding="utf-8")
    result = run("import", str(bad), "--db", db)
    assert result.exit_code == 1 and "bad.yaml:5: kind must be one of" in result.output


def test_pending_review_round_trip(db, recognizer):
    from marsad.store import Store

    text = "The Iranian-backed militia “Al-Mahdi Regiment” and the pro-Iran “Al-Nour” Brigade arrived."
    with Store.open(db) as store:
        ids = queue_discovered(store, recognizer.find(text, year=2023), "r1")
    assert len(ids) == 2
    listed = run("pending", "--db", db).output
    assert "Al-Mahdi Regiment" in listed and "Al-Nour Brigade" in listed
    assert run("pending", "accept", str(ids[0]), "--db", db).exit_code == 0
    assert run("pending", "reject", str(ids[1]), "--db", db).exit_code == 0
    assert run("pending", "--db", db).output.strip() == "the review queue is empty"
    shown = yaml.safe_load(run("show", "Al-Mahdi Regiment", "--db", db).output)
    assert shown["inter"] == 3 and shown["backed_by"] == [{"id": "iran-forces"}]


def test_graph_command(db):
    result = run("graph", "--db", db)
    assert result.exit_code == 0 and result.output.startswith("<?xml")
    assert json.loads(run("graph", "--format", "json", "--db", db).output)["edges"]


def test_nothing_written_without_need(db):
    run("list", "--db", db)
    assert not Path(db.removeprefix("sqlite:///")).exists()
