"""Helpers of the security tests: the CSRF header and logging in."""

from __future__ import annotations

from fastapi.testclient import TestClient

from marsad.api import create_app

LOCAL = "http://localhost"


def csrf(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/session").json()["csrf_token"]}


def login(client: TestClient, name: str, password: str | None = None):
    return client.post("/api/login", json={"name": name, "password": password or f"{name}-password"},
                       headers=csrf(client))


def local(url: str, **options) -> TestClient:
    """A client of `create_app(url, **options)` that names the host a local browser would."""
    return TestClient(create_app(url, **options), base_url=LOCAL)
