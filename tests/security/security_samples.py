"""A report whose text names a source on the ground, with one published and one unreviewed event."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.types import EventRecord, Evidence, Report

SECRET_SOURCE = "Abu Omar Zaytouni"
UNREVIEWED_MARK = "Kafrnabudha-unreviewed-shelling"
TEXT = (
    "Idlib Province – Syrian Observatory for Human Rights: On February 2, a drone of the international "
    f"coalition struck a car near Sarmada, according to {SECRET_SOURCE}, a resident, killing a commander "
    f"of Hurras al-Din. Separately, {UNREVIEWED_MARK} was reported in the south."
)


def span(needle: str) -> Evidence:
    start = TEXT.index(needle)
    return Evidence(start, start + len(needle), needle)


PUBLISHED = EventRecord(
    doc_id="sec-a", event_id="sec-a-1", event_type="Explosions/Remote violence",
    sub_event_type="Air/drone strike", plover="ASSAULT", cameo="195", event_date="2024-02-02",
    time_precision=1, actor1="International Coalition Forces", assoc_actor_1=(), actor2="Hurras al-Din",
    assoc_actor_2=(), inter1=8, inter2=2, country="Syria", admin1="Idleb", admin2="Harim", admin3=None,
    location="Sarmada", latitude=36.1859, longitude=36.7235, geo_precision=2, fatalities=1,
    source="Syrian Observatory for Human Rights", source_attribution=SECRET_SOURCE,
    notes="A coalition drone struck a car near Sarmada, killing a Hurras al-Din commander.",
    evidence=(span(f"struck a car near Sarmada, according to {SECRET_SOURCE}"),), confidence=0.8,
    field_evidence={"source_attribution": span(SECRET_SOURCE), "location": span("Sarmada")},
    geonameid="g-sarmada",
)
UNREVIEWED = replace(PUBLISHED, event_id="sec-a-2", notes=f"{UNREVIEWED_MARK} in the south.",
                     evidence=(span(UNREVIEWED_MARK),), field_evidence={}, source_attribution=None,
                     location="Kafr Nabudah", geonameid="g-kafrnabudah")


def secret_report() -> Report:
    return Report(doc_id="sec-a", text=TEXT, title="Drone strike near Sarmada", published=date(2024, 2, 3),
                  source="SOHR", origin="/srv/inbox/private/sec-a.txt")
