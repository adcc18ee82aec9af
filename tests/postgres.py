"""The PostgreSQL test database shared by every area's tests: MARSAD_TEST_PG_URL, emptied, or a skip.

Tests that take it run where MARSAD_TEST_PG_URL points at a reachable server (`.ci/run` starts one) and
skip with the reason elsewhere. The database is emptied (downgraded to no schema) each time: give the
tests a database of their own. Under pytest-xdist (`make test` runs the suite on several processes) each
worker gets a database of its own on that server, named after it (marsad_test_gw0, marsad_test_gw1, ...),
created on first use: two workers never empty each other's database mid-test.
"""

from __future__ import annotations

import os
from functools import cache

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.store.engine import create_store_engine, downgrade


@cache
def worker_database_url(url: str, worker: str) -> str:
    """`url` with the database `<name>_<worker>` on the same server, created when missing."""
    parsed = make_url(url)
    name = f"{parsed.database}_{worker}"
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")  # CREATE DATABASE runs outside a transaction
    try:
        with admin.connect() as connection:
            if not connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}):
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


def emptied_postgres_url() -> str:
    """The test database's URL with its schema removed, or pytest.skip saying why there is none."""
    url = os.environ.get("MARSAD_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not available (set MARSAD_TEST_PG_URL to a test database URL)")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    try:
        if worker:
            url = worker_database_url(url, worker)
        engine = create_store_engine(url)
        try:
            downgrade(engine, "base")
        finally:
            engine.dispose()
    except (StoreError, SQLAlchemyError) as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    return url
