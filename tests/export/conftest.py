"""Hand-built event records (invented, SOHR style) for the export tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from marsad.types import EventRecord, Evidence

BASE = EventRecord(
    doc_id="sohr-idlib",
    event_id="sohr-idlib-1",
    event_type="Explosions/Remote violence",
    sub_event_type="Shelling/artillery/missile attack",
    plover="ASSAULT",
    cameo="194",
    event_date="2024-02-11",
    time_precision=1,
    actor1="Military Forces of Syria (2000-2024)",
    assoc_actor_1=("Iranian Revolutionary Guard Corps", "Hezbollah"),
    actor2="Civilians (Syria)",
    assoc_actor_2=(),
    inter1=1,
    inter2=7,
    country="Syria",
    admin1="Idleb",
    admin2="Ariha",
    admin3="Ariha",
    location="Ariha",
    latitude=35.8137,
    longitude=36.6105,
    geo_precision=1,
    fatalities=2,
    source="Syrian Observatory for Human Rights",
    source_attribution="SOHR activists",
    notes='Regime forces shelled Ariha, killing two civilians, "a woman and her son".',
    evidence=(Evidence(0, 28, "Regime forces shelled Ariha,"),),
    confidence=0.9,
    geonameid="172515",
    field_evidence={"fatalities": Evidence(29, 49, "killing two civilians")},
)


@pytest.fixture
def records() -> list[EventRecord]:
    clash = replace(
        BASE,
        event_id="sohr-idlib-2",
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Hayat Tahrir al-Sham",
        assoc_actor_1=(),
        actor2="Military Forces of Syria (2000-2024)",
        inter1=2,
        inter2=1,
        fatalities=5,
        source_attribution=None,
        notes="HTS fighters clashed with regime forces; five killed.",
    )
    unplaced = replace(
        BASE,
        event_id="sohr-idlib-3",
        event_type="Strategic developments",
        sub_event_type="Change to group/activity",
        actor1="Hayat Tahrir al-Sham",
        assoc_actor_1=(),
        actor2=None,
        inter1=2,
        inter2=0,
        country="Syria",
        admin2=None,
        admin3=None,
        location=None,
        latitude=None,
        longitude=None,
        geo_precision=3,
        fatalities=0,
        event_date=None,
        geonameid=None,
        field_evidence={},
    )
    return [BASE, clash, unplaced]
