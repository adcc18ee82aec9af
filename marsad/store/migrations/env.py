"""Alembic environment: runs on the connection Marsad hands over, or on `-x db_url=...` from the CLI."""

from __future__ import annotations

from alembic import context

from marsad.store.engine import create_store_engine
from marsad.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds tables so later revisions stay portable.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("db_url") or config.get_main_option("sqlalchemy.url")
    if not url:
        from marsad.settings import get_settings

        url = get_settings().db_url
    engine = create_store_engine(url)  # on SQLite, with the accounts file attached (revision 0009)
    try:
        with engine.connect() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Marsad's migrations run online only; pass -x db_url=... to alembic.")
run_migrations_online()
