"""Incremental, order-independent, idempotent; reviewers' merges and rejections respected; nothing deleted."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from dedupe_samples import DEIR_24, ENAB, NEAR_MAYADIN, QURIYAH, event, report, store_report
from sqlalchemy import delete, update
from test_dedupe_links import groups

from marsad.dedupe.queries import canonical_id_of, get_canonical
from marsad.dedupe.run import dedupe
from marsad.store import Store
from marsad.store.models import EventRow, ReportRow

# Five reports: a strike told three times (one a day later), a clash told twice, and a chain of shelling
# on three days where complete linkage must decide which two go together.
REPORTS = {
    "sohr-strike": (event("sohr-strike"),),
    "enab-strike": (event("enab-strike", event_date="2024-03-05", place=NEAR_MAYADIN, source=ENAB),
                    event("enab-strike", 2, event_type="Battles", sub_event_type="Armed clash",
                          actor1="Islamic State (Syria)", actor2="Military Forces of Syria (2000-2024)",
                          place=QURIYAH, source=ENAB)),
    "d24-clash": (event("d24-clash", event_type="Battles", sub_event_type="Armed clash",
                        actor1="Military Forces of Syria (2000-2024)", actor2="Islamic State (Syria)",
                        source=DEIR_24),),
    "d24-strike": (event("d24-strike", actor1="Unidentified Military Forces", fatalities=7, source=DEIR_24),),
    "sohr-shelling": (event("sohr-shelling", sub_event_type="Shelling/artillery/missile attack",
                            event_date="2024-03-03"),),
}
EXPECTED = [
    ["d24-clash-1", "enab-strike-2"],
    ["d24-strike-1", "enab-strike-1", "sohr-strike-1"],
    ["sohr-shelling-1"],
]


def _store_in(store, order) -> None:
    for doc_id in order:
        records = REPORTS[doc_id]
        store_report(store, doc_id, *records, source=records[0].source)
        dedupe(store)  # as `marsad ingest` does after each report


def test_links_do_not_depend_on_the_order_reports_arrive(tmp_path) -> None:
    """A shelling on the 3rd could pair with the strike of the 4th (same place and sides, a day apart);
    whether it does must not depend on which report came first."""
    seen = set()
    for n, order in enumerate(itertools.islice(itertools.permutations(REPORTS), 0, None, 17)):
        with Store.open(f"sqlite:///{tmp_path / f'order{n}.db'}") as store:
            _store_in(store, order)
            seen.add(repr(groups(store)))
            # and an incremental history ends where one full rebuild does: the rebuild changes nothing
            again = dedupe(store, rebuild=True)
            assert (again.created, again.updated, again.removed, again.memberships_changed) == (0, 0, 0, 0)
    assert seen == {repr(EXPECTED)}


def test_a_second_run_changes_nothing(store) -> None:
    _store_in(store, REPORTS)
    assert groups(store) == EXPECTED
    again = dedupe(store)
    assert (again.examined, again.created, again.updated, again.removed) == (0, 0, 0, 0)


def test_reconciled_fields_follow_the_members(store) -> None:
    _store_in(store, REPORTS)
    strike = get_canonical(store, canonical_id_of(store, "sohr-strike-1"))
    assert strike["actor1"] == "Military Forces of Russia (2000-)"  # named beats "Unidentified Military Forces"
    assert strike["fatalities"] == 3 and strike["report_count"] == 3
    assert {c["field"] for c in strike["conflicts"]} == {"event_date", "actor1", "location", "fatalities"}


def test_reviewer_merge_is_kept_and_rejected_records_leave(store) -> None:
    _store_in(store, REPORTS)
    # A coder says the shelling on the 3rd is the strike told again: the machine keeps them together.
    store.review_event("sohr-strike-1", "merge", "coder", other="sohr-shelling-1")
    summary = dedupe(store)
    assert summary.memberships_changed >= 1
    merged = get_canonical(store, canonical_id_of(store, "sohr-strike-1"))
    how = {m["event_id"]: m["matched_by"] for m in merged["members"]}
    assert how["sohr-shelling-1"] in {"reviewer", "dedupe"}
    assert {"sohr-shelling-1", "sohr-strike-1"} <= set(how)
    # A coder rejects one record: it leaves its canonical event, and stays in the store.
    before = store.count_events()
    store.review_event("d24-strike-1", "reject", "coder")
    dedupe(store)
    assert canonical_id_of(store, "d24-strike-1") is None
    assert store.count_events() == before
    rebuilt = dedupe(store, rebuild=True)
    assert (rebuilt.created, rebuilt.updated, rebuilt.removed, rebuilt.memberships_changed) == (0, 0, 0, 0)


def test_a_reviewer_split_is_never_linked_back(store) -> None:
    _store_in(store, REPORTS)
    copy = store.review_event("sohr-strike-1", "split", "coder", fields={"fatalities": 1})
    dedupe(store)
    assert canonical_id_of(store, copy) != canonical_id_of(store, "sohr-strike-1")


@pytest.mark.parametrize("rebuild", [False, True])
def test_dedupe_never_deletes_or_edits_a_record(store, rebuild: bool) -> None:
    _store_in(store, REPORTS)
    before = [(e["event_id"], e["fatalities"], e["location"]) for e in store.query_events()]
    dedupe(store, rebuild=rebuild)
    after = [(e["event_id"], e["fatalities"], e["location"]) for e in store.query_events()]
    assert after == before


def test_a_deleted_report_leaves_its_canonical_events_reconciled_without_it(store) -> None:
    _store_in(store, REPORTS)
    with store.engine.begin() as connection:  # e.g. a report removed by hand: its records go with it
        connection.execute(delete(ReportRow).where(ReportRow.doc_id.in_(["sohr-strike", "d24-clash",
                                                                          "sohr-shelling"])))
    summary = dedupe(store)
    # the shelling's canonical event has no record left; the strike's lost its anchor (now keyed on enab's)
    assert summary.removed == 2
    assert groups(store) == [["d24-strike-1", "enab-strike-1"], ["enab-strike-2"]]
    strike = get_canonical(store, canonical_id_of(store, "enab-strike-1"))
    assert (strike["member_count"], strike["fatalities"]) == (2, 3)
    assert dedupe(store, rebuild=True).memberships_changed == 0


def test_records_recoded_in_place_are_looked_at_again(store) -> None:
    _store_in(store, REPORTS)
    with store.engine.begin() as connection:  # `ingest --recode` rewrites an unreviewed record in place
        connection.execute(update(EventRow).where(EventRow.event_id == "enab-strike-1")
                           .values(event_date=date(2024, 3, 20)))
    assert dedupe(store).examined == 0  # nothing says it changed...
    summary = dedupe(store, recoded=[report("enab-strike", ENAB).content_hash])
    assert summary.examined > 0
    assert ["enab-strike-1"] in groups(store)
    assert dedupe(store, rebuild=True).memberships_changed == 0


def test_a_large_neighbourhood_read_whole_gives_the_same_groups(store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("marsad.dedupe.run._WHOLE_STORE_AFTER", 2)
    _store_in(store, REPORTS)
    assert groups(store) == EXPECTED
