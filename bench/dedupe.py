"""Speed of `marsad dedupe` on a synthetic store (not collected by pytest; prints figures).

    .venv/bin/python bench/dedupe.py [--events 200000] [--db sqlite:////tmp/dedupe-bench.db]

Events: 5 years, 6 types, 400 places in 60 districts, 40 actors; a third are told again by a second
report (a day later, a few km off, half the time with the attacker unnamed). Measures a full rebuild,
then an ingest-sized increment (20 new reports) and a re-run that has nothing to do.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select

from marsad.dedupe.run import dedupe
from marsad.store import Store
from marsad.store.models import EventRow, ReportRow

TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
         "Strategic developments"]


def _event(rng: random.Random, n: int, report_id: int, day: date, place: tuple, actors: tuple, kind: str) -> dict:
    name, lat, lon, admin2 = place
    return {
        "id": n, "event_id": f"bench-{n}", "report_id": report_id, "doc_id": f"r{report_id}", "event_type": kind,
        "sub_event_type": "Armed clash", "plover": "ASSAULT", "cameo": "190", "event_date": day,
        "time_precision": 1, "actor1": actors[0], "assoc_actor_1": [], "actor2": actors[1], "assoc_actor_2": [],
        "inter1": 1, "inter2": 2, "country": "Syria", "admin1": "Deir ez-Zor", "admin2": admin2, "admin3": None,
        "location": name, "latitude": lat, "longitude": lon, "geo_precision": 1, "fatalities": rng.randint(0, 5),
        "source": "bench", "source_attribution": None, "notes": "", "confidence": 0.8, "actor_search": "",
        "place_search": "", "review_status": "unreviewed",
    }


def populate(store: Store, total: int, rng: random.Random) -> int:
    places = [(f"place{i}", 32.5 + rng.random() * 4.5, 36.0 + rng.random() * 6.0, f"district{i % 60}")
              for i in range(400)]
    actors = [f"Group {i}" for i in range(38)] + ["Unidentified Armed Group (Syria)", "Civilians (Syria)"]
    start, now = date(2019, 1, 1), datetime.now(UTC)
    reports, events = [], []
    n = 0
    while n < total:
        report_id = len(reports) + 1
        reports.append({"id": report_id, "doc_id": f"r{report_id}", "content_hash": f"h{report_id}", "text": "",
                        "ingested_at": now})
        day = start + timedelta(days=rng.randrange(5 * 365))
        place, pair, kind = rng.choice(places), tuple(rng.sample(actors, 2)), rng.choice(TYPES)
        n += 1
        events.append(_event(rng, n, report_id, day, place, pair, kind))
        if rng.random() < 1 / 3 and n < total:  # told again by another report
            report_id += 1
            reports.append({"id": report_id, "doc_id": f"r{report_id}", "content_hash": f"h{report_id}",
                            "text": "", "ingested_at": now})
            moved = (place[0], place[1] + 0.02, place[2], place[3])
            told = (actors[38], pair[1]) if rng.random() < 0.5 else pair
            n += 1
            events.append(_event(rng, n, report_id, day + timedelta(days=rng.randint(0, 1)), moved, told, kind))
    with store.engine.begin() as conn:
        for chunk in range(0, len(reports), 5000):
            conn.execute(insert(ReportRow), reports[chunk:chunk + 5000])
        for chunk in range(0, len(events), 5000):
            conn.execute(insert(EventRow), events[chunk:chunk + 5000])
    return len(reports)


def timed(label: str, store: Store, **options) -> None:
    began = time.perf_counter()
    summary = dedupe(store, **options)
    print(f"{label}: {time.perf_counter() - began:.2f} s  ({summary.line()})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--db", default="sqlite:////tmp/dedupe-bench.db")
    args = parser.parse_args()
    rng = random.Random(5)
    with Store.open(args.db) as store:
        if store.count_events() == 0:
            began = time.perf_counter()
            populate(store, args.events, rng)
            print(f"stored {store.count_events()} events in {time.perf_counter() - began:.1f} s")
        timed("full rebuild", store, rebuild=True)
        timed("re-run, nothing new", store)
        with store.engine.connect() as conn:  # ids after the stored ones, so the script can run again
            last_event = conn.scalar(select(func.max(EventRow.id))) or 0
            last = conn.scalar(select(func.max(ReportRow.id))) or 0
        increment = [_event(rng, last_event + 1 + i, last + 1 + i, date(2021, 6, 1) + timedelta(days=i),
                            ("place7", 34.0, 38.0, "district7"), ("Group 1", "Group 2"), "Battles")
                     for i in range(20)]
        with store.engine.begin() as conn:
            conn.execute(insert(ReportRow), [{"id": e["report_id"], "doc_id": e["doc_id"],
                                              "content_hash": f"inc{e['report_id']}", "text": "",
                                              "ingested_at": datetime.now(UTC)} for e in increment])
            conn.execute(insert(EventRow), increment)
        timed("after an ingest of 20 reports", store)
        timed("full rebuild again (no change expected)", store, rebuild=True)


if __name__ == "__main__":
    main()
