"""The summary panel's counts from memory: every event's facet columns as numpy arrays, read once per state
of the data, so a facet request is a few vectorised comparisons and bincounts instead of seven GROUP BYs.

Measured on the 200,000-event bench store (bench/api.py, 2 cores): the GROUP BYs cost ~250 ms of CPU a
request, and 20 clients queued for seconds; from memory a request costs a few ms after a ~1 s load.

The filters are evaluated here exactly as `EventFilter.apply` words them in SQL (tests/store compares the
two on random filters). Those that need text no column here holds (`q` over the notes, `admin2`,
`backed_by` through the actor base) are not: `supports` says so and the caller counts in SQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np
from sqlalchemy import select

from .canonical import hidden_as_duplicate
from .facets import FACET_FIELDS, _entries
from .filters import PUBLISHED_STATUSES, EventFilter
from .models import EventRow
from .radius import KM_PER_DEGREE, distance_squared_degrees

if TYPE_CHECKING:
    from .store import Store

_COLUMNS = (EventRow.id, EventRow.event_date, EventRow.event_type, EventRow.sub_event_type, EventRow.actor1,
            EventRow.actor2, EventRow.admin1, EventRow.fatalities, EventRow.latitude, EventRow.longitude,
            EventRow.review_status, EventRow.confidence, EventRow.actor_search, EventRow.place_search)


class _Codes:
    """Strings as small integers; code 0 is None."""

    def __init__(self) -> None:
        self.values: list[str | None] = [None]
        self.codes: dict[str | None, int] = {None: 0}

    def __call__(self, value: str | None) -> int:
        code = self.codes.get(value)
        if code is None:
            code = self.codes[value] = len(self.values)
            self.values.append(value)
        return code

    def matching(self, test: Callable[[str], bool]) -> np.ndarray:
        """Per code: does its value pass `test` (None never does)."""
        return np.array([value is not None and test(value) for value in self.values], dtype=bool)


def _ascii_lower(value: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in value)


@dataclass
class FacetIndex:
    day: np.ndarray  # date ordinal, -1 without a date
    month: np.ndarray  # year * 12 + month - 1, -1 without a date
    event_type: np.ndarray
    sub_event_type: np.ndarray
    actor1: np.ndarray
    actor2: np.ndarray
    admin1: np.ndarray
    fatalities: np.ndarray
    latitude: np.ndarray
    longitude: np.ndarray
    review_status: np.ndarray
    confidence: np.ndarray
    actor_search: np.ndarray
    place_search: np.ndarray
    hidden_any: np.ndarray  # a duplicate's record another record stands for (canonical.py)
    hidden_published: np.ndarray  # the same among published records
    types: _Codes
    sub_types: _Codes
    actors: _Codes
    governorates: _Codes
    statuses: _Codes
    actor_keys: _Codes
    place_keys: _Codes
    unicode_lower: bool  # PostgreSQL's lower() folds every letter, SQLite's only ASCII ones

    @classmethod
    def load(cls, store: Store) -> FacetIndex:
        types, sub_types, actors, governorates, statuses, actor_keys, place_keys = (_Codes() for _ in range(7))
        columns: dict[str, list] = {name: [] for name in (
            "id", "day", "month", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "fatalities",
            "latitude", "longitude", "review_status", "confidence", "actor_search", "place_search")}
        with store._read() as session:
            connection = session.connection()
            for row in connection.execute(select(*_COLUMNS).order_by(EventRow.id)):
                (id_, day, event_type, sub_type, actor1, actor2, admin1, fatalities, latitude, longitude,
                 status, confidence, actor_search, place_search) = row
                columns["id"].append(id_)
                columns["day"].append(day.toordinal() if day else -1)
                columns["month"].append(day.year * 12 + day.month - 1 if day else -1)
                columns["event_type"].append(types(event_type))
                columns["sub_event_type"].append(sub_types(sub_type))
                columns["actor1"].append(actors(actor1))
                columns["actor2"].append(actors(actor2))
                columns["admin1"].append(governorates(admin1))
                columns["fatalities"].append(fatalities or 0)
                columns["latitude"].append(np.nan if latitude is None else latitude)
                columns["longitude"].append(np.nan if longitude is None else longitude)
                columns["review_status"].append(statuses(status))
                columns["confidence"].append(confidence)
                columns["actor_search"].append(actor_keys(actor_search))
                columns["place_search"].append(place_keys(place_search))
            hidden = {
                published: {event_id for (event_id,) in connection.execute(
                    select(EventRow.id).where(hidden_as_duplicate(PUBLISHED_STATUSES if published else None)))}
                for published in (False, True)
            }
        ids = np.array(columns.pop("id"), dtype=np.int64)
        arrays = {
            # fatalities as floats: bincount's weights are, and a conversion per request would cost
            name: np.array(values, dtype=np.float64 if name in ("latitude", "longitude", "confidence", "fatalities")
                           else np.int64)
            for name, values in columns.items()
        }
        return cls(**arrays, hidden_any=np.isin(ids, list(hidden[False])),
                   hidden_published=np.isin(ids, list(hidden[True])), types=types, sub_types=sub_types,
                   actors=actors, governorates=governorates, statuses=statuses, actor_keys=actor_keys,
                   place_keys=place_keys, unicode_lower=store.engine.dialect.name == "postgresql")

    @staticmethod
    def supports(filters: EventFilter) -> bool:
        return not (filters.q or filters.admin2 or filters.backed_by or filters.movements_only)

    def _equal(self, codes: _Codes, column: np.ndarray, value: str) -> np.ndarray:
        code = codes.codes.get(value)
        return column == code if code is not None else np.zeros(len(column), dtype=bool)

    def mask(self, filters: EventFilter) -> np.ndarray:
        """Which events `filters` selects: EventFilter.apply, term for term."""
        keep = np.ones(len(self.day), dtype=bool)
        if filters.since is not None:
            keep &= (self.day >= filters.since.toordinal()) & (self.day >= 0)
        if filters.until is not None:
            keep &= (self.day <= filters.until.toordinal()) & (self.day >= 0)
        if filters.event_type:
            keep &= (self._equal(self.types, self.event_type, filters.event_type)
                     | self._equal(self.sub_types, self.sub_event_type, filters.event_type))
        if filters.sub_event_type:
            keep &= self._equal(self.sub_types, self.sub_event_type, filters.sub_event_type)
        if filters.actor:
            needle = filters.actor.casefold()
            keep &= self.actor_keys.matching(lambda key: needle in key)[self.actor_search]
        if filters.admin1:
            lower = str.lower if self.unicode_lower else _ascii_lower
            wanted = filters.admin1.lower()
            keep &= self.governorates.matching(lambda name: lower(name) == wanted)[self.admin1]
        if filters.place:
            needle = filters.place.casefold()
            keep &= self.place_keys.matching(lambda key: needle in key)[self.place_search]
        if filters.bbox is not None:
            south, west, north, east = filters.bbox
            with np.errstate(invalid="ignore"):
                keep &= ((self.latitude >= south) & (self.latitude <= north)
                         & (self.longitude >= west) & (self.longitude <= east))
        if filters.near is not None:
            latitude, longitude, km = filters.near
            reach = km / KM_PER_DEGREE
            with np.errstate(invalid="ignore"):
                keep &= distance_squared_degrees(latitude, longitude, self.latitude, self.longitude) <= reach * reach
        if filters.review_status:
            keep &= self._equal(self.statuses, self.review_status, filters.review_status)
        if filters.published_only:
            keep &= self.statuses.matching(lambda status: status in PUBLISHED_STATUSES)[self.review_status]
        if filters.min_confidence is not None:
            keep &= self.confidence >= filters.min_confidence
        if filters.canonical_only:
            keep &= ~(self.hidden_published if filters.published_only else self.hidden_any)
        return keep

    @staticmethod
    def _counted(codes: _Codes, chosen: np.ndarray, dead_of: np.ndarray) -> tuple[Counter, Counter]:
        counts = np.bincount(chosen, minlength=len(codes.values))
        dead = np.bincount(chosen, weights=dead_of, minlength=len(codes.values))
        present = [int(c) for c in np.flatnonzero(counts) if c]
        return (Counter({codes.values[c]: int(counts[c]) for c in present}),
                Counter({codes.values[c]: int(dead[c]) for c in present}))

    def _facet(self, field: str, pick: Callable[[np.ndarray], np.ndarray], dead_of: np.ndarray,
               size: int) -> list[dict[str, Any]]:
        if field == "actor":
            first, second = pick(self.actor1), pick(self.actor2)
            counts, dead = self._counted(self.actors, first, dead_of)
            other = (second != 0) & (second != first)
            more, more_dead = self._counted(self.actors, second[other], dead_of[other])
            counts.update(more)
            dead.update(more_dead)
            return _entries(counts, dead, size)
        if field == "month":
            months = pick(self.month)
            dated = months >= 0
            months = months[dated]
            if not len(months):
                return []
            start = int(months.min())
            counts = np.bincount(months - start)
            dead = np.bincount(months - start, weights=dead_of[dated])
            label = {int(k): f"{(k + start) // 12:04d}-{(k + start) % 12 + 1:02d}" for k in np.flatnonzero(counts)}
            return _entries(Counter({label[k]: int(counts[k]) for k in label}),
                            Counter({label[k]: int(dead[k]) for k in label}), size, by_value=True)
        codes, column = {"event_type": (self.types, self.event_type),
                         "sub_event_type": (self.sub_types, self.sub_event_type),
                         "admin1": (self.governorates, self.admin1)}[field]
        counts, dead = self._counted(codes, pick(column), dead_of)
        return _entries(counts, dead, size)

    def facet_counts(self, filters: EventFilter, fields: Sequence[str] = FACET_FIELDS,
                     size: int = 10) -> dict[str, Any]:
        """What facets.facet_counts answers, from memory."""
        keep = self.mask(filters)
        # the selected rows' positions once (a boolean mask re-applied per column costs more), none for all
        rows = None if keep.all() else np.flatnonzero(keep)
        def pick(column: np.ndarray) -> np.ndarray:
            return column if rows is None else column.take(rows)

        dead_of = pick(self.fatalities)
        return {"total": len(dead_of), "fatalities": int(dead_of.sum()),
                "facets": {field: self._facet(field, pick, dead_of, size) for field in fields}}

    def events_over_time(self, filters: EventFilter, interval: str = "month") -> dict[str, Any]:
        """What facets.events_over_time answers, from memory."""
        keep = self.mask(filters) & (self.day >= 0)
        if interval == "month":
            period = self.month[keep]
            label = lambda m: f"{m // 12:04d}-{m % 12 + 1:02d}"  # noqa: E731
        else:  # the week's Monday, as an ordinal
            days = self.day[keep]
            period = days - (days - 1) % 7  # ordinal 1 (0001-01-01) was a Monday
            label = lambda d: date.fromordinal(int(d)).isoformat()  # noqa: E731
        types = self.event_type[keep]
        fatalities = self.fatalities[keep]
        buckets: dict[tuple[int, str], list[int]] = {}
        width = len(self.types.values)
        keys = period * width + types
        unique, counts = np.unique(keys, return_counts=True)
        dead = np.bincount(np.searchsorted(unique, keys), weights=fatalities, minlength=len(unique))
        for key, n, d in zip(unique, counts, dead, strict=True):
            buckets[(int(key // width), self.types.values[int(key % width)] or "")] = [int(n), int(d)]
        rows = sorted(buckets.items(), key=lambda item: (label(item[0][0]), item[0][1]))
        return {"interval": interval, "buckets": [
            {"period": label(p), "event_type": t, "count": n, "fatalities": d} for (p, t), (n, d) in rows]}


class FacetIndexCache:
    """One FacetIndex, rebuilt when the store's data version moves (TotalsCache's reader); concurrent
    requests during a rebuild wait for it rather than build their own. None where no version is known."""

    def __init__(self, store: Store, version: Callable[[], Hashable | None]) -> None:
        self._store = store
        self._version = version
        self._lock = threading.Lock()
        self._held: tuple[Hashable, FacetIndex] | None = None

    def current(self) -> FacetIndex | None:
        version = self._version()
        if version is None:
            return None
        with self._lock:
            if self._held is None or self._held[0] != version:
                self._held = (version, FacetIndex.load(self._store))
            return self._held[1]

