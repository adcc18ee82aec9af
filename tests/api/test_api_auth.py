"""Accounts and sessions: argon2 hashes, cookie flags, logout and password changes end sessions, and a walk
over the OpenAPI spec calling every route as anonymous, viewer, coder and admin (CSRF checked on each)."""

from __future__ import annotations

import pytest
from api_helpers import csrf, login
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.passwords import hash_password, verify_password
from marsad.store import Store

ROLES = ("anonymous", "viewer", "coder", "admin")
USERS = {"viewer": "vera", "coder": "carl", "admin": "ada"}
# The least role each state-changing route needs; every GET of /api needs a viewer, but these.
NEEDS = {
    ("PATCH", "/api/events/{event_id}"): "coder",
    ("POST", "/api/reports"): "coder",
    ("POST", "/api/reports/upload"): "coder",
    ("GET", "/api/pending-actors"): "coder",
    ("POST", "/api/pending-actors/{pending_id}"): "admin",
    ("GET", "/api/feeds"): "admin",
    ("POST", "/api/feeds"): "admin",
    ("POST", "/api/feeds/{feed_id}/poll"): "admin",
    ("DELETE", "/api/feeds/{feed_id}"): "admin",
    ("GET", "/api/users"): "admin",
    ("POST", "/api/users"): "admin",
    ("DELETE", "/api/users/{name}"): "admin",
    ("POST", "/api/session/password"): "viewer",
}
# Anyone: the session itself, and logging in and out (tested on their own below).
ANYONE = {("GET", "/api/session"), ("POST", "/api/login"), ("POST", "/api/logout")}
# Values that name nothing, so an allowed call answers 404/422 and changes nothing.
PATH_VALUES = {"event_id": "no-such-event", "report_id": "999999", "job_id": "no-such-job",
               "feed_id": "999999", "geonameid": "no-such-place", "name": "no-such-user",
               "pending_id": "999999", "actor_id": "no-such-actor", "canonical_id": "999999"}


def operations(app) -> list[tuple[str, str]]:
    spec = app.openapi()
    return [(method.upper(), path) for path, ops in spec["paths"].items() for method in ops]


def needed_role(method: str, path: str) -> str:
    if (method, path) in NEEDS:
        return NEEDS[(method, path)]
    assert method == "GET", f"{method} {path}: add it to NEEDS with the role it should need"
    return "viewer"


def call(client: TestClient, method: str, path: str, headers: dict[str, str]):
    url = path.format(**{k: v for k, v in PATH_VALUES.items() if "{" + k + "}" in path})
    if method == "GET":
        return client.get(url, headers=headers)
    if path.endswith("/upload"):
        return client.post(url, headers=headers, files={"file": ("r.txt", b"", "text/plain")},
                           data={"published": "not-a-date"})  # 422: nothing is queued
    return client.request(method, url, headers=headers, json={"unexpected": True})


def test_every_route_checks_the_role_and_the_csrf_token(accounts_url: str) -> None:
    app = create_app(accounts_url)
    with TestClient(app, base_url="http://localhost") as client:
        sessions: dict[str, tuple[str, dict[str, str]]] = {}
        for role in ROLES:
            client.cookies.clear()
            headers = csrf(client) if role == "anonymous" else login(client, USERS[role])
            sessions[role] = (client.cookies["marsad_session"], headers)
        walked = 0
        for method, path in operations(app):
            if (method, path) in ANYONE:
                continue
            needs = needed_role(method, path)
            for role in ROLES:
                token, headers = sessions[role]
                client.cookies.clear()
                client.cookies.set("marsad_session", token)
                status = call(client, method, path, headers).status_code
                if role == "anonymous":
                    assert status == 401, (role, method, path, status)
                elif ROLES.index(role) < ROLES.index(needs):
                    assert status == 403, (role, method, path, status)
                else:
                    assert status not in (401, 403, 500), (role, method, path, status)
                    if method != "GET":  # the same call without the CSRF token is refused
                        forged = call(client, method, path, {"X-CSRF-Token": "forged"}).status_code
                        assert forged == 403, ("no CSRF", role, method, path, forged)
                walked += 1
        print(f"walked {walked // len(ROLES)} operations as {len(ROLES)} roles")
        assert walked >= 4 * 22


def test_passwords_are_argon2id_hashes(accounts_url: str) -> None:
    with Store.open(accounts_url) as store:
        stored = store.get_user("carl")["password_hash"]
    assert stored.startswith("$argon2id$") and "carl-password" not in stored
    assert verify_password(stored, "carl-password") and not verify_password(stored, "carl-passwordX")
    assert hash_password("carl-password") != stored  # salted: the same password, another hash


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_session_cookie_flags(accounts_url: str, scheme: str) -> None:
    with TestClient(create_app(accounts_url), base_url=f"{scheme}://localhost") as client:
        client.get("/api/session")
        response = client.post("/api/login", json={"name": "carl", "password": "carl-password"},
                               headers=csrf(client))
        cookie = response.headers["set-cookie"].lower()
        assert "marsad_session=" in cookie and "httponly" in cookie and "samesite=lax" in cookie
        assert "path=/" in cookie and (("secure" in cookie) == (scheme == "https"))


def test_logout_ends_the_session_for_good(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        headers = login(client, "carl")
        token = client.cookies["marsad_session"]
        assert client.post("/api/logout", headers=headers).status_code == 204
        client.cookies.set("marsad_session", token)  # the old cookie, replayed
        assert client.get("/api/events").status_code == 401
        assert client.get("/api/session").json()["user"] is None


def test_login_changes_the_session_token(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        client.get("/api/session")
        before = client.cookies["marsad_session"]
        login(client, "carl")
        assert client.cookies["marsad_session"] != before  # no session fixation
        client.cookies.set("marsad_session", before)
        assert client.get("/api/events").status_code == 401


def test_password_change_ends_every_other_session(accounts_url: str) -> None:
    app = create_app(accounts_url)
    with TestClient(app, base_url="http://localhost") as laptop, TestClient(app, base_url="http://localhost") as phone:
        headers = login(laptop, "carl")
        login(phone, "carl")
        wrong = laptop.post("/api/session/password", headers=headers,
                            json={"current_password": "nope-nope", "new_password": "new-carl-password"})
        assert wrong.status_code == 401
        changed = laptop.post("/api/session/password", headers=headers,
                              json={"current_password": "carl-password", "new_password": "new-carl-password"})
        assert changed.status_code == 200 and changed.json()["user"] == "carl"
        assert laptop.get("/api/events").status_code == 200  # this session goes on, with a new cookie
        assert phone.get("/api/events").status_code == 401  # the other one has ended
        old = phone.post("/api/login", json={"name": "carl", "password": "carl-password"}, headers=csrf(phone))
        assert old.status_code == 401
        assert phone.post("/api/login", json={"name": "carl", "password": "new-carl-password"},
                          headers=csrf(phone)).status_code == 200


def test_password_set_from_the_command_line_ends_web_sessions(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        login(client, "vera")
        assert client.get("/api/events").status_code == 200
        with Store.open(accounts_url) as store:  # what `marsad users passwd vera` does, from another process
            store.set_password_hash("vera", hash_password("another-password"))
        assert client.get("/api/events").status_code == 401


def test_password_change_needs_an_account(open_client: TestClient) -> None:
    response = open_client.post("/api/session/password", headers=csrf(open_client),
                                json={"current_password": "whatever1", "new_password": "whatever2"})
    assert response.status_code == 403 and "account" in response.json()["detail"]
