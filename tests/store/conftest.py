"""Fixtures for the store tests; the sample reports and records live in store_samples.py.

Every test that takes `db_url` (or `store`) runs on SQLite and, where MARSAD_TEST_PG_URL points at a
reachable server (e.g. postgresql+psycopg://marsad@127.0.0.1:55432/marsad_test), on PostgreSQL.
The PostgreSQL database is emptied before each test: give it a database of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.store import Store
from tests.postgres import emptied_postgres_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    url = emptied_postgres_url()
    return url


@pytest.fixture
def store(db_url: str):
    with Store.open(db_url) as opened:
        yield opened
