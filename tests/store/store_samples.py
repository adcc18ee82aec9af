"""Samples for the store tests: one invented SOHR-style report with two hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from marsad.types import EventRecord, Evidence, Report

REPORT_TEXT = (
    "Raids on Deir Ezzor countryside\n"
    "Deir Ezzor Province – Syrian Observatory for Human Rights: "
    "On March 4, Russian warplanes carried out airstrikes on positions in the desert near Al-Mayadeen, "
    "killing three fighters of ISIS. Meanwhile, members of the Fourth Division arrested two young men "
    "at a checkpoint in Al-Bokamal city."
)


def span(text: str, needle: str) -> Evidence:
    start = text.index(needle)
    return Evidence(start, start + len(needle), needle)


def make_report(text: str = REPORT_TEXT, doc_id: str = "sohr-raids") -> Report:
    return Report(
        doc_id=doc_id,
        text=text,
        title=text.splitlines()[0],
        published=date(2024, 3, 5),
        source="Syrian Observatory for Human Rights",
        url="https://example.org/raids",
        dateline_place="Deir Ezzor Province",
        dateline_source="Syrian Observatory for Human Rights",
        origin="reports/sohr-raids.txt",
    )


def make_events(doc_id: str = "sohr-raids", text: str = REPORT_TEXT) -> list[EventRecord]:
    strike = EventRecord(
        doc_id=doc_id,
        event_id=f"{doc_id}-1",
        event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        plover="ASSAULT",
        cameo="195",
        event_date="2024-03-04",
        time_precision=1,
        actor1="Military Forces of Russia",
        assoc_actor_1=(),
        actor2="Islamic State (Syria)",
        assoc_actor_2=("ISIS Fighters",),
        inter1=8,
        inter2=2,
        country="Syria",
        admin1="Deir ez-Zor",
        admin2="Al Mayadin",
        admin3=None,
        location="Al Mayadin",
        latitude=35.0203,
        longitude=40.4513,
        geo_precision=2,
        fatalities=3,
        source="Syrian Observatory for Human Rights",
        source_attribution=None,
        notes="Russian warplanes struck ISIS positions in the desert near Al-Mayadeen, killing three.",
        evidence=(span(text, "Russian warplanes carried out airstrikes"),),
        confidence=0.8,
        geonameid="165038",
        field_evidence={"fatalities": span(text, "killing three fighters")},
    )
    arrest = replace(
        strike,
        event_id=f"{doc_id}-2",
        event_type="Strategic developments",
        sub_event_type="Arrests",
        plover="COERCE",
        cameo="173",
        actor1="Military Forces of Syria (2000-2024) Fourth Division",
        actor2="Civilians (Syria)",
        assoc_actor_2=(),
        inter1=1,
        inter2=7,
        admin2="Abu Kamal",
        location="Abu Kamal",
        latitude=34.4507,
        longitude=40.9185,
        geo_precision=1,
        fatalities=0,
        detained=2,
        notes="The Fourth Division arrested two young men at a checkpoint in Al-Bokamal.",
        evidence=(span(text, "arrested two young men"), span(text, "Al-Bokamal city")),
        geonameid="173229",
        field_evidence={},
    )
    return [strike, arrest]
