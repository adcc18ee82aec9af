"""SQLite: a writer that finds the store locked past the busy timeout retries with backoff, and if the lock
is never released says so in one clear line (no bare "database is locked")."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from store_samples import make_events, make_report

from marsad.errors import StoreError
from marsad.store import Store, engine


def _hold_write_lock(path: Path, seconds: float, taken: threading.Event) -> None:
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    taken.set()
    time.sleep(seconds)
    other.execute("COMMIT")
    other.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 200)


def _locked_for(path: Path, seconds: float) -> threading.Thread:
    taken = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(path, seconds, taken))
    holder.start()
    taken.wait()
    return holder


def test_a_writer_waits_out_a_lock_longer_than_the_busy_timeout(tmp_path: Path, short_busy_timeout: None) -> None:
    path = tmp_path / "marsad.db"
    with Store.open(f"sqlite:///{path}") as store:
        holder = _locked_for(path, 0.5)  # longer than the 0.2 s busy timeout, shorter than the retries
        _, added = store.add_report(make_report(), make_events())
        holder.join()
        assert added and store.count_events() == 2


def test_a_lock_never_released_ends_in_one_clear_error(tmp_path: Path, short_busy_timeout: None) -> None:
    path = tmp_path / "marsad.db"
    with Store.open(f"sqlite:///{path}") as store:
        holder = _locked_for(path, 6.0)
        with pytest.raises(StoreError, match="stayed locked by another writer.*run the command again"):
            store.add_report(make_report(), make_events())
        holder.join()
        assert store.count_reports() == 0
