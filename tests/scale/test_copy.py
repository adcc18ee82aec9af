"""`copy_store`, `marsad db copy`: what the target lacks, matched on natural keys; twice adds nothing."""

from __future__ import annotations

import pytest
from scale_samples import make_reports
from typer.testing import CliRunner

from marsad.cli.db import db_app
from marsad.dedupe.queries import list_canonical
from marsad.errors import StoreError
from marsad.scale.copy import copy_store
from marsad.store import Store
from marsad.types import Actor, Evidence, Patron

runner = CliRunner()


@pytest.fixture(scope="module")
def coded(pipeline):
    return list(pipeline.pipe(make_reports()))


def fill(url: str, rows) -> None:
    with Store.open(url) as store:
        for report, events in rows:
            try:
                store.add_report(report, events)
            except StoreError:
                pass  # the store's own refusals are not what these tests are about
        store.save_actor(Actor(id="liwa-test", name="Liwa al-Test", inter=3, kind="militia", country="Syria",
                               aliases=("Test Brigade",), backed_by=(Patron("Iran", since=2014),)))
        text = store.get_report(1)["text"]
        evidence = Evidence(0, 5, text[:5])
        store.add_pending_actor("Saraya al-Fajr", {"kind": "group"}, rows[0][0].doc_id, evidence)


def snapshot(url: str) -> dict:
    with Store.open(url) as store:
        reports = [store.get_report(i) for i in range(1, store.count_reports() + 1)]
        return {
            "reports": sorted((r["content_hash"], r["doc_id"], len(r["events"])) for r in reports if r),
            "events": sorted(store.iter_events(), key=lambda e: e["event_id"]),
            "actors": sorted((a.id, a.name, a.aliases, a.backed_by) for a in store.list_actors()),
            "pending": [(p["name"], p["doc_id"]) for p in store.list_pending()],
        }


def test_copy_sqlite_to_target_then_again_adds_nothing(coded, db_url, tmp_path):
    source = f"sqlite:///{tmp_path / 'laptop.db'}"
    fill(source, coded)
    counts = copy_store(source, db_url)
    want = snapshot(source)
    assert counts["reports"] == len(want["reports"]) >= 5
    assert counts["events"] == len(want["events"]) >= 10
    assert counts["evidence"] >= counts["events"]
    assert counts["actors"] == 1 and counts["pending actors"] == 1
    assert snapshot(db_url) == want
    again = copy_store(source, db_url)
    assert {table: n for table, n in again.items() if n} == {}
    assert snapshot(db_url) == want


def test_copy_merges_into_a_target_that_has_some_reports(coded, tmp_path):
    source, target = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'b.db'}"
    fill(source, coded)
    fill(target, coded[4:] + coded[:1])  # the team server already has three of them, numbered differently
    counts = copy_store(source, target)
    assert counts["reports"] == len(snapshot(source)["reports"]) - 3
    assert snapshot(target)["events"] == snapshot(source)["events"]


def test_db_cli_upgrade_and_copy(coded, tmp_path):
    source, target = f"sqlite:///{tmp_path / 'a.db'}", f"sqlite:///{tmp_path / 'new' / 'b.db'}"
    fill(source, coded)
    result = runner.invoke(db_app, ["upgrade", "--db", source])
    assert result.exit_code == 0, result.output
    assert "is at revision" in result.output
    result = runner.invoke(db_app, ["copy", "--from", source, "--to", target])
    assert result.exit_code == 1
    assert "error:" in result.output and "b.db" in result.output  # the folder does not exist: one clear line
    (tmp_path / "new").mkdir()
    result = runner.invoke(db_app, ["copy", "--from", source, "--to", target])
    assert result.exit_code == 0, result.output
    assert "copied " in result.output and " reports" in result.output
    # the copied records are linked across reports in the target at once, as after an ingest
    events = len(snapshot(target)["events"])
    assert f"dedupe: {events} record(s) examined" in result.output
    with Store.open(target) as store:
        assert sum(c["member_count"] for c in list_canonical(store, limit=1000)) == events


def test_copy_into_itself_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    with pytest.raises(StoreError, match="same database"):
        copy_store(url, url)
