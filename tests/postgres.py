"""The PostgreSQL test database shared by every area's tests: MARSAD_TEST_PG_URL, emptied, or a skip.

Tests that take it run where MARSAD_TEST_PG_URL points at a reachable server (`.ci/run` starts one) and
skip with the reason elsewhere. The database is emptied (downgraded to no schema) each time: give the
tests a database of their own.
"""

from __future__ import annotations

import os

import pytest

from marsad.errors import StoreError
from marsad.store.engine import create_store_engine, downgrade


def emptied_postgres_url() -> str:
    """The test database's URL with its schema removed, or pytest.skip saying why there is none."""
    url = os.environ.get("MARSAD_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not available (set MARSAD_TEST_PG_URL to a test database URL)")
    try:
        engine = create_store_engine(url)
        try:
            downgrade(engine, "base")
        finally:
            engine.dispose()
    except StoreError as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    return url
