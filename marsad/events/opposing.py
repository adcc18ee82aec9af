"""Who fired, when a strike or a shelling names no one: the other side of the report, as a coder reads it.

Reports of a war between two sides tell the fighting once with both sides named and then tell the shells and
the strikes by what they hit: "Northern forces clashed with the Guards near Alpha. Later, artillery shelling
targeted Guards positions in Beta." A coder codes the shelling as Northern forces' (rule `other-side`): the
side hit (or the side that holds the places hit, "Guards-held villages") is one side of the report, and the
one side the report names fighting it is the other. The report's fighters are the actors of its violent
events and the sides its headline or lead tells attacking, even where that telling is a trend and no event
("Northern forces continue to pound the countryside of Alpha").

A report that names two sides fighting the one hit, or no side that fights it, leaves the strike to an
unidentified hand; so does a report whose only named side is the one hit, and a strike the sentence calls
unclaimed. Air strikes take only a side the report tells fighting the side hit, and one that flies: a state's
forces, or any side where the sentence tells a drone (a strike on no named side is left to the report's air force,
rule `report-air-force`).

A shelling or an attack told with no hand at all right after a violent act of one named side goes on with that
side: "Northern forces clashed with the Guards near Alpha. Mortar shells then fell on Beta." (rule
`act-just-before`), where the shells hit no named side.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.drafts import VIOLENT_TYPES, Analysis, Draft
from marsad.events.roles import ARMED_INTER, Roles, assign_roles, holds_place
from marsad.events.rules import rule
from marsad.types import ActorMention

_RANGED_KINDS = frozenset({"shelling", "air"})
_FLYING_INTER = {1, 8}
_AIR_DEFENCE = re.compile(r"\bair defen[cs]e", re.IGNORECASE)  # a state's own forces and foreign forces
# the reasons a trigger told as a pattern was dropped: it still tells who attacks in the report
# the acts whose hand the act told just before names (rule act-just-before)
_HAND_BEFORE_TYPES = frozenset({"Shelling/artillery/missile attack", "Attack"})
_PATTERN_REASONS = frozenset({"trend", "habitual", "frequency", "trend-after"})


def name_the_other_side(drafts: list[Draft], analysis: Analysis) -> None:
    """Give each shelling or air strike with no actor the other side of the report (rule `other-side`)."""
    fights = _fights(drafts, analysis)
    if not fights:
        return
    text = analysis.report.text
    for draft in drafts:
        if draft.roles.actor1 is not None or draft.kind not in _RANGED_KINDS \
                or rule("unclaimed-strike").pattern.search(text, *draft.sentence):  # type: ignore[union-attr]
            continue
        hit = _side_hit(draft, analysis)
        if draft.kind == "air" and hit is None:
            continue  # a strike on no named side is the report's air force's or no one's (rule report-air-force)
        side = _other_side(fights, hit, fought=draft.kind == "air")
        if side is None:
            continue
        if draft.kind == "air" and side.inter not in _FLYING_INTER \
                and not rule("aircraft-of-states").search(text[slice(*draft.sentence)]):
            continue  # a militia flies no warplanes; it may fly the drones a sentence tells
        draft.roles = replace(draft.roles, actor1=side)
        draft.rules.append("other-side")


def name_the_hand_from_the_lead(drafts: list[Draft], analysis: Analysis) -> None:
    """An act of an unidentified hand ("gunmen burst in shooting") at the place where the headline or lead tells
    a named side carried out the attack ("IS carried out a string of attacks on a restaurant in Alpha") is that
    side's, as a coder codes an attack the report attributes (rule `hand-named-in-lead`)."""
    lead_end = _lead_end(analysis)
    leads = [d for d in drafts if d.trigger.start < lead_end and d.coding.event_type in VIOLENT_TYPES
             and _fighter(d.roles.actor1) and d.place is not None and d.place.place is not None]
    for draft in drafts:
        hand = draft.roles.actor1
        if draft.trigger.start < lead_end or draft.coding.event_type not in VIOLENT_TYPES or hand is None \
                or hand.kind != "generic" or not hand.name.startswith("Unidentified") or draft.place is None \
                or draft.place.place is None:
            continue
        named = {d.roles.actor1.name: d.roles.actor1 for d in leads  # type: ignore[union-attr]
                 if d.place.place.geonameid == draft.place.place.geonameid}  # type: ignore[union-attr]
        if len(named) == 1:
            draft.roles = replace(draft.roles, actor1=next(iter(named.values())))
            draft.rules.append("hand-named-in-lead")


def name_the_hand_just_before(drafts: list[Draft], analysis: Analysis) -> None:
    """A shelling or an attack told with no hand at all, in the body sentence right after a violent act whose
    named actor is one side ("Northern forces clashed with the Guards near Alpha. Mortar shells then fell on
    Beta, wounding two."), goes on with that act's actor: an agentless sentence continues the subject of the one
    before it, the side the report tells acting (rule `act-just-before`). Not where the act before names two
    different hands, where the fire hits a named side (who fights that side is rule `other-side`'s to weigh), nor
    where the sentence calls the fire unclaimed; an unnamed hand the sentence tells ("gunmen") is no missing hand."""
    text = analysis.report.text
    patterns: list[tuple[int, Roles]] | None = None
    for draft in drafts:
        if draft.roles.actor1 is not None or draft.coding.sub_event_type not in _HAND_BEFORE_TYPES \
                or rule("unclaimed-strike").pattern.search(text, *draft.sentence):  # type: ignore[union-attr]
            continue
        before = _sentence_before(analysis, draft)
        if before is None:
            continue
        patterns = _pattern_acts(analysis) if patterns is None else patterns
        acts = [d.roles for d in drafts if d is not draft and before[0] <= d.trigger.start < before[1]
                and d.coding.event_type in VIOLENT_TYPES]
        # an act told there as a pattern ("X escalated its bombardment of the countryside") tells the hand too
        acts += [roles for start, roles in patterns if before[0] <= start < before[1]]
        hands = {r.actor1.name: r.actor1 for r in acts if _fighter(r.actor1)}  # type: ignore[union-attr]
        if len(hands) == 1 and _side_hit(draft, analysis) is None:  # a side hit is rule other-side's to weigh
            draft.roles = replace(draft.roles, actor1=next(iter(hands.values())))
            draft.rules.append("act-just-before")


def _sentence_before(analysis: Analysis, draft: Draft) -> tuple[int, int] | None:
    """The body sentence right before the draft's in the same story (not the headline: rules `hand-named-in-lead`,
    `other-side`; not across a region label: rule `new-story`)."""
    index = next((i for i, s in enumerate(analysis.sentences) if s[0] <= draft.trigger.start < s[1]), None)
    if not index:
        return None
    before, sentence = analysis.sentences[index - 1], analysis.sentences[index]
    if rule("new-story").search(analysis.report.text[before[1] - 1:sentence[0] + 60]):
        return None  # a region label ("Homs province:") opens another story
    return before if before[0] >= analysis.headline_end else None


def _lead_end(analysis: Analysis) -> int:
    """Where the lead ends: the headline and the first body sentence."""
    body = [s for s in analysis.sentences if s[0] >= analysis.headline_end]
    return body[0][1] if body else analysis.headline_end


def _fighter(mention: ActorMention | None) -> bool:
    return mention is not None and mention.kind not in ("generic", "person") and mention.inter in ARMED_INTER \
        and not mention.name.startswith("Unidentified")


def _fights(drafts: list[Draft], analysis: Analysis) -> list[tuple[ActorMention, ActorMention | None]]:
    """(attacker, side hit) of each violent act the report tells with a named attacker, both ways round for a
    battle; and the attackers its patterns of violence name ("X continues to shell Y")."""
    fights: list[tuple[ActorMention, ActorMention | None]] = []
    for draft in drafts:
        actor1, actor2 = draft.roles.actor1, draft.roles.actor2
        if draft.coding.event_type not in VIOLENT_TYPES or not _fighter(actor1):
            continue
        fights.append((actor1, actor2 if _fighter(actor2) else None))  # type: ignore[arg-type]
        if draft.coding.event_type == "Battles" and _fighter(actor2):
            fights.append((actor2, actor1))  # type: ignore[arg-type]
    for _, roles in _pattern_acts(analysis):
        fights.append((roles.actor1, roles.actor2 if _fighter(roles.actor2) else None))  # type: ignore[arg-type]
    return fights or [(side, None) for side in _lead_sides(analysis)]


def _pattern_acts(analysis: Analysis) -> list[tuple[int, Roles]]:
    """(trigger start, roles) of each act told as a pattern and so dropped ("X continues to shell Y", "X
    escalated its bombardment of Y") whose actor is a named armed side, not one named as a place's holder: no
    event, but it tells who attacks in the report."""
    text = analysis.report.text
    acts: list[tuple[int, Roles]] = []
    for reason, trigger in analysis.dropped:
        if reason not in _PATTERN_REASONS:
            continue
        sentence = next((s for s in analysis.sentences if s[0] <= trigger.start < s[1]), None)
        if sentence is None:
            continue
        roles = assign_roles(text, sentence, (trigger.start, trigger.end), analysis.actors, analysis.parse)
        if _fighter(roles.actor1) and not holds_place(text, roles.actor1):
            acts.append((trigger.start, roles))
    return acts


def _lead_sides(analysis: Analysis) -> list[ActorMention]:
    """The armed sides the headline and lead name, where the report tells no fight of its own with a named
    attacker: not a side named as the holder of a place, nor one named as the source ("the army said")."""
    text = analysis.report.text
    lead_end = _lead_end(analysis)
    return [m for m in analysis.actors if m.start < lead_end and _fighter(m) and not holds_place(text, m)
            and not _AIR_DEFENCE.search(m.name)  # it intercepts; it does not strike
            and not rule("source-side").match(text[m.end:m.end + 60])
            and not rule("according-to-side").search(text[max(0, m.start - 40):m.start])]


def _side_hit(draft: Draft, analysis: Analysis) -> ActorMention | None:
    """The named side the strike hit: its actor2, else the side that holds the places it hit ("shells fell on
    Guards-held villages")."""
    if _fighter(draft.roles.actor2):
        return draft.roles.actor2
    text = analysis.report.text
    start, end = draft.sentence
    return next((m for m in analysis.actors if start <= m.start < end and m.start >= draft.trigger.start
                 and _fighter(m) and holds_place(text, m)), None)


def _same_side(a: ActorMention, b: ActorMention) -> bool:
    return a.name == b.name or a.part_of == b.name or b.part_of == a.name \
        or (a.part_of is not None and a.part_of == b.part_of)


def _other_side(fights: list[tuple[ActorMention, ActorMention | None]],
                hit: ActorMention | None, fought: bool = False) -> ActorMention | None:
    """The one side that fights `hit` in the report (or, with no side hit, the report's one attacker); None
    where there are several or none. `fought`: only a side the report tells fighting `hit` (an air strike on a
    side nobody is told fighting is the classic unclaimed strike)."""
    if hit is not None:
        against = [a for a, b in fights if b is not None and _same_side(b, hit) and not _same_side(a, hit)]
        if not against and not fought:  # nobody is told fighting the side hit: the report's one other attacker
            against = [a for a, _ in fights if not _same_side(a, hit)]
    else:
        against = [a for a, _ in fights]
    names = {a.name for a in against}
    return against[-1] if len(names) == 1 else None
