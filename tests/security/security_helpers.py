"""Helpers of the security tests: the CSRF header and logging in."""

from __future__ import annotations

from fastapi.testclient import TestClient


def csrf(client: TestClient) -> dict[str, str]:
    return {"X-CSRF-Token": client.get("/api/session").json()["csrf_token"]}


def login(client: TestClient, name: str, password: str | None = None):
    return client.post("/api/login", json={"name": name, "password": password or f"{name}-password"},
                       headers=csrf(client))
