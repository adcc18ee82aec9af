"""The fields of a canonical event, reconciled from its records, and the conflicts between them.

- place: the most precise record's (lowest geo_precision; then one with coordinates; then the most
  reported location); its location, coordinates, admin names and geonameid travel together.
- date: the most precise (lowest time_precision), then the most reported, then the earliest.
- fatalities: ACLED's conservative rule, the lowest figure any report gives. A report that states no
  death (0) does not contradict one that counts them, so 0 wins only when no report gives a figure.
- sub_event_type, actors: the most reported (actors: named before generic), then content order.
Where records disagree the conflict is kept: field, chosen value, and each value with its event ids.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from .cluster import Cluster
from .match import ActorRelations, Record

PLACE_FIELDS = ("country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
                "geonameid")
CONFLICT_FIELDS = ("sub_event_type", "event_date", "actor1", "actor2", "location", "fatalities")


def reconcile(cluster: Cluster, relations: ActorRelations) -> dict[str, Any]:
    """Column values of the canonical_events row for `cluster` (everything but id)."""
    records = cluster.records  # in content order
    count = Counter(r.location for r in records)
    place = min(records, key=lambda r: (r.geo_precision, not r.has_point, -count[r.location]))
    dates = Counter(r.event_date for r in records if r.event_date)
    dated = [r for r in records if r.event_date] or records
    when = min(dated, key=lambda r: (r.time_precision, -dates[r.event_date], r.event_date or r.order_key[0]))
    figures = [r.fatalities for r in records if r.fatalities > 0]
    pairs = Counter((r.actor1, r.actor2) for r in records)
    actors = min(records, key=lambda r: (_loose_sides(r, relations), -pairs[(r.actor1, r.actor2)]))
    subs = Counter(r.sub_event_type for r in records)
    chosen = {
        "sub_event_type": max(subs, key=lambda s: (subs[s], -_first_index(records, "sub_event_type", s))),
        "event_date": when.event_date,
        "time_precision": when.time_precision,
        "actor1": actors.actor1,
        "actor2": actors.actor2,
        "fatalities": min(figures) if figures else 0,
        **{name: getattr(place, name) for name in PLACE_FIELDS},
    }
    return {
        "key": cluster.anchor.event_id,
        "event_type": records[0].event_type,
        **chosen,
        "member_count": len(records),
        "report_count": len({r.report_id for r in records}),
        "sources": sorted({r.source for r in records if r.source}),
        "conflicts": conflicts(records, chosen),
    }


def conflicts(records: list[Record], chosen: dict[str, Any]) -> list[dict[str, Any]]:
    """[{"field", "chosen", "values": [{"value", "event_ids"}]}] for each field the records disagree on."""
    found = []
    for name in CONFLICT_FIELDS:
        values: dict[Any, list[str]] = {}
        for record in records:
            values.setdefault(getattr(record, name), []).append(record.event_id)
        if len(values) < 2:
            continue
        found.append({
            "field": name,
            "chosen": _jsonable(chosen[name]),
            "values": [{"value": _jsonable(v), "event_ids": sorted(ids)}
                       for v, ids in sorted(values.items(), key=lambda item: str(item[0]))],
        })
    return found


def _loose_sides(record: Record, relations: ActorRelations) -> int:
    """How many sides are missing, generic or unknown (fewer is more specific)."""
    return sum(1 for side in (record.actor1, record.actor2) if not side or relations.loose(side))


def _first_index(records: list[Record], name: str, value: Any) -> int:
    return next(i for i, r in enumerate(records) if getattr(r, name) == value)


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
