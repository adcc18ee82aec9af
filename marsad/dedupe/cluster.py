"""Grouping linked records into canonical events, deterministically.

A reviewer's merges (events.canonical_id) first bind records into groups never pulled apart. Then the
links between records (match.py) are taken strongest first (same day before a day apart, the same
sub-event type, better-agreeing actors, nearer places; ties by event id), and each joins two groups
only when every record of one links to every record of the other (complete linkage: a chain of
"within a day" links never glues a week of shelling into one event). The result depends only on the
set of records, never on which run stored or deduped them first, so an incremental run over a closed
neighbourhood (see run.py) gives the same groups as a full rebuild.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

from marsad.store.dedupe_tables import MATCHED_ANCHOR, MATCHED_DEDUPE, MATCHED_REVIEWER

from .match import MAX_DAYS, ActorRelations, Link, Record, grid_cell, link


@dataclass
class Cluster:
    """One canonical event's records; `how` maps a record id to (matched_by, why)."""

    records: list[Record] = field(default_factory=list)
    how: dict[int, tuple[str, str | None]] = field(default_factory=dict)

    @property
    def anchor(self) -> Record:
        """The first stored record (lowest row id): the canonical event keeps its key while others join."""
        return min(self.records, key=lambda r: r.id)


class CandidateIndex:
    """Records bucketed by (type, date, grid cell) and (type, date, admin1, admin2): a record's possible
    matches come from a few buckets instead of every record of its type."""

    def __init__(self, records: Iterable[Record] = ()) -> None:
        self._by_cell: dict[tuple, list[Record]] = defaultdict(list)
        self._by_admin2: dict[tuple, list[Record]] = defaultdict(list)
        for record in records:
            self.add(record)

    def add(self, record: Record) -> None:
        if record.event_date is None:
            return
        cell = grid_cell(record)
        if cell is not None:
            self._by_cell[(record.event_type, record.event_date, cell)].append(record)
        if record.admin2:
            self._by_admin2[(record.event_type, record.event_date, record.admin2)].append(record)

    def candidates(self, record: Record) -> Iterator[Record]:
        """Records that may match `record` (a superset; `match` decides), each once."""
        if record.event_date is None:
            return
        seen: set[int] = {record.id}
        cell = grid_cell(record)
        for offset in range(-MAX_DAYS, MAX_DAYS + 1):
            day = record.event_date + timedelta(days=offset)
            buckets = []
            if cell is not None:
                buckets += [self._by_cell.get((record.event_type, day, (cell[0] + i, cell[1] + j)), ())
                            for i in (-1, 0, 1) for j in (-1, 0, 1)]
            if record.admin2:
                buckets.append(self._by_admin2.get((record.event_type, day, record.admin2), ()))
            for bucket in buckets:
                for other in bucket:
                    if other.id not in seen:
                        seen.add(other.id)
                        yield other


def reviewer_units(records: list[Record]) -> list[list[Record]]:
    """Records bound by a reviewer's merges (transitively), each unit in content order, units ordered by
    their first record. A merge into a record outside `records` (e.g. rejected) binds nothing."""
    by_id = {r.id: r for r in records}
    parent = {r.id: r.id for r in records}

    def root(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for record in records:
        if record.canonical_id is not None and record.canonical_id in by_id:
            a, b = root(record.id), root(record.canonical_id)
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Record]] = defaultdict(list)
    for record in records:
        groups[root(record.id)].append(record)
    units = [sorted(group, key=lambda r: r.order_key) for group in groups.values()]
    return sorted(units, key=lambda unit: unit[0].order_key)


def build_clusters(records: list[Record], relations: ActorRelations) -> list[Cluster]:
    """The canonical events of a closed set of records (every link and merge of each record inside it)."""
    index = CandidateIndex(records)
    links: dict[tuple[int, int], Link] = {}
    for record in records:
        for other in index.candidates(record):
            if record.id < other.id and (found := link(record, other, relations)) is not None:
                links[(record.id, other.id)] = found
    group_of: dict[int, list[Record]] = {}
    for unit in reviewer_units(records):
        for record in unit:
            group_of[record.id] = unit
    by_id = {r.id: r for r in records}
    # ties by the pair's event ids (content), never by row ids, which depend on the order reports arrived
    ordered = sorted(links, key=lambda pair: (links[pair].rank, *sorted((by_id[pair[0]].event_id,
                                                                         by_id[pair[1]].event_id))))
    for a, b in ordered:
        first, second = group_of[a], group_of[b]
        if first is second or not _all_linked(first, second, links):
            continue
        first.extend(second)
        for record in second:
            group_of[record.id] = first
    unique = {id(group): group for group in group_of.values()}.values()
    clusters = [Cluster(records=sorted(group, key=lambda r: r.order_key)) for group in unique]
    clusters.sort(key=lambda c: c.records[0].order_key)
    for cluster in clusters:
        _explain(cluster, links)
    return clusters


def _pair(a: Record, b: Record) -> tuple[int, int]:
    return (a.id, b.id) if a.id < b.id else (b.id, a.id)


def _all_linked(first: list[Record], second: list[Record], links: dict[tuple[int, int], Link]) -> bool:
    return all(_pair(a, b) in links for a in first for b in second)


def _explain(cluster: Cluster, links: dict[tuple[int, int], Link]) -> None:
    """matched_by and why, for each record: the anchor; its reviewer-merged unit; the rest by the rules."""
    anchor = cluster.anchor
    anchor_unit = next(u for u in reviewer_units(cluster.records) if any(r.id == anchor.id for r in u))
    bound = {r.id for r in anchor_unit}
    for record in cluster.records:
        if record.id == anchor.id:
            cluster.how[record.id] = (MATCHED_ANCHOR, None)
        elif record.id in bound:
            cluster.how[record.id] = (MATCHED_REVIEWER, "merged by a reviewer")
        else:
            # groups join only when every pair links, so a record outside the anchor's unit links to it
            found = links.get(_pair(record, anchor))
            cluster.how[record.id] = (MATCHED_DEDUPE, found.why if found else None)
