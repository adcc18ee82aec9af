"""Fixtures for the store tests; the sample reports and records live in store_samples.py.

Every test that takes `db_url` (or `store`) runs on SQLite and, where MARSAD_TEST_PG_URL points at a
reachable server (e.g. postgresql+psycopg://marsad@127.0.0.1:55432/marsad_test), on PostgreSQL.
The PostgreSQL database is emptied before each test: give it a database of its own.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store.engine import create_store_engine, downgrade


def postgres_url() -> str:
    url = os.environ.get("MARSAD_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not available (set MARSAD_TEST_PG_URL to a test database URL)")
    return url


def reset_postgres(url: str) -> None:
    """Bring the test database back to an empty schema, or skip when no server answers."""
    try:
        engine = create_store_engine(url)
    except StoreError as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        downgrade(engine, "base")
    except StoreError as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    finally:
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    url = postgres_url()
    reset_postgres(url)
    return url


@pytest.fixture
def store(db_url: str):
    with Store.open(db_url) as opened:
        yield opened
