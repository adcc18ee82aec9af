from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from api_samples import ATTACK, STRIKE, TEXT_A
from fastapi.testclient import TestClient

from marsad.export import ACLED_COLUMNS, EVENT_FIELDS


def test_events_page_lists_newest_first(client: TestClient) -> None:
    response = client.get("/api/events")
    assert response.status_code == 200
    page = response.json()
    assert page["total"] == 2 and page["offset"] == 0
    assert [e["event_id"] for e in page["events"]] == ["sohr-b-1", "sohr-a-1"]
    # one row per real event (canonical=true, the default): each says how many reports told it, and who
    assert page["events"][1] == {**ATTACK.as_dict(), "review_status": "unreviewed", "canonical_id": None,
                                 "canonical_event": None, "report_count": 1, "sources": [ATTACK.source]}


def test_events_filters(client: TestClient) -> None:
    def ids(**params: str) -> list[str]:
        response = client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return [e["event_id"] for e in response.json()["events"]]

    assert ids(since="2024-02-01") == ["sohr-b-1"]
    assert ids(until="2024-01-31") == ["sohr-a-1"]
    assert ids(type="Battles") == ["sohr-a-1"]
    assert ids(type="Air/drone strike") == ["sohr-b-1"]
    assert ids(actor="islamic state") == ["sohr-a-1"]
    assert ids(actor="hurras") == ["sohr-b-1"]  # actor2 matches too
    assert ids(place="idleb") == ["sohr-b-1"]
    assert ids(place="idleb", actor="islamic") == []
    assert ids(limit="1", offset="1") == ["sohr-a-1"]
    assert ids(sort="event_date") == ["sohr-a-1", "sohr-b-1"]


def test_bad_parameters_use_the_error_shape(client: TestClient) -> None:
    response = client.get("/api/events", params={"since": "yesterday", "limit": "0"})
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"error", "detail"}
    assert body["error"] == "invalid_request"
    assert "since" in body["detail"] and "limit" in body["detail"]


def test_event_detail_has_report_text_and_evidence(client: TestClient) -> None:
    body = client.get("/api/events/sohr-a-1").json()
    assert body["report"]["text"] == TEXT_A
    assert body["review_status"] == "unreviewed"
    start, end = body["evidence"][0]["start"], body["evidence"][0]["end"]
    assert body["report"]["text"][start:end] == body["evidence"][0]["text"]
    assert body["field_evidence"]["fatalities"]["text"] == "killing four soldiers"


def test_missing_event_is_a_404_json(client: TestClient) -> None:
    response = client.get("/api/events/no-such-event")
    assert response.status_code == 404
    assert response.json() == {
        "error": "not_found",
        "detail": "no event with id 'no-such-event'; GET /api/events lists the stored events",
    }


def test_report_with_events_and_404(client: TestClient) -> None:
    event = client.get("/api/events/sohr-b-1").json()
    report = client.get(f"/api/reports/{event['report_id']}").json()
    assert report["doc_id"] == "sohr-b"
    assert [e["event_id"] for e in report["events"]] == ["sohr-b-1"]
    missing = client.get("/api/reports/9999")
    assert missing.status_code == 404 and missing.json()["error"] == "not_found"
    assert client.get("/api/nothing-here").json()["error"] == "not_found"


def test_export_formats(client: TestClient) -> None:
    acled = client.get("/api/events", params={"format": "acled-csv", "sort": "id"})
    assert acled.status_code == 200 and acled.headers["content-type"].startswith("text/csv")
    assert 'filename="events.csv"' in acled.headers["content-disposition"]
    header, *rows = list(csv.reader(io.StringIO(acled.text)))
    assert tuple(header) == ACLED_COLUMNS and len(rows) == 2

    plain = list(csv.DictReader(io.StringIO(client.get("/api/events?format=csv&actor=coalition").text)))
    assert tuple(plain[0]) == EVENT_FIELDS and [r["event_id"] for r in plain] == ["sohr-b-1"]

    geo = client.get("/api/events", params={"format": "geojson"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert sorted(f["id"] for f in features) == ["sohr-a-1", "sohr-b-1"]

    lines = client.get("/api/events", params={"format": "jsonl"}).text.splitlines()
    assert [json.loads(line) for line in lines] == [ATTACK.as_dict(), STRIKE.as_dict()]

    paged = client.get("/api/events", params={"format": "jsonl", "limit": 1}).text.splitlines()
    assert [json.loads(line)["event_id"] for line in paged] == ["sohr-b-1"]

    unknown = client.get("/api/events", params={"format": "xlsx"})
    assert unknown.status_code == 422 and unknown.json()["error"] == "invalid_request"


def test_index_page_and_assets_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/app.js" in page.text and "/static/style.css" in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # nothing from a CDN
    script = client.get("/static/app.js")
    assert script.status_code == 200 and "textContent" in script.text
    assert "innerHTML" not in script.text.replace("never innerHTML", "")
    assert client.get("/static/style.css").status_code == 200


def test_openapi_lists_the_routes(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}", "/api/reports/{report_id}"} <= set(paths)


def test_pages_match_their_documented_schema(client: TestClient) -> None:
    """List pages are encoded without response_model validation: they must still be EventPage's shape."""
    from marsad.api.schemas import EventPage

    page = client.get("/api/events", params={"limit": 5}).json()
    assert EventPage.model_validate(page).model_dump(mode="json") == page


def test_total_follows_every_write_from_any_process(client: TestClient, db_url: str) -> None:
    """Totals are kept per data version: a write here or in another process is counted at once."""
    from api_samples import report

    from marsad.store import Store

    def total(**params: str) -> int:
        return client.get("/api/events", params=params).json()["total"]

    assert total(status="confirmed") == 0 and total() == 2
    headers = {"X-CSRF-Token": client.get("/api/session").json()["csrf_token"]}
    assert client.patch("/api/events/sohr-a-1", json={"action": "confirm"}, headers=headers).status_code == 200
    assert total(status="confirmed") == 1
    with Store.open(db_url) as other:  # as `marsad ingest` or another server would
        other.review_event("sohr-b-1", "confirm", "someone")
        assert total(status="confirmed") == 2
        other.add_report(report("sohr-new", TEXT_A + " Again."), [replace(ATTACK, doc_id="sohr-new",
                                                                          event_id="sohr-new-1")])
        assert total() == 3 and total(status="unreviewed") == 1
