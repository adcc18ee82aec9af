"""The summary panel's in-memory counts (FacetIndex) answer exactly what the GROUP BYs in SQL answer, for
random filters over a varied store: dates missing, governorates missing or not ASCII, duplicates linked by
dedupe (one row per real event), reviewed and unreviewed events."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from store_samples import make_events, make_report

from marsad.dedupe.run import dedupe
from marsad.store.facet_index import FacetIndex
from marsad.store.facets import FACET_FIELDS, events_over_time, facet_counts
from marsad.store.filters import EventFilter

TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]
ACTORS = ["Hayat Tahrir al-Sham", "Islamic State (Syria)", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"]
GOVERNORATES = ["Aleppo", "Idleb", "Deir ez-Zor", "Ḥamāh", None]


def fill(store, rng: random.Random) -> None:
    template = make_events()[0]
    for n in range(40):
        event_type, sub_type = rng.choice(TYPES)
        actor1, actor2 = rng.sample(ACTORS, 2)
        day = date(2023, 11, 1) + timedelta(days=rng.randrange(120))
        events = []
        for k in range(rng.choice([1, 1, 2])):
            events.append(replace(
                template, doc_id=f"r{n}", event_id=f"r{n}-{k}", event_type=event_type, sub_event_type=sub_type,
                event_date=None if rng.random() < 0.1 else day.isoformat(), actor1=actor1,
                actor2=None if rng.random() < 0.2 else actor2, admin1=rng.choice(GOVERNORATES),
                latitude=35 + rng.random() * 2, longitude=36 + rng.random() * 3, fatalities=rng.choice([0, 1, 4]),
                confidence=rng.random()))
        store.add_report(make_report(text=f"Report {n}: {event_type} in {day}.", doc_id=f"r{n}"), events)
        if n % 9 == 0:  # told again by another report: dedupe links the two
            copy = replace(events[0], doc_id=f"c{n}", event_id=f"c{n}-0", fatalities=events[0].fatalities)
            store.add_report(make_report(text=f"Copy {n}: {event_type}.", doc_id=f"c{n}"), [copy])
    dedupe(store)
    for n in range(0, 40, 3):
        if n % 9:
            store.review_event(f"r{n}-0", rng.choice(["confirm", "reject"]), "carl")
        else:  # the copy published, its anchor not: public mode shows the copy for the event
            store.review_event(f"c{n}-0", "confirm", "carl")


def random_filter(rng: random.Random) -> EventFilter:
    start = date(2023, 11, 1) + timedelta(days=rng.randrange(120))
    options = {
        "since": start, "until": start + timedelta(days=rng.randrange(60)),
        "event_type": rng.choice([t for pair in TYPES for t in pair] + ["Riots"]),
        "sub_event_type": rng.choice([pair[1] for pair in TYPES]),
        "actor": rng.choice(["hay", "SYRIA", "state", "forces of", "zzz"]),
        "admin1": rng.choice(["aleppo", "IDLEB", "ḥamāh", "ḤAMĀH", "Homs"]),
        "place": rng.choice(["al", "dei", "x"]),
        "bbox": (35.5, 36.5, 36.5, 38.0),
        "near": (36.0, 37.5, rng.choice([30.0, 80.0, 150.0])),
        "review_status": rng.choice(["unreviewed", "confirmed", "rejected"]),
        "min_confidence": rng.random(),
        "published_only": True,
        "canonical_only": True,
    }
    chosen = rng.sample(sorted(options), rng.randrange(3))
    return EventFilter(**{name: options[name] for name in chosen})


def test_memory_and_sql_agree_on_random_filters(store) -> None:
    rng = random.Random(16)
    fill(store, rng)
    index = FacetIndex.load(store)
    assert FacetIndex.supports(EventFilter(actor="x")) and not FacetIndex.supports(EventFilter(q="x"))
    for _ in range(300):
        filters = random_filter(rng)
        assert index.facet_counts(filters, FACET_FIELDS, 50) == facet_counts(store, filters, FACET_FIELDS, 50), filters
        for interval in ("month", "week"):
            assert index.events_over_time(filters, interval) == events_over_time(store, filters, interval), filters
    every = index.facet_counts(EventFilter(), ("admin1",), 50)
    assert every["total"] == facet_counts(store, EventFilter(), ("admin1",), 50)["total"] > 40
    one_per_event = index.facet_counts(EventFilter(canonical_only=True), ("admin1",), 50)["total"]
    assert one_per_event < every["total"]  # the copies dedupe linked are counted once
    public = EventFilter(canonical_only=True, published_only=True)
    assert index.facet_counts(public)["total"] == facet_counts(store, public)["total"] > 0
