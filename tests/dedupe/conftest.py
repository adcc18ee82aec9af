"""Fixtures for the dedupe tests. `db_url` runs each test on SQLite and, where MARSAD_TEST_PG_URL points
at a reachable server, on PostgreSQL (emptied first: give it a database of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.store import Store
from tests.postgres import emptied_postgres_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    return emptied_postgres_url()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'marsad.db'}"


@pytest.fixture
def store(db_url: str):
    with Store.open(db_url) as opened:
        yield opened
