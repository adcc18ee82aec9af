"""Fixtures for the api tests; the sample reports and records live in api_samples.py.

Run on SQLite, and on PostgreSQL too where MARSAD_TEST_PG_URL names a reachable test database
(emptied before each test).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from api_helpers import FakePipeline
from api_samples import ATTACK, STRIKE, TEXT_A, TEXT_B, report
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.store import Store
from tests.postgres import emptied_postgres_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'api.db'}" if request.param == "sqlite" else emptied_postgres_url()
    with Store.open(url) as store:
        store.add_report(report("sohr-a", TEXT_A), [ATTACK])
        store.add_report(report("sohr-b", TEXT_B), [STRIKE])
    return url


@pytest.fixture
def client(db_url: str):
    with TestClient(create_app(db_url), base_url="http://localhost") as test_client:
        yield test_client


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with Store.open(url) as store:
        store.add_report(report("sohr-a", TEXT_A), [ATTACK])
        store.add_report(report("sohr-b", TEXT_B), [STRIKE])
    return url


@pytest.fixture
def open_client(sqlite_url: str):
    """No account, served on 127.0.0.1: open mode."""
    with TestClient(create_app(sqlite_url, pipeline_factory=FakePipeline), base_url="http://localhost") as test_client:
        yield test_client


@pytest.fixture
def accounts_url(sqlite_url: str) -> str:
    from marsad.api.passwords import hash_password

    with Store.open(sqlite_url) as store:
        for name, role in (("vera", "viewer"), ("carl", "coder"), ("ada", "admin")):
            store.add_user(name, hash_password(f"{name}-password"), role)
    return sqlite_url
