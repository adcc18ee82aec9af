"""Engines and migrations: the only place that knows SQLite from PostgreSQL.

SQLite gets WAL (readers never block the writer), foreign keys, a busy timeout, and write
transactions that start with BEGIN IMMEDIATE so two processes queue for the lock instead of
failing half-way through a transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError

from marsad.errors import StoreError

from .auth_models import AUTH_SCHEMA

BUSY_TIMEOUT_MS = 30_000
# Connections kept open (SQLAlchemy's default keeps 5 and closes the rest after each use).
SQLITE_POOL_SIZE = 20
SQLITE_POOL_OVERFLOW = 20
WRITE_OPTION = "marsad_write"
# Any constant: every Marsad process migrating a PostgreSQL database queues on this advisory lock.
MIGRATION_LOCK_KEY = 0x6D617273  # "mars"
_BUSY_MESSAGES = ("database is locked", "database is busy", "database table is locked")
_STORE_DIR = Path(__file__).resolve().parent


def safe_url(url: str) -> str:
    """The URL with its password hidden, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def auth_file(database: str | None) -> str:
    """Where a SQLite store's accounts and sessions live: `marsad.db` -> `marsad-auth.db` beside it
    (an in-memory store gets an in-memory one)."""
    if database in (None, "", ":memory:") or database.startswith("file:"):
        return ":memory:"
    path = Path(database)
    return str(path.with_name(f"{path.stem}-auth{path.suffix or '.db'}"))


def create_store_engine(url: str) -> Engine:
    """An engine for `url`, or StoreError naming the URL and the fix."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"bad database URL {url!r}: use sqlite:///path/to/marsad.db or postgresql+psycopg://user@host/db"
        ) from exc
    try:
        if parsed.get_backend_name() == "sqlite":
            # A connection kept per concurrent request: each new SQLite connection parses the schema and
            # sets its pragmas again, which under 20 concurrent API clients cost more than the queries.
            in_memory = parsed.database in (None, "", ":memory:")
            pool = {} if in_memory else {"pool_size": SQLITE_POOL_SIZE, "max_overflow": SQLITE_POOL_OVERFLOW}
            engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, **pool)
            _configure_sqlite(engine, in_memory=in_memory, auth=auth_file(parsed.database))
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StoreError(
            f"unsupported database URL {safe_url(url)!r}: use sqlite:///... or postgresql+psycopg://..."
        ) from exc
    except ImportError as exc:
        raise StoreError(
            f"the driver for {safe_url(url)!r} is not installed ({exc}); pip install it"
        ) from exc
    return engine


def _configure_sqlite(engine: Engine, *, in_memory: bool, auth: str) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the driver so we decide how each transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"ATTACH DATABASE ? AS {AUTH_SCHEMA}", (auth,))
        if not in_memory:
            for schema in ("main", AUTH_SCHEMA):
                cursor.execute(f"PRAGMA {schema}.journal_mode=WAL")
                # With WAL, NORMAL never corrupts the file; a power cut may lose only the last commits.
                cursor.execute(f"PRAGMA {schema}.synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the lock up front; a deferred reader-turned-writer could fail with SQLITE_BUSY.
        if conn.get_execution_options().get(WRITE_OPTION):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def is_busy(error: BaseException) -> bool:
    """Whether SQLite refused a statement because another connection held the lock past the busy timeout
    (or its WAL snapshot went stale): running the transaction again later succeeds."""
    if not isinstance(error, OperationalError):
        return False
    return any(text in str(error.orig).lower() for text in _BUSY_MESSAGES)


def writer(engine: Engine) -> Engine:
    """The same engine, flagged so its transactions take the write lock first (SQLite)."""
    return engine.execution_options(**{WRITE_OPTION: True})


def alembic_config() -> Config:
    config = Config(str(_STORE_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(_STORE_DIR / "migrations"))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run `alembic upgrade head` on `engine`, or StoreError saying why the database cannot be used."""
    _migrate(engine, command.upgrade, revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Run `alembic downgrade REVISION`; "base" drops every Marsad table (tests use it to start empty)."""
    _migrate(engine, command.downgrade, revision)


def _migrate(engine: Engine, step: Callable[[Config, str], None], revision: str) -> None:
    config = alembic_config()
    try:
        with writer(engine).begin() as connection:
            if engine.dialect.name == "postgresql":
                # Two processes opening an empty database at once would both CREATE TABLE; one waits instead.
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            config.attributes["connection"] = connection
            step(config, revision)
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise StoreError(
            f"cannot open or migrate the database {safe_url(str(engine.url))}: {reason} "
            "(check that the path's folder exists and is writable, or that the server is reachable)"
        ) from exc
