"""What the public may see, as allow-lists: a field reaches a --public server's answers, its exports, or
a `marsad publish` file only if it is named here. A field added to the store later stays private until
someone decides it is public.

Never public: the report text and anything cut from it (evidence spans, field evidence, the first 300
characters a report list shows, its content hash), who on the ground said what (`source_attribution`),
where a report came from on the server (`origin`), the audit trail, user names, jobs. Events no coder
has published (store.filters.PUBLISHED_STATUSES) are filtered out before these functions see them.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from marsad.errors import InputError
from marsad.store.filters import EventFilter
from marsad.types import EventRecord

from .base import EVENT_FIELDS

if TYPE_CHECKING:
    from marsad.store import Store

# The coded event: what ACLED itself publishes, plus Marsad's review state and counts.
PUBLIC_EVENT_FIELDS = (
    "doc_id", "event_id", "event_type", "sub_event_type", "plover", "cameo", "event_date", "time_precision",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "fatalities", "source", "notes",
    "confidence", "plover_mode", "geonameid", "injured", "detained", "fighters", "vehicles",
    "origin_location", "origin_latitude", "origin_longitude", "review_status", "canonical_id", "report_id",
    "recoded_differs", "coded_by",  # coded_by: the names of the rules that made the event, no report text
)
# Withheld fields keep their key with an empty value, so every answer still has the documented shape.
WITHHELD_EVENT_FIELDS: dict[str, Any] = {"source_attribution": None, "evidence": [], "field_evidence": {}}

_CONTRACT_DEFAULTS: dict[str, Any] = {
    field.name: field.default_factory() if field.default_factory is not dataclasses.MISSING  # type: ignore[misc]
    else None if field.default is dataclasses.MISSING else field.default
    for field in dataclasses.fields(EventRecord)
}

# A report: which publication said it and when, never what it said.
PUBLIC_REPORT_FIELDS = ("id", "doc_id", "title", "published", "source", "url", "event_count")
WITHHELD_REPORT_FIELDS: dict[str, Any] = {
    "text": "", "content_hash": "", "origin": None, "dateline_place": None, "dateline_source": None,
    "ingested_at": None,
}


def public_event(event: dict[str, Any]) -> dict[str, Any]:
    """The public view of one event (a published one: the caller filters the rest out). A contract field
    on neither list (one added later) is shown with its default value, so every format still has it."""
    shown = {name: event[name] for name in PUBLIC_EVENT_FIELDS if name in event}
    shown.update({name: _empty(value) for name, value in WITHHELD_EVENT_FIELDS.items()})
    for name in EVENT_FIELDS:
        if name not in shown:
            shown[name] = _empty(_CONTRACT_DEFAULTS[name])
    if "report" in event:
        shown["report"] = public_report(event["report"])
    return shown


def public_events(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for event in events:
        yield public_event(event)


def public_report(report: dict[str, Any]) -> dict[str, Any]:
    """The public view of a report; its `events`, if given, must be the published ones only."""
    shown = {name: report[name] for name in PUBLIC_REPORT_FIELDS if name in report}
    shown.update({name: _empty(value) for name, value in WITHHELD_REPORT_FIELDS.items()})
    if "events" in report:
        shown["events"] = list(public_events(report["events"]))
    return shown


def _empty(value: Any) -> Any:
    return type(value)() if isinstance(value, list | dict) else value  # a fresh [] or {} per answer


def publish(store: Store, destination: Path) -> int:
    """Write the published events, allow-listed fields only, into a new SQLite file `destination` (one
    `events` table; lists as JSON text): the file to open in Datasette or hand on. Returns the count.
    The store's own file holds everything (reports, sources, audit trail) and is not for publishing."""
    if destination.exists():
        raise InputError(f"{destination} exists; give a new file name (publish never overwrites)")
    if not destination.parent.is_dir():
        raise InputError(f"folder {destination.parent} does not exist; create it first")
    columns = [name for name in EVENT_FIELDS if name in PUBLIC_EVENT_FIELDS] + ["review_status"]
    temporary = destination.with_name(f".{destination.name}.partial")
    connection = sqlite3.connect(temporary)
    count = 0
    try:
        connection.execute(f"CREATE TABLE events ({', '.join(columns)}, PRIMARY KEY (event_id))")
        insert = f"INSERT INTO events VALUES ({', '.join('?' for _ in columns)})"
        for event in store.iter_matching(EventFilter(published_only=True)):
            shown = public_event(event)
            connection.execute(insert, [_sql_value(shown.get(name)) for name in columns])
            count += 1
        connection.commit()
    finally:
        connection.close()
    temporary.replace(destination)
    return count


def _sql_value(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
