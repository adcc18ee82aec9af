"""The totals cache: one count per filter and state of the data, shared by concurrent requests."""

from __future__ import annotations

import threading
import time

from marsad.api.totals import TotalsCache
from marsad.store import Store
from marsad.store.filters import EventFilter


def test_counted_once_per_data_version_and_once_for_concurrent_askers(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        cache = TotalsCache(store)
        calls: list[int] = []

        def slow_count() -> int:
            calls.append(1)
            time.sleep(0.2)  # long enough for every thread below to ask while it runs
            return 7

        answers: list[int] = []
        threads = [threading.Thread(target=lambda: answers.append(cache.remember("k", slow_count)))
                   for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert answers == [7] * 8 and len(calls) == 1
        assert cache.total(EventFilter()) == 2
        store.review_event("sohr-a-1", "confirm", "someone")  # any committed write: counted again
        assert cache.remember("k", lambda: 8) == 8
        assert cache.total(EventFilter(review_status="confirmed")) == 1
        cache.close()


def test_a_failed_count_is_not_kept(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        cache = TotalsCache(store)

        def failing() -> int:
            raise RuntimeError("the store went away")

        for _ in range(2):
            try:
                cache.remember("k", failing)
            except RuntimeError:
                pass
        assert cache.remember("k", lambda: 3) == 3
        cache.close()


def test_no_cache_without_a_data_version(tmp_path) -> None:
    with Store.open("sqlite://") as store:  # in memory: nothing tells when it changes
        cache = TotalsCache(store)
        assert [cache.remember("k", lambda n=n: n) for n in range(3)] == [0, 1, 2]
