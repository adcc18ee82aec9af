"""Machine re-coding keeps every reviewed value and flags where the new coding differs (store level, both
backends), also while reviewers save edits at the same moment; `marsad ingest --recode` end to end."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

from crash_samples import record, report_text, write_reports
from typer.testing import CliRunner

from marsad.store import Store
from marsad.store.recode import GONE, RECODE_ACTION
from marsad.types import Report


def _report(i: int = 0) -> Report:
    return Report(doc_id=f"sohr-{i:05d}", text=report_text(i), published=date(2024, 3, 5),
                  source="Syrian Observatory for Human Rights")


def _stored_with_reviews(store: Store) -> tuple[Report, list]:
    report = _report()
    machine = [record(report, n) for n in range(1, 6)]
    store.add_report(report, machine)
    store.review_event("sohr-00000-1", "confirm", "rima")
    store.review_event("sohr-00000-2", "edit", "rima", fields={"fatalities": 9, "location": "Al Bara"})
    store.review_event("sohr-00000-3", "reject", "rima", note="not an event")
    return report, machine


def test_recode_keeps_reviewed_values_and_flags_differences(any_db: str) -> None:
    with Store.open(any_db) as store:
        report, machine = _stored_with_reviews(store)
        recoded = [
            replace(machine[0], fatalities=20),  # confirmed, and the machine now says otherwise
            machine[1],  # edited; the machine says what it said before: nothing to flag
            replace(machine[3], location="Sarmada", latitude=36.178, longitude=36.722),  # unreviewed
            record(report, 6),  # new
        ]  # machine[2] (rejected) and machine[4] (unreviewed) are no longer found

        outcome = store.recode_report(report, recoded)

        assert (outcome.added, outcome.updated, outcome.removed, outcome.kept) == (1, 1, 1, 3)
        assert sorted(outcome.flagged) == ["sohr-00000-1", "sohr-00000-3"]
        first, edited, rejected = (store.get_event(f"sohr-00000-{n}") for n in (1, 2, 3))
        assert (first["fatalities"], first["review_status"], first["recoded_differs"]) == (2, "confirmed", True)
        assert (edited["fatalities"], edited["location"], edited["review_status"]) == (9, "Al Bara", "edited")
        assert edited["recoded_differs"] is False
        assert rejected["review_status"] == "rejected" and rejected["recoded_differs"] is True
        assert store.get_event("sohr-00000-4")["location"] == "Sarmada"
        assert store.get_event("sohr-00000-5") is None
        assert store.get_event("sohr-00000-6")["fatalities"] == 7
        flag = store.event_audit("sohr-00000-1")[-1]
        assert (flag["action"], flag["user"], flag["before"], flag["after"]) == (
            RECODE_ACTION, "marsad", {"fatalities": 2}, {"fatalities": 20})
        assert store.event_audit("sohr-00000-3")[-1]["after"] == {"recoded": GONE}

        again = store.recode_report(report, recoded)  # the same coding once more: nothing new to say

        assert (again.added, again.updated, again.removed, again.unchanged, again.flagged) == (0, 0, 0, 2, [])
        assert len(store.event_audit("sohr-00000-1")) == 2
        store.review_event("sohr-00000-1", "confirm", "rima", note="checked the new figure")
        assert store.get_event("sohr-00000-1")["recoded_differs"] is False


def test_recode_compares_with_what_the_machine_said_before_the_edit(any_db: str) -> None:
    with Store.open(any_db) as store:
        report, machine = _stored_with_reviews(store)

        outcome = store.recode_report(report, [machine[0], replace(machine[1], fatalities=7), machine[2]])

        assert outcome.flagged == ["sohr-00000-2"]
        edited = store.get_event("sohr-00000-2")
        assert (edited["fatalities"], edited["location"]) == (9, "Al Bara")  # the reviewer's values
        flag = store.event_audit("sohr-00000-2")[-1]
        assert (flag["before"], flag["after"]) == ({"fatalities": 3}, {"fatalities": 7})  # machine vs machine


def test_reviews_saved_while_recoding_are_never_lost(any_db: str) -> None:
    with Store.open(any_db) as store:
        report = _report()
        machine = [record(report, n) for n in range(1, 9)]
        store.add_report(report, machine)
    rounds = 25
    failures: list[BaseException] = []

    def recode() -> None:
        try:
            with Store.open(any_db) as own:
                for r in range(rounds):
                    own.recode_report(report, [replace(m, fatalities=100 + r, notes=f"coding {r}") for m in machine])
        except BaseException as exc:  # noqa: BLE001 — surfaced by the assertion below
            failures.append(exc)

    def review() -> None:
        try:
            with Store.open(any_db) as own:
                for r in range(rounds):
                    for n in range(1, 5):  # events 1-4 are reviewed, 5-8 stay the machine's
                        own.review_event(f"sohr-00000-{n}", "edit", "rima", fields={"fatalities": r})
        except BaseException as exc:  # noqa: BLE001
            failures.append(exc)

    threads = [threading.Thread(target=recode), threading.Thread(target=review)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert failures == []
    with Store.open(any_db) as store:
        for n in range(1, 5):
            event = store.get_event(f"sohr-00000-{n}")
            assert (event["fatalities"], event["review_status"]) == (rounds - 1, "edited")
            edits = [a for a in store.event_audit(f"sohr-00000-{n}") if a["action"] == "edit"]
            assert len(edits) >= rounds - 1  # an edit equal to the stored value writes no change
        for n in range(5, 9):
            assert store.get_event(f"sohr-00000-{n}")["fatalities"] == 100 + rounds - 1


def test_ingest_recode_command(tmp_path: Path, marsad_home: Path, monkeypatch) -> None:
    from marsad.cli import app

    monkeypatch.setenv("MARSAD_HOME", str(marsad_home))
    reports = write_reports(tmp_path / "reports", 3)
    db = f"sqlite:///{tmp_path / 'marsad.db'}"
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(reports), "--db", db, "--published", "2024-03-05"]).exit_code == 0
    with Store.open(db) as store:
        before = {e["event_id"]: e for e in store.iter_events()}
        reviewed = sorted(before)[0]
        store.review_event(reviewed, "edit", "rima", fields={"fatalities": 42})

    result = runner.invoke(app, ["ingest", str(reports), "--db", db, "--published", "2024-03-05", "--recode"])

    assert result.exit_code == 0, result.output
    assert "0 report(s) stored" in result.output and "3 re-coded" in result.output
    assert result.output.count("re-coded sohr-") == 3
    with Store.open(db) as store:
        after = {e["event_id"]: e for e in store.iter_events()}
        assert after.keys() == before.keys()  # same text, same ids: nothing added or removed
        assert after[reviewed]["fatalities"] == 42
        assert store.get_event(reviewed)["recoded_differs"] is False  # the machine still says the same
