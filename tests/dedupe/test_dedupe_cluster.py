"""Grouping is a function of the records' content: row ids (the order reports arrived) never change it."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from marsad.actors.base import ActorBase
from marsad.dedupe.cluster import build_clusters
from marsad.dedupe.match import ActorRelations, Record

ACTORS = ["Military Forces of Russia (2000-)", "Islamic State (Syria)", "Unidentified Armed Group (Syria)",
          "Military Forces of Syria (2000-2024)"]
PLACES = [("Al Mayadin", 35.0203, 40.4513, "Al Mayadin"), ("Mahkan", 34.995, 40.465, "Al Mayadin"),
          ("Al Quriyah", 34.939, 40.564, "Al Mayadin"), ("Abu Kamal", 34.4507, 40.9185, "Abu Kamal")]


def crowded_records(rng: random.Random) -> list[dict]:
    """Sixty records crowded on four places, five days and four actors: many links, many ties."""
    rows = []
    for n in range(60):
        name, lat, lon, admin2 = rng.choice(PLACES)
        first, second = rng.sample(ACTORS, 2)
        rows.append({
            "event_id": f"ev-{n:02d}", "report": rng.randrange(25), "event_type": "Explosions/Remote violence",
            "sub_event_type": rng.choice(["Air/drone strike", "Shelling/artillery/missile attack"]),
            "event_date": date(2024, 3, 1) + timedelta(days=rng.randrange(5)), "time_precision": 1,
            "actor1": first, "actor2": second, "country": "Syria", "admin1": "Deir ez-Zor", "admin2": admin2,
            "admin3": None, "location": name, "latitude": lat, "longitude": lon, "geo_precision": 1,
            "geonameid": None, "fatalities": rng.randrange(4), "source": "x", "review_status": "unreviewed",
            "canonical_id": None,
        })
    return rows


def grouping(rows: list[dict], row_ids: list[int], report_ids: list[int]) -> set[frozenset[str]]:
    records = [Record(id=row_ids[i], report_id=report_ids[row["report"]], **{k: v for k, v in row.items()
                                                                            if k != "report"})
               for i, row in enumerate(rows)]
    clusters = build_clusters(records, ActorRelations(ActorBase.load()))
    return {frozenset(r.event_id for r in c.records) for c in clusters}


@pytest.mark.parametrize("seed", range(4))
def test_row_ids_and_input_order_do_not_change_the_groups(seed: int) -> None:
    rng = random.Random(seed)
    rows = crowded_records(rng)
    expected = grouping(rows, list(range(1, 61)), list(range(1, 26)))
    assert any(len(group) > 2 for group in expected) and len(expected) > 5  # a crowd, not one blob
    for _ in range(6):
        order = rng.sample(range(60), 60)
        shuffled = [rows[i] for i in order]
        assert grouping(shuffled, rng.sample(range(1, 1000), 60), rng.sample(range(1, 1000), 25)) == expected
