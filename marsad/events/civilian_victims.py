"""A civilian named by a group is no side of the violence done to them (rule civilian-role-victim): "gunmen killed
the mukhtar of the village council", "a KDP official was shot dead". The group names who the victim was, not an
armed side that was hit: ACLED codes violence against a civilian, with the group as the victim's associate. A state
force's man ("a police official") stays a side."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.roles import STATE_INTER, Roles
from marsad.events.rules import rule
from marsad.types import ActorMention


def civilian_victim(text: str, roles: Roles, sentence_start: int, violent: bool, fired: list[str]) -> Roles:
    """The roles of a violent act whose target is a civilian named by a group ("the mukhtar of X", "a KDP
    official" killed): no armed side hit, the group the victim's associate (rule civilian-role-victim, noted in
    `fired`); the roles unchanged otherwise, and for any act that harms no one ("met the notables of the tribe")."""
    if not violent or roles.actor2 is None or not civilian_in_group(text, roles.actor2, sentence_start):
        return roles
    fired.append("civilian-role-victim")
    return replace(roles, actor2=None, assoc2=(roles.actor2,), victim_phrase=roles.actor2.text)


def civilian_in_group(text: str, mention: ActorMention, sentence_start: int) -> bool:
    """A victim named by a civilian calling in a group ("a teacher in the X schools", rule civilian-role-victim),
    or as an official of a party or a civil body ("an official of the X Party", "a X official", rules
    party-official-victim and party-official-after); never a state force's man ("a police official")."""
    if mention.inter in STATE_INTER or mention.kind == "person":
        return False
    before = text[max(sentence_start, mention.start - 60):mention.start]
    if rule("civilian-role-victim").search(before):
        return True
    official = rule("party-official-victim").search(before) or rule("party-official-after").search(
        text[mention.end:mention.end + 30])
    return official is not None and rule("civil-body").search(f"{mention.name} {mention.text}") is not None


_VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def civilians_never_act(roles: Roles, event_type: str) -> Roles | None:
    """Civilians are never the hand of political violence (rule `civilians-never-act`): "a young man shot dead his
    cousin" is an unnamed hand's act on a civilian, as ACLED codes it (its actor1 is never Civilians). The roles with
    the civilians as the ones hit and no hand named; None where actor1 is no civilian or the act no violence."""
    actor = roles.actor1
    if actor is None or actor.inter != 7 or event_type not in _VIOLENT_TYPES:
        return None
    return replace(roles, actor1=None, actor2=roles.actor2 or actor, assoc1=())
