"""Issue 18.3: only the hosts the server was started for are answered (a DNS-rebinding page names its
own), in every mode. Issue 18.8 (first half): forwarded headers are believed only from configured proxies."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from security_helpers import local

from marsad.api import create_app, server


@pytest.mark.parametrize("options", [{}, {"public": True}, {"host": "0.0.0.0"}])
def test_a_foreign_host_is_refused_in_every_mode(store_url: str, options: dict) -> None:
    with TestClient(create_app(store_url, **options), base_url="http://rebound.example") as rebound:
        for method, path in (("GET", "/api/session"), ("GET", "/api/events"), ("GET", "/"),
                             ("POST", "/api/users")):
            response = rebound.request(method, path, json={"name": "mallory", "password": "12345678x",
                                                           "role": "admin"} if method == "POST" else None)
            assert response.status_code == 400 and response.json()["error"] == "invalid_host", (path, response.text)
    with local(store_url, **options) as client:
        assert client.get("/api/session").status_code == 200
        if not options:
            assert client.get("/api/session").json()["mode"] == "open"  # nobody made an account


def test_the_names_given_are_answered(store_url: str) -> None:
    app = create_app(store_url, allowed_hosts=["marsad.example.org"])
    with TestClient(app, base_url="https://marsad.example.org:8443") as named:
        assert named.get("/api/session").status_code == 200
    with TestClient(app, base_url="http://localhost") as other:  # only the names given, then
        assert other.get("/api/session").status_code == 400
    with TestClient(create_app(store_url, host="::1"), base_url="http://[::1]:8000") as ipv6:
        assert ipv6.get("/api/session").status_code == 200


@pytest.mark.parametrize("workers", [1, 2])
def test_forwarded_headers_are_trusted_only_when_configured(store_url: str, workers: int,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (server.ENV_DB, server.ENV_HOST, server.ENV_PUBLIC, server.ENV_PRIVATE_FEEDS,
                 server.ENV_ALLOWED_HOSTS):
        monkeypatch.setenv(name, "")  # what serve() sets is undone after the test
    runs: list[dict] = []
    monkeypatch.setattr(server.uvicorn, "run", lambda *args, **kwargs: runs.append(kwargs))
    server.serve(store_url, workers=workers)
    server.serve(store_url, workers=workers, forwarded_allow_ips="10.0.0.5")
    assert runs[0]["proxy_headers"] is False and runs[0]["forwarded_allow_ips"] == ""
    assert runs[1]["proxy_headers"] is True and runs[1]["forwarded_allow_ips"] == "10.0.0.5"


def test_serve_takes_the_options_from_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from marsad.cli import app

    calls: list[dict] = []
    monkeypatch.setattr(server, "serve", lambda *args, **kwargs: calls.append(kwargs))
    result = CliRunner().invoke(app, ["serve", "--allowed-host", "a.example", "--allowed-host", "b.example",
                                      "--forwarded-allow-ips", "10.0.0.1"])
    assert result.exit_code == 0, result.output
    assert calls[0]["allowed_hosts"] == ["a.example", "b.example"] and calls[0]["forwarded_allow_ips"] == "10.0.0.1"
