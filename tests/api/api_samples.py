"""Two invented SOHR-style reports (one with a <script> in its text) and their hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.types import EventRecord, Evidence, Report

TEXT_A = (
    "Deir Ezzor Province – Syrian Observatory for Human Rights: On January 9, gunmen of ISIS attacked "
    "a checkpoint of regime forces near Al-Mayadeen, killing four soldiers. <script>alert(1)</script>"
)
TEXT_B = (
    "Idlib Province – Syrian Observatory for Human Rights: On February 2, a drone of the international "
    "coalition struck a car near Sarmada, killing a commander of Hurras al-Din."
)


def span(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(start, start + len(needle), needle)


ATTACK = EventRecord(
    doc_id="sohr-a",
    event_id="sohr-a-1",
    event_type="Battles",
    sub_event_type="Armed clash",
    plover="ASSAULT",
    cameo="190",
    event_date="2024-01-09",
    time_precision=1,
    actor1="Islamic State (Syria)",
    assoc_actor_1=(),
    actor2="Military Forces of Syria (2000-2024)",
    assoc_actor_2=(),
    inter1=2,
    inter2=1,
    country="Syria",
    admin1="Deir ez-Zor",
    admin2="Al Mayadin",
    admin3=None,
    location="Al Mayadin",
    latitude=35.0203,
    longitude=40.4513,
    geo_precision=2,
    fatalities=4,
    source="Syrian Observatory for Human Rights",
    source_attribution=None,
    notes="ISIS gunmen attacked a regime checkpoint near Al-Mayadeen, killing four soldiers.",
    evidence=(span(TEXT_A, "gunmen of ISIS attacked a checkpoint"),),
    confidence=0.7,
    field_evidence={"fatalities": span(TEXT_A, "killing four soldiers")},
)
STRIKE = replace(
    ATTACK,
    doc_id="sohr-b",
    event_id="sohr-b-1",
    event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike",
    event_date="2024-02-02",
    actor1="International Coalition Forces",
    actor2="Hurras al-Din",
    inter1=8,
    inter2=2,
    admin1="Idleb",
    admin2="Harim",
    location="Sarmada",
    latitude=36.1859,
    longitude=36.7235,
    geo_precision=2,
    fatalities=1,
    notes="A coalition drone struck a car near Sarmada, killing a Hurras al-Din commander.",
    evidence=(span(TEXT_B, "a drone of the international coalition struck a car"),),
    field_evidence={},
)


def report(doc_id: str, text: str) -> Report:
    return Report(
        doc_id=doc_id, text=text, title=f"Report {doc_id}", published=date(2024, 2, 3), source="SOHR"
    )
