"""Civilians told before the act that hurt them (rule victim-told-before): "two brothers were killed when gunmen
opened fire on their car", "a shepherd was wounded by a sniper". News often opens with the victims as the subject
of a passive and tells the act after it; the people named there are who was hit, just as "killing two brothers"
names them after the act. ACLED codes an armed group firing on people who are plainly not fighters (family
words, children, women, farmers, a car's passengers: the words of rule victim-phrase) as violence against
civilians; fighters told the same way ("two soldiers were killed when gunmen opened fire") stay a fight, and so do
fighters named with the civilians ("a soldier and two civilians were killed when militants attacked the
checkpoint": rule fighters-among-victims)."""

from __future__ import annotations

import re

from marsad.events.rules import rule
from marsad.types import ActorMention


def victim_told_before(text: str, sentence: tuple[int, int], trigger: tuple[int, int]) -> re.Match[str] | None:
    """The civilians (rule victim-phrase) named as the subject of a passive verb of harm that is the trigger
    ("two brothers were [killed] by gunmen") or that tells the trigger after it ("two brothers were killed when
    gunmen [opened fire]", rule victim-before-act); None when no such people are named before the trigger."""
    if rule("killed-in-fighting").fullmatch(text[trigger[0]:trigger[1]]):
        return None  # "two men were killed in clashes with X": the casualties of a fight, which stays one
    before = text[sentence[0]:trigger[0]]
    found = list(rule("victim-phrase").pattern.finditer(before))
    if not found:
        return None
    last = found[-1]
    gap = before[last.end():]
    if not (rule("victim-told-before").fullmatch(gap) or rule("victim-before-act").match(gap + " ")):
        return None
    if rule("fighters-among-victims").search(before[:last.start()]):
        return None  # "a soldier and two civilians were killed when ...": a fight in which civilians died
    # the match on the whole text, so that the caller can compare where it stands with other phrases
    return rule("victim-phrase").pattern.match(text, sentence[0] + last.start())



_CIVILIANS_INTER = 7
_ARMED_INTER = frozenset({1, 2, 3, 4, 8})
_JOINED = re.compile(r"\s*(?:,|\band\b)\s*(?:[\w-]+\s+){0,2}", re.IGNORECASE)


def side_hurt(text: str, subject: list[ActorMention]) -> ActorMention:
    """The one hurt among the mentions that open a passive ("A soldier and two civilians were killed when militants
    attacked the checkpoint"): the armed side named with the civilians, not the civilians named last; the act is a
    fight in which civilians died, as ACLED codes a clash (rule fighters-among-victims). The last mention
    otherwise."""
    last = subject[-1]
    if last.inter != _CIVILIANS_INTER or len(subject) < 2:
        return last
    joined = subject[-2]
    if joined.inter in _ARMED_INTER and _JOINED.fullmatch(text[joined.end:last.start]):
        return joined
    return last
