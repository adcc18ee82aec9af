"""Issue 18.6: review edits that cannot be applied are a 422 in the API's error shape, never a 500.
Issue 18.10: `until=0` is not 1970-01-01; TRACE is a 405 with `Allow`; /docs needs no CDN and keeps the CSP."""

from __future__ import annotations

import re

import pytest
from security_helpers import csrf, local


@pytest.mark.parametrize("body", [
    {"action": "edit", "fields": {"geonameid": "no-such-place"}},
    {"action": "split", "fields": {"geonameid": "no-such-place"}},
    {"action": "edit"},
    {"action": "edit", "fields": None},
    {"action": "edit", "fields": {}},
])
def test_review_edits_that_cannot_apply_are_422(store_url: str, body: dict) -> None:
    with local(store_url) as client:
        response = client.patch("/api/events/sec-a-1", json=body, headers=csrf(client))
        assert response.status_code == 422, response.text
        assert response.json()["error"] == "invalid_request" and response.json()["detail"]
        assert client.get("/api/events/sec-a-1").json()["review_status"] == "unreviewed"
        assert len(client.get("/api/events").json()["events"]) == 2  # no half-made split


@pytest.mark.parametrize("query", [{"until": "0"}, {"since": "1700000000"}, {"until": "2024-02-30"}])
def test_dates_are_written_as_dates(store_url: str, query: dict) -> None:
    with local(store_url) as client:
        response = client.get("/api/events", params=query)
        assert response.status_code == 422 and response.json()["error"] == "invalid_request", response.text
        assert client.get("/api/canonical-events", params=query).status_code == 422
    with local(store_url) as client:
        assert client.get("/api/events", params={"until": "2024-02-02"}).json()["total"] == 2


def test_trace_is_405_with_allow(store_url: str) -> None:
    with local(store_url) as client:
        for path in ("/api/events", "/api/session"):
            response = client.request("TRACE", path)
            assert response.status_code == 405 and "GET" in response.headers.get("allow", ""), response.headers
            assert response.json()["error"] == "http_error"


def test_api_docs_are_served_locally_under_the_csp(store_url: str) -> None:
    with local(store_url) as client:
        page = client.get("/docs")
        assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]
        assert "script-src 'self'" in page.headers["content-security-policy"]
        assert not re.search(r"(src|href)=\"(https?:)?//", page.text), "no asset from another site"
        assert "<script>" not in page.text  # no inline script: the CSP would stop it
        for asset in re.findall(r"(?:src|href)=\"(/static/[^\"]+)\"", page.text):
            assert client.get(asset).status_code == 200, asset
        assert client.get("/redoc").status_code == 404  # FastAPI's ReDoc page loads from a CDN
