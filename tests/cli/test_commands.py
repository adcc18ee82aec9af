"""The CLI end to end on reports written here: extract, geoparse, ingest (idempotent), events, export."""

import csv
import io
import json
import shutil

import pytest
from typer.testing import CliRunner

from marsad.cli import app

REPORT = """Clashes in Hajin

Deir Ezzor Province – Syrian Observatory for Human Rights: On Monday, ISIS cells attacked a regime checkpoint \
near Hajin town, killing three soldiers. Unknown gunmen shot dead a young man in Deir Ezzor city at dawn today.
"""


@pytest.fixture()
def home(tmp_path, monkeypatch, small_gazetteer):
    folder = tmp_path / "home"
    folder.mkdir()
    shutil.copy(small_gazetteer, folder / "gazetteer.sqlite")
    monkeypatch.setenv("MARSAD_HOME", str(folder))
    monkeypatch.setenv("MARSAD_DB", f"sqlite:///{tmp_path / 'marsad.db'}")
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "hajin.txt").write_text(REPORT, encoding="utf-8")
    (reports / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    return reports


def run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    return result


def test_extract_prints_every_contract_field(home):
    result = run("extract", home / "hajin.txt", "--published", "2021-02-10")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["sub_event_type"] for r in rows} == {"Armed clash", "Attack"}
    for field in ("doc_id", "event_id", "event_type", "plover", "cameo", "event_date", "time_precision", "actor1",
                  "assoc_actor_1", "actor2", "inter1", "country", "admin1", "location", "latitude", "longitude",
                  "geo_precision", "fatalities", "source", "source_attribution", "notes", "evidence", "confidence"):
        assert all(field in r for r in rows), field
    assert {r["doc_id"] for r in rows} == {"hajin"}


def test_bad_file_is_one_line_and_the_rest_goes_on(home):
    result = run("extract", home)
    assert result.exit_code == 0
    assert "broken.txt: binary file, not a report" in result.output
    assert '"doc_id": "hajin"' in result.output


def test_geoparse_rows(home):
    result = run("geoparse", home / "hajin.txt")
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    hajin = [r for r in rows if r["mention"] == "Hajin"][0]
    assert set(hajin) == {"doc_id", "mention", "start", "end", "name", "geonameid", "latitude", "longitude",
                          "country", "admin1", "admin2", "feature_code", "score"}
    assert REPORT[hajin["start"]:hajin["end"]] == "Hajin" and hajin["admin1"] == "Deir ez-Zor"


def test_ingest_is_idempotent_and_queries_and_exports(home):
    first = run("ingest", home / "hajin.txt", "--published", "2021-02-10")
    assert first.exit_code == 0, first.output
    assert "1 report(s) stored with 2 event(s)" in first.output
    second = run("ingest", home / "hajin.txt", "--published", "2021-02-10")
    assert "already stored: hajin" in second.output and "0 report(s) stored" in second.output

    battles = run("events", "--type", "Battles", "--format", "jsonl")
    rows = [json.loads(line) for line in battles.stdout.splitlines() if line.startswith("{")]
    assert [r["location"] for r in rows] == ["Hajin"]

    exported = run("export", "--format", "acled-csv")
    table = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(table) == 2 and list(table[0])[:3] == ["event_id_cnty", "event_date", "year"]
    geojson = json.loads(run("export", "--format", "geojson").stdout)
    assert geojson["type"] == "FeatureCollection" and len(geojson["features"]) == 2
