"""The workbench's browser tests' store: the three reports of conftest, a second account of the coalition
strike from another publisher (one real event, two reports, linked by `marsad dedupe`), and a report of
reinforcements sent from two places to two others. Texts written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.types import EventRecord, Evidence, Report
from tests.web.conftest import ATTACK, CONVOY, STRIKE, TEXT_A, TEXT_B, TEXT_C, span


def last_span(text: str, needle: str) -> Evidence:
    start = text.rindex(needle)
    return Evidence(start, start + len(needle), needle)


TEXT_B2 = (
    "Idlib – Enab Baladi: A coalition drone struck a car near Sarmada on February 2, killing a Hurras "
    "al-Din commander, local sources said."
)
TEXT_M = (
    "Lattakia – Syrian Observatory for Human Rights: On March 12, regime forces sent reinforcements from "
    "Idlib and Hama to Lattakia and Tartous."
)
STRIKE_B2 = replace(
    STRIKE, doc_id="enab-b", event_id="enab-b-1", source="Enab Baladi", confidence=0.7,
    notes="A coalition drone struck a car near Sarmada, killing a Hurras al-Din commander.",
    evidence=(span(TEXT_B2, "A coalition drone struck a car near Sarmada"),),
    field_evidence={"fatalities": span(TEXT_B2, "killing a Hurras al-Din commander")},
)
MOVEMENT = replace(
    CONVOY, doc_id="sohr-m", event_id="sohr-m-1", event_date="2024-03-12",
    sub_event_type="Non-violent transfer of territory", actor1="Military Forces of Syria (2000-2024)",
    inter1=1, admin1="Lattakia", admin2="Latakia", location="Latakia", latitude=35.5317, longitude=35.7901,
    origin_location="Idlib", origin_latitude=35.9306, origin_longitude=36.6339,
    notes="Regime forces sent reinforcements from Idlib and Hama to Lattakia and Tartous.",
    evidence=(span(TEXT_M, "sent reinforcements from Idlib and Hama to Lattakia and Tartous"),),
    field_evidence={"actor1": span(TEXT_M, "regime forces"), "event_date": span(TEXT_M, "March 12"),
                    "origins.0": span(TEXT_M, "Idlib"), "origins.1": span(TEXT_M, "Hama"),
                    "destinations.0": last_span(TEXT_M, "Lattakia"),
                    "destinations.1": span(TEXT_M, "Tartous")},
)

REPORTS: list[tuple[Report, list[EventRecord]]] = [
    (Report(doc_id=doc_id, text=text, title=f"Report {doc_id}", published=date(2024, 3, 13), source=source,
            url=f"https://example.org/{doc_id}"), [event])
    for doc_id, text, event, source in (
        ("sohr-a", TEXT_A, ATTACK, "SOHR"), ("sohr-b", TEXT_B, STRIKE, "SOHR"), ("sohr-c", TEXT_C, CONVOY, "SOHR"),
        ("enab-b", TEXT_B2, STRIKE_B2, "Enab Baladi"), ("sohr-m", TEXT_M, MOVEMENT, "SOHR"),
    )
]

# The places of the movement report, for the event page's geoparser (tests/web/conftest.py's tiny_gazetteer).
MOVEMENT_PLACES = [
    ("3001", "Idlib", "Idlib", "Idleb", 35.9306, 36.6339, "12", 165000),
    ("3002", "Hama", "Hama", "Hamah", 35.1318, 36.7578, "10", 700000),
    ("3003", "Latakia", "Latakia", "Lattakia,Al Ladhiqiyah", 35.5317, 35.7901, "02", 400000),
    ("3004", "Tartus", "Tartus", "Tartous,Tartouss", 34.8890, 35.8866, "14", 115000),
]
# GeoNames' admin1 codes of these governorates
MOVEMENT_ADMIN1 = (("12", "Idlib"), ("10", "Hama"), ("02", "Latakia"), ("14", "Tartus"))
