"""Modes (open, login, public), roles, CSRF, login rate limit, and escaping of hostile report text."""

from __future__ import annotations

from api_helpers import csrf, login, wait_for_job
from fastapi.testclient import TestClient

from marsad.api import create_app


def test_open_mode_says_so_and_lets_the_local_user_edit(open_client: TestClient) -> None:
    session = open_client.get("/api/session")
    body = session.json()
    assert body["mode"] == "open" and body["role"] == "admin" and "Open mode" in body["banner"]
    cookie = session.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    response = open_client.patch(
        "/api/events/sohr-a-1", json={"action": "confirm"}, headers=csrf(open_client)
    )
    assert response.status_code == 200 and response.json()["review_status"] == "confirmed"


def test_every_change_needs_the_csrf_token(open_client: TestClient) -> None:
    open_client.get("/api/session")
    for headers in ({}, {"X-CSRF-Token": "forged"}):
        response = open_client.patch("/api/events/sohr-a-1", json={"action": "reject"}, headers=headers)
        assert response.status_code == 403 and response.json()["error"] == "forbidden"
        assert "CSRF" in response.json()["detail"]
    assert open_client.get("/api/events/sohr-a-1").json()["review_status"] == "unreviewed"


def test_open_mode_only_on_loopback(sqlite_url: str) -> None:
    with TestClient(create_app(sqlite_url, host="0.0.0.0"), base_url="http://localhost") as client:
        assert client.get("/api/session").json()["mode"] == "login"
        response = client.get("/api/events")
        assert response.status_code == 401 and response.json()["error"] == "not_authenticated"


def test_once_an_account_exists_everything_needs_a_login(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        assert client.get("/api/session").json()["mode"] == "login"
        for path in ("/api/events", "/api/events/sohr-a-1", "/api/reports", "/api/places/x"):
            assert client.get(path).status_code == 401, path
        assert client.get("/").status_code == 200  # the page itself, to show the login form
        wrong = client.post("/api/login", json={"name": "carl", "password": "nope"}, headers=csrf(client))
        assert wrong.status_code == 401 and wrong.json()["detail"] == "wrong name or password"
        headers = login(client, "carl")
        assert client.get("/api/session").json()["user"] == "carl"
        assert client.get("/api/events").json()["total"] == 2
        assert client.post("/api/logout", headers=headers).status_code == 204
        assert client.get("/api/events").status_code == 401


def test_roles(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        headers = login(client, "vera")
        assert client.get("/api/events").status_code == 200
        denied = client.patch("/api/events/sohr-a-1", json={"action": "confirm"}, headers=headers)
        assert denied.status_code == 403 and "coder" in denied.json()["detail"]
        headers = login(client, "carl")
        confirmed = client.patch("/api/events/sohr-a-1", json={"action": "confirm"}, headers=headers)
        assert confirmed.status_code == 200
        assert client.get("/api/users").status_code == 403
        headers = login(client, "ada")
        assert [u["name"] for u in client.get("/api/users").json()] == ["ada", "carl", "vera"]
        added = client.post("/api/users", json={"name": "zed", "password": "zed-password", "role": "viewer"},
                            headers=headers)
        assert added.status_code == 201 and added.json()["role"] == "viewer"
        assert client.delete("/api/users/vera", headers=headers).status_code == 204
        audit = client.get("/api/events/sohr-a-1").json()["audit"]
        assert [(a["user"], a["action"]) for a in audit] == [("carl", "confirm")]


def test_removed_user_is_logged_out_at_once(accounts_url: str) -> None:
    from marsad.store import Store

    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        login(client, "vera")
        with Store.open(accounts_url) as store:
            store.remove_user("vera")
        assert client.get("/api/events").status_code == 401


def test_login_is_rate_limited(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        headers = csrf(client)
        codes = [
            client.post("/api/login", json={"name": "ada", "password": "guess"}, headers=headers).status_code
            for _ in range(6)
        ]
        assert codes == [401] * 5 + [429]
        blocked = client.post("/api/login", json={"name": "ada", "password": "ada-password"}, headers=headers)
        assert blocked.status_code == 429 and "try again" in blocked.json()["detail"]


def test_public_mode_is_read_only_and_hides_sources_and_audit(accounts_url: str) -> None:
    from marsad.store import Store

    with Store.open(accounts_url) as store:
        store.review_event("sohr-a-1", "edit", "carl", fields={"source_attribution": "a local activist"})
    with TestClient(create_app(accounts_url, public=True), base_url="http://localhost") as client:
        assert client.get("/api/session").json()["mode"] == "public"
        event = client.get("/api/events/sohr-a-1").json()
        assert event["source_attribution"] is None and event["audit"] == []
        listed = client.get("/api/events").json()["events"]
        assert all(e["source_attribution"] is None for e in listed)
        for fmt in ("csv", "jsonl", "geojson", "acled-csv"):
            assert "a local activist" not in client.get(f"/api/events?format={fmt}").text, fmt
        report_id = event["report_id"]
        assert client.get(f"/api/reports/{report_id}").json()["events"][0]["source_attribution"] is None
        denied = client.patch("/api/events/sohr-a-1", json={"action": "reject"}, headers=csrf(client))
        assert denied.status_code == 403 and "read-only" in denied.json()["detail"]
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        login(client, "vera")
        assert client.get("/api/events/sohr-a-1").json()["source_attribution"] == "a local activist"


def test_hostile_report_is_stored_and_returned_as_text(open_client: TestClient) -> None:
    # The JSON carries the characters as they were; the page inserts them with textContent, and the
    # Content-Security-Policy forbids inline script even if something slipped through.
    hostile = '<script>alert("x")</script> <img src=x onerror=alert(1)> Gunmen attacked a checkpoint.'
    job = open_client.post("/api/reports", json={"text": hostile}, headers=csrf(open_client)).json()
    done = wait_for_job(open_client, job["id"])
    event = open_client.get(f"/api/events/{done['reports'][0]['event_ids'][0]}")
    assert event.headers["content-type"].startswith("application/json")
    assert event.json()["report"]["text"] == hostile
    page = open_client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert "<script>alert" not in page.text

