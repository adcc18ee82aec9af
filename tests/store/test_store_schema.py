from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from store_samples import make_events, make_report

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store.engine import alembic_config
from marsad.store.models import Base

TABLES = {
    "reports",
    "events",
    "evidence",
    "places",
    "actors",
    "actor_aliases",
    "actor_edges",
    "pending_actors",
}


def test_migrations_create_the_schema_on_a_fresh_file(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    with Store.open(f"sqlite:///{path}") as store:
        inspector = inspect(store.engine)
        assert TABLES <= set(inspector.get_table_names())
        assert {"event_id", "review_status", "canonical_id", "geonameid"} <= {
            c["name"] for c in inspector.get_columns("events")
        }
        with store.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            assert current == ScriptDirectory.from_config(alembic_config()).get_current_head()
            # The table models and the migrations describe the same schema.
            context = MigrationContext.configure(conn, opts={"include_schemas": True})  # the accounts' schema too
            assert compare_metadata(context, Base.metadata) == []
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert path.exists()
    Store.open(f"sqlite:///{path}").close()  # reopening an up-to-date file is a no-op


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "bad database URL"),
        ("nosuchdb://user@host/db", "unsupported database URL"),
    ],
)
def test_bad_url_is_a_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        Store.open(url)


def test_unwritable_location_is_a_store_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "marsad.db"
    with pytest.raises(StoreError, match="cannot open or migrate.*folder exists"):
        Store.open(f"sqlite:///{missing}")


def test_default_url_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_DB", f"sqlite:///{tmp_path / 'from-env.db'}")
    with Store.open() as store:
        assert "from-env.db" in store.url
    assert (tmp_path / "from-env.db").exists()


def _add_same_report(url: str, barrier: Any, results: Any) -> None:
    store = Store.open(url)
    barrier.wait()
    results.append(store.add_report(make_report(), make_events())[1])
    store.close()


def test_two_processes_adding_the_same_report_store_it_once(db_url: str) -> None:
    Store.open(db_url).close()
    context = multiprocessing.get_context("fork")
    with context.Manager() as manager:
        barrier, results = manager.Barrier(3), manager.list()
        workers = [
            context.Process(target=_add_same_report, args=(db_url, barrier, results)) for _ in range(3)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert sorted(results) == [False, False, True]
    with Store.open(db_url) as store:
        assert store.count_reports() == 1
        assert store.count_events() == 2


def test_two_store_objects_on_one_file(db_url: str) -> None:
    with Store.open(db_url) as first, Store.open(db_url) as second:
        id_a, added_a = first.add_report(make_report(), make_events())
        id_b, added_b = second.add_report(make_report(), make_events())
        assert (added_a, added_b) == (True, False)
        assert id_a == id_b
        assert second.count_events() == 2
