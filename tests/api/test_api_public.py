"""--public: through every GET route of the OpenAPI spec and every export format, no source attribution,
no audit trail, no user name and no event a coder has not published (confirmed or edited) comes out."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from api_helpers import csrf
from api_samples import ATTACK, STRIKE, TEXT_A, TEXT_B, report
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.passwords import hash_password
from marsad.store import Store

SECRET_SOURCE = "Abu Qasim, a nurse at the field hospital"
REVIEWER = "reviewer-qzx"
REVIEW_NOTE = "confirmed by phone with our contact"
UNREVIEWED = "UNREVIEWEDMARK"  # in the unreviewed event's notes and its report's text
REJECTED = "REJECTEDMARK"
FORMATS = ("json", "jsonl", "csv", "geojson", "acled-csv")


@pytest.fixture
def public_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'public.db'}"
    text_c = f"Hama Province – SOHR: {REJECTED} shelling hit Kafr Zita."
    with Store.open(url) as store:
        store.add_user(REVIEWER, hash_password("reviewer-password"), "coder")
        store.add_report(report("sohr-a", TEXT_A), [replace(ATTACK, geonameid="g-mayadin")])
        store.add_report(report("sohr-b", f"{TEXT_B} {UNREVIEWED}"),
                         [replace(STRIKE, notes=f"{STRIKE.notes} {UNREVIEWED}", geonameid="g-sarmada",
                                  source_attribution=SECRET_SOURCE)])
        store.add_report(report("sohr-c", text_c),
                         [replace(STRIKE, doc_id="sohr-c", event_id="sohr-c-1", notes=f"{REJECTED} shelling",
                                  evidence=(), geonameid="g-kafr-zita")])
        store.review_event("sohr-a-1", "edit", REVIEWER, fields={"source_attribution": SECRET_SOURCE},
                           note=REVIEW_NOTE)
        store.review_event("sohr-c-1", "reject", REVIEWER, note=REVIEW_NOTE)
    return url


def _get_paths(client: TestClient) -> list[str]:
    """Every GET route of the spec, with each path parameter given every value it can take here."""
    values = {
        "event_id": ["sohr-a-1", "sohr-b-1", "sohr-c-1"],
        "report_id": ["1", "2", "3"],
        "geonameid": ["g-mayadin", "g-sarmada", "g-kafr-zita"],
        "actor_id": [a["id"] for a in client.get("/api/actors", params={"q": "Coalition"}).json()[:3]]
        + [a["id"] for a in client.get("/api/actors", params={"q": "Islamic State"}).json()[:3]],
        "job_id": ["no-such-job"],
        "canonical_id": ["1", "2", "3"],
    }
    paths = []
    for path, operations in client.app.openapi()["paths"].items():
        if "get" not in operations:
            continue
        names = [name for name in values if "{" + name + "}" in path]
        for combination in itertools.product(*(values[name] for name in names)):
            paths.append(path.format(**dict(zip(names, combination, strict=True))))
    return paths


def test_nothing_unpublished_or_protected_leaks_in_public_mode(public_url: str) -> None:
    with TestClient(create_app(public_url, public=True), base_url="http://localhost") as client:
        paths = _get_paths(client)
        queries = [{"format": fmt} for fmt in FORMATS] + [
            {"status": "unreviewed"}, {"status": "rejected"}, {"q": UNREVIEWED}, {"format": "csv", "limit": 5}
        ]
        bodies = {path: client.get(path).text for path in paths}
        bodies |= {f"/api/events {q}": client.get("/api/events", params=q).text for q in queries}
        assert len(bodies) >= 30, sorted(bodies)
        for where, body in bodies.items():
            for secret in (SECRET_SOURCE, "Abu Qasim", REVIEWER, REVIEW_NOTE, UNREVIEWED, REJECTED):
                assert secret not in body, f"{secret!r} leaked through {where}"
            assert '"audit":[{' not in body.replace(" ", ""), where

        # What a public reader does see: the published event, with the source and its span blanked.
        page = client.get("/api/events").json()
        assert [e["event_id"] for e in page["events"]] == ["sohr-a-1"] and page["total"] == 1
        assert client.get("/api/events/sohr-a-1").json()["source_attribution"] is None
        for hidden in ("sohr-b-1", "sohr-c-1"):
            assert client.get(f"/api/events/{hidden}").status_code == 404
            assert client.get(f"/api/events/{hidden}/places").status_code == 404
        assert client.get("/api/reports").json()["total"] == 1
        assert [client.get(f"/api/reports/{n}").status_code for n in (1, 2, 3)] == [200, 404, 404]
        assert client.get("/api/places/g-sarmada").json()["event_count"] == 0
        assert client.get("/api/places/g-mayadin").json()["event_count"] == 1
        assert client.get("/api/session").json()["user"] is None


def test_public_mode_changes_nothing(public_url: str) -> None:
    app = create_app(public_url, public=True)
    with TestClient(app, base_url="http://localhost") as client:
        headers = csrf(client)
        walked = 0
        for path, operations in app.openapi()["paths"].items():
            for method in operations:
                if method == "get" or path in ("/api/login", "/api/logout"):
                    continue
                url = path.replace("{", "").replace("}", "")
                response = client.request(method.upper(), url, headers=headers, json={})
                assert response.status_code in (403, 401), (method, path, response.status_code)
                walked += 1
        assert walked >= 10
    with Store.open(public_url) as store:
        assert store.get_event("sohr-b-1")["review_status"] == "unreviewed"


def test_the_same_store_shows_everything_to_its_coders(public_url: str) -> None:
    with TestClient(create_app(public_url), base_url="http://localhost") as client:  # login mode: an account exists
        client.post("/api/login", json={"name": REVIEWER, "password": "reviewer-password"}, headers=csrf(client))
        assert client.get("/api/events").json()["total"] == 3
        event = client.get("/api/events/sohr-a-1").json()
        assert event["source_attribution"] == SECRET_SOURCE and event["audit"][0]["user"] == REVIEWER
