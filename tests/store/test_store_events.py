from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from store_samples import REPORT_TEXT, make_events, make_report

from marsad.errors import StoreError
from marsad.store import Store


def test_round_trip_gives_back_the_records(store: Store) -> None:
    events = make_events()
    report_id, added = store.add_report(make_report(), events)
    assert added
    assert store.has_report(make_report().content_hash)
    for record in events:
        assert store.get_event(record.event_id) is not None
        stored = store.get_event(record.event_id)
        contract = {
            k: v
            for k, v in stored.items()
            if k not in {"report_id", "review_status", "canonical_id", "recoded_differs", "report"}
        }
        assert contract == record.as_dict()
        assert stored["report"]["text"] == REPORT_TEXT
        assert stored["review_status"] == "unreviewed" and stored["recoded_differs"] is False
    assert [e["event_id"] for e in store.query_events(sort="id")] == ["sohr-raids-1", "sohr-raids-2"]
    assert [list(e) for e in store.query_events()] == [list(events[0].as_dict())] * 2


def test_get_report_has_fields_and_events(store: Store) -> None:
    report_id, _ = store.add_report(make_report(), make_events())
    report = store.get_report(report_id)
    assert report["doc_id"] == "sohr-raids"
    assert report["published"] == "2024-03-05"
    assert report["dateline_place"] == "Deir Ezzor Province"
    assert [e["event_id"] for e in report["events"]] == ["sohr-raids-1", "sohr-raids-2"]
    assert store.get_report(report_id + 99) is None
    assert store.get_event("no-such-event") is None


def test_add_is_idempotent_by_content(store: Store) -> None:
    first = store.add_report(make_report(), make_events())
    # Same text read from elsewhere under another name: still the same report.
    second = store.add_report(
        replace(make_report(), doc_id="copy", origin="elsewhere.txt"), make_events("copy")
    )
    assert first == (first[0], True)
    assert second == (first[0], False)
    assert store.count_events() == 2
    assert store.count_reports() == 1


def test_event_id_clash_with_another_report_is_a_clear_error(store: Store) -> None:
    store.add_report(make_report(), make_events())
    other_text = REPORT_TEXT + " Later, a mine exploded."
    with pytest.raises(StoreError, match="already belong to another report"):
        store.add_report(make_report(other_text), make_events(text=other_text))
    assert store.count_reports() == 1  # nothing half-written


def test_query_filters(store: Store) -> None:
    store.add_report(make_report(), make_events())
    later_text = REPORT_TEXT.replace("March 4", "June 1")
    later = [replace(e, event_date="2024-06-01") for e in make_events("later", later_text)]
    store.add_report(make_report(later_text, "later"), later)

    def ids(**filters) -> list[str]:
        return sorted(e["event_id"] for e in store.query_events(**filters))

    assert ids(since=date(2024, 5, 1)) == ["later-1", "later-2"]
    assert ids(until=date(2024, 3, 4)) == ["sohr-raids-1", "sohr-raids-2"]
    assert ids(event_type="Strategic developments") == ["later-2", "sohr-raids-2"]
    assert ids(event_type="Air/drone strike") == ["later-1", "sohr-raids-1"]
    assert ids(actor="fourth division") == ["later-2", "sohr-raids-2"]
    assert ids(actor="isis fighters") == ["later-1", "sohr-raids-1"]  # an associated actor
    assert ids(actor="100%") == []  # LIKE wildcards are taken literally
    assert ids(place="abu kamal") == ["later-2", "sohr-raids-2"]
    assert ids(place="DEIR EZ-ZOR", since=date(2024, 6, 1), actor="russia") == ["later-1"]
    assert [e["event_date"] for e in store.query_events(limit=2)] == ["2024-06-01", "2024-06-01"]
    assert [e["event_date"] for e in store.query_events(limit=2, offset=3)] == ["2024-03-04"]
    assert store.count_events(actor="russia") == 2
    with pytest.raises(StoreError, match="unknown sort"):
        store.query_events(sort="random")


def test_iter_events_streams_everything_in_storage_order(store: Store) -> None:
    for n in range(7):
        text = f"{REPORT_TEXT} Report {n}."
        store.add_report(make_report(text, f"r{n}"), make_events(f"r{n}", text))
    streamed = [e["event_id"] for e in store.iter_events(batch_size=3)]
    assert streamed == [f"r{n}-{k}" for n in range(7) for k in (1, 2)]
    assert [e["event_id"] for e in store.iter_events(actor="russia", batch_size=2)] == [
        f"r{n}-1" for n in range(7)
    ]


def test_event_without_date_or_place_is_stored(store: Store) -> None:
    record = replace(make_events()[0], event_date=None, latitude=None, longitude=None, geonameid=None)
    store.add_report(make_report(), [record])
    assert store.get_event(record.event_id)["event_date"] is None
    assert store.query_events(since=date(2000, 1, 1)) == []
    assert len(store.query_events()) == 1


def test_add_reports_in_one_batch(store: Store) -> None:
    first_id, _ = store.add_report(make_report(), make_events())
    texts = [f"{REPORT_TEXT} Batch {n}." for n in range(3)]
    batch = [(make_report(t, f"b{n}"), make_events(f"b{n}", t)) for n, t in enumerate(texts)]
    batch.append((make_report(), make_events()))  # already stored
    batch.append((make_report(texts[0], "b0-again"), make_events("b0-again", texts[0])))  # repeated within
    results = store.add_reports(batch)
    assert [added for _, added in results] == [True, True, True, False, False]
    assert results[3][0] == first_id and results[4][0] == results[0][0]
    assert store.count_reports() == 4 and store.count_events() == 8


def test_repeated_event_ids_within_a_report_are_named(store: Store) -> None:
    first, second = make_events()
    with pytest.raises(StoreError, match="repeat the event ids"):
        store.add_report(make_report(), [first, replace(second, event_id=first.event_id)])
    assert store.count_reports() == 0
