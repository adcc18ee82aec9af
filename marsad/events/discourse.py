"""The actor of an act whose sentence names none, read from the report around it, as a coder reads it.

Reports name the one acting once and then tell its acts without naming it again:

- "Government forces detained five men in Alpha on Sunday. ... Two more were detained in Beta." The second
  detention goes on with the actor of the detention before it (rule `carry-same-kind`): the same kind of act,
  within a few sentences or from the headline and lead, never across an act of that kind by someone else.
- "The army shelled Gamma. ... Warplanes carried out three raids on Delta." An air strike with no actor is
  flown by the one air force the report names (rule `report-air-force`): a state's military named with an air
  word ("Northern warplanes"), else the only state military the report names at all, when the sentence names
  no side at all. A report naming two state militaries and no air word leaves the strike unidentified, and so
  does a strike on a named side ("the base of the Guards was hit by two drones"), the classic unclaimed strike.
- "The Interior Ministry said it had broken up a cell. ... Four members were arrested in Alpha." An arrest
  with no actor is made by the one police force the report names (rule `report-police`); arrests are the
  acts of an authority, and a report naming two police forces, or none, leaves it unattributed.

A protest or riot is the crowd's event: the force that broke it up is its actor2 (rule `crowd-acts`).
A communal militia the report does not name ("two families", "local gunmen") takes the name ACLED gives
it, the place of its fight as the report spells it (rule `communal-militia-place`).

Acts whose actor is unknown by their nature (a roadside bomb, an assassination, an attack on civilians by
gunmen) are not carried: the kinds that may be are the words of `carry-same-kind` in rules.yaml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.claimed_by import name_the_claimant
from marsad.events.drafts import Analysis, Draft
from marsad.events.kin_named import name_unnamed_kin
from marsad.events.opposing import name_the_hand_from_the_lead, name_the_hand_just_before, name_the_other_side
from marsad.events.rules import rule
from marsad.types import ActorMention

CARRY_SENTENCES = 4  # how far back (in sentences) the actor of the same kind of act is carried
_AIR_WORDS = re.compile(r"\b(?:air|aerial|warplanes?|jets?|aircraft|planes?|helicopters?|drones?|airstrikes?)\b",
                        re.IGNORECASE)


def _named(actor: ActorMention | None) -> bool:
    return actor is not None and actor.kind != "generic" and not actor.name.startswith("Unidentified")


_FAMILIES = {"abduct": "detain", "arrest": "detain"}  # a detention told as an arrest, then as an abduction


def _family(kind: str) -> str:
    return _FAMILIES.get(kind, kind)


def _carried(kind: str) -> bool:
    return rule("carry-same-kind").pattern.fullmatch(kind) is not None  # type: ignore[union-attr]


def carry_report_actors(drafts: list[Draft], analysis: Analysis) -> list[Draft]:
    """Give each draft that names no actor of its own the report's actor for it (rules `carry-same-kind`,
    `report-air-force`); drafts that name one are left as they are."""
    ordered = sorted(drafts, key=lambda d: d.trigger.start)  # drafts are shared, so `drafts` keeps its order
    sentence_of = {s: i for i, s in enumerate(analysis.sentences)}
    lead_end = _lead_end(analysis)
    for draft in ordered:
        _name_communal_militias(draft)
        _crowd_acts(draft)
    for index, draft in enumerate(ordered):
        if draft.roles.actor1 is not None or not _carried(draft.kind):
            continue
        if draft.kind == "air" and _unclaimed(analysis.report.text, draft):
            continue  # "drones of unknown identity": no earlier strike's nor the report's air force
        source = _same_kind_before(ordered[:index], draft, sentence_of, lead_end)
        if source is not None and draft.kind == "clash" and draft.roles.actor2 is not None:
            source = None  # a clash that names one side names its own fight, not the earlier one
        if source is not None:
            roles = source.roles
            actor2 = draft.roles.actor2
            if actor2 is None and draft.kind == "clash":  # renewed clashes: the same two sides
                actor2 = roles.actor2
            if actor2 is not None and actor2.name == roles.actor1.name:  # type: ignore[union-attr]
                continue
            draft.roles = replace(draft.roles, actor1=roles.actor1, actor2=actor2)
            draft.rules.append("carry-same-kind")
            continue
        if draft.kind == "arrest":
            police = report_police(analysis.actors, draft.trigger.start) or report_security_forces(
                analysis.actors, draft.trigger.start)
            if police is not None:
                draft.roles = replace(draft.roles, actor1=police)
                draft.rules.append("report-police")
            continue
        if draft.kind == "air":
            # a named side hit by drones nobody claims is the classic unidentified strike: a strike on a named
            # side takes only an air force the report names with an air word ("Northern warplanes struck ...
            # the strikes hit the Guards"), a strike told with no side at all also the one state military
            air_force = report_air_force(analysis.actors, draft.trigger.start,
                                         flying_only=draft.roles.actor2 is not None)
            if air_force is not None and (draft.roles.actor2 is None or draft.roles.actor2.name != air_force.name):
                draft.roles = replace(draft.roles, actor1=air_force)
                draft.rules.append("report-air-force")
    name_unnamed_kin(ordered, analysis)
    name_the_claimant(ordered, analysis)
    name_the_other_side(ordered, analysis)
    name_the_hand_from_the_lead(ordered, analysis)
    name_the_hand_just_before(ordered, analysis)
    return drafts


_CROWD_INTER = {5, 6}  # rioters, protesters


def _crowd_acts(draft: Draft) -> None:
    """A protest or riot is the crowd's event: "police fired tear gas to disperse protesters" makes the crowd
    actor1 and the force that met it actor2, as ACLED codes a protest with intervention (rule `crowd-acts`)."""
    actor1, actor2 = draft.roles.actor1, draft.roles.actor2
    if draft.coding.event_type not in {"Protests", "Riots"} or actor1 is None or actor2 is None:
        return
    if actor1.inter not in _CROWD_INTER and actor2.inter in _CROWD_INTER:
        draft.roles = replace(draft.roles, actor1=actor2, actor2=actor1)
        draft.rules.append("crowd-acts")


_UNNAMED_COMMUNAL = re.compile(r"^Unidentified Communal Militia \((?P<country>[^)]+)\)$")


def _name_communal_militias(draft: Draft) -> None:
    """A communal militia with no name of its own ("two families", "local gunmen") is named by ACLED after the
    place of its fight, as the report spells it: "Alpha Communal Militia (Syria)" (rule `communal-militia-place`)."""
    if draft.place is None:
        return
    named = {}
    for side in ("actor1", "actor2"):
        mention = getattr(draft.roles, side)
        match = _UNNAMED_COMMUNAL.match(mention.name) if mention is not None else None
        if match:
            named[side] = replace(mention, name=f"{draft.place.text} Communal Militia ({match['country']})")
    if named:
        draft.roles = replace(draft.roles, **named)
        draft.rules.append("communal-militia-place")


def _lead_end(analysis: Analysis) -> int:
    """Where the lead ends: the headline and the first body sentence tell the report's main act."""
    body = [s for s in analysis.sentences if s[0] >= analysis.headline_end]
    return body[0][1] if body else analysis.headline_end


def _same_kind_before(earlier: list[Draft], draft: Draft, sentence_of: dict[tuple[int, int], int],
                      lead_end: int) -> Draft | None:
    """The latest earlier draft of the same kind, if it names its actor and is near (or in the lead)."""
    here = sentence_of.get(draft.sentence)
    for other in reversed(earlier):
        if _family(other.kind) != _family(draft.kind) or other.sentence == draft.sentence:
            continue
        if not _named(other.roles.actor1):
            return None  # an act of this kind told with no named actor in between: the chain is broken
        there = sentence_of.get(other.sentence)
        near = here is not None and there is not None and here - there <= CARRY_SENTENCES
        return other if near or other.trigger.start < lead_end else None
    return None


def report_air_force(mentions: list[ActorMention], before: int, *, flying_only: bool = False) -> ActorMention | None:
    """The air force a report names before `before`: the state military named with an air word (the latest;
    the only one when `flying_only`), else the one state military it names; None when it names none or several."""
    militaries = [m for m in mentions if m.start < before and _state_military(m)]
    flying = [m for m in militaries if _AIR_WORDS.search(m.text)]
    if flying_only:
        return flying[-1] if len({_forces_name(m) for m in flying}) == 1 else None
    if flying:
        return flying[-1]
    states = {_forces_name(m) for m in militaries}
    return _as_forces(militaries[-1]) if len(states) == 1 else None


def _unclaimed(text: str, draft: Draft) -> bool:
    """The sentence says the aircraft are nobody's known ("drones of unknown identity", rule `unclaimed-strike`)."""
    return rule("unclaimed-strike").pattern.search(text, *draft.sentence) is not None  # type: ignore[union-attr]


def report_police(mentions: list[ActorMention], before: int) -> ActorMention | None:
    """The one police or interior-ministry force a report names before `before`, or None."""
    police = [m for m in mentions if m.start < before and m.kind != "person" and m.inter == 1
              and _forces_name(m).startswith("Police Forces")]
    return police[-1] if len({_forces_name(m) for m in police}) == 1 else None


def report_security_forces(mentions: list[ActorMention], before: int) -> ActorMention | None:
    """With no police force named, the one state force at home a report calls by a word of internal security
    ("the Iraqi security forces", "state security services", rule `security-forces`) before `before`, or None:
    an arrest is an authority's act. An army named for its fighting ("Northland forces shelled") arrests no one
    the report does not say it arrested."""
    forces = [m for m in mentions if m.start < before and m.kind != "person" and m.inter == 1
              and _forces_name(m).startswith(("Military Forces", "Police Forces"))]  # not its offices
    if len({_forces_name(m) for m in forces}) != 1 or not rule("security-forces").search(forces[-1].text):
        return None
    return _as_forces(forces[-1])


def _state_military(mention: ActorMention) -> bool:
    return mention.kind != "person" and mention.inter in {1, 8} and _forces_name(mention).startswith("Military Forces")


def _forces_name(mention: ActorMention) -> str:
    """"Military Forces of Syria (2000-2024) Air Force" -> "Military Forces of Syria (2000-2024)"."""
    name = mention.part_of if mention.part_of and mention.part_of.startswith("Military Forces") else mention.name
    return name[:name.index(")") + 1] if ")" in name else name


def _as_forces(mention: ActorMention) -> ActorMention:
    """The state's forces as a whole for a mention of one of their ground units (an air unit flies itself),
    with the span where the report names them."""
    if not mention.part_of or _AIR_WORDS.search(mention.name):
        return mention
    return replace(mention, name=_forces_name(mention), actor_id=None, part_of=None)
