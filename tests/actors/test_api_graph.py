"""Graph queries: resolved patron and governorate filters (marsad.query) and /api/actors on a temp SQLite store."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.query import resolve_filter
from marsad.store import Store
from marsad.store.filters import EventFilter
from marsad.types import EventRecord, Evidence, Report

TEXT = (
    "Deir Ezzor: Fatemiyoun members clashed with ISIS near Al-Mayadeen; SDF forces arrested a man in Hasakah."
)


def _event(event_id: str, actor1: str, admin1: str, day: str, actor2: str | None = None) -> EventRecord:
    return EventRecord(
        doc_id="sohr-g", event_id=event_id, event_type="Battles", sub_event_type="Armed clash",
        plover="ASSAULT", cameo="190", event_date=day, time_precision=1, actor1=actor1, assoc_actor_1=(),
        actor2=actor2, assoc_actor_2=(), inter1=3, inter2=2, country="Syria", admin1=admin1, admin2=None,
        admin3=None, location="Al-Mayadeen", latitude=35.02, longitude=40.45, geo_precision=1, fatalities=0,
        source="SOHR", source_attribution=None, notes="invented", confidence=0.9,
        evidence=(Evidence(0, 10, TEXT[:10]),),
    )  # fmt: skip


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'graph.db'}"
    report = Report(doc_id="sohr-g", title="t", text=TEXT, published=date(2023, 5, 2), source="SOHR")
    events = [
        _event("g-1", "Fatemiyoun Brigade", "Deir ez-Zor", "2023-05-01", "Islamic State (Syria)"),
        _event("g-2", "QSD: Syrian Democratic Forces", "Al-Hasakah", "2023-05-01"),
        replace(_event("g-3", "Islamic State (Syria)", "Deir ez-Zor", "2022-01-03"),
                assoc_actor_2=("Hezbollah",)),
    ]  # fmt: skip
    with Store.open(url) as store:
        store.add_report(report, events)
    return url


def _events(store: Store, **filters) -> list[str]:
    return [e["event_id"] for e in store.query_events(resolve_filter(EventFilter(**filters), store))]


def test_query_events_by_patron_and_governorate(db_url):
    with Store.open(db_url) as store:
        iran = set(_events(store, backed_by="Islamic Revolutionary Guard Corps"))
        assert iran == {"g-1", "g-3"}  # Fatemiyoun as actor1; Hezbollah as an associated actor
        assert _events(store, backed_by="IRGC", admin1="deir ez zor", since=date(2023, 1, 1)) == ["g-1"]
        assert _events(store, backed_by="no such patron") == []
        assert set(_events(store, admin1="Al-Hasakah")) == {"g-2"}
        assert len(store.query_events()) == 3  # the old signature still works


def test_api_actor_list_detail_and_graph(db_url):
    with TestClient(create_app(db_url), base_url="http://localhost") as client:
        listed = client.get("/api/actors", params={"q": "Fatimyon"}).json()
        assert [a["id"] for a in listed] == ["fatemiyoun"]
        states = client.get("/api/actors", params={"kind": "state", "country": "Iraq"}).json()
        assert states and all(a["kind"] == "state" and a["country"] == "Iraq" for a in states)
        detail = client.get("/api/actors/fatemiyoun").json()
        assert "Fatimyon" in detail["aliases"]
        assert any("Revolutionary Guard" in p["name"] for p in detail["patrons"])
        assert detail["events"] == 1
        assert detail["places_by_year"] == {"2023": [{"place": "Al-Mayadeen", "events": 1}]}
        sdf = client.get("/api/actors/sdf").json()
        assert any(s["id"] == "mmc" or "Military Council" in s["name"] for s in sdf["subordinates"])
        assert client.get("/api/actors/nobody-at-all").status_code == 404
        graph = client.get("/api/actors/graph").json()
        assert len(graph["nodes"]) >= 400
        assert {"source": "fatemiyoun", "relation": "backed_by"}.items() <= next(
            e for e in graph["edges"] if e["source"] == "fatemiyoun"
        ).items()
