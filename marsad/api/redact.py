"""What a --public server shows, built from allow-lists: a field reaches the public only if it is named
here. A field added to the store later stays private until someone decides it is public.

Never public: the report text and anything cut from it (evidence spans, field evidence, the first 300
characters a report list shows, its content hash), who on the ground said what (`source_attribution`),
where a report came from on the server (`origin`), the audit trail, user names, jobs. Events no coder
has published (filters.PUBLISHED_STATUSES) are filtered out before these functions see them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

# The coded event: what ACLED itself publishes, plus Marsad's review state and counts.
PUBLIC_EVENT_FIELDS = (
    "doc_id", "event_id", "event_type", "sub_event_type", "plover", "cameo", "event_date", "time_precision",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "fatalities", "source", "notes",
    "confidence", "plover_mode", "geonameid", "injured", "detained", "fighters", "vehicles",
    "origin_location", "origin_latitude", "origin_longitude", "review_status", "canonical_id", "report_id",
    "recoded_differs",
)
# Withheld fields keep their key with an empty value, so every answer still has the documented shape.
WITHHELD_EVENT_FIELDS: dict[str, Any] = {"source_attribution": None, "evidence": [], "field_evidence": {}}

# A report: which publication said it and when, never what it said.
PUBLIC_REPORT_FIELDS = ("id", "doc_id", "title", "published", "source", "url", "event_count")
WITHHELD_REPORT_FIELDS: dict[str, Any] = {
    "text": "", "content_hash": "", "origin": None, "dateline_place": None, "dateline_source": None,
    "ingested_at": None,
}


def public_event(event: dict[str, Any]) -> dict[str, Any]:
    """The public view of one event (a published one: the caller filters the rest out)."""
    shown = {name: event[name] for name in PUBLIC_EVENT_FIELDS if name in event}
    shown.update({name: _empty(value) for name, value in WITHHELD_EVENT_FIELDS.items()})
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
