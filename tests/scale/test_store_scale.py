"""The store at scale: two processes ingesting the same reports, report text search (PostgreSQL's
full-text search, SQLite's LIKE), and revision 0004's indexes on both backends."""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from scale_samples import make_reports
from sqlalchemy import func, inspect, select

from marsad.errors import InputError
from marsad.store import Store
from marsad.store.engine import downgrade, upgrade
from marsad.store.filters import EventFilter
from marsad.store.models import Base, EventRow
from marsad.store.search import EXPRESSION_INDEXES

INGEST = r"""
import json, pickle, sys, time
from pathlib import Path
from marsad.store import Store

url, rows_path, go, order = sys.argv[1:5]
rows = pickle.loads(Path(rows_path).read_bytes())
if order == "reverse":
    rows.reverse()
store = Store.open(url)
while not Path(go).exists():  # both processes start writing at the same moment
    time.sleep(0.01)
new = 0
for start in range(0, len(rows), 5):
    new += sum(1 for _, added in store.add_reports(rows[start:start + 5]) if added)
store.close()
print(json.dumps({"new": new}))
"""


@pytest.fixture(scope="module")
def coded(pipeline):
    """30 coded reports (6 texts × 5 variants): real events, many sharing the same places."""
    reports = [
        replace(report, doc_id=f"v{variant}-{report.doc_id}", text=f"{report.text} (Update {variant}.)")
        for variant in range(5) for report in make_reports()
    ]
    return list(pipeline.pipe(reports))


def test_two_processes_ingesting_the_same_reports_store_each_once(db_url: str, coded, tmp_path: Path) -> None:
    Store.open(db_url).close()  # migrated before the race: the race is about rows, not the schema
    rows_path = tmp_path / "rows.pickle"
    rows_path.write_bytes(pickle.dumps(coded))
    go = tmp_path / "go"
    writers = [
        subprocess.Popen([sys.executable, "-c", INGEST, db_url, str(rows_path), str(go), order],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for order in ("forward", "reverse")
    ]
    time.sleep(1.5)  # both have opened the store and wait
    go.touch()
    outputs = [writer.communicate(timeout=120) for writer in writers]
    for writer, (_, err) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, err
    added = sum(json.loads(out)["new"] for out, _ in outputs)
    expected_events = sorted(e.event_id for _, events in coded for e in events)
    assert added == len(coded)
    with Store.open(db_url) as store:
        assert store.count_reports() == len(coded)
        with store._read() as session:
            stored_ids = sorted(session.scalars(select(EventRow.event_id)))
    assert stored_ids == expected_events
    assert len(expected_events) > len(coded)  # several events a report: the race covered events too


def test_report_search_finds_reports_by_their_text(db_url: str, coded) -> None:
    with Store.open(db_url) as store:
        store.add_reports(coded[:6])
        found = store.search_reports("Palmyra soldiers")
        assert [r["doc_id"] for r in found] == ["v0-sohr-homs"]
        assert len(found[0]["text"]) <= 300
        assert store.search_reports("Kansafra")[0]["doc_id"] == "v0-sohr-idlib"
        assert store.search_reports("no such village anywhere") == []
        with pytest.raises(InputError, match="at least one word"):
            store.search_reports("   ")


@pytest.mark.postgres
def test_postgres_report_search_is_full_text_and_uses_the_gin_index(coded, pg_url: str) -> None:
    with Store.open(pg_url) as store:
        store.add_reports(coded[:6])
        # English stemming: "shelling" finds "shelled"; websearch syntax: a quoted phrase, -excluded words
        stems = {r["doc_id"] for r in store.search_reports("shelling")}
        assert stems == {"v0-sohr-idlib", "v0-sohr-manbij"}
        assert [r["doc_id"] for r in store.search_reports('"Turkish forces" -Idlib')] == ["v0-sohr-manbij"]
        with store.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # six rows: make the planner show its index
            plan = "\n".join(row[0] for row in conn.exec_driver_sql(
                "EXPLAIN SELECT id FROM reports "
                "WHERE to_tsvector('english', text) @@ websearch_to_tsquery('english', 'shelling')"
            ))
        assert "ix_reports_text_fts" in plan


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_revision_0004_indexes_on_both_backends(db_url: str) -> None:
    with Store.open(db_url) as store:
        names = {index["name"] for index in inspect(store.engine).get_indexes("events")}
        assert {"ix_events_latitude_longitude_event_date", "ix_events_sub_event_type_event_date"} <= names
        catalog = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.engine.dialect.name == "sqlite"
                   else "SELECT indexname FROM pg_indexes")
        with store.engine.connect() as conn:  # expression indexes: the inspector does not list them everywhere
            every_index = set(conn.exec_driver_sql(catalog).scalars())
        assert "ix_events_admin1_lower" in every_index
        assert ("ix_reports_text_fts" in every_index) == (store.engine.dialect.name == "postgresql")
        with store.engine.connect() as conn:
            # the models and the migrations still describe the same schema, but for the expression indexes
            # (kept out of the models: SQLite's reflection skips them, PostgreSQL's reports them)
            context = MigrationContext.configure(conn, opts={"include_schemas": True})  # the accounts' schema too
            differences = compare_metadata(context, Base.metadata)
            assert [d for d in differences
                    if not (d[0] == "remove_index" and d[1].name in EXPRESSION_INDEXES)] == []
        downgrade(store.engine, "0003")
        names = {index["name"] for index in inspect(store.engine).get_indexes("events")}
        assert "ix_events_latitude_longitude_event_date" not in names
        upgrade(store.engine)


def test_bbox_filter_reads_the_spatial_index_in_sqlite(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'plan.db'}") as store:
        query = EventFilter(bbox=(35.0, 36.0, 36.0, 37.0)).apply(select(EventRow.id))
        sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
        with store.engine.connect() as conn:
            plan = " ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
        assert "ix_events_latitude_longitude_event_date" in plan
        store.refresh_statistics()  # ANALYZE runs on an empty and on a filled store alike


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_actor_filter_counts_read_revision_0007s_index(db_url: str, coded) -> None:
    with Store.open(db_url) as store:
        store.add_reports(coded[:6])
        store.refresh_statistics()
        query = EventFilter(actor="islamic state").apply(select(func.count()).select_from(EventRow))
        with store.engine.connect() as conn:
            if store.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("SET enable_seqscan = off")  # a few rows: make the planner show its index
                sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
                plan = "\n".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {sql}"))
                definition = conn.exec_driver_sql(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_events_actor_search'").scalar()
                assert "gin_trgm_ops" in definition
            else:
                sql = str(query.compile(store.engine, compile_kwargs={"literal_binds": True}))
                plan = " ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))
            assert "ix_events_actor_search" in plan
            assert conn.execute(query).scalar() == store.count_matching(EventFilter(actor="islamic state")) > 0
        downgrade(store.engine, "0006")
        assert "ix_events_actor_search" not in {i["name"] for i in inspect(store.engine).get_indexes("events")}
        upgrade(store.engine)
