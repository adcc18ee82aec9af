"""`marsad dedupe`: link stored event records of the same event into canonical events.

Incremental: a run looks only at records stored since the last run (events.id above a watermark)
and records a reviewer touched since (audit_log.id above another). Around them it gathers a closed
neighbourhood: every record they match (fetched by type and a three-day window through the
(event_type, event_date) index), every record merged with them by a reviewer, every record sharing
their current canonical event, and so on until nothing new turns up. Clustering that neighbourhood
gives exactly what a full rebuild would (see cluster.py), so results never depend on the order
reports arrived or were deduped. Only rows that differ are written: a second run changes nothing.

Reviewers and the machine: dedupe never writes events.canonical_id (a reviewer's merge) and always
keeps merged records together; a reviewer's split makes a second record of the same report, which
the machine never links to the first. Rejected records belong to no canonical event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from marsad.actors.base import ActorBase
from marsad.store.dedupe_tables import CanonicalEventRow, CanonicalMemberRow, DedupeStateRow
from marsad.store.engine import writer
from marsad.store.models import AuditRow, EventRow, ReportRow

from .cluster import build_clusters
from .match import MAX_DAYS, ActorRelations, Record, match
from .reconcile import reconcile

RECORD_COLUMNS = tuple(Record.__dataclass_fields__)
_CHUNK = 500
# Past this many records a neighbourhood is read whole instead of day by day (same result, faster).
_WHOLE_STORE_AFTER = 20_000
EVENT_MARK, AUDIT_MARK = "last_event_id", "last_audit_id"


@dataclass
class DedupeSummary:
    examined: int = 0  # records in the neighbourhood re-clustered
    canonical_events: int = 0  # canonical events in that neighbourhood after the run
    linked: int = 0  # of which hold more than one record
    created: int = 0
    updated: int = 0
    removed: int = 0
    memberships_changed: int = 0

    def line(self) -> str:
        return (f"{self.examined} record(s) examined: {self.canonical_events} canonical event(s), "
                f"{self.linked} linking several reports; {self.created} created, {self.updated} updated, "
                f"{self.removed} removed, {self.memberships_changed} membership(s) changed")


def dedupe(store, *, rebuild: bool = False, base: ActorBase | None = None,
           recoded: Iterable[str] = ()) -> DedupeSummary:
    """Bring the store's canonical events up to date (all of them with rebuild=True). `recoded`: content
    hashes of reports whose records were re-coded in place (`marsad ingest --recode`), to look at again."""
    if base is None:
        base = ActorBase.load(extra=store.list_actors(), strict=False)
    relations = ActorRelations(base)
    with Session(writer(store.engine), expire_on_commit=False) as session, session.begin():
        marks = _lock_marks(session)
        top_event = session.scalar(select(func.max(EventRow.id))) or 0
        top_audit = session.scalar(select(func.max(AuditRow.id))) or 0
        shrunk = _shrunk_canonical(session)
        if rebuild:
            records, stale_ids = _whole_store(session)
        else:
            seeds = _seed_ids(session, marks.get(EVENT_MARK, 0), marks.get(AUDIT_MARK, 0), sorted(recoded), shrunk)
            records, stale_ids = _neighbourhood(session, seeds, relations)
        summary = _write(session, records, stale_ids, relations, shrunk)
        _set_mark(session, marks, EVENT_MARK, top_event)
        _set_mark(session, marks, AUDIT_MARK, top_audit)
    return summary


# Reading ------------------------------------------------------------------------------------------

def _record_query():
    return select(*(getattr(EventRow, name) for name in RECORD_COLUMNS))


def _records(session: Session, query) -> list[Record]:
    return [Record(*row) for row in session.execute(query)]


def _all_records(session: Session) -> list[Record]:
    return _records(session, _record_query().where(EventRow.review_status != "rejected"))


def _whole_store(session: Session) -> tuple[list[Record], set[int]]:
    records = _all_records(session)
    held = set(session.scalars(select(CanonicalMemberRow.event_id))) | {r.id for r in records}
    return records, held


def _seed_ids(session: Session, last_event: int, last_audit: int, recoded: list[str],
              shrunk: list[int]) -> set[int]:
    """Records to look at: stored or reviewed since the last run, of re-coded reports, and those sharing a
    canonical event that lost a record since (its report deleted or re-coded away)."""
    new = set(session.scalars(select(EventRow.id).where(EventRow.id > last_event)))
    touched = set(session.scalars(select(AuditRow.event_id).where(AuditRow.id > last_audit)))
    for start in range(0, len(recoded), _CHUNK):
        touched |= set(session.scalars(select(EventRow.id).join(ReportRow, ReportRow.id == EventRow.report_id)
                                       .where(ReportRow.content_hash.in_(recoded[start:start + _CHUNK]))))
    for chunk in _chunks(shrunk):
        touched |= set(session.scalars(select(CanonicalMemberRow.event_id)
                                       .where(CanonicalMemberRow.canonical_id.in_(chunk))))
    return new | touched


def _shrunk_canonical(session: Session) -> list[int]:
    """Canonical events holding fewer records than they were built from (one index scan of memberships)."""
    counts = (select(CanonicalMemberRow.canonical_id, func.count().label("n"))
              .group_by(CanonicalMemberRow.canonical_id).subquery())
    query = (select(CanonicalEventRow.id).outerjoin(counts, counts.c.canonical_id == CanonicalEventRow.id)
             .where(func.coalesce(counts.c.n, 0) != CanonicalEventRow.member_count))
    return list(session.scalars(query))


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(values)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start:start + _CHUNK]


def _by_ids(session: Session, ids: Iterable[int]) -> list[Record]:
    found: list[Record] = []
    for chunk in _chunks(ids):
        found += _records(session, _record_query().where(EventRow.id.in_(chunk)))
    return found


def _neighbourhood(session: Session, seeds: set[int], relations: ActorRelations) -> tuple[list[Record], set[int]]:
    """(the live records of the closed neighbourhood of `seeds`, every record id it holds, live or not)."""
    held: dict[int, Record] = {}
    fetched_days: dict[tuple[str, date], list[Record]] = {}
    frontier = _by_ids(session, seeds)
    while frontier:
        for record in frontier:
            held[record.id] = record
        if len(held) > _WHOLE_STORE_AFTER:
            return _whole_store(session)
        wanted: set[int] = set()
        live = [r for r in frontier if r.review_status != "rejected"]
        for record in live:
            for other in _same_days(session, record, fetched_days):
                if other.id not in held and match(record, other, relations) is not None:
                    wanted.add(other.id)
        wanted |= _reviewer_links(session, frontier)
        wanted |= _cluster_mates(session, [r.id for r in frontier])
        frontier = _by_ids(session, wanted - set(held))
    live_records = [r for r in held.values() if r.review_status != "rejected"]
    return live_records, set(held)


def _same_days(session: Session, record: Record, cache: dict[tuple[str, date], list[Record]]) -> list[Record]:
    if record.event_date is None:
        return []
    found: list[Record] = []
    for offset in range(-MAX_DAYS, MAX_DAYS + 1):
        day = record.event_date + timedelta(days=offset)
        key = (record.event_type, day)
        if key not in cache:
            cache[key] = _records(session, _record_query().where(
                EventRow.event_type == record.event_type, EventRow.event_date == day,
                EventRow.review_status != "rejected"))
        found += cache[key]
    return found


def _reviewer_links(session: Session, records: Sequence[Record]) -> set[int]:
    """Records merged into these, and the records these were merged into."""
    linked = {r.canonical_id for r in records if r.canonical_id is not None}
    for chunk in _chunks(r.id for r in records):
        linked |= set(session.scalars(select(EventRow.id).where(EventRow.canonical_id.in_(chunk))))
    return linked


def _cluster_mates(session: Session, ids: Sequence[int]) -> set[int]:
    mates: set[int] = set()
    for chunk in _chunks(ids):
        canonical = select(CanonicalMemberRow.canonical_id).where(CanonicalMemberRow.event_id.in_(chunk))
        mates |= set(session.scalars(select(CanonicalMemberRow.event_id)
                                     .where(CanonicalMemberRow.canonical_id.in_(canonical))))
    return mates


# Writing ------------------------------------------------------------------------------------------

def _write(session: Session, records: list[Record], held_ids: set[int], relations: ActorRelations,
           shrunk: Sequence[int] = ()) -> DedupeSummary:
    """Make the stored canonical events of `held_ids` equal to the clusters of `records`, row by row.
    Core statements in batches, not ORM objects: a rebuild touches every row of a large store."""
    clusters = build_clusters(records, relations)
    summary = DedupeSummary(examined=len(held_ids), canonical_events=len(clusters),
                            linked=sum(1 for c in clusters if len(c.records) > 1))
    members = CanonicalMemberRow.__table__
    canonical = CanonicalEventRow.__table__
    old_members: dict[int, tuple] = {}
    for chunk in _chunks(held_ids):
        query = select(members.c.event_id, members.c.canonical_id, members.c.matched_by, members.c.match)
        old_members.update((row[0], tuple(row[1:])) for row in session.execute(query.where(
            members.c.event_id.in_(chunk))))
    # with the canonical events whose records were all deleted (with their report): nothing left to keep
    old_canonical_ids = {m[0] for m in old_members.values()} | set(shrunk)
    wanted = {c.anchor.event_id: (c, reconcile(c, relations)) for c in clusters}
    stored: dict[str, dict] = {}
    keys = sorted(wanted)
    for start in range(0, len(keys), _CHUNK):
        query = select(canonical).where(canonical.c.key.in_(keys[start:start + _CHUNK]))
        stored.update((row.key, dict(row._mapping)) for row in session.execute(query))
    inserts = [values for key, (_c, values) in wanted.items() if key not in stored]
    updates = [{"id": stored[key]["id"], **values} for key, (_c, values) in wanted.items()
               if key in stored and any(stored[key][name] != value for name, value in values.items())]
    ids = {key: row["id"] for key, row in stored.items()}
    for start in range(0, len(inserts), _CHUNK):
        statement = insert(canonical).returning(canonical.c.id, canonical.c.key)
        ids.update((key, id_) for id_, key in session.execute(statement, inserts[start:start + _CHUNK]))
    if updates:
        session.execute(update(CanonicalEventRow), updates)
    summary.created, summary.updated = len(inserts), len(updates)
    new_members, changed_members = [], []
    for key, (cluster, _values) in wanted.items():
        for record in cluster.records:
            matched_by, why = cluster.how[record.id]
            desired = (ids[key], matched_by, why)
            old = old_members.pop(record.id, None)
            row = {"event_id": record.id, "canonical_id": ids[key], "matched_by": matched_by, "match": why}
            if old is None:
                new_members.append({**row, "report_id": record.report_id})
            elif old != desired:
                changed_members.append(row)
    if changed_members:
        session.execute(update(CanonicalMemberRow), changed_members)
    for start in range(0, len(new_members), _CHUNK):
        session.execute(insert(members), new_members[start:start + _CHUNK])
    for chunk in _chunks(old_members):  # rejected since: in no canonical event any more
        session.execute(delete(members).where(members.c.event_id.in_(chunk)))
    summary.memberships_changed = len(new_members) + len(changed_members) + len(old_members)
    orphans = sorted(old_canonical_ids - set(ids.values()))
    for chunk in _chunks(orphans):
        session.execute(delete(canonical).where(canonical.c.id.in_(chunk)))
    summary.removed = len(orphans)
    return summary


def _lock_marks(session: Session) -> dict[str, int]:
    """The watermarks, read under a row lock on PostgreSQL so two runs take turns (SQLite's write
    transaction already serialises them)."""
    query = select(DedupeStateRow).with_for_update()
    rows = list(session.scalars(query))
    if {row.name for row in rows} < {EVENT_MARK, AUDIT_MARK}:  # revision 0005 writes them; a hand-emptied table
        try:
            with session.begin_nested():  # another run may be writing them this very moment
                session.add_all([DedupeStateRow(name=name, value=0) for name in (EVENT_MARK, AUDIT_MARK)
                                 if name not in {row.name for row in rows}])
        except IntegrityError:
            pass
        rows = list(session.scalars(query))
    return {row.name: row.value for row in rows}


def _set_mark(session: Session, marks: dict[str, int], name: str, value: int) -> None:
    if marks.get(name) != value:
        session.execute(update(DedupeStateRow).where(DedupeStateRow.name == name).values(value=value))
