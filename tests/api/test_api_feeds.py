"""/api/feeds: a feed served from a local http.server, polled through the job path, idempotent."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from api_helpers import FakePipeline, csrf, login, wait_for_job
from fastapi.testclient import TestClient

from marsad.api import create_app

ENTRY = """<item><title>{title}</title><link>http://example.org/{slug}</link><guid>{slug}</guid>
<pubDate>{day} Mar 2024 10:00:00 +0300</pubDate><description>{body}</description></item>"""
BODIES = [
    ("Clashes near Tadef", "tadef", "04", "Aleppo Province – Syrian Observatory for Human Rights: On March 4, "
     "clashes erupted between SDF fighters and Turkish-backed factions near Tadef, killing two fighters."),
    ("Drone strike in Idlib", "idlib", "05", "Idlib Province – Syrian Observatory for Human Rights: On March 5, "
     "a Russian drone struck a motorcycle near Ariha, killing a man and injuring his son."),
    ("Cell attack in the desert", "badia", "06", "Homs Province – Syrian Observatory for Human Rights: On "
     "March 6, ISIS cells attacked a regime position in the desert east of Palmyra, killing three soldiers."),
]


def rss(entries: int) -> str:
    items = "".join(ENTRY.format(title=t, slug=s, day=d, body=b) for t, s, d, b in BODIES[:entries])
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>'
            f"<link>http://example.org/</link>{items}</channel></rss>")


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An RSS file served on 127.0.0.1 (a free port); tests rewrite the file to add entries."""
    feed_file = tmp_path / "feed.xml"
    feed_file.write_text(rss(2), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(QuietHandler, directory=str(tmp_path)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml", feed_file
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def intranet_client(sqlite_url: str):
    """Open mode, and feeds may be polled from private addresses (the test feed is on 127.0.0.1)."""
    with TestClient(create_app(sqlite_url, pipeline_factory=FakePipeline, allow_private_feeds=True),
                   base_url="http://localhost") as client:
        yield client


def test_feed_registered_polled_idempotent_and_deleted(
    intranet_client: TestClient, feed_server: tuple[str, Path]
) -> None:
    url, feed_file = feed_server
    client = intranet_client
    headers = csrf(client)
    reports_before = client.get("/api/reports").json()["total"]

    created = client.post("/api/feeds", json={"url": url, "interval_seconds": 300}, headers=headers)
    assert created.status_code == 201, created.text
    feed = created.json()
    assert feed["url"] == url and feed["interval_seconds"] == 300 and feed["created_by"] == "local"
    first = wait_for_job(client, feed["job"]["id"])
    assert first["status"] == "done" and first["kind"] == "feed", first
    assert [r["added"] for r in first["reports"]] == [True, True]
    assert client.get("/api/reports").json()["total"] == reports_before + 2
    event = client.get(f"/api/events/{first['reports'][0]['event_ids'][0]}").json()
    assert "Tadef" in event["report"]["text"]

    # Same feed again: nothing new stored. Then a new entry appears: only it is added.
    again = wait_for_job(client, client.post(f"/api/feeds/{feed['id']}/poll", headers=headers).json()["id"])
    assert [r["added"] for r in again["reports"]] == [False, False]
    feed_file.write_text(rss(3), encoding="utf-8")
    third = wait_for_job(client, client.post(f"/api/feeds/{feed['id']}/poll", headers=headers).json()["id"])
    assert [r["added"] for r in third["reports"]] == [False, False, True]
    assert client.get("/api/reports").json()["total"] == reports_before + 3

    listed = client.get("/api/feeds").json()
    assert len(listed) == 1 and listed[0]["last_status"] == "ok" and listed[0]["reports_added"] == 3

    duplicate = client.post("/api/feeds", json={"url": url}, headers=headers)
    assert duplicate.status_code == 400 and "already registered" in duplicate.json()["detail"]
    assert client.delete(f"/api/feeds/{feed['id']}", headers=headers).status_code == 204
    assert client.get("/api/feeds").json() == []
    assert client.delete(f"/api/feeds/{feed['id']}", headers=headers).status_code == 404
    assert client.get("/api/reports").json()["total"] == reports_before + 3  # reports stay


def test_feed_poller_schedule(sqlite_url: str, feed_server: tuple[str, Path]) -> None:
    url, _ = feed_server
    app = create_app(sqlite_url, pipeline_factory=FakePipeline, feed_tick_seconds=0.05, allow_private_feeds=True)
    with TestClient(app, base_url="http://localhost") as client:
        headers = csrf(client)
        feed = client.post("/api/feeds", json={"url": url, "interval_seconds": 60}, headers=headers).json()
        wait_for_job(client, feed["job"]["id"])
        poller = app.state.feeds
        assert poller.poll_due() == []  # polled just now: not due for a minute
        later = datetime.now(UTC) + timedelta(seconds=61)
        (job,) = poller.poll_due(later)
        done = wait_for_job(client, job.id)
        assert done["submitted_by"] == "feed-poller" and done["status"] == "done"


def test_feed_poller_thread_polls_registered_feeds(sqlite_url: str, feed_server: tuple[str, Path]) -> None:
    """A feed stored before the server starts is polled by the background thread on its own."""
    from marsad.store import Store

    url, _ = feed_server
    with Store.open(sqlite_url) as store:
        feed_id = store.add_feed(url, 60, "ada")["id"]
    app = create_app(sqlite_url, pipeline_factory=FakePipeline, feed_tick_seconds=0.05, allow_private_feeds=True)
    with TestClient(app, base_url="http://localhost") as client:
        for _ in range(300):
            feed = next(f for f in client.get("/api/feeds").json() if f["id"] == feed_id)
            if feed["last_status"] == "ok":
                break
            threading.Event().wait(0.02)
        assert feed["last_status"] == "ok" and feed["reports_added"] == 2, feed


def test_feed_errors_and_roles(accounts_url: str, feed_server: tuple[str, Path]) -> None:
    url, _ = feed_server
    with TestClient(create_app(accounts_url, pipeline_factory=FakePipeline, allow_private_feeds=True),
                   base_url="http://localhost") as client:
        coder = login(client, "carl")
        assert client.post("/api/feeds", json={"url": url}, headers=coder).status_code == 403
        assert client.get("/api/feeds").status_code == 403
        admin = login(client, "ada")
        for bad in ({"url": "file:///etc/passwd"}, {"url": url, "interval_seconds": 5}, {"url": url, "x": 1}):
            assert client.post("/api/feeds", json=bad, headers=admin).status_code == 422, bad
        missing = client.post("/api/feeds", json={"url": url.replace("feed.xml", "gone.xml")}, headers=admin)
        job = wait_for_job(client, missing.json()["job"]["id"])
        assert job["status"] == "done" and job["reports"] == [] and "404" in job["skipped"][0]
        feed = client.get("/api/feeds").json()[0]
        assert feed["last_status"] == "error" and "404" in feed["last_error"]


def test_private_addresses_are_never_fetched_for_a_user(open_client: TestClient, feed_server: tuple[str, Path]) -> None:
    """SSRF: a submitted URL, or a feed on a server without allow_private_feeds, on 127.0.0.1 is refused."""
    url, _ = feed_server
    headers = csrf(open_client)
    # Loopback targets only: were the guard broken, a test must still send nothing beyond this machine.
    for target in (url, url.replace("127.0.0.1", "localhost"), "http://[::1]:9/"):
        job = open_client.post("/api/reports", json={"url": target}, headers=headers).json()
        failed = wait_for_job(open_client, job["id"])
        assert failed["status"] == "failed" and "address" in failed["error"], failed
    feed = open_client.post("/api/feeds", json={"url": url}, headers=headers).json()
    polled = wait_for_job(open_client, feed["job"]["id"])
    assert polled["reports"] == [] and "loopback" in polled["skipped"][0], polled
