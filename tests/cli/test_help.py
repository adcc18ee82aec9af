"""Every command answers --help with a description and an example."""

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
COMMANDS = ["extract", "geoparse", "ingest", "events", "export", "serve", "batch"]


def test_top_level_help_lists_commands():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS + ["gazetteer", "actors"]:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_has_example(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: marsad " + command in result.output


def test_bad_date_is_one_clear_line(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Title\n\nClashes erupted in the town.\n")
    result = runner.invoke(app, ["extract", str(report), "--published", "08/02/2021"])
    assert result.exit_code == 1
    assert "--published '08/02/2021' is not a date; use YYYY-MM-DD" in result.output


def test_unknown_format_is_refused(tmp_path):
    result = runner.invoke(app, ["export", "--format", "xml", "--db", f"sqlite:///{tmp_path}/m.db"])
    assert result.exit_code == 1
    assert "unknown export format 'xml'" in result.output
