"""A token that changes whenever any committed write changes the store, from any process: what the
API's caches (api/totals.py) are keyed on, so a cached answer is never stale.

- SQLite: `PRAGMA data_version` of the store's file and of its accounts file, on a connection of our
  own; it changes whenever another connection (this process's pool included) commits to the file.
- PostgreSQL: `pg_current_wal_lsn()`, which moves with every write to the server (other databases'
  too: that only costs a recount).
- Anything else (an in-memory SQLite store, a standby server): None, nothing may be cached.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Hashable

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from .auth_models import AUTH_SCHEMA
from .engine import auth_file

VersionReader = Callable[[], Hashable | None]


def data_version_reader(engine: Engine) -> VersionReader:
    if engine.dialect.name == "sqlite":
        database = engine.url.database
        if database and database != ":memory:" and not database.startswith("file::memory:"):
            return _SqliteVersion(database, auth_file(database))
    elif engine.dialect.name == "postgresql":
        return _PostgresVersion(engine)
    return lambda: None


class _SqliteVersion:
    """`PRAGMA data_version` of the store's file and of its accounts file (sessions and users live
    there), on one connection kept for this; a lock, as threads of the pool share it."""

    def __init__(self, path: str, auth_path: str) -> None:
        self._path = path
        self._auth_path = auth_path
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def __call__(self) -> Hashable | None:
        with self._lock:
            try:
                if self._conn is None:
                    self._conn = sqlite3.connect(self._path, check_same_thread=False)
                    self._conn.execute(f"ATTACH DATABASE ? AS {AUTH_SCHEMA}", (self._auth_path,))
                return (self._conn.execute("PRAGMA main.data_version").fetchone()[0],
                        self._conn.execute(f"PRAGMA {AUTH_SCHEMA}.data_version").fetchone()[0])
            except sqlite3.Error:
                return None  # counted afresh: a cache is never worth a wrong or failed answer

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class _PostgresVersion:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._usable = True

    def __call__(self) -> Hashable | None:
        if not self._usable:
            return None
        try:
            with self._engine.connect() as conn:
                return conn.execute(text("SELECT pg_current_wal_lsn()::text")).scalar()
        except SQLAlchemyError:
            self._usable = False  # e.g. a standby in recovery: count every time from now on
            return None
