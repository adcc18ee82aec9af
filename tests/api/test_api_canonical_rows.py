"""One row per real event on /api/events (canonical=true, the default): the records dedupe linked are
listed once with their report count and publishers; canonical=false lists every record; the facets and
exports follow the same switch; CSV with a byte-order mark; export names that say what was filtered."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from api_samples import ATTACK, STRIKE, TEXT_A, TEXT_B, report
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.filenames import export_filename
from marsad.dedupe.run import dedupe
from marsad.store import Store

TEXT_B2 = "Idlib – Enab Baladi: a coalition drone hit a car near Sarmada on February 2, killing a commander."


def twice_told(url: str, publish: tuple[str, ...] = ()) -> None:
    with Store.open(url) as store:
        store.add_report(report("sohr-a", TEXT_A), [ATTACK])
        store.add_report(report("sohr-b", TEXT_B), [STRIKE])
        second = replace(report("enab-b", TEXT_B2), source="Enab Baladi")
        store.add_report(second, [replace(STRIKE, doc_id="enab-b", event_id="enab-b-1", source="Enab Baladi")])
        dedupe(store)
        for event_id in publish:
            store.review_event(event_id, "confirm", "carl")


@pytest.fixture
def deduped(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'deduped.db'}"
    twice_told(url)
    return url


def test_one_row_per_real_event_by_default(deduped: str) -> None:
    with TestClient(create_app(deduped), base_url="http://localhost") as client:
        events = client.get("/api/events").json()
        assert events["total"] == 2
        strike = next(e for e in events["events"] if e["event_type"] == "Explosions/Remote violence")
        assert strike["event_id"] == "sohr-b-1" and strike["report_count"] == 2
        assert sorted(strike["sources"]) == ["Enab Baladi", "Syrian Observatory for Human Rights"]
        members = client.get(f"/api/canonical-events/{strike['canonical_event']}").json()["members"]
        assert sorted(m["event_id"] for m in members) == ["enab-b-1", "sohr-b-1"]

        records = client.get("/api/events", params={"canonical": "false"}).json()
        assert records["total"] == 3 and "report_count" not in records["events"][0]
        assert client.get("/api/events/facets").json()["total"] == 2
        assert client.get("/api/events/facets", params={"canonical": "false"}).json()["total"] == 3
        csv_rows = client.get("/api/events", params={"format": "csv"}).text.strip().splitlines()
        assert len(csv_rows) == 1 + 2


def test_public_canonical_row_is_a_reviewed_member_when_the_anchor_is_not(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'public.db'}"
    twice_told(url, publish=("enab-b-1",))  # the anchor (sohr-b-1) stays unreviewed
    with TestClient(create_app(url, public=True), base_url="http://localhost") as public:
        shown = public.get("/api/events").json()
        assert [e["event_id"] for e in shown["events"]] == ["enab-b-1"]


def test_csv_byte_order_mark_and_export_names(deduped: str) -> None:
    with TestClient(create_app(deduped), base_url="http://localhost") as client:
        plain = client.get("/api/events", params={"format": "csv"})
        excel = client.get("/api/events", params={"format": "csv", "bom": "true", "type": "Battles"})
        assert not plain.content.startswith(b"\xef\xbb\xbf")
        assert excel.content.startswith(b"\xef\xbb\xbf") and excel.content[3:].startswith(b"doc_id")
        assert plain.headers["content-disposition"] == 'attachment; filename="events.csv"'
        assert excel.headers["content-disposition"] == 'attachment; filename="events_type-Battles.csv"'
        geojson = client.get("/api/events", params={"format": "geojson", "bom": "true"})
        assert geojson.content.startswith(b"{")  # JSON never takes a byte-order mark


def test_export_filename_says_what_was_filtered() -> None:
    assert export_filename({"since": "2024-01-01", "actor": "Hay'at Tahrir / HTS", "format": "csv"}, "csv") == (
        "events_since-2024-01-01_actor-Hay-at-Tahrir-HTS.csv")
    assert export_filename({"canonical": "false", "admin1": "دير الزور"}, "jsonl") == (
        "events_all-records_admin1.jsonl")
    assert len(export_filename({"q": "x" * 500}, "csv")) <= 124
