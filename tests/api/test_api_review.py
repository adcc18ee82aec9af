"""PATCH /api/events/{id}, the audit trail, the new filters, reports, jobs, places and limits."""

from __future__ import annotations

from api_helpers import csrf
from api_helpers import wait_for_job as _wait
from fastapi.testclient import TestClient


def test_edit_is_applied_and_audited(open_client: TestClient) -> None:
    headers = csrf(open_client)
    fix = {"location": "Deir ez-Zor", "latitude": 35.336, "longitude": 40.14, "fatalities": 5}
    response = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "edit", "fields": fix, "note": "wrong town"}, headers=headers
    )
    event = response.json()
    assert response.status_code == 200 and event["review_status"] == "edited"
    assert (event["location"], event["fatalities"]) == ("Deir ez-Zor", 5)
    (entry,) = event["audit"]
    assert entry["user"] == "local" and entry["action"] == "edit" and entry["note"] == "wrong town"
    assert entry["before"]["location"] == "Al Mayadin" and entry["after"]["location"] == "Deir ez-Zor"
    assert entry["before"]["fatalities"] == 4 and "event_type" not in entry["before"]
    # the search keys follow the edit
    assert [e["event_id"] for e in open_client.get("/api/events?place=deir ez-zor").json()["events"]] == [
        "sohr-a-1"
    ]


def test_bad_edits_are_rejected_as_json(open_client: TestClient) -> None:
    headers = csrf(open_client)
    for body in (
        {"action": "explode"},
        {"action": "edit", "fields": {"event_id": "x"}},
        {"action": "edit", "fields": {"latitude": 123}},
        {"action": "edit", "fields": {"fatalities": -1}},
    ):
        response = open_client.patch("/api/events/sohr-a-1", json=body, headers=headers)
        assert response.status_code == 422 and response.json()["error"] == "invalid_request", body
    empty = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "edit", "fields": {"actor1": None}}, headers=headers
    )
    assert empty.status_code == 422 and "actor1 cannot be empty" in empty.json()["detail"]
    missing = open_client.patch("/api/events/nope", json={"action": "confirm"}, headers=headers)
    assert missing.status_code == 404


def test_reject_merge_split(open_client: TestClient) -> None:
    headers = csrf(open_client)
    rejected = open_client.patch("/api/events/sohr-b-1", json={"action": "reject"}, headers=headers).json()
    assert rejected["review_status"] == "rejected"
    merged = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "merge", "other": "sohr-b-1"}, headers=headers
    ).json()
    assert merged["audit"][-1]["after"] == {"merged_from": "sohr-b-1"}
    duplicate = open_client.get("/api/events/sohr-b-1").json()
    assert duplicate["review_status"] == "merged" and duplicate["canonical_id"] is not None
    self_merge = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "merge", "other": "sohr-a-1"}, headers=headers
    )
    assert self_merge.status_code == 422
    split = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "split", "fields": {"location": "Quriyah"}}, headers=headers
    ).json()
    assert split["event_id"] == "sohr-a-1-split1" and split["location"] == "Quriyah"
    assert split["evidence"] == open_client.get("/api/events/sohr-a-1").json()["evidence"]
    assert open_client.get("/api/events/sohr-a-1").json()["audit"][-1]["after"] == {
        "split_into": "sohr-a-1-split1"
    }
    assert open_client.get("/api/events?status=merged").json()["total"] == 1


def test_new_filters(open_client: TestClient) -> None:
    def ids(**params: str) -> list[str]:
        response = open_client.get("/api/events", params=params)
        assert response.status_code == 200, response.text
        return [e["event_id"] for e in response.json()["events"]]

    assert ids(bbox="40,34,41,36") == ["sohr-a-1"]  # west,south,east,north around Al Mayadin
    assert ids(admin1="IDLEB") == ["sohr-b-1"]
    assert ids(admin2="harim") == ["sohr-b-1"]
    assert ids(sub_type="Armed clash") == ["sohr-a-1"]
    assert ids(q="drone") == ["sohr-b-1"]
    assert ids(q="100%") == []  # LIKE wildcards are escaped
    assert ids(status="unreviewed", sort="id") == ["sohr-a-1", "sohr-b-1"]
    assert ids(min_confidence="0.9") == []
    assert ids(backed_by="no such patron") == []
    bad = open_client.get("/api/events", params={"bbox": "1,2,3"})
    assert bad.status_code == 400 and "west,south,east,north" in bad.json()["detail"]
    assert open_client.get("/api/events", params={"status": "maybe"}).status_code == 422


def test_reports_list_and_places(open_client: TestClient) -> None:
    page = open_client.get("/api/reports").json()
    assert page["total"] == 2 and [r["doc_id"] for r in page["reports"]] == ["sohr-b", "sohr-a"]
    assert page["reports"][0]["event_count"] == 1
    assert open_client.get("/api/places/nowhere").status_code == 404


def test_submit_text_upload_and_url(open_client: TestClient) -> None:
    headers = csrf(open_client)
    text = "Hama Province – SOHR: Regime forces shelled Kafr Zita. Two civilians were injured."
    job = open_client.post("/api/reports", json={"text": text, "title": "Shelling"}, headers=headers)
    assert job.status_code == 202 and job.json()["kind"] == "text"
    done = _wait(open_client, job.json()["id"])
    assert done["status"] == "done" and done["reports"][0]["added"] is True
    event_id = done["reports"][0]["event_ids"][0]
    assert open_client.get(f"/api/events/{event_id}").json()["report"]["text"] == text
    resubmitted = open_client.post("/api/reports", json={"text": text}, headers=headers)
    again = _wait(open_client, resubmitted.json()["id"])
    assert again["reports"][0]["added"] is False and again["reports"][0]["event_ids"] == [event_id]

    upload = open_client.post(
        "/api/reports/upload", files={"file": ("r.txt", b"Gunmen attacked a post near Busra.", "text/plain")},
        headers=headers,
    )
    assert upload.status_code == 202 and _wait(open_client, upload.json()["id"])["status"] == "done"
    binary = open_client.post(
        "/api/reports/upload", files={"file": ("x.bin", b"\x00\x01\x02" * 100, "application/octet-stream")},
        headers=headers,
    )
    assert binary.status_code == 400 and binary.json()["error"] == "invalid_input"

    unreachable = open_client.post("/api/reports", json={"url": "http://127.0.0.1:9/r"}, headers=headers)
    failed = _wait(open_client, unreachable.json()["id"])
    assert failed["status"] == "failed" and failed["error"]
    both = open_client.post("/api/reports", json={"text": "x", "url": "http://a.b/"}, headers=headers)
    assert both.status_code == 400
    local_file = open_client.post("/api/reports", json={"url": "file:///etc/passwd"}, headers=headers)
    assert local_file.status_code == 422
    assert open_client.get("/api/jobs/nope").status_code == 404


def test_body_size_limit(open_client: TestClient) -> None:
    headers = {**csrf(open_client), "Content-Type": "application/json"}
    huge = b'{"text": "' + b"a" * (6 * 1024 * 1024) + b'"}'
    response = open_client.post("/api/reports", content=huge, headers=headers)
    assert response.status_code == 413 and response.json()["error"] == "too_large"

    def chunked():  # no Content-Length to refuse it by: counted as it arrives
        yield b'{"text": "'
        for _ in range(12):
            yield b"a" * (512 * 1024)
        yield b'"}'

    streamed = open_client.post("/api/reports", content=chunked(), headers=headers)
    assert streamed.status_code == 413 and streamed.json()["error"] == "too_large"


def test_upload_size_limit(open_client: TestClient) -> None:
    from marsad.ingest import MAX_REPORT_BYTES

    upload = open_client.post("/api/reports/upload", headers=csrf(open_client),
                              files={"file": ("big.txt", b"a" * (MAX_REPORT_BYTES + 1), "text/plain")})
    assert upload.status_code == 413 and "MB limit" in upload.json()["detail"]


def test_openapi_lists_every_route(open_client: TestClient) -> None:
    paths = set(open_client.get("/openapi.json").json()["paths"])
    assert {
        "/api/events", "/api/events/{event_id}", "/api/reports", "/api/reports/{report_id}",
        "/api/reports/upload", "/api/jobs/{job_id}", "/api/places/{geonameid}", "/api/session",
        "/api/login", "/api/logout", "/api/users", "/api/users/{name}",
    } <= paths
