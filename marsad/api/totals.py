"""Totals of filtered event lists (and the few look-ups every request makes: is there any account, who
is this user), computed once per state of the data.

A page shows "1–100 of 48,213": counting every match costs more than reading the page (a substring
filter counts by reading all 200,000 rows, ~60 ms), and the next page, or the next person with the same
filter, asks the same count again. A count is kept with the store's data version and used while that
version is current, so a total is never stale: any committed write, from this process or another
(`marsad ingest`), changes the version.

The data version is the store's (marsad.store.versions: SQLite's `PRAGMA data_version`, PostgreSQL's
WAL position); where it has none (an in-memory store, a standby server) every total is counted.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from marsad.store import Store
from marsad.store.filters import EventFilter
from marsad.store.versions import data_version_reader

MAX_TOTALS = 1024
IN_FLIGHT_WAIT_S = 30.0
T = TypeVar("T")


class TotalsCache:
    def __init__(self, store: Store, size: int = MAX_TOTALS) -> None:
        self._store = store
        self._size = size
        self._values: OrderedDict[tuple[Hashable, Hashable], Any] = OrderedDict()
        self._running: dict[tuple[Hashable, Hashable], threading.Event] = {}
        self._lock = threading.Lock()
        self._version = data_version_reader(store.engine)

    def data_version(self) -> Hashable | None:
        """The store's data version now (None: unknown, nothing may be cached)."""
        return self._version()

    def total(self, filters: EventFilter) -> int:
        return self.remember(filters, lambda: self._store.count_matching(filters))

    def remember(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()`, or what it gave for `key` while the data has not changed since (treat as read-only).
        Requests asking the same while it is being computed wait for that answer instead of computing it
        again (twenty clients opening the same filter at once count it once)."""
        version = self._version()
        if version is None:
            return compute()
        versioned = (key, version)
        while True:
            with self._lock:
                if versioned in self._values:
                    self._values.move_to_end(versioned)
                    return self._values[versioned]
                running = self._running.get(versioned)
                if running is None:
                    running = self._running[versioned] = threading.Event()
                    break
            running.wait(IN_FLIGHT_WAIT_S)  # then look again (and compute it, if the other one failed)
        try:
            value = compute()
            with self._lock:
                self._values[versioned] = value
                while len(self._values) > self._size:
                    self._values.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._running[versioned]
            running.set()

    def close(self) -> None:
        closer = getattr(self._version, "close", None)
        if closer is not None:
            closer()
