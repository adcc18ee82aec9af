"""Issue 18.2: anonymous visitors store no session, so no flood of them can push a logged-in user out;
an account's own sessions are capped without touching anyone else's."""

from __future__ import annotations

import pytest
from security_helpers import local, login

import marsad.api.sessions as sessions


def test_anonymous_visitors_never_log_anyone_out(accounts_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # the old global cap, made small: anonymous sessions used to count against it and evict the oldest
    monkeypatch.setattr(sessions, "MAX_SESSIONS", 20, raising=False)
    with local(accounts_url) as vera, local(accounts_url) as crowd:
        assert login(vera, "vera").status_code == 200
        for _ in range(40):
            crowd.cookies.clear()
            assert crowd.get("/api/session").status_code == 200
        assert vera.get("/api/session").json()["user"] == "vera"
        assert vera.get("/api/events").status_code == 200
        # an anonymous session still carries a CSRF token that works: it can log in
        crowd.cookies.clear()
        assert login(crowd, "carl").json()["user"] == "carl"


def test_public_server_stores_no_session(accounts_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sessions, "MAX_SESSIONS", 5, raising=False)
    with local(accounts_url) as vera, local(accounts_url, public=True) as crowd:
        assert login(vera, "vera").status_code == 200
        for _ in range(10):
            crowd.cookies.clear()
            crowd.get("/api/session")
        assert vera.get("/api/session").json()["user"] == "vera"


def test_one_account_caps_only_its_own_sessions(accounts_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sessions, "MAX_SESSIONS_PER_USER", 3, raising=False)
    monkeypatch.setattr(sessions, "MAX_SESSIONS", 3, raising=False)
    with local(accounts_url) as vera, local(accounts_url) as carl:
        assert login(vera, "vera").status_code == 200
        for _ in range(5):
            carl.cookies.clear()
            assert login(carl, "carl").status_code == 200
        assert vera.get("/api/session").json()["user"] == "vera"
        assert carl.get("/api/session").json()["user"] == "carl"  # the newest of carl's stays
