from __future__ import annotations

import functools
import http.server
import threading
import zipfile

import pytest
from typer.testing import CliRunner

from marsad.cli.gazetteer import gazetteer_app
from marsad.places.gazetteer import Gazetteer
from marsad.places.rows import geoparse_rows
from marsad.types import Report

ROW_KEYS = {
    "doc_id",
    "mention",
    "start",
    "end",
    "name",
    "geonameid",
    "latitude",
    "longitude",
    "country",
    "admin1",
    "admin2",
    "feature_code",
    "score",
}


@pytest.fixture
def local_server(tmp_path, gazetteer_files):
    served = tmp_path / "served"
    served.mkdir()
    with zipfile.ZipFile(served / "SY.zip", "w") as archive:
        archive.write(gazetteer_files["dump"], "SY.txt")
    (served / "admin1CodesASCII.txt").write_bytes(gazetteer_files["admin1"].read_bytes())
    (served / "ocha.csv").write_bytes(gazetteer_files["ocha"].read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_download_then_import_from_local_server(tmp_path, monkeypatch, local_server):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(
        gazetteer_app,
        ["download", "SY", "--geonames-base", local_server, "--ocha-url", f"{local_server}/ocha.csv"],
    )
    assert result.exit_code == 0, result.output
    assert "SY.zip: 11 places" in result.output
    assert Gazetteer.open(tmp_path / "home" / "gazetteer.sqlite").get("ocha:C5002") is not None


def test_download_failure_is_one_line(tmp_path, monkeypatch, local_server):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    result = CliRunner().invoke(gazetteer_app, ["download", "XX", "--geonames-base", local_server])
    assert result.exit_code == 1
    assert "could not download" in result.output and "XX.zip" in result.output


def test_import_rejects_truncated_file_and_status_still_works(tmp_path, monkeypatch, gazetteer_files):
    monkeypatch.setenv("MARSAD_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    truncated = tmp_path / "IQ.txt"
    truncated.write_text(gazetteer_files["dump"].read_text(encoding="utf-8")[:150], encoding="utf-8")
    result = runner.invoke(gazetteer_app, ["import", str(truncated)])
    assert result.exit_code == 1 and "truncated" in result.output
    assert not (tmp_path / "home" / "gazetteer.sqlite").exists()


def test_geoparse_rows_have_the_contract_fields(small_gazetteer):
    reports = [Report(doc_id="r1", text="Clashes in Al-Mayadeen city and near Abu Kamal.")]
    rows = list(geoparse_rows(reports, small_gazetteer))
    assert [r["geonameid"] for r in rows] == ["1003", "1002"]
    assert all(set(r) == ROW_KEYS for r in rows)
    assert rows[0]["mention"] == "Al-Mayadeen" and rows[0]["start"] == 11
