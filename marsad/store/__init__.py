"""The store: reports, events and actors in SQLite (default) or PostgreSQL, schema by Alembic.

from marsad.store import Store
with Store.open("sqlite:///marsad.db") as store:
    report_id, added = store.add_report(report, events)
    rows = store.query_events(actor="HTS", since=date(2024, 1, 1))
"""

from marsad.errors import StoreError

from . import (
    auth_models,  # noqa: F401  (accounts and web state: the metadata must know them)
    dedupe_tables,  # noqa: F401  (dedupe tables: the metadata must know them)
)
from .store import SORTS, Store

__all__ = ["SORTS", "Store", "StoreError"]
