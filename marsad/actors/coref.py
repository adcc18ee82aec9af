"""Within-report coreference: "the militia", "the brigade", "its members" -> the latest compatible group."""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.actors.found import PRIORITY_ANAPHOR, Found
from marsad.actors.lexicon import ANAPHOR_NOUNS, MARKED_ANAPHOR_NOUNS, MILITIA_KINDS

_ANAPHOR = re.compile(
    r"\b(?P<marker>(?:the|this|that|said|these|those)\s+(?:same\s+)?)(?P<noun>"
    + "|".join(sorted(ANAPHOR_NOUNS, key=len, reverse=True)) + r")\b"
    r"(?!\s*[“\"‘]|\s+of\s+(?-i:[“\"‘A-Z])|\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
_ARMED_UNNAMED = frozenset({2, 3, 4})  # rebels, militias, tribes and gunmen no name tells (never civilians)
# between an unnamed armed side and "their": its own verb, perhaps with an adverb ("mobilised", "quickly sent")
_OWN_VERB = re.compile(r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+")
_ITS_MEMBERS = re.compile(
    r"\b(?:its|their)\s+(?:members|fighters|militiamen|elements|gunmen|ranks)\b", re.IGNORECASE
)


def find_anaphors(text: str, mentions: list[Found]) -> list[Found]:
    """Anaphor mentions carrying their antecedent's name; spans already taken by a mention are skipped."""
    groups = sorted((m for m in mentions if m.kind in ("group", "generic")), key=lambda m: m.start)
    found: list[Found] = []
    for match in _ANAPHOR.finditer(text):
        if _taken(match.start(), match.end(), mentions):
            continue
        noun = match.group("noun").lower()
        if noun in MARKED_ANAPHOR_NOUNS and match.group("marker").split()[0].lower() in ("the", "said") \
                and "same" not in match.group("marker").lower():
            continue
        antecedent = _latest(groups, match.start(), lambda g, n=noun: _compatible(g, n))
        if antecedent is not None:
            found.append(_copy(antecedent, text, match.start(), match.end()))
    for match in _ITS_MEMBERS.finditer(text):
        if _taken(match.start(), match.end(), mentions):
            continue
        antecedent = _latest(groups, match.start(), lambda g, at=match.start(): g.kind == "group" or _own_men(
            text, g, at))
        if antecedent is not None:
            found.append(_copy(antecedent, text, match.start(), match.end()))
    return found


def _own_men(text: str, group: Found, pronoun_at: int) -> bool:
    """ "Tribal gunmen mobilised their fighters": an unnamed armed side (a generic description, plural) owns the men
    "their" names right after its own verb; "its" and a pronoun further on refer to a named group."""
    return group.kind == "generic" and group.inter in _ARMED_UNNAMED \
        and text[pronoun_at:pronoun_at + 5].lower() == "their" \
        and _OWN_VERB.fullmatch(text[group.end:pronoun_at]) is not None


def _taken(start: int, end: int, mentions: list[Found]) -> bool:
    return any(m.start < end and start < m.end and m.kind != "person" for m in mentions)


def _latest(groups: list[Found], before: int, accept) -> Found | None:
    candidates = [g for g in groups if g.end <= before and accept(g)]
    return candidates[-1] if candidates else None


def _compatible(group: Found, noun: str) -> bool:
    wanted = ANAPHOR_NOUNS[noun]
    if group.kind == "generic" and not (group.nouns & (wanted or {noun})):
        return False
    if not wanted:
        return group.actor_kind != "state" or noun == "group"
    # a tribe's canonical name says "Tribal Militia", but "the militia" refers to a group the report
    # called a militia: only the words of the report count for identity militias
    tribe = group.actor_kind == "identity-militia"
    words = set(re.findall(r"[a-z]+", (group.text if tribe else f"{group.name} {group.text}").lower()))
    if group.nouns & wanted or words & wanted:
        return True
    if noun.startswith("militia"):
        return group.actor_kind in MILITIA_KINDS - {"identity-militia"} or (group.inter == 3 and not tribe)
    return False


def _copy(antecedent: Found, text: str, start: int, end: int) -> Found:
    return replace(
        antecedent,
        start=start,
        end=end,
        text=text[start:end],
        priority=PRIORITY_ANAPHOR,
        anaphor=True,
        backed_by=list(antecedent.backed_by),
        evidence=list(antecedent.evidence),
        nouns=set(antecedent.nouns),
    )
