"""Civilians told before the act that hurt them (rule victim-told-before): "two brothers were killed when gunmen
opened fire on their car", "a shepherd was wounded by a sniper". News often opens with the victims as the subject
of a passive and tells the act after it; the people named there are who was hit, just as "killing two brothers"
names them after the act. ACLED codes an armed group firing on people who are plainly not fighters (family
words, children, women, farmers, a car's passengers: the words of rule victim-phrase) as violence against
civilians; fighters told the same way ("two soldiers were killed when gunmen opened fire") stay a fight."""

from __future__ import annotations

import re

from marsad.events.rules import rule


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
    # the match on the whole text, so that the caller can compare where it stands with other phrases
    return rule("victim-phrase").pattern.match(text, sentence[0] + last.start())

