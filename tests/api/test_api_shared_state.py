"""Two apps on one database file stand in for two `marsad serve` worker processes: sessions, the login
rate limit, jobs and feed polls must agree between them."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest
from api_helpers import FakePipeline, csrf, login, wait_for_job
from fastapi.testclient import TestClient
from sqlalchemy import select

from marsad.api import create_app
from marsad.api.jobstore import INTERRUPTED
from marsad.api.passwords import hash_password
from marsad.store import Store
from marsad.store.auth_models import WebJobRow, WebSessionRow

COOKIE = "marsad_session"


@pytest.fixture
def shared_url(db_url: str) -> str:
    """The sample database (SQLite, and PostgreSQL where MARSAD_TEST_PG_URL is set) with three accounts."""
    with Store.open(db_url) as store:
        for name, role in (("vera", "viewer"), ("carl", "coder"), ("ada", "admin")):
            store.add_user(name, hash_password(f"{name}-password"), role)
    return db_url


def _two_clients(url: str) -> tuple[TestClient, TestClient]:
    return (TestClient(create_app(url, pipeline_factory=FakePipeline), base_url="http://localhost"),
            TestClient(create_app(url, pipeline_factory=FakePipeline), base_url="http://localhost"))


def _same_session(source: TestClient, target: TestClient) -> None:
    """The browser's cookie, sent to the other process."""
    target.cookies.set(COOKIE, source.cookies[COOKIE])


def test_a_session_made_in_one_process_counts_in_the_other(shared_url: str) -> None:
    first, second = _two_clients(shared_url)
    with first, second:
        headers = login(first, "carl")
        _same_session(first, second)
        assert second.get("/api/session").json()["user"] == "carl"
        assert second.get("/api/events").status_code == 200
        # the CSRF token issued by one process is checked by the other
        assert second.post("/api/logout", headers=headers).status_code == 204
        assert first.get("/api/events").status_code == 401  # logged out everywhere
        assert first.get("/api/session").json()["user"] is None


def test_only_a_hash_of_the_session_token_is_stored(accounts_url: str) -> None:
    with TestClient(create_app(accounts_url), base_url="http://localhost") as client:
        login(client, "vera")
        token = client.cookies[COOKIE]
    with Store.open(accounts_url) as store, store._read() as session:
        rows = session.scalars(select(WebSessionRow)).all()
    assert rows and all(token not in (row.token_hash, row.csrf, row.credential) for row in rows)
    assert any(row.user_name == "vera" and len(row.token_hash) == 64 for row in rows)


def test_password_change_and_removal_end_sessions_in_every_process(accounts_url: str) -> None:
    first, second = _two_clients(accounts_url)
    with first, second:
        headers = login(first, "vera")
        _same_session(first, second)
        # another device of vera's, served by the first process
        other = TestClient(first.app, base_url="http://localhost")
        with other:
            login(other, "vera")
            answer = second.post("/api/session/password", headers=headers,
                                 json={"current_password": "vera-password", "new_password": "vera-new-password"})
            assert answer.status_code == 200, answer.text
            assert other.get("/api/events").status_code == 401
            assert second.get("/api/events").status_code == 200  # this one goes on with its new cookie

        admin = login(first, "ada")
        _same_session(first, second)
        carl = TestClient(second.app, base_url="http://localhost")
        with carl:
            login(carl, "carl")
            assert carl.get("/api/events").status_code == 200
            assert first.delete("/api/users/carl", headers=admin).status_code == 204
            assert carl.get("/api/events").status_code == 401
    with Store.open(accounts_url) as store, store._read() as session:
        assert session.scalars(select(WebSessionRow).where(WebSessionRow.user_name == "carl")).all() == []


def test_failed_logins_count_across_processes(shared_url: str) -> None:
    first, second = _two_clients(shared_url)
    with first, second:
        for client in (first, second, first, second, first):
            wrong = client.post("/api/login", json={"name": "ada", "password": "wrong"}, headers=csrf(client))
            assert wrong.status_code == 401
        for client in (second, first):
            blocked = client.post("/api/login", json={"name": "ada", "password": "ada-password"},
                                  headers=csrf(client))
            assert blocked.status_code == 429 and "try again in" in blocked.json()["detail"]
        # the address is not held yet (many people may share one): another account logs in from it
        assert second.post("/api/login", json={"name": "vera", "password": "vera-password"},
                           headers=csrf(second)).status_code == 200


def test_a_job_accepted_by_one_process_is_followed_in_the_other(shared_url: str) -> None:
    text = ("Idlib Province – Syrian Observatory for Human Rights: On March 9, regime forces shelled Kansafra, "
            "killing two civilians.")
    first, second = _two_clients(shared_url)
    with first, second:
        headers = login(first, "carl")
        _same_session(first, second)
        job = first.post("/api/reports", json={"text": text}, headers=headers).json()
        done = wait_for_job(second, job["id"])
        assert done["status"] == "done" and done["submitted_by"] == "carl", done
        assert done["reports"][0]["added"] and done["reports"][0]["event_ids"]
        assert second.get("/api/jobs/no-such-job").status_code == 404


def _pid_of_an_ended_process() -> int:
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid


def test_jobs_left_running_by_a_process_that_ended_are_shown_interrupted(sqlite_url: str) -> None:
    import socket

    with Store.open(sqlite_url) as store, store._write() as session, session.begin():
        for job_id, status in (("left-running", "running"), ("left-queued", "queued"), ("finished", "done")):
            session.add(WebJobRow(id=job_id, kind="text", submitted_by="carl", created_at=datetime.now(UTC),
                                  status=status, progress="extracting events from report 1 of 1", reports=[],
                                  error=None, skipped=[],
                                  owner=f"{socket.gethostname()}:{_pid_of_an_ended_process()}:0badf00d"))
    with TestClient(create_app(sqlite_url), base_url="http://localhost") as client:
        for job_id in ("left-running", "left-queued"):
            job = client.get(f"/api/jobs/{job_id}").json()
            assert (job["status"], job["progress"], job["error"]) == ("failed", "interrupted", INTERRUPTED)
        assert client.get("/api/jobs/finished").json()["status"] == "done"


def test_a_due_feed_is_claimed_by_one_process_only(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.add_feed("http://127.0.0.1:9/feed.xml", 60, "ada")  # nothing listens: the job just fails
    # no lifespan: the pollers' threads stay off, the test calls them
    first = create_app(db_url, pipeline_factory=FakePipeline)
    second = create_app(db_url, pipeline_factory=FakePipeline)
    try:
        now = datetime.now(UTC)
        claimed = first.state.feeds.poll_due(now) + second.state.feeds.poll_due(now)
        assert len(claimed) == 1 and claimed[0].submitted_by == "feed-poller"
    finally:
        for app in (first, second):
            app.state.jobs.shutdown()
            app.state.totals.close()
            app.state.store.close()


def test_sessions_outlive_a_restart_until_the_password_changes(accounts_url: str) -> None:
    """Sessions are rows, not memory: a new process (here a new app) knows the old cookie."""
    with TestClient(create_app(accounts_url), base_url="http://localhost") as before:
        login(before, "ada")
        token = before.cookies[COOKIE]
    with TestClient(create_app(accounts_url), base_url="http://localhost") as after:
        after.cookies.set(COOKIE, token)
        assert after.get("/api/session").json()["user"] == "ada"
    with Store.open(accounts_url) as store:
        store.set_password_hash("ada", hash_password("another-password"))
    with TestClient(create_app(accounts_url), base_url="http://localhost") as later:
        later.cookies.set(COOKIE, token)
        assert later.get("/api/session").json()["user"] is None


def test_workers_need_a_database_every_process_can_open() -> None:
    from marsad.api.server import serve
    from marsad.errors import InputError

    with pytest.raises(InputError, match="in-memory SQLite"):
        serve("sqlite://", port=9, workers=2)
    with pytest.raises(InputError, match="out of range"):
        serve("sqlite://", port=9, workers=0)
