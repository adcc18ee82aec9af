"""Invented SOHR-style reports about the same few events, told by different publishers, and the
records the extractor would give for them (hand-built, so each test controls every field)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from marsad.types import EventRecord, Evidence, Report

SOHR = "Syrian Observatory for Human Rights"
ENAB = "Enab Baladi"
DEIR_24 = "Deir Ezzor 24"

# Al Mayadin town and a village ~3 km away; Al Quriyah ~14 km away (same district); Abu Kamal (other district).
MAYADIN = {"location": "Al Mayadin", "latitude": 35.0203, "longitude": 40.4513, "admin2": "Al Mayadin",
           "geo_precision": 1}
NEAR_MAYADIN = {"location": "Mahkan", "latitude": 34.9950, "longitude": 40.4650, "admin2": "Al Mayadin",
                "geo_precision": 2}
QURIYAH = {"location": "Al Quriyah", "latitude": 34.9390, "longitude": 40.5640, "admin2": "Al Mayadin",
           "geo_precision": 1}
ABU_KAMAL = {"location": "Abu Kamal", "latitude": 34.4507, "longitude": 40.9185, "admin2": "Abu Kamal",
             "geo_precision": 1}
DISTRICT_ONLY = {"location": "Al Mayadin countryside", "latitude": None, "longitude": None,
                 "admin2": "Al Mayadin", "geo_precision": 3}


def report(doc_id: str, source: str = SOHR, published: date = date(2024, 3, 5)) -> Report:
    text = f"{doc_id}: Deir Ezzor Province – {source}: an invented report about drone strikes and clashes."
    return Report(doc_id=doc_id, text=text, title=doc_id, published=published, source=source,
                  url=f"https://example.org/{doc_id}", dateline_place="Deir Ezzor Province",
                  dateline_source=source, origin=f"reports/{doc_id}.txt")


def event(doc_id: str, n: int = 1, **fields: Any) -> EventRecord:
    """A drone strike by Russian forces on ISIS near Al Mayadin on 4 March 2024, unless `fields` say else."""
    place = fields.pop("place", MAYADIN)
    base = EventRecord(
        doc_id=doc_id, event_id=f"{doc_id}-{n}", event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike", plover="ASSAULT", cameo="195", event_date="2024-03-04",
        time_precision=1, actor1="Military Forces of Russia (2000-)", assoc_actor_1=(),
        actor2="Islamic State (Syria)", assoc_actor_2=(), inter1=8, inter2=2, country="Syria",
        admin1="Deir ez-Zor", admin2=place["admin2"], admin3=None, location=place["location"],
        latitude=place["latitude"], longitude=place["longitude"], geo_precision=place["geo_precision"],
        fatalities=3, source=fields.pop("source", SOHR), source_attribution=None,
        notes="Russian warplanes struck ISIS positions near Al Mayadin.",
        evidence=(Evidence(0, len(doc_id), doc_id),), confidence=0.8,
    )
    return replace(base, **fields)


def store_report(store, doc_id: str, *events: EventRecord, source: str = SOHR) -> int:
    report_id, added = store.add_report(report(doc_id, source), list(events))
    assert added
    return report_id
