"""Every command and subcommand answers --help with a description and an example; errors are one clear line."""

from __future__ import annotations

from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()


def _commands(group: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], bool]]:
    """Every command path of the CLI with whether it is a group, walked from Typer's click tree."""
    found = []
    for name, command in sorted(group.commands.items()):
        is_group = hasattr(command, "commands")  # Typer groups need not subclass click.Group
        found.append(((*path, name), is_group))
        if is_group:
            found.extend(_commands(command, (*path, name)))
    return found


WALK = _commands(typer.main.get_command(app))
COMMANDS = [path for path, _ in WALK]
LEAVES = [path for path, is_group in WALK if not is_group]


def test_the_walk_finds_the_commands_and_their_subcommands():
    names = {" ".join(path) for path in COMMANDS}
    assert {"extract", "ingest", "serve", "gazetteer import", "actors list", "users add"} <= names
    assert len(COMMANDS) >= 30


def test_top_level_help_lists_every_command():
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for path in COMMANDS:
        if len(path) == 1:
            assert path[0] in result.output


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help_with_a_description(path):
    result = runner.invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    usage, _, rest = result.output.strip().partition("\n")
    assert usage.startswith("Usage:"), result.output
    description = rest.strip().split("\n")[0]
    assert description and not description.startswith("╭"), result.output  # text before the option table


@pytest.mark.parametrize("path", LEAVES, ids=" ".join)
def test_every_command_help_has_an_example(path):
    result = runner.invoke(app, [*path, "--help"], terminal_width=300)
    assert result.exit_code == 0, result.output
    assert "Example: marsad " + " ".join(path) in " ".join(result.output.split()), result.output


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
