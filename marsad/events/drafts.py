"""The drafts of the event coder: what one report's earlier stages found (Analysis), an event in the
making (Draft), and the conventions every stage of the coder shares (ACLED's type precedence, the codings
a kind's conditions choose, the lowest of two figures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from marsad.actors.era import ReportEra
from marsad.events import quantities
from marsad.events.dates import ReferenceDate, reference_date
from marsad.events.lexicon import Coding, Kind
from marsad.events.modality import is_coder_note
from marsad.events.movements import Movement
from marsad.events.roles import ARMED_INTER, Roles, SentenceParser
from marsad.events.rules import rule
from marsad.types import ActorMention, DateMention, Evidence, Place, PlaceMention, Report

NEARBY_KM = 25.0
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# ACLED counts the fighting that won or lost ground in the territory events themselves
TERRITORY_SUBTYPES = {"Government regains territory", "Non-state actor overtakes territory"}
# force that kills at a protest, and a riot or a mob, are where ACLED counts protesters' and rioters' deaths
DEADLY_CROWD_SUBTYPES = {"Excessive force against protesters", "Violent demonstration", "Mob violence"}
WEAPON_KINDS = {"shelling", "air", "ied", "grenade", "suicide"}
FIGHTING_KINDS = {"clash", "fight", "attack", "attack_armed", "shelling", "air", "ied", "grenade", "suicide", "capture"}
# Acts that are events of their own wherever told apart from the act that would absorb them (a strike
# with another weapon, a move of forces, a seizure, an arrest), unlike the verbs that only tell the act
# itself again ("attacked", "killing", "raided")
DISTINCT_ACT_KINDS = WEAPON_KINDS | {"chemical", "movement", "loot", "base", "weapons", "handover", "agreement"}
# The developments among them: a change of posture, a seizure, a base, a handover (Strategic developments)
DEVELOPMENT_KINDS = {"movement", "loot", "base", "handover"}
# what a side does at the place of its act in the very next sentence (rule act-there): its developments, and the
# weapons its force found or the suspects it detained there ("A force then searched the site and found rockets")
THERE_KINDS = DEVELOPMENT_KINDS | {"weapons", "arrest"}
# When a later sentence elaborates an event, it may raise its type (shelling, then "clashes also
# reported": a battle) but never lower it (an explosive belt set off during an attack: still a battle).
PRECEDENCE = {"Battles": 4, "Explosions/Remote violence": 3, "Violence against civilians": 2,
              "Riots": 1, "Protests": 1, "Strategic developments": 0}


@dataclass
class Analysis:
    """Everything the earlier stages found in one report."""

    report: Report
    sentences: list[tuple[int, int]]
    places: list[PlaceMention]
    actors: list[ActorMention]
    dates: list[DateMention]
    attributions: list[Evidence]
    region: Place | None = None  # the dateline's governorate, for events with no place of their own
    country: str | None = None
    headline_end: int = 0
    parse: SentenceParser | None = None  # the dependency parse of a sentence, made only when asked
    # the triggers that made no event, each with the rule that dropped it ("why was this not coded?")
    dropped: list[tuple[str, Evidence]] = field(default_factory=list)
    # the drafts a rule dropped whole after they were made (the classifier's veto, bare-attack, a coder's note's
    # one event), each with that rule: what the drop ledger (events/dropped.py) weighs
    dropped_drafts: list[tuple[str, Draft]] = field(default_factory=list)
    era: ReportEra | None = None  # an undated report's era, told by its own words (actors/era.py)

    @cached_property
    def reference(self) -> ReferenceDate | None:
        """The date the report tells its news from (dates.reference_date): old background is measured from it."""
        return reference_date(self.report.published, self.report.text, self.dates)

    @cached_property
    def coder_note(self) -> bool:
        """The report is an ACLED coder's note (modality.is_coder_note): it codes one event."""
        return is_coder_note(self.report.text)

    @cached_property
    def brief(self) -> bool:
        """A coder's note, or a brief of one paragraph in a coder's manner: it codes one event, its acts told
        together (the strikes that went with the fighting), where a full report codes each act apart."""
        return self.coder_note or "\n" not in self.report.text.strip()

    @cached_property
    def coded_place(self) -> PlaceMention | None:
        """"Coded to the provincial capital Samarra", "coded to Tal Hamis": the place a coder's note says it
        codes its one event to."""
        if not self.coder_note:
            return None
        text = self.report.text
        return next((p for p in self.places if p.place is not None
                     and rule("coded-to").search(text[max(0, p.start - 40):p.start])), None)


@dataclass
class Draft:
    kind: str
    coding: Coding
    trigger: Evidence
    sentence: tuple[int, int]
    roles: Roles
    place: PlaceMention | None
    place_fallback: Place | None
    geo_precision: int
    date: DateMention | None
    fatalities: quantities.Count | None
    injured: quantities.Count | None
    detained: quantities.Count | None
    fighters: quantities.Count | None
    vehicles: quantities.Count | None
    attribution: Evidence | None
    origin: PlaceMention | None = None
    movement: Movement | None = None  # every origin and destination the text gives (movements.py)
    in_headline: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    explicit_date: bool = False
    mode: str | None = None
    rules: list[str] = field(default_factory=list)  # the rules that made or changed it (rules.yaml), in order


def choose_coding(kind: Kind, roles: Roles, coder_note: bool = False) -> Coding:
    for coding in kind.codings:
        if all(_holds(key, value, roles, coder_note) for key, value in coding.when):
            return coding
    return kind.codings[-1]


def _holds(key: str, value: str, roles: Roles, coder_note: bool = False) -> bool:
    if value == "any":
        return True
    if key == "report":
        return coder_note and value == "coder-note"
    if key == "actor1":
        inter = roles.actor1.inter if roles.actor1 else None
        if value == "state":
            return inter == 1
        if value == "nonstate":
            return inter is not None and inter != 1
        if value in {"generic", "unidentified"}:  # unidentified gunmen or an unnamed militia, not "opposition rebels"
            actor = roles.actor1
            if actor is None:  # nobody named: "generic" takes it for an unknown hand, "unidentified" does not
                return value == "generic"
            return actor.name.startswith("Unidentified") or (actor.kind == "generic" and actor.inter in {3, 4})
    if key == "actor2":
        inter = roles.actor2.inter if roles.actor2 else None
        if value == "armed":
            return inter in ARMED_INTER or (roles.actor2 is None and roles.fighter_victim)
        if value == "civilian":
            return inter == 7 or (roles.actor2 is None and roles.victim_phrase is not None)
        if value == "none":
            return roles.actor2 is None
    return False


def counts_deaths(coding: Coding, kind: str, sentence_text: str) -> bool:
    """Whether the event's sentence lends it a toll: violence, a seizure of weapons, a territory change and a
    crowd met with deadly force or turning deadly ("police fired on the protesters, killing one"); and a coder's
    stated total ("Total fatalities coded as 3"), which is the note's one event's whatever its kind (rule
    note-total)."""
    return coding.event_type in VIOLENT_TYPES or kind == "weapons" or coding.sub_event_type in TERRITORY_SUBTYPES \
        or coding.sub_event_type in DEADLY_CROWD_SUBTYPES or rule("note-total").search(sentence_text) is not None


def lowest(a: quantities.Count | None, b: quantities.Count | None) -> quantities.Count | None:
    """ACLED's conservative rule: of two stated figures the lowest, but a stated figure beats none."""
    if a is None or b is None:
        return a or b
    if "total" in b.evidence.text.lower() or "fatalit" in b.evidence.text.lower() and \
            "total" not in a.evidence.text.lower():
        return b  # the stated total of an ACLED-style note
    return a if a.value <= b.value else b


def place_key(draft: Draft) -> str | None:
    """The gazetteer id of the place a draft is bound to (None when it has none)."""
    if draft.place is not None and draft.place.place is not None:
        return draft.place.place.geonameid
    return None


def compatible_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """The same actor, or one the base does not know yet (it may be the same group named loosely)."""
    if a is None or b is None:
        return True
    return a.name == b.name or a.discovered or (b.discovered and not a.actor_id)
