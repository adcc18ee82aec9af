"""What the dependency parse says about who acts around a trigger: the subject or "by" agent of the trigger's
verb acts, its passive subject or object is acted upon. roles.py reads the constructions the parse does not
settle from the function words around the actor mentions."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from marsad.types import ActorMention


def syntactic_roles(parsed: tuple[Doc, int] | None, trigger_start: int,
                     mentions: list[ActorMention]) -> dict[int, str]:
    """Map mention index -> 'agent' | 'patient' from the dependency parse around the trigger's verb."""
    if parsed is None or not parsed[0].has_annotation("DEP"):
        return {}
    doc, offset = parsed
    span = doc.char_span(trigger_start - offset, trigger_start - offset + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return {}
    verb = governing_verb(span[0])
    if verb.pos_ not in {"VERB", "AUX"}:
        return {}
    agent_spans: list[tuple[int, int]] = []
    patient_spans: list[tuple[int, int]] = []
    for v in verbs_sharing_arguments(verb):
        for child in v.children:
            sub = (offset + child.left_edge.idx, offset + child.right_edge.idx + len(child.right_edge))
            if child.dep_ in {"nsubj", "agent"}:
                agent_spans.append(sub)
            elif child.dep_ in {"nsubjpass", "dobj"}:
                patient_spans.append(sub)
    roles: dict[int, str] = {}
    for index, mention in enumerate(mentions):
        if any(s <= mention.start < e for s, e in agent_spans):
            roles[index] = "agent"
        elif any(s <= mention.start < e for s, e in patient_spans):
            roles[index] = "patient"
    return roles


def governing_verb(token: Token) -> Token:
    """The verb a trigger word hangs from ("clashes took place": the noun trigger is the subject of a light
    verb; "X targeted Y's positions with machine guns": the weapon hangs from the verb through its
    preposition); the token itself when it is the verb or hangs from none."""
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head is not verb and verb.dep_ in {"compound", "amod", "dobj",
                                                                                       "pobj", "nsubj", "conj",
                                                                                       "prep"}:
        if verb.dep_ == "nsubj":
            return verb.head
        verb = verb.head
    return verb


def verbs_sharing_arguments(verb: Token) -> list[Token]:
    """The verb, verbs coordinated with it, and the verb whose subject a participle takes ("the brigade
    raided the house, arresting the leader"). A coordinated clause with a subject of its own shares nothing:
    in "the army withdrew from the town, and the rebels took it" the army did not take the town."""
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _own_subject(c)]
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _own_subject(verb):
        verbs.append(verb.head)
    head = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and head.dep_ in {"advcl", "xcomp",
                                                                                         "conj"}:
        head = head.head
        if head not in verbs:  # every verb on the way shares the participle's arguments ("attacked ..., killing")
            verbs.append(head)
    return verbs


def _own_subject(verb: Token) -> bool:
    """An active subject named anew (not "they", not a passive: "the army shelled the town and three men were
    killed" still has the army for agent)."""
    return any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in verb.children)
