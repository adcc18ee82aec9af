"""One ingest path: `marsad ingest`, a web submission, a feed and `marsad batch` store the same events for the
same report, with the store's own actors known to all four and discovered groups queued by all four."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.api.jobs import JobRunner, Submission
from marsad.cli import app
from marsad.scale.batch import run_batch
from marsad.store import Store
from marsad.types import Actor

TITLE = "Clashes near Al-Mayadin"
BODY = ("Deir Ezzor Province – Syrian Observatory for Human Rights: On March 4, fighters of the Sons of "
        "Sukhnah Brigade clashed with ISIS cells near Al-Mayadin city, killing two fighters. Separately, "
        "members of a newly formed militia called Liwa Al-Ghadab Al-Sharqi arrested three young men in Hajin.")
# An actor only the store knows: each path must code with the store's actors, not only the shipped base.
STORE_ACTOR = Actor(id="sons-of-sukhnah", name="Sons of Sukhnah Brigade", inter=3, kind="militia", country="Syria")
# Fields that name the way in (ids, source, report), not the coding.
DOOR_FIELDS = {"event_id", "doc_id", "report_id", "id", "source", "source_url", "created_at", "updated_at",
               "canonical_id", "source_scale", "timestamp", "origin"}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def feed_url(tmp_path: Path) -> Iterator[str]:
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title><link>http://example.org/</link>'
        f"<item><title>{TITLE}</title><link>http://example.org/a</link><guid>a</guid>"
        f"<pubDate>05 Mar 2024 10:00:00 +0300</pubDate><description>{BODY}</description></item>"
        "</channel></rss>", encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    finally:
        server.shutdown()
        server.server_close()


def _store(tmp_path: Path, name: str) -> str:
    url = f"sqlite:///{tmp_path / name}.db"
    with Store.open(url) as store:
        store.save_actor(STORE_ACTOR)
    return url


def _coded(url: str) -> tuple[list[dict], list[str]]:
    with Store.open(url) as store:
        events = [{k: v for k, v in e.items() if k not in DOOR_FIELDS} for e in store.iter_events()]
        pending = sorted(p["name"] for p in store.list_pending())
    return sorted(events, key=repr), pending


def _job(url: str, pipeline, submission: Submission) -> None:
    with Store.open(url) as store:
        runner = JobRunner(store, lambda: pipeline, allow_private_feeds=True)
        done = threading.Event()
        runner.submit(submission, "test", on_done=lambda job: done.set())
        assert done.wait(120)
        runner.shutdown()


def test_the_four_ways_in_store_identical_events(tmp_path, pipeline, cluster_client, feed_url):
    report = tmp_path / "report.txt"
    report.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")

    cli = _store(tmp_path, "cli")
    result = CliRunner().invoke(app, ["ingest", str(report), "--db", cli, "--published", "2024-03-05"])
    assert result.exit_code == 0, result.output

    web = _store(tmp_path, "web")
    from datetime import date

    _job(web, pipeline, Submission(kind="text", text=f"{TITLE}\n\n{BODY}", published=date(2024, 3, 5)))

    feed = _store(tmp_path, "feed")
    _job(feed, pipeline, Submission(kind="feed", url=feed_url, allow_private=True))

    batch = _store(tmp_path, "batch")
    outcome = run_batch([str(report)], db_url=batch, scheduler=cluster_client, published=date(2024, 3, 5))
    assert outcome.stored == 1, outcome.summary()

    expected_events, expected_pending = _coded(cli)
    assert expected_events and any(e["actor1"] == STORE_ACTOR.name or e.get("actor2") == STORE_ACTOR.name
                                   for e in expected_events), expected_events
    assert expected_pending, "the unknown militia waits for review"
    for url in (web, feed, batch):
        assert _coded(url) == (expected_events, expected_pending), url
