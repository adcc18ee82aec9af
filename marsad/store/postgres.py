"""PostgreSQL-only pieces of writing: which errors a concurrent writer retries, and places inserted so two
writers never wait on each other in a circle.

Two processes ingesting overlapping reports each hold row locks on what they inserted until they commit:
process A the report it added and place X, process B another report and place Y; if A then needs Y and B
needs X, PostgreSQL breaks the cycle by failing one transaction (deadlock_detected). Places of a
transaction are therefore inserted first, sorted by geonameid, with ON CONFLICT DO NOTHING (a place
another writer added is simply there); and a deadlock or serialization failure that still happens (two
batches holding reports in opposite orders) is retried, one report per transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from marsad.types import EventRecord

from . import convert
from .models import PlaceRow

# deadlock_detected, serialization_failure: the transaction did nothing wrong; running it again succeeds.
TRANSIENT_SQLSTATES = {"40P01", "40001"}
_PLACE_COLUMNS = ("geonameid", "name", "latitude", "longitude", "country", "admin1", "admin2", "admin3",
                  "feature_code")


def is_transient(error: BaseException) -> bool:
    """Whether a database error is a lost race another attempt wins (PostgreSQL's deadlock, serialization)."""
    if not isinstance(error, DBAPIError):
        return False
    return getattr(error.orig, "sqlstate", None) in TRANSIENT_SQLSTATES


def insert_places(session: Session, events: Sequence[EventRecord]) -> None:
    """The events' places, in geonameid order, skipping those already stored (by anyone)."""
    places: dict[str, PlaceRow] = {}
    for record in events:
        place = convert.place_row(record)
        if place is not None:
            places.setdefault(place.geonameid, place)
    for geonameid in sorted(places):
        values = {column: getattr(places[geonameid], column) for column in _PLACE_COLUMNS}
        session.execute(insert(PlaceRow).values(**values).on_conflict_do_nothing(index_elements=["geonameid"]))
