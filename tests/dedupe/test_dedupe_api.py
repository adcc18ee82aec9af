"""GET /api/canonical-events and /api/canonical-events/{id}."""

from __future__ import annotations

from dedupe_samples import ENAB, NEAR_MAYADIN, event, store_report
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.dedupe.run import dedupe
from marsad.store import Store


def test_canonical_events_list_and_detail(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        store_report(store, "sohr-a", event("sohr-a", fatalities=4, source_attribution="local sources"))
        store_report(store, "enab-b", event("enab-b", place=NEAR_MAYADIN, source=ENAB), source=ENAB)
        store_report(store, "sohr-c", event("sohr-c", event_type="Battles", sub_event_type="Armed clash",
                                            event_date="2024-02-01"))
        dedupe(store)
    with TestClient(create_app(sqlite_url), base_url="http://localhost") as client:
        page = client.get("/api/canonical-events", params={"min_reports": 2}).json()
        assert page["total"] == 1 and page["offset"] == 0
        (linked,) = page["canonical_events"]
        assert (linked["key"], linked["fatalities"], linked["report_count"]) == ("sohr-a-1", 3, 2)
        assert client.get("/api/canonical-events", params={"type": "Battles"}).json()["total"] == 1
        assert client.get("/api/canonical-events", params={"since": "2024-03-01"}).json()["total"] == 1

        detail = client.get(f"/api/canonical-events/{linked['id']}").json()
        assert [(m["event_id"], m["matched_by"]) for m in detail["members"]] == [
            ("enab-b-1", "dedupe"), ("sohr-a-1", "anchor")]
        assert detail["conflicts"][0]["field"] in {"fatalities", "location"}
        assert "local sources" not in str(detail)  # only publishers, never who on the ground said it

        missing = client.get("/api/canonical-events/999")
        assert missing.status_code == 404 and "marsad dedupe" in missing.json()["detail"]
        assert client.get("/api/canonical-events/0").status_code == 422

    with TestClient(create_app(sqlite_url, public=True), base_url="http://localhost") as client:
        # built from unreviewed records too, so a public server publishes none of them
        assert client.get("/api/canonical-events").json() == {"total": 0, "limit": 100, "offset": 0,
                                                               "canonical_events": []}
        assert client.get(f"/api/canonical-events/{linked['id']}").status_code == 404
