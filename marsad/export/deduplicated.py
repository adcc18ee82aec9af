"""One row per de-duplicated event: the records dedupe linked into one canonical event leave one row,
carrying the canonical event's reconciled fields and every publisher among its sources."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from marsad.dedupe.models import CanonicalMemberRow
from marsad.dedupe.queries import iter_canonical
from marsad.store.models import EventRow

# What the canonical event settles across its records (dedupe/reconcile.py); the rest is the first record's.
RECONCILED = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2", "country",
              "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "geonameid",
              "fatalities")


def one_row_per_event(store: Any) -> Iterator[dict[str, Any]]:
    """The store's events in storage order, each canonical event once (at its first record); records
    dedupe has not placed come through as they are. Run `marsad dedupe` first for current groups."""
    with Session(store.engine) as session:
        canonical_of = dict(session.execute(
            select(EventRow.event_id, CanonicalMemberRow.canonical_id)
            .join(CanonicalMemberRow, CanonicalMemberRow.event_id == EventRow.id)
        ).all())
    canonicals = {event["id"]: event for event in iter_canonical(store)}
    written: set[int] = set()
    for row in store.iter_events():
        canonical_id = canonical_of.get(row["event_id"])
        if canonical_id is None or canonical_id not in canonicals:
            yield row
            continue
        if canonical_id in written:
            continue
        written.add(canonical_id)
        canonical = canonicals[canonical_id]
        merged = {**row, **{name: canonical[name] for name in RECONCILED}}
        if canonical.get("sources"):
            merged["source"] = "; ".join(canonical["sources"])
        yield merged
