"""The clauses of a sentence, for telling two acts apart: background clauses ("amid ...", ", after ..."),
clause marks and new subjects, the fighting a development is told beside, and whether a weaker kind's cues
stand in a clause, or at a place, of their own (rules background-clause, own-clause, new-subject-clause,
development-beside, named-development, own-subject; docs/events.md)."""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events.drafts import DEVELOPMENT_KINDS, DISTINCT_ACT_KINDS, WEAPON_KINDS, Analysis, Draft
from marsad.events.lexicon import CueMatch, Kind
from marsad.events.motion import motion_is_setting
from marsad.events.placing import first_place_after, next_place_after
from marsad.events.rules import rule
from marsad.types import ActorMention

CIVILIANS_INTER = 7  # ACLED's inter code of civilians


def subordinate_spans(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """Clauses that give a background to the main one: "Amid X, ..." up to its comma; ", after X" to the end."""
    start, end = sentence
    spans = []
    for mark in rule("background-clause").pattern.finditer(text, start, end):
        before = text[start:mark.start()]
        if not before.strip():
            comma = text.find(",", mark.end(), end)
            spans.append((mark.start(), comma if comma != -1 else end))
        elif re.search(r"(?:,|\band)\s*$", before):
            spans.append((mark.start(), end))
    return spans


def clause_bounds(analysis: Analysis, sentence: tuple[int, int], subordinate: list[tuple[int, int]]) -> list[int]:
    """Where the sentence's clauses begin and end: a clause mark ("followed by", "when", "while", ";"; rule
    own-clause), a joint followed by a subject of its own (", and the army sent ..."; rule new-subject-clause)
    and the edges of its background clauses."""
    text = analysis.report.text
    marks = [m.start() for m in rule("own-clause").pattern.finditer(text, *sentence)]
    marks += [m.start() for m in rule("new-subject-clause").pattern.finditer(text, *sentence)
              if any(m.end() <= a.start and _SUBJECT_GAP.fullmatch(text[m.end():a.start]) for a in analysis.actors)]
    return sorted(set(marks) | {edge for span in subordinate for edge in span})


def development_bounds(analysis: Analysis, sentence: tuple[int, int], bounds: list[int],
                       cues: list[CueMatch] = ()) -> list[int]:
    """For a development (a move of forces, a seizure, a base), also where the fighting it is told beside begins:
    "sent reinforcements to the town amid clashes", "imposed a curfew following clashes" (rule
    development-beside), and the "and" that joins a second verb to a move of forces named as such ("mobilised its
    fighters and attacked the village": rule coordinated-development); in a coder's note or a brief, nothing (one
    event)."""
    if analysis.brief:
        return bounds
    text = analysis.report.text
    marks = [m.start() for m in rule("development-beside").pattern.finditer(text, *sentence)]
    if any(rule("coordinated-development").match(c.text) for c in cues):
        marks += [m.start() for m in _JOINED_VERB.finditer(text, *sentence)]
    return sorted(set(bounds) | set(marks))


# "... and attacked", ", and then shelled": a second verb in the past joined to the first predicate
_JOINED_VERB = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=[a-z]+ed\b|opened\b|shot\b|struck\b|stormed\b)")


# what may stand between a joint and the actor that opens its clause: an article or a possessive, no verb
# (", and detained a local official": the official is the object, not a new subject)
_SUBJECT_GAP = re.compile(r"(?:(?:the|its|their|his|her)\s+)?", re.IGNORECASE)


# the auxiliary of a passive just before the verb ("were killed", "was badly wounded", "have been shot")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def in_own_clause(analysis: Analysis, kind: Kind, by_kind: dict[str, list[CueMatch]], kinds: list[Kind],
                bounds: list[int], sentence: tuple[int, int]) -> bool:
    """A distinct act ("shelled the town, followed by dropping barrel bombs"; "clashes broke out when gunmen threw
    grenades"; "troops deployed after gunmen attacked") is told with its own verb in a clause where no kind that
    would absorb it is told: an event of its own, as the guide codes each act apart (not in a coder's note,
    which codes one). What serves another act in its clause (the strike's missiles, the killing, the patrol
    attacked) is still absorbed. An attack is an act of its own beside a bombing only where its clause names who
    attacked ("gunmen burst in shooting, followed by a car bombing"; not "two were killed when a drone struck")."""
    if not bounds:
        return False

    def clause(cue: CueMatch) -> int:
        return sum(1 for b in bounds if b <= cue.start)

    absorbing_kinds = [k for k in kinds if kind.name in k.absorbs]
    if kind.name == "attack":
        if not all(k.name in WEAPON_KINDS for k in absorbing_kinds):
            return False
        starts = [sentence[0], *bounds]
        # who attacked, not who was hit ("a child was killed when a landmine exploded": civilians are the victims)
        # nor who a passive verb says was hit ("two soldiers were killed when a bomb went off": the soldiers)
        text = analysis.report.text
        if not all(any(starts[clause(m)] <= a.start < m.start and a.inter != CIVILIANS_INTER
                       and not _PASSIVE_BEFORE.search(text[a.end:m.start]) for a in analysis.actors)
                   for m in by_kind["attack"]):
            return False
    elif kind.name not in DISTINCT_ACT_KINDS:
        return False
    elif kind.name == "movement" and motion_is_setting(
            analysis.report.text, by_kind["movement"], [m for k in absorbing_kinds for m in by_kind[k.name]]):
        return False  # a patrol passing, units withdrawing as the jets struck: the act's setting (motion-serves-act)
    absorbing = {clause(m) for k in absorbing_kinds for m in by_kind[k.name]}
    return bool(absorbing) and all(clause(m) not in absorbing for m in by_kind[kind.name])


def alone_in_background(weaker: list[CueMatch], stronger: list[CueMatch], clauses: list[tuple[int, int]]) -> bool:
    """Every cue of the weaker kind is told in a background clause where no stronger cue is told: it stands as an
    event of its own ("after a patrol had stopped a van and detained its driver": the patrol made the
    arrest, no movement of its own)."""
    def alone(cue: CueMatch) -> bool:
        return any(a <= cue.start < b and not any(a <= o.start < b for o in stronger) for a, b in clauses)

    return all(alone(cue) for cue in weaker)


def elsewhere(analysis: Analysis, weaker: list[CueMatch], stronger: list[CueMatch],
               sentence: tuple[int, int]) -> bool:
    """"A drone struck a farm near Rmelan, and artillery shelled Tal Hamis": the weaker kind
    names a place of its own, apart from the stronger kind's places, so it is an event of its own."""
    own = {first_place_after(analysis, c, sentence) for c in weaker} - {None}
    # the stronger kind's place is the first one after its trigger, however far ("drones of the regime
    # attacked positions in Idlib": the drones' place is Idlib, which the attack names too)
    theirs = {next_place_after(analysis, c, sentence) for c in stronger}
    return bool(own - theirs) and all(c.start > max(m.start for m in stronger) for c in weaker)


# the words of fighting a move of forces named as such is told beside: an attack, clashes, a fight
_FIGHTING_WORDS = {"attack", "attack_armed", "clash", "fight"}


def named_development(text: str, kind: Kind, by_kind: dict[str, list[CueMatch]], stronger: list[Kind]) -> bool:
    """"ISIS attacked the post, and the SDF mobilised its fighters in the town", "the SDF deployed reinforcements
    in the town, and clashes erupted with tribal fighters": a move of forces named as such (rule
    coordinated-development's words) beside the words of an attack or of clashes is an act of its own (rule
    named-development), unless it is what the fighting hit ("attacked army reinforcements", "clashes with the
    reinforcements")."""
    if kind.name != "movement" or not all(k.name in _FIGHTING_WORDS for k in stronger):
        return False
    attacks = [m for k in stronger for m in by_kind[k.name]]
    return any(rule("coordinated-development").match(cue.text) and not any(
        0 <= cue.start - a.end <= 40 and len(text[a.end:cue.start].split()) <= 4 for a in attacks)
        for cue in by_kind[kind.name])


# the acts a sentence tells anew beside an act it only names again: a move of forces, a seizure, a base, a
# handover, an agreement, an arrest or an abduction (not a strike or a shelling, which tell the fighting itself)
OCCASIONED_KINDS = DEVELOPMENT_KINDS | {"weapons", "agreement", "arrest", "abduct"}


def occasion_named(text: str, kind: Kind, stronger: list[CueMatch]) -> bool:
    """"The army sent reinforcements to the town to contain the clashes", "police arrested two men after the
    attack": where every word of the stronger kind names an act with the definite article (rule told-before), the
    sentence names it as the occasion of its own act, a move of forces or an arrest, which it does not absorb
    (rule occasion-named); the act named joins the one told before."""
    return kind.name in OCCASIONED_KINDS and bool(stronger) and all(
        rule("told-before").search(text[max(0, cue.start - 30):cue.start]) for cue in stronger)


_KEPT_BESIDE = {"own-clause", "named-development", "development-beside", "occasion-named"}


def own_subject(analysis: Analysis, drafts: list[Draft]) -> None:
    """"ISIS attacked a checkpoint of the SDF, and the SDF then deployed reinforcements in the town": a development
    kept apart from the act told beside it is done by the actor named right before its verb (its own subject),
    not by the side that acted first in the sentence (rule own-subject)."""
    for draft in drafts:
        if draft.kind not in DEVELOPMENT_KINDS or not _KEPT_BESIDE & set(draft.rules):
            continue
        subject = subject_before(analysis, draft)
        if subject is not None and subject.kind != "generic" and (
                draft.roles.actor1 is None or subject.name != draft.roles.actor1.name):
            draft.roles = replace(draft.roles, actor1=subject)
            draft.rules.append("own-subject")


def another_hand(analysis: Analysis, draft: Draft, drafts: list[Draft]) -> bool:
    """"Russian jets struck the town, and Turkish drones also struck army posts in it": a strike told again at the
    same place by a named hand that is neither side of the first telling is a second strike (rule
    another-striker), as two sides shelling one town on one day are two events; so is a development told again so
    (rule another-actor); in a full report."""
    subject = subject_before(analysis, draft)
    actor = subject if subject is not None and subject.kind != "generic" else draft.roles.actor1
    if analysis.brief or draft.kind not in DISTINCT_ACT_KINDS or actor is None or actor.kind == "generic" \
            or "told-before" in draft.rules or in_support(analysis, draft):
        return False
    sides = {m.name for d in drafts for m in (d.roles.actor1, d.roles.actor2) if m is not None}
    if actor.name in sides:
        return False
    # "the SDF withdrew from the town, and regime forces deployed in the town": a development by another hand, the
    # one named right before its verb (rule own-subject)
    draft.roles = replace(draft.roles, actor1=actor)
    draft.rules.append("another-striker" if draft.kind in WEAPON_KINDS else "another-actor")
    return True


def another_actor(analysis: Analysis, found: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """The development drafted again in its sentence with no place of its own, kept as a second act when a named
    actor that is neither side of the drafts before does it (rule another-actor), unless it comes to support their
    act (rule arrives-in-support)."""
    actor = found[0].roles.actor1 if found else None
    sides = {m.name for d in drafts for m in (d.roles.actor1, d.roles.actor2) if m is not None}
    if actor is None or actor.kind == "generic" or actor.name in sides or in_support(analysis, found[0]):
        return []
    found[0].rules.append("another-actor")
    return found


def in_support(analysis: Analysis, draft: Draft) -> bool:
    """"The police imposed a curfew in the town, and army units arrived to support the search": a development told
    as coming to support the act before it is that act done jointly, not a second act by another actor (rule
    arrives-in-support)."""
    return rule("arrives-in-support").match(analysis.report.text[draft.trigger.end:draft.sentence[1]]) is not None


def subject_before(analysis: Analysis, draft: Draft) -> ActorMention | None:
    """The actor named right before the draft's verb in its sentence ("..., and the SDF then deployed"; rule
    own-subject), or None."""
    text = analysis.report.text
    return next((a for a in sorted(analysis.actors, key=lambda a: -a.end)
                 if draft.sentence[0] <= a.start and a.end <= draft.trigger.start
                 and rule("own-subject").fullmatch(text[a.end:draft.trigger.start])), None)
