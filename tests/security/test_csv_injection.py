"""Issue 18.5: cells a spreadsheet would run as formulas are neutralised in csv and acled-csv exports
(API and `marsad export`), OWASP's way; --raw-cells / raw_cells=true keeps them as stored."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from security_helpers import local
from security_samples import PUBLISHED, secret_report
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store

PAYLOADS = {"location": "=HYPERLINK(\"http://evil.example\",\"x\")", "actor1": "+cmd|' /C calc'!A0",
            "admin2": "-2+3", "admin3": "@SUM(1+1)", "notes": "\tTAB", "source": "\rCR"}


@pytest.fixture
def hostile_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'csv.db'}"
    with Store.open(url) as store:
        store.add_report(secret_report(), [replace(PUBLISHED, longitude=-3.25, **PAYLOADS)])
    return url


def _cells(text: str) -> set[str]:
    return {cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row}


@pytest.mark.parametrize("fmt", ["csv", "acled-csv"])
def test_formulas_are_neutralised_unless_raw_cells(hostile_url: str, fmt: str) -> None:
    with local(hostile_url) as client:
        shown = {"api": client.get("/api/events", params={"format": fmt}).text,
                 "api bounded": client.get("/api/events", params={"format": fmt, "limit": 5}).text}
        raw = client.get("/api/events", params={"format": fmt, "raw_cells": "true"}).text
    cli = CliRunner().invoke(app, ["export", "--format", fmt, "--db", hostile_url])
    cli_raw = CliRunner().invoke(app, ["export", "--format", fmt, "--db", hostile_url, "--raw-cells"])
    shown["cli"] = cli.stdout
    written = [value for name, value in PAYLOADS.items() if name in ("location", "actor1", "admin2", "notes")]
    for where, text in shown.items():
        cells = _cells(text)
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or c.startswith("-2")], where
        for value in written:
            assert "'" + value in cells, (where, value)
        assert "-3.25" in cells  # a number is not a formula
    for text in (raw, cli_raw.stdout):
        assert set(written) <= _cells(text)
