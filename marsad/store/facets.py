"""Counts of the events a filter selects, as the workbench's summary panel and `marsad events --facet` show
them: per event type, sub-type, actor, governorate and month (each with its fatality sum), and events per
week or month by type for the stacked chart.

Every count is a GROUP BY in the database over the same WHERE the event list uses (`Store._select`), so
a facet never disagrees with the table beside it; public mode is the filter's `published_only`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from sqlalchemy import ColumnElement, func, literal_column, select

from marsad.errors import InputError

from .models import EventRow

if TYPE_CHECKING:
    from .filters import EventFilter
    from .store import Store

FACET_FIELDS = ("event_type", "sub_event_type", "actor", "admin1", "month")
INTERVALS = ("month", "week")
DEFAULT_FACET_SIZE = 10
MAX_FACET_SIZE = 200


def period(dialect: str, interval: str) -> ColumnElement:
    """The event's month ("2024-03") or week (its Monday, "2024-03-04") as text, per backend."""
    if interval not in INTERVALS:
        raise InputError(f"interval {interval!r}: use one of {', '.join(INTERVALS)}")
    if dialect == "postgresql":
        if interval == "month":
            return func.to_char(EventRow.event_date, literal_column("'YYYY-MM'"))
        return func.to_char(func.date_trunc(literal_column("'week'"), EventRow.event_date),
                            literal_column("'YYYY-MM-DD'"))
    if interval == "month":
        return func.strftime("%Y-%m", EventRow.event_date)
    # six days back, then forward to the next Monday (the same day if it is one): the week's Monday
    return func.date(EventRow.event_date, "-6 days", "weekday 1")


def _grouped(store: Store, filters: EventFilter, key: ColumnElement,
             where: ColumnElement | None = None) -> list[Any]:
    query = select(key.label("value"), func.count(EventRow.id).label("n"),
                   func.coalesce(func.sum(EventRow.fatalities), 0).label("dead"))
    if where is not None:
        query = query.where(where)
    query = store._select(filters, query).group_by(key)
    with store._read() as session:
        return session.connection().execute(query).all()


def _entries(counts: Counter, dead: Counter, size: int, by_value: bool = False) -> list[dict[str, Any]]:
    if by_value:  # months read in order, not by size
        values = sorted(counts)
    else:
        values = sorted(counts, key=lambda value: (-counts[value], str(value)))[:size]
    return [{"value": value, "count": counts[value], "fatalities": dead[value]} for value in values]


def _facet(store: Store, filters: EventFilter, field: str, size: int) -> list[dict[str, Any]]:
    counts: Counter = Counter()
    dead: Counter = Counter()
    if field == "actor":
        # an event counts once for each actor it names: actor1, and actor2 where it is another
        for row in _grouped(store, filters, EventRow.actor1):
            counts[row.value] += row.n
            dead[row.value] += row.dead
        other = EventRow.actor2.is_not(None) & (EventRow.actor2 != EventRow.actor1)
        for row in _grouped(store, filters, EventRow.actor2, other):
            counts[row.value] += row.n
            dead[row.value] += row.dead
    else:
        column = period(store.engine.dialect.name, "month") if field == "month" else getattr(EventRow, field)
        for row in _grouped(store, filters, column):
            if row.value is None:
                continue  # an event with no date or no governorate is in the total, not in a bucket
            counts[row.value] += row.n
            dead[row.value] += row.dead
    return _entries(counts, dead, size, by_value=field == "month")


def facet_counts(
    store: Store, filters: EventFilter, fields: Sequence[str] = FACET_FIELDS, size: int = DEFAULT_FACET_SIZE
) -> dict[str, Any]:
    """{"total", "fatalities", "facets": {field: [{"value", "count", "fatalities"}, ...]}}: the `size`
    largest values of each field (every month, in order), over the events `filters` selects."""
    unknown = [field for field in fields if field not in FACET_FIELDS]
    if unknown:
        raise InputError(f"facet {unknown[0]!r}: use one of {', '.join(FACET_FIELDS)}")
    if not 1 <= size <= MAX_FACET_SIZE:
        raise InputError(f"facet size {size}: give 1 to {MAX_FACET_SIZE}")
    totals = select(func.count(EventRow.id), func.coalesce(func.sum(EventRow.fatalities), 0))
    with store._read() as session:
        total, fatalities = session.connection().execute(store._select(filters, totals)).one()
    return {
        "total": total,
        "fatalities": int(fatalities),
        "facets": {field: _facet(store, filters, field, size) for field in fields},
    }


def events_over_time(store: Store, filters: EventFilter, interval: str = "month") -> dict[str, Any]:
    """{"interval", "buckets": [{"period", "event_type", "count", "fatalities"}]}, oldest first: the
    stacked chart's bars (one per period, a segment per event type)."""
    key = period(store.engine.dialect.name, interval)
    query = (select(key.label("period"), EventRow.event_type, func.count(EventRow.id).label("n"),
                    func.coalesce(func.sum(EventRow.fatalities), 0).label("dead"))
             .where(EventRow.event_date.is_not(None)))
    query = store._select(filters, query).group_by(key, EventRow.event_type).order_by(key, EventRow.event_type)
    with store._read() as session:
        rows = session.connection().execute(query).all()
    return {
        "interval": interval,
        "buckets": [{"period": row.period, "event_type": row.event_type, "count": row.n,
                     "fatalities": int(row.dead)} for row in rows],
    }


def print_facet(store: Store, filters: EventFilter, field: str, limit: int | None, out: TextIO) -> None:
    """`marsad events --facet FIELD`: tab-separated value, events, fatalities; a last line of totals."""
    size = min(limit or MAX_FACET_SIZE, MAX_FACET_SIZE)
    result = facet_counts(store, filters, (field,), size)
    out.write(f"{field}\tevents\tfatalities\n")
    for entry in result["facets"][field]:
        out.write(f"{entry['value']}\t{entry['count']}\t{entry['fatalities']}\n")
    out.write(f"(all matching)\t{result['total']}\t{result['fatalities']}\n")
