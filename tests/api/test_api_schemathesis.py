"""schemathesis against /openapi.json: generated requests to every operation; none may answer 5xx, and every
answer must match the schema the spec gives for its status code (response_schema_conformance).

Bounded (a few examples per operation, ~30 s a mode) so it runs in CI with the other api tests. In each
of the three modes: open and login (an admin logged in) with a real session cookie and CSRF token, so
state-changing operations get past authentication; public, as an anonymous visitor. The number of cases
run is printed (`pytest -s`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis", reason="schemathesis is in the dev extras: pip install -e .[dev]")

from api_helpers import FakePipeline  # noqa: E402
from api_samples import ATTACK, STRIKE, TEXT_A, TEXT_B, report  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis.errors import Unsatisfiable  # noqa: E402
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.core.failures import FailureGroup  # noqa: E402
from schemathesis.specs.openapi.checks import response_schema_conformance  # noqa: E402

from marsad.api import create_app  # noqa: E402
from marsad.store import Store  # noqa: E402

# Examples per operation: 10 in CI (~2 min for the three modes); more for a longer run (bench/RESULTS.md).
EXAMPLES = int(os.environ.get("MARSAD_FUZZ_EXAMPLES", "10"))

# Kept out of the run: they would fetch generated URLs from the network, create an account (which ends
# open mode and turns every later request into a 401), or end the session the run logs in with.
EXCLUDED = {
    "open": [("POST", "/api/feeds"), ("POST", "/api/feeds/{feed_id}/poll"), ("POST", "/api/users")],
    "login": [("POST", "/api/feeds"), ("POST", "/api/feeds/{feed_id}/poll"), ("POST", "/api/logout"),
              ("POST", "/api/session/password"), ("DELETE", "/api/users/{name}")],
    "public": [],
}


@pytest.fixture(scope="module", params=["open", "login", "public"])
def app_and_auth(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The app in one of its three modes, and the cookie and CSRF token of a session (login: an admin's)."""
    mode = request.param
    url = f"sqlite:///{Path(tmp_path_factory.mktemp('fuzz')) / 'fuzz.db'}"
    with Store.open(url) as store:
        store.add_report(report("sohr-a", TEXT_A), [ATTACK])
        store.add_report(report("sohr-b", TEXT_B), [STRIKE])
        if mode != "open":
            from marsad.api.passwords import hash_password

            store.add_user("ada", hash_password("ada-password"), "admin")
            store.review_event("sohr-a-1", "confirm", "ada")  # something for a public server to show
    import marsad.api.jobs as jobs

    real_reports_of = jobs._reports_of
    jobs._reports_of = lambda submission, job: []  # a generated URL is never fetched
    # schemathesis's ASGI client names its host "testserver": the one host this app answers for
    app = create_app(url, pipeline_factory=FakePipeline, geoparser_factory=_no_gazetteer, public=mode == "public",
                     allowed_hosts=["testserver"])
    with TestClient(app, base_url="http://testserver") as client:
        session = client.get("/api/session")
        if mode == "login":
            session = client.post("/api/login", json={"name": "ada", "password": "ada-password"},
                                  headers={"X-CSRF-Token": session.json()["csrf_token"]})
        auth = {"cookies": {"marsad_session": session.cookies.get("marsad_session")
                            or client.cookies["marsad_session"]},
                "headers": {"X-CSRF-Token": session.json()["csrf_token"]}}
        assert client.get("/api/session").json()["mode"] == mode
        yield app, auth, mode
    jobs._reports_of = real_reports_of


def _no_gazetteer():
    from marsad.errors import GazetteerError

    raise GazetteerError("no gazetteer in this test")  # a clean 503 the check allows


def operations(app, mode: str) -> list:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    found = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) not in EXCLUDED[mode]:
            found.append(operation)
    return found


@pytest.mark.parametrize("mode", ["positive", "negative"])
def test_no_server_errors(app_and_auth, mode: str) -> None:
    """Every operation, a few generated requests each (valid ones, then invalid ones): never a 5xx."""
    app, auth, server_mode = app_and_auth
    failures: list[str] = []
    cases = 0
    generation = schemathesis.GenerationMode(mode)
    ops = operations(app, server_mode)
    assert len(ops) >= 20, [op.label for op in ops]
    for operation in ops:

        @given(case=operation.as_strategy(generation_mode=generation))
        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))
        def call(case) -> None:
            nonlocal cases
            cases += 1
            try:
                response = case.call(headers={**(case.headers or {}), **auth["headers"]}, cookies=auth["cookies"])
            except Exception as exc:  # noqa: BLE001 - an exception escaping the app is a 500 too
                failures.append(f"{case.method} {case.formatted_path} {case.query or ''} -> {exc!r}")
                return
            allowed = response.status_code == 503 and "gazetteer" in response.text
            if response.status_code >= 500 and not allowed:
                failures.append(f"{case.method} {case.formatted_path} {case.query or ''} "
                                f"-> {response.status_code}: {response.text[:200]}")
            checks = [response_schema_conformance] + ([] if allowed else [not_a_server_error])
            try:
                case.validate_response(response, checks=checks)
            except (AssertionError, FailureGroup) as exc:
                failures.append(f"{case.method} {case.formatted_path} {case.query or ''} "
                                f"-> {response.status_code}: {str(exc)[:300]}")

        try:
            call()
        except Unsatisfiable:
            pass  # nothing in this operation can be made invalid (no parameters, no body)
    print(f"schemathesis {server_mode} mode, {mode}: {cases} cases over {len(ops)} operations, "
          f"{len(failures)} failures")
    assert not failures, "\n".join(sorted(set(failures))[:20])
