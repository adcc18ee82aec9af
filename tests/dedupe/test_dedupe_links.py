"""Which records `marsad dedupe` links across reports, and how it reconciles them."""

from __future__ import annotations

import pytest
from dedupe_samples import ABU_KAMAL, DEIR_24, DISTRICT_ONLY, ENAB, NEAR_MAYADIN, QURIYAH, event, store_report

from marsad.dedupe.queries import canonical_id_of, count_canonical, get_canonical, list_canonical
from marsad.dedupe.run import dedupe


def groups(store) -> list[list[str]]:
    """Every canonical event as the sorted event ids of its records."""
    found = []
    for canonical in list_canonical(store, limit=None):
        found.append(sorted(m["event_id"] for m in get_canonical(store, canonical["id"])["members"]))
    return sorted(found)


def test_the_same_strike_told_by_three_publishers_is_one_canonical_event(store) -> None:
    store_report(store, "sohr-a", event("sohr-a", fatalities=5, place=NEAR_MAYADIN))
    store_report(store, "enab-b", event("enab-b", fatalities=3, event_date="2024-03-05", source=ENAB), source=ENAB)
    store_report(store, "d24-c", event("d24-c", fatalities=0, time_precision=2, event_date="2024-03-04",
                                       source=DEIR_24, place=DISTRICT_ONLY), source=DEIR_24)
    summary = dedupe(store)
    assert groups(store) == [["d24-c-1", "enab-b-1", "sohr-a-1"]]
    assert (summary.canonical_events, summary.linked, summary.created) == (1, 1, 1)
    canonical = get_canonical(store, canonical_id_of(store, "sohr-a-1"))
    assert canonical["key"] == "sohr-a-1"  # the first stored record anchors it
    assert (canonical["member_count"], canonical["report_count"]) == (3, 3)
    assert canonical["sources"] == [DEIR_24, ENAB, "Syrian Observatory for Human Rights"]
    # most precise place (the town, geo_precision 1), most reported precise date, lowest stated toll
    assert (canonical["location"], canonical["geo_precision"]) == ("Al Mayadin", 1)
    assert (canonical["event_date"], canonical["time_precision"]) == ("2024-03-04", 1)
    assert canonical["fatalities"] == 3  # the report stating no toll does not make it 0
    conflicts = {c["field"]: c for c in canonical["conflicts"]}
    assert set(conflicts) == {"event_date", "location", "fatalities"}
    assert conflicts["fatalities"]["values"] == [
        {"value": 0, "event_ids": ["d24-c-1"]}, {"value": 3, "event_ids": ["enab-b-1"]},
        {"value": 5, "event_ids": ["sohr-a-1"]},
    ]
    how = {m["event_id"]: (m["matched_by"], m["match"]) for m in canonical["members"]}
    assert how["sohr-a-1"] == ("anchor", None)
    assert how["enab-b-1"] == ("dedupe", "3.1 km apart; 1 day apart; actors same")
    assert how["d24-c-1"] == ("dedupe", "same admin2 (Al Mayadin); same day; actors same")


@pytest.mark.parametrize(
    ("fields", "why"),
    [
        ({"event_type": "Battles", "sub_event_type": "Armed clash"}, "another event type"),
        ({"event_date": "2024-03-06"}, "two days apart"),
        ({"event_date": None}, "no date"),
        ({"place": ABU_KAMAL}, "another district, 70 km away"),
        ({"actor1": "HTS: Hayat Tahrir al Sham"}, "another attacker"),
    ],
)
def test_records_that_differ_are_not_linked(store, fields: dict, why: str) -> None:
    store_report(store, "sohr-a", event("sohr-a"))
    store_report(store, "enab-b", event("enab-b", source=ENAB, **fields), source=ENAB)
    dedupe(store)
    assert groups(store) == [["enab-b-1"], ["sohr-a-1"]], why


def test_same_district_links_beyond_ten_km(store) -> None:
    store_report(store, "sohr-a", event("sohr-a"))
    store_report(store, "enab-b", event("enab-b", place=QURIYAH), source=ENAB)
    dedupe(store)
    assert groups(store) == [["enab-b-1", "sohr-a-1"]]


def test_two_events_of_one_report_are_never_linked(store) -> None:
    store_report(store, "sohr-a", event("sohr-a", 1), event("sohr-a", 2, place=NEAR_MAYADIN))
    dedupe(store)
    assert groups(store) == [["sohr-a-1"], ["sohr-a-2"]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one side generic: the same attack, the attacker unnamed in one report
        ({}, {"actor1": "Unidentified Armed Group (Syria)"}),
        # a part of the other (Russian Military Police is part of Russia's forces)
        ({}, {"actor1": "Military Forces of Russia (2000-) Military Police"}),
        # backed by the other (Liwa al Baqir is backed by the IRGC)
        ({"actor1": "Liwa al Baqir"}, {"actor1": "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"}),
        # the sides told the other way round
        ({"event_type": "Battles", "sub_event_type": "Armed clash"},
         {"event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "Islamic State (Syria)",
          "actor2": "Military Forces of Russia (2000-)"}),
        # a group the base does not know yet (named loosely)
        ({}, {"actor2": "Desert cells of the organisation"}),
    ],
)
def test_compatible_actors_link(store, first: dict, second: dict) -> None:
    store_report(store, "sohr-a", event("sohr-a", **first))
    store_report(store, "enab-b", event("enab-b", **second), source=ENAB)
    dedupe(store)
    assert groups(store) == [["enab-b-1", "sohr-a-1"]]


def test_a_chain_of_days_is_not_glued_into_one_event(store) -> None:
    """Shelling on the 3rd, 4th and 5th: each within a day of the next, but the 3rd and 5th are not."""
    for doc_id, day in (("r3", "2024-03-03"), ("r4", "2024-03-04"), ("r5", "2024-03-05")):
        store_report(store, doc_id, event(doc_id, event_date=day))
    dedupe(store)
    assert groups(store) == [["r3-1", "r4-1"], ["r5-1"]]
    assert count_canonical(store, min_reports=2) == 1
