"""Who brought a weapon down and whose weapon it was: the sides of an interception (rule `interceptor-first`).

ACLED codes a drone, missile or rocket brought down before it struck (Disrupted weapons use) with the side that
brought it down as actor1 and the side that launched it as actor2: "air defences of the army shot down a drone
launched by the militia" is the army's act against the militia. The roles read an interception like an attack
repelled (the attacker first, `defended-side`), so they are turned here: the launcher is the side named as the
one that launched or fired the weapon ("launched by X", rule `launched-by-side`) or as its owner ("an X drone",
"X's missile", rule `weapon-of-side`); the interceptor is the side named as the doer of the interception (the
by-agent of a passive, "was shot down by X", else the side named before the verb that launched nothing, else a
state's forces that tell of a passive interception, "two drones were shot down, the army said", as rule
`speaking-forces` reads a kill).
"""

from __future__ import annotations

import re

from marsad.events.roles import Roles
from marsad.events.rules import rule
from marsad.types import ActorMention

_STATE_INTER = {1, 8}  # a state's forces at home and abroad, who tell of their own interceptions
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$", re.IGNORECASE)
# "of", "in", "near", "over" before a side: it names a place or an owner, not the doer of the act
_NOT_DOER = re.compile(r"\b(?:of|in|into|near|over|from|toward|towards|at|on|against|targeting)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def launched(text: str, mention: ActorMention, sentence_start: int) -> bool:
    """The side is named as the one that launched the weapon or as its owner (rules `launched-by-side`,
    `weapon-of-side`)."""
    before = text[max(sentence_start, mention.start - 40):mention.start]
    return (rule("launched-by-side").search(before) is not None
            or _ends_in_weapon(mention.text)
            or rule("weapon-of-side").match(text[mention.end:mention.end + 40]) is not None)


def _ends_in_weapon(words: str) -> bool:
    """ "Northern drone": the mention itself takes in the weapon's noun."""
    parts = words.split()
    return any(rule("weapon-of-side").fullmatch(" " + " ".join(parts[i:])) for i in range(1, len(parts)))


def interception_roles(text: str, sentence: tuple[int, int], trigger: tuple[int, int],
                       mentions: list[ActorMention], roles: Roles) -> Roles | None:
    """The roles of an interception told at `trigger`, the interceptor first; where the sentence names no side that
    brought the weapon down, the launcher read as actor1 becomes actor2; None where the roles stand as read."""
    start, end = sentence
    sides = [m for m in mentions if start <= m.start < end and m.kind != "person"]
    launchers = [m for m in sides if launched(text, m, start)]
    others = [m for m in sides if m not in launchers]
    by_agents = [m for m in others if m.start >= trigger[1] and _BY_AGENT.search(text[max(start, m.start - 30):m.start])
                 and re.fullmatch(r"[^.;]{0,80}", text[trigger[1]:m.start])]
    subjects = [m for m in others if m.end <= trigger[0]
                and not _NOT_DOER.search(text[max(start, m.start - 20):m.start])]
    interceptor = by_agents[0] if by_agents else (subjects[-1] if subjects else None)
    if interceptor is None:  # "two drones were shot down over the base, the army said": the state force telling it
        interceptor = next((m for m in others if m.inter in _STATE_INTER and m.start >= trigger[1]
                            and rule("speaking-forces").match(text[m.end:end])), None)
    launcher = next((m for m in launchers if interceptor is None or m.name != interceptor.name), None)
    if interceptor is None:  # the launcher read as the doer is moved to the side acted upon
        launcher = roles.actor1
        if launcher is None or launcher not in launchers:
            return None
        return Roles(None, launcher, (), roles.assoc1 + roles.assoc2)
    if launcher is None:  # no side named as the launcher: the other side the roles read, if any
        launcher = next((m for m in (roles.actor1, roles.actor2) if m is not None and m.name != interceptor.name),
                        None)
    kept = {interceptor.name, launcher.name if launcher else interceptor.name}
    return Roles(interceptor, launcher, tuple(m for m in roles.assoc1 + roles.assoc2 if m.name not in kept), ())
