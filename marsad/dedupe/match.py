"""When two stored event records, from different reports, tell the same event.

The rule (issue 5): same ACLED event type; dates within a day; places within 10 km, or the same
admin-2 (district) of the same governorate; compatible actors. Records of one report are never
linked by the machine: the extractor already merged an event told twice in one report.

Actor compatibility, side by side (actor1 with actor1 and actor2 with actor2, or crosswise):
two sides are compatible when they are equal, when either is missing, when either is a generic
actor of the base ("Unidentified Armed Group (Syria)", "Civilians (Syria)"), when either is a name
the base does not know (a group named loosely), or when one is part of the other or backed by it
(following part_of up the tree and the backed_by patrons on the way).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, make_dataclass
from datetime import date

from marsad.actors.base import ActorBase
from marsad.geo import distance_km
from marsad.record_fields import DEDUPE_FIELDS, stored_types

MAX_KM = 10.0
MAX_DAYS = 1
# Grid cells wider than MAX_KM both ways up to ~45°N (0.15° of longitude is 11.8 km there), so two
# records within MAX_KM always sit in the same or touching cells: candidates come from 9 cells.
CELL_DEGREES = 0.15
_AGREEMENT_RANK = ("same", "related", "missing", "generic")


class _RecordMethods:
    @property
    def order_key(self) -> tuple[date, str]:
        """Content order (date, then the stable event id): the order clustering reads records in."""
        return (self.event_date or date.min, self.event_id)  # type: ignore[attr-defined]

    @property
    def has_point(self) -> bool:
        return self.latitude is not None and self.longitude is not None  # type: ignore[attr-defined]


# The columns of a stored event that dedupe reads (one row of `events`): the record's DEDUPE_FIELDS
# (marsad/record_fields.py) between the store's own columns.
Record = make_dataclass(
    "Record",
    [("id", int), ("report_id", int), *stored_types(DEDUPE_FIELDS), ("review_status", str),
     ("canonical_id", int | None)],  # a reviewer's merge: the event this record was merged into
    bases=(_RecordMethods,),
    frozen=True,
)
Record.__module__ = __name__  # pickled and named as this module's


def km_between(a: Record, b: Record) -> float:
    """Great-circle distance; only called when both records have coordinates."""
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def grid_cell(record: Record) -> tuple[int, int] | None:
    if not record.has_point:
        return None
    return (math.floor(record.latitude / CELL_DEGREES), math.floor(record.longitude / CELL_DEGREES))  # type: ignore[operator]


class ActorRelations:
    """Which actor names may stand for the same side, from the actor base (shipped + the store's)."""

    def __init__(self, base: ActorBase) -> None:
        self._base = base
        self._related: dict[str, frozenset[str]] = {}

    def _up(self, name: str) -> frozenset[str]:
        """The names above `name`: its parents (part_of, transitively) and their patrons (backed_by)."""
        cached = self._related.get(name)
        if cached is not None:
            return cached
        found: set[str] = set()
        actor = self._base.by_name(name)
        seen: set[str] = set()
        while actor is not None and actor.id not in seen:
            seen.add(actor.id)
            found.add(actor.name)
            found.update(patron.name for patron in actor.backed_by)
            actor = self._base.get(actor.part_of) if actor.part_of and self._base.has(actor.part_of) else None
        found.discard(name)
        result = frozenset(found)
        self._related[name] = result
        return result

    def loose(self, name: str) -> bool:
        """Generic ("Unidentified Armed Group (Syria)") or unknown to the base: may be any named group."""
        actor = self._base.by_name(name)
        return actor is None or actor.generic

    def side_compatible(self, a: str | None, b: str | None) -> str | None:
        """How two sides agree ("same", "missing", "generic", "related"), or None when they do not."""
        if not a or not b:
            return "missing"
        if a == b:
            return "same"
        if self.loose(a) or self.loose(b):
            return "generic"
        if b in self._up(a) or a in self._up(b):
            return "related"
        return None

    def actors_compatible(self, a: Record, b: Record) -> str | None:
        """The weaker side's agreement ("same" < "related" < "missing" < "generic") in the better of the
        two orientations (actor1 with actor1, or crosswise); None when neither orientation fits."""
        labels = []
        for first, second in ((b.actor1, b.actor2), (b.actor2, b.actor1)):
            side1 = self.side_compatible(a.actor1, first)
            side2 = self.side_compatible(a.actor2, second)
            if side1 and side2:
                labels.append(max(side1, side2, key=_AGREEMENT_RANK.index))
        return min(labels, key=_AGREEMENT_RANK.index) if labels else None


@dataclass(frozen=True)
class Link:
    """Two records that tell the same event: why, and how strongly (a lower `rank` links first)."""

    why: str
    rank: tuple


def link(a: Record, b: Record, relations: ActorRelations) -> Link | None:
    """The link between two records when they tell the same event, else None."""
    if a.report_id == b.report_id or a.event_type != b.event_type:
        return None
    if a.event_date is None or b.event_date is None:
        return None
    days = abs((a.event_date - b.event_date).days)
    if days > MAX_DAYS:
        return None
    place = _place_agreement(a, b)
    if place is None:
        return None
    actors = relations.actors_compatible(a, b)
    if actors is None:
        return None
    when = "same day" if days == 0 else f"{days} day apart"
    # closer in time first, then the same sub-event type, better-agreeing actors, nearer places
    rank = (days, a.sub_event_type != b.sub_event_type, _AGREEMENT_RANK.index(actors), place[1])
    return Link(f"{place[0]}; {when}; actors {actors}", rank)


def match(a: Record, b: Record, relations: ActorRelations) -> str | None:
    """Why the two records tell the same event ("same admin2; 1 day apart; actors related"), else None."""
    found = link(a, b, relations)
    return found.why if found else None


def _place_agreement(a: Record, b: Record) -> tuple[str, float] | None:
    """(how the places agree, km apart or MAX_KM + 1 when only the district is shared), or None."""
    if a.has_point and b.has_point:
        km = km_between(a, b)
        if km <= MAX_KM:
            return ("same place" if km < 0.05 else f"{km:.1f} km apart", round(km, 3))
    if a.admin2 and a.admin2 == b.admin2 and (a.admin1 == b.admin1 or not a.admin1 or not b.admin1):
        return (f"same admin2 ({a.admin2})", MAX_KM + 1)
    return None
