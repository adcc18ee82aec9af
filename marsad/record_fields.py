"""The event record's fields, stated once (ACLED's types and sub-types: marsad/data/events/acled_types.yaml).

`marsad.types.EventRecord` is the one field list (the contract of EVENTS.md plus Marsad's extras). From
it come the CSV columns (`EVENT_FIELDS`), the API's pydantic model (`api/schemas.py: EventOut`, built by
`pydantic_fields`) and the record de-duplication reads (`dedupe/match.py: Record`, the `DEDUPE_FIELDS`
with their types from here), so a field added to the record reaches all three.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any, get_type_hints

from marsad.types import EventRecord

EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRecord))
# The fields of ../shared/eval/EVENTS.md; the rest are Marsad's extras.
CONTRACT_FIELDS: tuple[str, ...] = EVENT_FIELDS[: EVENT_FIELDS.index("confidence") + 1]

# What de-duplication compares across reports (dedupe/match.py), read from the stored events.
DEDUPE_FIELDS: tuple[str, ...] = (
    "event_id", "event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2", "country",
    "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "geonameid",
    "fatalities", "source",
)  # fmt: skip
# The store keeps event_date as a date; the record writes it YYYY-MM-DD.
_STORED_TYPES: dict[str, Any] = {"event_date": date | None}

# Descriptions the API documents with the field.
DESCRIPTIONS: dict[str, str] = {
    "event_date": "YYYY-MM-DD",
    "time_precision": "1 day, 2 week, 3 month (ACLED)",
    "geo_precision": "1 the place itself, 2 near it or a part of it, 3 a larger area (ACLED)",
    "fatalities": "people killed in this event (never a tally)",
    "evidence": "spans of the report the event was coded from",
    "field_evidence": "field name -> the span its value was read from",
    "coded_by": "the rules (rules.yaml; cue:<id> for the trigger) and classifier that made the event",
}


def field_types() -> dict[str, Any]:
    """Each field of the record with its type."""
    return {name: kind for name, kind in get_type_hints(EventRecord).items() if name in EVENT_FIELDS}


def stored_types(names: tuple[str, ...]) -> list[tuple[str, Any]]:
    """(name, type) of record fields as the store holds them (for the dedupe record)."""
    types = field_types()
    return [(name, _STORED_TYPES.get(name, types[name])) for name in names]
