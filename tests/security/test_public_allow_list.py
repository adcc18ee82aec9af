"""Issue 18.1: a --public server shows only allow-listed fields of published events. A report whose text
names a source on the ground, with one published and one unreviewed event, an accepted actor found in it,
a job submitted by a named coder: every operation of /openapi.json, with every path value and every export
format, asked anonymously, shows none of the source, the unreviewed event, the text, the origin, the
names, the job."""

from __future__ import annotations

import itertools
import time
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from security_samples import PUBLISHED, SECRET_SOURCE, TEXT, UNREVIEWED, UNREVIEWED_MARK, secret_report

from marsad.api import create_app
from marsad.api.passwords import hash_password
from marsad.store import Store

CODER = "coder-wq7"
REVIEW_NOTE = "checked with our contact by phone"
JOB_TEXT = "Hama Province: JOBTEXTMARK shelling hit Kafr Zita."
ORIGIN = "/srv/inbox/private"
FORMATS = ("json", "jsonl", "csv", "geojson", "acled-csv")
# the report's text, cut where no allowed field could repeat it (the notes are the coder's own words)
TEXT_PIECES = (SECRET_SOURCE, UNREVIEWED_MARK, "according to", "a resident", "Separately", TEXT[:60])


class OneEventPipeline:
    def process(self, report):
        return [replace(PUBLISHED, doc_id=report.doc_id, event_id=f"{report.doc_id}-1", evidence=(),
                        field_evidence={}, source_attribution=None, notes="a job's event")]


@pytest.fixture
def public_url(tmp_path: Path) -> tuple[str, str]:
    """The database, and the id of a job a coder submitted through a login-mode server on it."""
    url = f"sqlite:///{tmp_path / 'public.db'}"
    with Store.open(url) as store:
        store.add_user(CODER, hash_password("coder-password-1"), "coder")
        store.add_report(secret_report(), [PUBLISHED, UNREVIEWED])
        store.review_event(PUBLISHED.event_id, "confirm", CODER, note=REVIEW_NOTE)
        store.add_pending_actor("Liwa Zaytouni", {"inter": 3, "text": SECRET_SOURCE}, doc_id="sec-a",
                                evidence=None)
    with TestClient(create_app(url, pipeline_factory=OneEventPipeline), base_url="http://localhost") as staff:
        token = staff.get("/api/session").json()["csrf_token"]
        logged = staff.post("/api/login", json={"name": CODER, "password": "coder-password-1"},
                            headers={"X-CSRF-Token": token})
        headers = {"X-CSRF-Token": logged.json()["csrf_token"]}
        job = staff.post("/api/reports", json={"text": JOB_TEXT}, headers=headers).json()
        for _ in range(200):
            if staff.get(f"/api/jobs/{job['id']}").json()["status"] in ("done", "failed"):
                break
            time.sleep(0.02)
    with Store.open(url) as store:  # accepted, as `marsad actors pending accept` does
        from marsad.actors.base import ActorBase
        from marsad.actors.userbase import actor_from_pending

        row = store.list_pending("pending")[0]
        store.save_actor(actor_from_pending(ActorBase.load(extra=store.list_actors(), strict=False), row),
                         origin="discovered")
        store.set_pending_status(row["id"], "accepted")
    return url, job["id"]


def _requests(client: TestClient, job_id: str) -> list[tuple[str, str, dict]]:
    """(method, path, query) for every operation of the spec and every value its path parameters take."""
    values = {
        "event_id": [PUBLISHED.event_id, UNREVIEWED.event_id, "job-1"],
        "report_id": ["1", "2"],
        "geonameid": ["g-sarmada", "g-kafrnabudah"],
        "actor_id": ["liwa-zaytouni", "Liwa Zaytouni", "international-coalition-forces"],
        "job_id": [job_id],
        "canonical_id": ["1"],
        "feed_id": ["1"],
        "pending_id": ["1"],
        "name": [CODER],
    }
    found = []
    for path, operations in client.app.openapi()["paths"].items():
        names = [name for name in values if "{" + name + "}" in path]
        assert len(names) == path.count("{"), f"give values for the parameters of {path}"
        for method in operations:
            for combination in itertools.product(*(values[name] for name in names)):
                found.append((method.upper(), path.format(**dict(zip(names, combination, strict=True))), {}))
    searches = [{"format": fmt} for fmt in FORMATS] + [{"format": fmt, "limit": 5} for fmt in FORMATS] + [
        {"status": "unreviewed"}, {"q": UNREVIEWED_MARK}, {"q": "Sarmada"}, {"actor": "Coalition"}]
    found += [("GET", "/api/events", query) for query in searches]
    found += [("GET", "/api/reports", {"q": word}) for word in ("Zaytouni", "Sarmada")]
    return found


def test_public_mode_shows_no_source_text_name_origin_job_or_unreviewed_event(public_url) -> None:
    url, job_id = public_url
    with TestClient(create_app(url, public=True), base_url="http://localhost") as client:
        requests = _requests(client, job_id)
        assert len(requests) >= 40
        published_seen = False
        for method, path, query in requests:
            response = client.request(method, path, params=query, json={} if method != "GET" else None)
            assert response.status_code < 500, (method, path, query, response.text)
            body = response.text
            published_seen |= PUBLISHED.event_id in body
            for secret in (*TEXT_PIECES, CODER, REVIEW_NOTE, "JOBTEXTMARK", ORIGIN, UNREVIEWED.event_id,
                           "discovered in"):
                asked = secret in path or secret in str(query)  # a 404 may repeat what was asked for
                assert asked or secret not in body, f"{secret!r} leaked through {method} {path} {query}"
        assert published_seen, "the published event must still be shown"
