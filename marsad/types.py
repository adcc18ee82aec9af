"""Core types shared by every stage: frozen dataclasses, one normalised form plus the raw source where useful.

Offsets (`start`, `end`) are always character offsets into `Report.text`.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """A span of the report text that supports a field or an event."""

    start: int
    end: int
    text: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Report:
    """One report as read by `marsad.ingest`: what the pipeline works on and the store keeps."""

    doc_id: str
    text: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    # From a SOHR-style dateline ("Deir Ezzor Province – Syrian Observatory for Human Rights:").
    dateline_place: str | None = None
    dateline_source: str | None = None
    origin: str | None = None  # the file path or URL it was read from

    @property
    def content_hash(self) -> str:
        """Identity of the report's content: the same text gives the same hash wherever it came from."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (GeoNames, OCHA, or Marsad's own additions under marsad/data/places)."""

    geonameid: str  # GeoNames id as a string; "ocha:SY0200..." or "marsad:badia" for other sources
    name: str
    latitude: float
    longitude: float
    country_code: str | None = None  # "SY"
    country: str | None = None  # "Syria"
    admin1: str | None = None  # governorate
    admin2: str | None = None  # district
    admin3: str | None = None  # sub-district
    feature_class: str | None = None  # GeoNames class: P, A, H, T, S, L...
    feature_code: str | None = None  # PPL, PPLA, ADM1, ... or Marsad's REGION, OILF, AIRB
    population: int = 0
    pcode: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east) for areas


@dataclass(frozen=True)
class Candidate:
    """One gazetteer entry that a mention may refer to, and why it was retrieved."""

    place: Place
    matched_name: str  # the gazetteer name or alternate name that met the mention
    method: str  # "exact", "folded", "fuzzy", "arabic", "data"
    score: float = 0.0  # the ranker's score; retrieval leaves 0.0


@dataclass(frozen=True)
class Resolution:
    """The ranker's decision: `chosen` is None when no candidate was good enough (explicit no-match)."""

    chosen: Candidate | None
    score: float
    candidates: tuple[Candidate, ...] = ()
    # the named place rule that decided between namesakes, with its evidence ("report-country: northern Iraq")
    rule: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    """A place named in the text with its resolution and how precisely an event there is located."""

    start: int
    end: int
    text: str
    resolution: Resolution
    geo_precision: int = 1  # ACLED: 1 the town, 2 near/part of, 3 only a larger region
    relation: str | None = None  # "in", "near", "outskirts", "countryside", "between", "desert", "province"...
    direction: str | None = None  # "eastern", "northern"... from "the eastern countryside of X"

    @property
    def place(self) -> Place | None:
        return self.resolution.chosen.place if self.resolution.chosen else None


@dataclass(frozen=True)
class Patron:
    """A `backed_by` edge: who backs an actor, since and until when where known."""

    name: str
    since: int | None = None
    until: int | None = None


@dataclass(frozen=True)
class Actor:
    """An entry of the actor knowledge base (marsad/data/actors/*.yaml or the user's additions)."""

    id: str  # stable slug, e.g. "hts"
    name: str  # canonical name, ACLED's where ACLED has the actor
    inter: int  # ACLED interaction code 1..8
    kind: str  # state, rebel, political, identity, militia, external, civilians, protesters, rioters...
    country: str | None = None
    aliases: tuple[str, ...] = ()
    arabic: str | None = None
    part_of: str | None = None  # id of the parent actor
    backed_by: tuple[Patron, ...] = ()
    active: tuple[int | None, int | None] = (None, None)  # first and last year active
    generic: bool = False  # ACLED generic actor such as "Civilians (Syria)"
    description: str | None = None
    # ACLED's name where the base's canonical name differs ("Militia (Pro-Iran)" for "Iranian-backed
    # militias"): what the ACLED CSV export writes, so exports mix with ACLED data.
    acled_name: str | None = None
    # The days a government period's actor took over and gave way, where it changed within a year: a report
    # of a known day is coded by them, one of a known year only by `active`.
    began: date | None = None
    ended: date | None = None
    # ACLED codes this component's events under its parent: the parent is the actor, the component an
    # associated actor (an SDF military council fights as "QSD: Syrian Democratic Forces").
    coded_under_parent: bool = False


@dataclass(frozen=True)
class PeriodName:
    """One government period of a state actor ACLED names by period ("Military Forces of Iraq (2018-2020)"),
    with the first and last day it stands for."""

    name: str
    actor_id: str
    began: date | None
    ended: date | None
    inter: int | None = None


@dataclass(frozen=True)
class ActorMention:
    """An actor named or described in the text, resolved to the base or discovered."""

    start: int
    end: int
    text: str
    name: str  # canonical name when known, else the name as written
    inter: int | None = None
    actor_id: str | None = None  # None for a group the base does not know yet (discovered)
    kind: str = "group"  # "group", "person", "generic"
    backed_by: tuple[str, ...] = ()  # patron names stated in the text or known from the base
    part_of: str | None = None  # parent group name (for a person: the group they lead or belong to)
    role: str | None = None  # for people: "commander", "leader", "member"...
    discovered: bool = False
    evidence: tuple[Evidence, ...] = ()
    coded_under_parent: bool = False  # the event names `part_of` as the actor and this one as associated
    # the same actor in every government period, where ACLED names it by period: an event told with a day of
    # its own is coded by the period of that day, not of the report's (actors/period.py `as_of`)
    periods: tuple[PeriodName, ...] = ()


@dataclass(frozen=True)
class DateMention:
    """A date expression resolved against the report's publication date."""

    start: int
    end: int
    text: str
    value: date | None  # None where it cannot be resolved (a relative date with no publication date)
    time_precision: int  # ACLED: 1 day, 2 week, 3 month


@dataclass(frozen=True)
class EventRecord:
    """One event: the contract of ../shared/eval/EVENTS.md, every field present."""

    doc_id: str
    event_id: str
    event_type: str
    sub_event_type: str
    plover: str
    cameo: str
    event_date: str | None
    time_precision: int
    actor1: str
    assoc_actor_1: tuple[str, ...]
    actor2: str | None
    assoc_actor_2: tuple[str, ...]
    inter1: int
    inter2: int
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int
    fatalities: int
    source: str | None
    source_attribution: str | None
    notes: str
    evidence: tuple[Evidence, ...]
    confidence: float
    # Extras beyond the contract.
    plover_mode: str | None = None
    geonameid: str | None = None
    injured: int | None = None
    detained: int | None = None
    fighters: int | None = None
    vehicles: int | None = None
    origin_location: str | None = None  # for movements: where the force came from
    origin_latitude: float | None = None
    origin_longitude: float | None = None
    field_evidence: dict[str, Evidence] = field(default_factory=dict)  # field name -> span
    # the rules (rules.yaml names, "cue:<id>" for the trigger) and classifier entries that made or changed it
    coded_by: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready dict with the contract's field names (lists, not tuples)."""
        data = asdict(self)
        data["assoc_actor_1"] = list(self.assoc_actor_1)
        data["assoc_actor_2"] = list(self.assoc_actor_2)
        data["evidence"] = [e.as_dict() for e in self.evidence]
        data["field_evidence"] = {k: v.as_dict() for k, v in self.field_evidence.items()}
        return data
