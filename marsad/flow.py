"""One ingest path: reports in, events stored, discovered actors queued, records linked across reports.

`marsad ingest`, the web app's submissions and feeds (api/jobs.py) and `marsad batch` (scale/) all go
through these functions, so one report is coded and stored the same way whichever door it came in by:
with the store's actors joined to the shipped base, discovered groups put in the review queue, and the
new records de-duplicated against what the store already holds.

Layer: above store/ and dedupe/, below api/, scale/ and cli/.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from marsad.actors.userbase import queue_discovered
from marsad.errors import StoreError
from marsad.types import ActorMention, EventRecord, Report

if TYPE_CHECKING:
    from marsad.dedupe.run import DedupeSummary
    from marsad.store import Store
    from marsad.store.recode import RecodeOutcome


class ReportCoder(Protocol):
    """What codes reports: `marsad.nlp.pipeline.Pipeline`, or a test's small stand-in with `process` only."""

    def process(self, report: Report) -> list[EventRecord]: ...


@dataclass(frozen=True)
class Coded:
    """One report as the pipeline coded it: its events, and the actor mentions found in it."""

    report: Report
    records: list[EventRecord]
    actors: list[ActorMention] = field(default_factory=list)


@dataclass(frozen=True)
class StoredReport:
    report_id: int
    doc_id: str
    added: bool  # False: the same content was stored before (its stored events are listed)
    event_ids: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"report_id": self.report_id, "doc_id": self.doc_id, "added": self.added,
                "event_ids": list(self.event_ids)}


@dataclass
class IngestOutcome:
    stored: list[StoredReport] = field(default_factory=list)
    recoded: list[tuple[str, RecodeOutcome]] = field(default_factory=list)  # (doc_id, outcome)
    dedupe: DedupeSummary | None = None
    statistics_refreshed: bool = True

    @property
    def added(self) -> list[StoredReport]:
        return [s for s in self.stored if s.added]

    @property
    def already(self) -> list[StoredReport]:
        return [s for s in self.stored if not s.added]

    @property
    def events(self) -> int:
        return sum(len(s.event_ids) for s in self.added)


def use_store_actors(coder: ReportCoder, store: Store) -> None:
    """Let the coder know the store's actors (the user's and accepted discoveries) besides the shipped base."""
    use = getattr(coder, "use_extra_actors", None)
    if use is not None:
        use(store.list_actors())


def code_reports(coder: ReportCoder, reports: Iterable[Report]) -> Iterator[Coded]:
    """Each report coded, with the actor mentions the review queue needs (a stand-in gives none)."""
    analyse = getattr(coder, "analyse", None)
    if analyse is None:
        for report in reports:
            yield Coded(report, coder.process(report))
        return
    for doc in analyse(reports):
        yield Coded(doc._.report, list(doc._.events or []), list(doc._.actors or []))


def store_coded(store: Store, coded: Sequence[Coded]) -> list[StoredReport]:
    """Store coded reports (one transaction) and queue the groups the actor base does not know."""
    answers = store.add_reports([(c.report, c.records) for c in coded])
    stored = []
    for (report_id, added), item in zip(answers, coded, strict=True):
        if added:
            # groups the base does not know wait for review in `marsad actors pending`
            queue_discovered(store, item.actors, item.report.doc_id)
            event_ids = [record.event_id for record in item.records]
        else:
            event_ids = _stored_event_ids(store, report_id)
        stored.append(StoredReport(report_id, item.report.doc_id, added, event_ids))
    return stored


def ingest_reports(
    reports: Iterable[Report],
    store: Store,
    coder: ReportCoder,
    *,
    recode: bool = False,
    link: bool = True,
    on_report: Callable[[int, Report], None] | None = None,
) -> IngestOutcome:
    """Code and store reports; the one path every way in shares.

    A report whose content is stored already is not coded again (it is listed with its stored events),
    unless `recode`: then unreviewed events take the new coding and reviewed ones keep their values.
    `link` de-duplicates the new records against the store. `on_report(n, report)` before each is coded.
    """
    outcome = IngestOutcome()
    fresh, again = _select(list(reports), store, recode, outcome)
    if fresh:
        use_store_actors(coder, store)

    def announced() -> Iterator[Report]:
        for n, report in enumerate(fresh, 1):
            if on_report is not None:
                on_report(n, report)
            yield report

    for item in code_reports(coder, announced()):
        if item.report.content_hash in again:
            outcome.recoded.append((item.report.doc_id, store.recode_report(item.report, item.records)))
        else:  # one report a transaction: a failure later keeps what is stored
            outcome.stored.extend(store_coded(store, [item]))
    if outcome.added:
        outcome.statistics_refreshed = refresh_statistics(store)
    if link and (outcome.added or outcome.recoded):
        from marsad.dedupe.run import dedupe

        outcome.dedupe = dedupe(store, recoded=again)
    return outcome


def _select(reports: list[Report], store: Store, recode: bool, outcome: IngestOutcome) -> tuple[list[Report], set]:
    """The reports to code (each content once), and the content hashes among them stored already (recode)."""
    fresh: list[Report] = []
    seen: set[str] = set()
    again: set[str] = set()
    for report in reports:
        content_hash = report.content_hash
        if content_hash in seen:
            continue
        seen.add(content_hash)
        stored = store.stored_report(content_hash) if recode else None
        if stored is not None:  # the stored doc_id and fields, so the event ids stay those of the first coding
            again.add(content_hash)
            fresh.append(stored)
            continue
        report_id = store.report_id(content_hash)
        if report_id is None:
            fresh.append(report)
        else:
            outcome.stored.append(StoredReport(report_id, report.doc_id, False, _stored_event_ids(store, report_id)))
    return fresh, again


def refresh_statistics(store: Store, attempts: int = 3) -> bool:
    """The query planner's statistics, so filtered pages stay fast; False if other writers kept it busy."""
    for attempt in range(attempts):
        try:
            store.refresh_statistics()
            return True
        except StoreError:  # another process is writing (SQLite): the reports are stored all the same
            time.sleep(0.5 * 2**attempt)
    return False


def _stored_event_ids(store: Store, report_id: int) -> list[str]:
    report = store.get_report(report_id)
    return [e["event_id"] for e in report["events"]] if report else []
