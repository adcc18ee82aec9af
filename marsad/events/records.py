"""Drafts become EventRecords: the contract of EVENTS.md, with stable ids, notes and confidence."""

from __future__ import annotations

import hashlib
import re

from marsad.events.civilian_victims import civilians_never_act
from marsad.events.extract import Analysis, Draft
from marsad.events.fight_within import fight_within_side
from marsad.events.interception import interception_roles
from marsad.events.notes import write_notes
from marsad.events.roles import of_event_period
from marsad.events.rules import rule
from marsad.types import ActorMention, EventRecord, Evidence, Place, Report


def generic_actor(kind: str, country: str | None) -> str:
    return f"{kind} ({country})" if country else kind


def _actor_name(mention: ActorMention | None) -> str | None:
    return (mention.name or mention.text or None) if mention else None


_COUNTRY_SUFFIX = re.compile(r"^(?P<kind>.+) \((?P<country>[^()]+)\)$")
_STATE_FORCES = re.compile(r"^(?P<kind>Military|Police) Forces of (?P<country>Syria|Iraq)\b")
# the countries whose generic actors and state forces the base lists; elsewhere the event's country names them
_BASE_COUNTRIES = frozenset({"Syria", "Iraq"})


def _named_abroad(mention: ActorMention | None, name: str | None, country: str | None) -> str | None:
    """ACLED names a generic actor (civilians, protesters, an unidentified armed group) after the country where
    the event happened, and "the police" of a report from Kenya are Kenya's. The base lists Syria's and Iraq's
    only; for an event elsewhere, such a name takes the event's country ("Protesters (Kenya)", "Police Forces
    of Kenya"), unless the text itself named the Syrian or Iraqi side ("Iraqi troops" stay Iraq's)."""
    if mention is None or name is None or not country or country in _BASE_COUNTRIES:
        return name
    if mention.kind == "generic":
        suffix = _COUNTRY_SUFFIX.match(name)
        return generic_actor(suffix["kind"], country) if suffix and suffix["country"] in _BASE_COUNTRIES else name
    forces = _STATE_FORCES.match(name)
    if forces and not re.search(r"\b(?:syria|iraq)", mention.text, re.IGNORECASE):
        return f"{forces['kind']} Forces of {country}"
    return name


def _under_parent(mention: ActorMention | None, name: str | None, assoc: list[str]) -> str | None:
    """ACLED codes a component it files under its parent (an SDF military council) as the parent, with the
    component as an associated actor: "Menbij Military Council" fights as "QSD: Syrian Democratic Forces"."""
    if mention is None or not mention.coded_under_parent or not mention.part_of or name != mention.name:
        return name
    if name not in assoc:
        assoc.insert(0, name)
    if mention.part_of in assoc:  # the parent named beside it ("X, operating under Y") is the actor itself
        assoc.remove(mention.part_of)
    return mention.part_of


def _name_for_event_day(draft: Draft) -> None:
    """State actors named for the government period of the event's own day (rule `event-period`)."""
    dated = of_event_period(draft.roles, draft.date.value if draft.date else None)
    if dated != draft.roles:
        draft.roles = dated
        draft.rules.append("event-period")


def _note_report_era(analysis: Analysis, draft: Draft, coded_by: list[str],
                     field_evidence: dict[str, Evidence]) -> None:
    """Where a side of the event is a state actor named for the government of an undated report's era (rule
    `report-era`) and the event has no day of its own to name it by: the rule, and the words that decided the
    era's day."""
    era = analysis.era
    if era is None or not era.evidence or "event-period" in draft.rules:
        return
    if any(m is not None and m.periods for m in (draft.roles.actor1, draft.roles.actor2)):
        coded_by.append("report-era")
        field_evidence["era"] = era.evidence[-1]


def _interceptor_first(analysis: Analysis, draft: Draft) -> None:
    """An interception's sides: who brought the weapon down first, whose weapon second (rule
    `interceptor-first`)."""
    if draft.coding.sub_event_type != "Disrupted weapons use" or not rule("interceptor-first").search(
            analysis.report.text[slice(*draft.sentence)]):
        return  # a bomb defused, an arms cache seized: no weapon brought down
    turned = interception_roles(analysis.report.text, draft.sentence, (draft.trigger.start, draft.trigger.end),
                                analysis.actors, draft.roles)
    if turned is not None and turned != draft.roles:
        draft.roles = turned
        draft.rules.append("interceptor-first")


def _fight_within(analysis: Analysis, draft: Draft) -> None:
    """An armed clash inside one side: that side on both sides (rule `fight-within-side`)."""
    if draft.coding.sub_event_type != "Armed clash":
        return
    both = fight_within_side(analysis.report.text, draft.sentence, draft.roles, analysis.actors)
    if both is not None and both != draft.roles:
        draft.roles = both
        draft.rules.append("fight-within-side")


def _civilians_never_act(draft: Draft) -> None:
    """Civilians named as the hand of violence: the hand is unidentified, the civilians hit (rule
    `civilians-never-act`)."""
    unnamed = civilians_never_act(draft.roles, draft.coding.event_type)
    if unnamed is not None:
        draft.roles = unnamed
        draft.rules.append("civilians-never-act")


def build_record(analysis: Analysis, draft: Draft) -> EventRecord:
    report = analysis.report
    _interceptor_first(analysis, draft)
    _fight_within(analysis, draft)
    _civilians_never_act(draft)
    _name_for_event_day(draft)
    place: Place | None = draft.place.place if draft.place else draft.place_fallback
    country = (place.country if place else None) or analysis.country
    actor1 = _named_abroad(draft.roles.actor1, _actor_name(draft.roles.actor1), country)
    inter1 = draft.roles.actor1.inter if draft.roles.actor1 and draft.roles.actor1.inter else 0
    assoc1 = [m.name for m in draft.roles.assoc1]
    actor1 = _under_parent(draft.roles.actor1, actor1, assoc1)
    if draft.coding.event_type in {"Protests", "Riots"} and not (actor1 or "").startswith(("Protesters", "Rioters")):
        # ACLED names the crowd as actor1 and who it is ("students", "a union") as its associate
        if actor1 and actor1 not in assoc1 and inter1 not in {7}:
            assoc1.insert(0, actor1)
        actor1 = None
    if actor1 is None:
        if draft.coding.event_type in {"Protests", "Riots"}:
            crowd = "Protesters" if draft.coding.event_type == "Protests" else "Rioters"
            actor1, inter1 = generic_actor(crowd, country), 6 if crowd == "Protesters" else 5
        else:
            actor1, inter1 = generic_actor("Unidentified Armed Group", country), 3
    assoc2 = [m.name for m in draft.roles.assoc2]
    actor2 = _under_parent(draft.roles.actor2, _named_abroad(draft.roles.actor2, _actor_name(draft.roles.actor2),
                                                             country), assoc2)
    inter2 = draft.roles.actor2.inter if draft.roles.actor2 and draft.roles.actor2.inter else 0
    if actor2 is None and draft.roles.victim_phrase and draft.coding.event_type in {
            "Violence against civilians", "Explosions/Remote violence"} | ({"Strategic developments"} if draft.kind in {
            "arrest", "loot"} else set()):
        actor2, inter2 = generic_actor("Civilians", country), 7
    coded_by = list(draft.rules)
    if actor2 is not None and actor2 == actor1 and "fight-within-side" not in coded_by:
        # one side named twice is not two sides, unless the fight was told as inside it
        actor2, inter2 = None, 0
        coded_by.append("distinct-sides")
    event_date = draft.date.value.isoformat() if draft.date and draft.date.value else None
    time_precision = draft.date.time_precision if draft.date else 1
    if event_date is None and report.published is not None:
        # no day of its own ("recently", "a few months ago", or no date at all): the report's date, as coders do,
        # with the precision the words allow
        event_date = report.published.isoformat()
    fatalities = draft.fatalities.value if draft.fatalities else 0
    field_evidence: dict[str, Evidence] = {"trigger": draft.trigger}
    if draft.place:
        field_evidence["location"] = Evidence(draft.place.start, draft.place.end, draft.place.text)
    if draft.roles.actor1:
        a = draft.roles.actor1
        field_evidence["actor1"] = Evidence(a.start, a.end, a.text)
    if draft.roles.actor2 and actor2 is not None:
        a = draft.roles.actor2
        field_evidence["actor2"] = Evidence(a.start, a.end, a.text)
    if draft.date:
        field_evidence["event_date"] = Evidence(draft.date.start, draft.date.end, draft.date.text)
    if draft.fatalities:
        field_evidence["fatalities"] = draft.fatalities.evidence
    if draft.attribution:
        field_evidence["source_attribution"] = draft.attribution
    _note_report_era(analysis, draft, coded_by, field_evidence)
    if draft.movement:
        field_evidence.update(draft.movement.evidence())
    record_id = _event_id(report, draft)
    return EventRecord(
        doc_id=report.doc_id,
        event_id=record_id,
        event_type=draft.coding.event_type,
        sub_event_type=draft.coding.sub_event_type,
        plover=draft.coding.plover,
        cameo=draft.coding.cameo,
        event_date=event_date,
        time_precision=time_precision,
        actor1=actor1,
        assoc_actor_1=tuple(assoc1),
        actor2=actor2,
        assoc_actor_2=tuple(assoc2),
        inter1=inter1,
        inter2=inter2,
        country=country,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        admin3=place.admin3 if place else None,
        location=place.name if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=draft.geo_precision if draft.place else 3,
        fatalities=fatalities,
        source=report.source or report.dateline_source,
        source_attribution=draft.attribution.text if draft.attribution else None,
        notes=write_notes(draft.kind, actor1, actor2, place, event_date, fatalities),
        evidence=tuple(sorted(set(draft.evidence), key=lambda e: (e.start, e.end))),
        confidence=_confidence(draft, place),
        plover_mode=draft.coding.plover_mode,
        geonameid=place.geonameid if place else None,
        injured=draft.injured.value if draft.injured else None,
        detained=draft.detained.value if draft.detained else None,
        fighters=draft.fighters.value if draft.fighters else None,
        vehicles=draft.vehicles.value if draft.vehicles else None,
        origin_location=draft.origin.place.name if draft.origin and draft.origin.place else None,
        origin_latitude=draft.origin.place.latitude if draft.origin and draft.origin.place else None,
        origin_longitude=draft.origin.place.longitude if draft.origin and draft.origin.place else None,
        field_evidence=field_evidence,
        coded_by=coded_by,
    )


def _event_id(report: Report, draft: Draft) -> str:
    """Stable for the same text: the same report processed twice gives the same ids."""
    place_start = draft.place.start if draft.place else -1
    key = "|".join(str(part) for part in (report.doc_id, report.content_hash[:12], draft.coding.sub_event_type,
                                          draft.trigger.start, place_start))
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _confidence(draft: Draft, place: Place | None) -> float:
    score = 0.4
    if draft.place is not None:
        score += 0.2 if draft.geo_precision == 1 else 0.1
    elif place is not None:
        score += 0.05
    if draft.roles.actor1 is not None:
        score += 0.2 if draft.roles.actor1.actor_id else 0.1
    if draft.date is not None and draft.date.value is not None:
        score += 0.1
    if len(draft.evidence) > 1:
        score += 0.1
    return round(min(score, 1.0), 2)
