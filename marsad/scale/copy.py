"""`copy_store`: move a laptop's work into the team's database, adding only what the target lacks.

Rows are matched on their natural keys, never on numeric ids (each database numbers its own rows):
reports by `content_hash`, events by `event_id`, places by `geonameid`, actors by `id`, pending
actors by `folded`, users by `name`. Foreign keys are translated through those keys, so copying
twice, or copying into a database that already holds some of the same reports, adds nothing twice.
Everything moves in chunks (flat memory), one transaction per chunk.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import StoreError
from marsad.store import Store
from marsad.store.auth_models import UserRow
from marsad.store.engine import writer
from marsad.store.models import (
    ActorAliasRow,
    ActorEdgeRow,
    ActorRow,
    Base,
    EventRow,
    EvidenceRow,
    PendingActorRow,
    PlaceRow,
    ReportRow,
)

CHUNK = 500


def copy_store(source_url: str, target_url: str) -> dict[str, int]:
    """Copy every report, event (with evidence), place, actor and pending actor the target lacks.

    Both databases are brought to the newest schema revision first. Returns rows added per table.
    """
    if source_url == target_url:
        raise StoreError("--from and --to name the same database; copy into another one")
    with Store.open(source_url) as source, Store.open(target_url) as target:
        try:
            with source.engine.connect() as src:
                return _copy(src, writer(target.engine))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"copy from {source.url} to {target.url} failed: {reason}") from exc


def _copy(src: Connection, target_engine: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    counts["places"] = _copy_keyed(src, target_engine, PlaceRow.__table__, "geonameid")
    report_ids = _copy_keyed(src, target_engine, ReportRow.__table__, "content_hash", id_map=True)
    counts["reports"] = report_ids.added
    event_ids = _copy_keyed(src, target_engine, EventRow.__table__, "event_id", id_map=True,
                            translate={"report_id": report_ids.map}, drop=("canonical_id",))
    counts["events"] = event_ids.added
    counts["evidence"] = _copy_children(src, target_engine, EvidenceRow.__table__, "event_id", event_ids)
    _copy_canonical_links(src, target_engine, event_ids)
    actors = _copy_keyed(src, target_engine, ActorRow.__table__, "id", id_map=True)
    counts["actors"] = actors.added
    _copy_children(src, target_engine, ActorAliasRow.__table__, "actor_id", actors)
    _copy_children(src, target_engine, ActorEdgeRow.__table__, "source_id", actors,
                   translate={"report_id": report_ids.map})
    counts["pending actors"] = _copy_keyed(src, target_engine, PendingActorRow.__table__, "folded",
                                           translate={"report_id": report_ids.map})
    # accounts live in their own schema (store/auth_models.py: marsad-auth.db beside a SQLite store)
    counts["users"] = _copy_keyed(src, target_engine, UserRow.__table__, "name", id_map=True).added
    audit = Base.metadata.tables.get("audit_log")
    if audit is not None:
        _copy_children(src, target_engine, audit, "event_id", event_ids)
    return counts


class _Copied:
    """How many rows were added, and source id → target id for every row (added or already there)."""

    def __init__(self) -> None:
        self.added = 0
        self.map: dict[Any, Any] = {}
        self.new: set[Any] = set()  # source ids of the rows this copy inserted


def _copy_keyed(src: Connection, target_engine: Any, table: Table, key: str, *, id_map: bool = False,
                translate: dict[str, dict] | None = None, drop: Sequence[str] = ()) -> Any:
    """Insert the rows whose `key` the target lacks; with `id_map`, return a _Copied with the id map."""
    copied = _Copied()
    has_id = key != "id" and "id" in table.c and table.c.id.primary_key
    for rows in _chunks(src, table):
        keys = [row[key] for row in rows]
        with target_engine.begin() as tgt:
            present = _ids_by_key(tgt, table, key, keys, has_id)
            fresh = [row for row in rows if row[key] not in present]
            if fresh:
                tgt.execute(table.insert(), [_prepared(row, table, has_id, translate, drop) for row in fresh])
                copied.added += len(fresh)
                present = _ids_by_key(tgt, table, key, keys, has_id)
        if id_map:
            ident = "id" if has_id else key
            for row in rows:
                copied.map[row[ident]] = present[row[key]]
            copied.new.update(row[ident] for row in fresh)
    return copied if id_map else copied.added


def _copy_children(src: Connection, target_engine: Any, table: Table, parent_column: str, parents: _Copied,
                   translate: dict[str, dict] | None = None) -> int:
    """Rows belonging to parents this copy inserted (evidence of new events, aliases of new actors)."""
    added = 0
    new_parents = sorted(parents.new)
    translate = {parent_column: parents.map, **(translate or {})}
    for start in range(0, len(new_parents), CHUNK):
        chunk = new_parents[start:start + CHUNK]
        order = table.c.id if "id" in table.c else table.c[parent_column]
        rows = [dict(r._mapping) for r in src.execute(
            select(table).where(table.c[parent_column].in_(chunk)).order_by(order))]
        if rows:
            with target_engine.begin() as tgt:
                tgt.execute(table.insert(), [_prepared(row, table, True, translate, ()) for row in rows])
            added += len(rows)
    return added


def _copy_canonical_links(src: Connection, target_engine: Any, events: _Copied) -> None:
    """Dedupe links between events, translated to the target's ids (set only where the target has none)."""
    table = EventRow.__table__
    query = select(table.c.id, table.c.canonical_id).where(table.c.canonical_id.is_not(None))
    pairs = src.execute(query)
    links = [(events.map[i], events.map[c]) for i, c in pairs if i in events.new and c in events.map]
    if links:
        with target_engine.begin() as tgt:
            for event_id, canonical_id in links:
                tgt.execute(update(table).where(table.c.id == event_id, table.c.canonical_id.is_(None))
                            .values(canonical_id=canonical_id))


def _chunks(src: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    """The source table in primary-key order, CHUNK rows at a time (keyset paging, flat memory)."""
    pk = list(table.primary_key.columns)[0]
    last: Any = None
    while True:
        query = select(table).order_by(pk).limit(CHUNK)
        if last is not None:
            query = query.where(pk > last)
        rows = [dict(r._mapping) for r in src.execute(query)]
        if not rows:
            return
        last = rows[-1][pk.name]
        yield rows


def _ids_by_key(tgt: Connection, table: Table, key: str, keys: list[Any], has_id: bool) -> dict[Any, Any]:
    ident = table.c.id if has_id else table.c[key]
    return {k: i for k, i in tgt.execute(select(table.c[key], ident).where(table.c[key].in_(keys)))}


def _prepared(row: dict[str, Any], table: Table, has_id: bool, translate: dict[str, dict] | None,
              drop: Sequence[str]) -> dict[str, Any]:
    out = {name: value for name, value in row.items() if name in table.c and name not in drop}
    if has_id:
        out.pop("id", None)  # the target numbers its own rows
    for column, mapping in (translate or {}).items():
        if out.get(column) is not None:
            out[column] = mapping.get(out[column])
    return out
