"""Who acts and who is acted upon: actor1, actor2 and associated actors of a trigger.

The dependency parse decides where it can (the subject of the trigger's verb acts; the passive
subject is acted upon; the agent of "by" acts); constructions the parse does not settle ("clashes
between X and Y", "an attack by X on Y", "X clashed with Y") are read from the function words
around the actor mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from marsad.types import ActorMention

_PERSON_VICTIM = re.compile(
    r"\b(?:an?|the|two|three|four|five|several|\d+)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:civilians?|man|men|woman|women|child|children|boy|girl|shepherds?|farmers?|persons?|people|"
    r"residents?|citizens?|youths?|worker|workers|driver|doctor|teacher|family|families|displaced|"
    r"journalist|activist|mukhtar|locals?|employees?|students?|villagers?|individuals?)\b",
    re.IGNORECASE,
)


ARMED_INTER = {1, 2, 3, 4, 8}


@dataclass(frozen=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    assoc1: tuple[ActorMention, ...] = ()
    assoc2: tuple[ActorMention, ...] = ()
    victim_phrase: str | None = None  # "a young man" where actor2 is a person the base does not hold


def _before(text: str, mention: ActorMention, sentence_start: int, words: int = 3) -> str:
    window = text[max(sentence_start, mention.start - 40):mention.start].lower()
    return " ".join(re.findall(r"[\w'-]+", window)[-words:])


def _group_of(mention: ActorMention, mentions: list[ActorMention]) -> ActorMention:
    """A person stands for the group they lead or belong to (ACLED codes the group)."""
    if mention.kind != "person" or not mention.part_of:
        return mention
    for other in mentions:
        if other.kind != "person" and other.name == mention.part_of:
            return other
    return ActorMention(mention.start, mention.end, mention.text, mention.part_of, mention.inter,
                        kind="group", backed_by=mention.backed_by, discovered=mention.discovered)


# parse(sentence span) -> (a parsed Doc of that sentence, the sentence's offset in the report), or None
SentenceParser = Callable[[tuple[int, int]], "tuple[Doc, int] | None"]


def _syntactic_roles(parsed: tuple[Doc, int] | None, trigger_start: int,
                     mentions: list[ActorMention]) -> dict[int, str]:
    """Map mention index -> 'agent' | 'patient' from the dependency parse around the trigger's verb."""
    if parsed is None or not parsed[0].has_annotation("DEP"):
        return {}
    doc, offset = parsed
    span = doc.char_span(trigger_start - offset, trigger_start - offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return {}
    token = span[0]
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb and verb.dep_ in {"compound", "amod", "dobj",
                                                                                       "pobj", "nsubj", "conj"}:
        if verb.dep_ == "nsubj":  # "clashes took place": the noun trigger is the subject of a light verb
            verb = verb.head
            break
        verb = verb.head
    roles: dict[int, str] = {}
    if verb.pos_ not in {"VERB", "AUX"}:
        return roles
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verbs.append(verb.head)
    agent_spans: list[tuple[int, int]] = []
    patient_spans: list[tuple[int, int]] = []
    # "SDF forces raided the house, arresting the leader": a participle takes the subject of its head verb
    head = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and head.dep_ in {"advcl", "xcomp",
                                                                                         "conj"}:
        head = head.head
    if head is not verb:
        verbs.append(head)
    for v in verbs:
        for child in v.children:
            sub = (offset + child.left_edge.idx, offset + child.right_edge.idx + len(child.right_edge))
            if child.dep_ in {"nsubj"}:
                agent_spans.append(sub)
            elif child.dep_ in {"nsubjpass", "dobj"}:
                patient_spans.append(sub)
            elif child.dep_ == "agent":
                agent_spans.append(sub)
    for index, mention in enumerate(mentions):
        if any(s <= mention.start < e for s, e in agent_spans):
            roles[index] = "agent"
        elif any(s <= mention.start < e for s, e in patient_spans):
            roles[index] = "patient"
    return roles


def assign_roles(
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    mentions: list[ActorMention],
    parse: SentenceParser | None = None,
    targets: bool = True,
) -> Roles:
    """actor1/actor2 for the trigger at `trigger` among the actor mentions of its sentence."""
    start, end = sentence
    in_sentence = [m for m in mentions if start <= m.start < end]
    if not in_sentence:
        victim = _PERSON_VICTIM.search(text, trigger[1], end)
        return Roles(None, None, victim_phrase=victim.group(0) if victim else None)
    syntax = _syntactic_roles(parse(sentence) if parse else None, trigger[0], in_sentence)
    agent: ActorMention | None = None
    patient: ActorMention | None = None
    # "a generic description of the named group" ("a gang of the Tigers militia"): the name
    in_sentence = [m for m in in_sentence if not (m.kind == "generic" and any(
        o.kind != "generic" and o.start >= m.end and re.fullmatch(r"\s+of\s+[^,.;]{0,40}", text[m.end:o.start])
        for o in in_sentence))]
    before = [m for m in in_sentence if m.end <= trigger[0]]
    after = [m for m in in_sentence if m.start >= trigger[1]]
    # a passive turns the subject into the one acted upon, unless nobody is acted upon ("the militia,
    # which had been established in Nubl": the militia is still the actor of its own formation)
    passive = targets and bool(re.search(r"\b(?:was|were|been|being|be|is|are|got)\s+(?:\w+ly\s+)?$",
                             text[max(start, trigger[0] - 30):trigger[0]], re.IGNORECASE))

    # "clashes (took place / erupted) between X and Y": the sides follow the trigger closely
    between = re.match(r"[^.;]{0,60}?\b(?:between|among|amongst)\b", text[trigger[1]:end], re.IGNORECASE)
    if between and after and not before:
        pos = trigger[1] + between.end()
        sides = [m for m in after if m.start >= pos]
        if len(sides) >= 2:
            agent, patient = sides[0], sides[1]
        elif len(sides) == 1:
            agent = sides[0]
        # "clashes between X and Y, in a sneak operation by Y": the side that launched it acts
        launcher = re.search(r"\b(?:operation|attack|offensive|assault|infiltration|advance)\s+(?:launched\s+)?by\s+"
                             r"(?:the\s+)?", text[pos:end], re.IGNORECASE)
        if launcher and agent is not None and patient is not None:
            named = next((m for m in sides if m.start >= pos + launcher.end() - 1), None)
            if named is not None and named.name == patient.name:
                agent, patient = patient, agent

    if agent is None:
        # "an attack by X", "was killed by X": the agent of a passive or a noun is named right after it,
        # or after a relative clause ("the attack, which was carried out by X")
        by_agents = [m for m in after if re.search(r"\b(?:by|of)$", _before(text, m, start, 2))
                     and re.fullmatch(r"(?:[\s\w'’-]{0,25},\s*(?:which|that)\s+)?"
                                      r"[\s\w'’-]{0,30}\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:the\s+)?",
                                      text[trigger[1]:m.start])]
        if by_agents:
            agent = by_agents[0]
    if agent is None:
        # "a new Israeli attack", "Turkish shelling": the forces named with the trigger itself carry it out
        holding = [m for m in in_sentence if m.start <= trigger[0] < m.end and m.inter in ARMED_INTER]
        if holding:
            agent = holding[0]
    if agent is None:
        agents = [m for i, m in enumerate(in_sentence) if syntax.get(i) == "agent"]
        if agents:  # the head of the subject comes first: "QSD forces with the support of the Coalition"
            agent = agents[0]
    if agent is None and before and passive:
        patient = before[-1]  # "22 members of Liwa al-Quds were killed": the subject suffered it
    elif agent is None and before:
        agent = before[-1]
        # a mention that only modifies another place or actor ("QSD-affiliated X") does not act
        for candidate in reversed(before):
            if not re.search(r"\b(?:of|in|from|by|with|alongside)$", _before(text, candidate, start, 1)):
                agent = candidate  # "QSD, supported by Coalition helicopters, raided": QSD acts
                break
    if patient is None:
        patients = [m for i, m in enumerate(in_sentence) if syntax.get(i) == "patient" and m is not agent]
        targets = [m for m in after if m is not agent and re.search(
            r"(?:on|against|targeting|targeted|at|with|at|to|of|killing|injuring|hitting|struck|detaining|"
            r"arresting|attacked|attacking|ambushed|kidnapped|abducted|arrested|detained|shot|killed)$",
            _before(text, m, start, 2))]
        if patients:
            patient = patients[0]
        elif targets:
            patient = targets[0]
        else:
            remaining = [m for m in after if m is not agent]
            patient = remaining[0] if remaining else None
    if agent is not None and patient is not None and agent.name == patient.name and agent.kind != "generic":
        patient = None
    if patient is None and agent is not None and targets:
        # "IS repelled a regime forces attack", "bodies of IS fighters found, killed by gunmen": the other
        # armed side named in the sentence is the one acted upon
        others = [m for m in in_sentence if m.name != agent.name and m.kind != "person" and m.inter in ARMED_INTER]
        patient = others[0] if others else None
    if agent is not None and agent.inter == 7 and (patient is None or patient.inter != 7):
        # civilians do not attack: "two civilians were killed in the strikes" names the victims, and in
        # "the militia detained four farmers ... for conscription" the armed subject before them acts
        subject = next((m for m in before if m.start < agent.start and m.inter in ARMED_INTER), None)
        agent, patient = subject, patient or agent
    agent = _group_of(agent, in_sentence) if agent else None
    patient = _group_of(patient, in_sentence) if patient else None
    assoc1 = tuple(
        m for m in in_sentence
        if agent and m is not agent and m is not patient and m.name != agent.name
        and m.kind != "person" and m.end <= trigger[0] and _joined(text, m, agent)
    )
    victim = None
    if patient is None:
        found = _PERSON_VICTIM.search(text, trigger[1], end)
        victim = found.group(0) if found else None
    return Roles(agent, patient, assoc1, (), victim)


def _joined(text: str, a: ActorMention, b: ActorMention) -> bool:
    """True when two mentions are listed together ("X, Y and Z", "X and Y")."""
    first, second = sorted((a, b), key=lambda m: m.start)
    gap = text[first.end:second.start]
    return bool(re.fullmatch(r"[\s,]*(?:and|,|&)?[\s,]*(?:the\s+)?(?:\w+\s+){0,2}?", gap)) and len(gap) < 30
