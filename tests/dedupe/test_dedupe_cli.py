"""`marsad dedupe`, and `marsad ingest` linking the reports it stores to the ones already stored."""

from __future__ import annotations

import shutil

from dedupe_samples import ENAB, event, store_report
from typer.testing import CliRunner

from marsad.cli import app
from marsad.dedupe.queries import count_canonical
from marsad.store import Store

# The same ambush told by two publishers (invented).
SOHR_TEXT = """Ambush in Hajin

Deir Ezzor Province – Syrian Observatory for Human Rights: On Monday, ISIS cells attacked a regime checkpoint \
near Hajin town, killing three soldiers.
"""
ENAB_TEXT = """Checkpoint attacked near Hajin

Deir Ezzor – Enab Baladi: ISIS cells attacked a checkpoint of regime forces near Hajin on Monday, killing \
four soldiers, according to local sources.
"""


def test_dedupe_command_reports_what_it_did_and_a_rerun_does_nothing(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        store_report(store, "sohr-a", event("sohr-a"))
        store_report(store, "enab-b", event("enab-b", source=ENAB), source=ENAB)
    first = CliRunner().invoke(app, ["dedupe", "--db", sqlite_url])
    assert first.exit_code == 0, first.output
    assert "2 record(s) examined: 1 canonical event(s), 1 linking several reports; 1 created" in first.output
    second = CliRunner().invoke(app, ["dedupe", "--db", sqlite_url])
    assert "0 record(s) examined" in second.output and "0 created, 0 updated, 0 removed" in second.output
    rebuilt = CliRunner().invoke(app, ["dedupe", "--rebuild", "--db", sqlite_url])
    assert "2 record(s) examined" in rebuilt.output and "0 membership(s) changed" in rebuilt.output


def test_ingest_dedupes_after_storing(tmp_path, monkeypatch, small_gazetteer) -> None:
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(small_gazetteer, home / "gazetteer.sqlite")
    monkeypatch.setenv("MARSAD_HOME", str(home))
    url = f"sqlite:///{tmp_path / 'marsad.db'}"
    (tmp_path / "sohr.txt").write_text(SOHR_TEXT, encoding="utf-8")
    (tmp_path / "enab.txt").write_text(ENAB_TEXT, encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(tmp_path / "sohr.txt"), "--published", "2021-02-10", "--db", url])
    assert first.exit_code == 0, first.output
    assert "dedupe: 1 record(s) examined" in first.output
    second = runner.invoke(app, ["ingest", str(tmp_path / "enab.txt"), "--published", "2021-02-10",
                                 "--source", "Enab Baladi", "--db", url])
    assert second.exit_code == 0, second.output
    with Store.open(url) as store:
        assert store.count_events() == 2
        assert count_canonical(store, min_reports=2) == 1
