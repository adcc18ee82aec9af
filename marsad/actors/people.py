"""People linked to a group by a role phrase: "the commander of X", "X's leader", "HTS commander Abu Y".

Initials stay initials: "(A.A.)" becomes the person's name "A.A."; Marsad never expands an identity a
report withheld. Later role phrases for the same role and group are the same person.
"""

from __future__ import annotations

import re

from marsad.actors.found import PRIORITY_ANAPHOR, Found
from marsad.actors.lexicon import ROLES
from marsad.types import Evidence

_ROLE = (
    r"(?:(?:former|deputy|local|military|general|top|senior|prominent|field)\s+)?"
    r"(?P<role>" + "|".join(sorted(ROLES, key=len, reverse=True)) + r")s?"
)
_ROLE_OF = re.compile(r"\b(?:the\s+|a\s+|an\s+)?" + _ROLE + r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_ROLE_AFTER = re.compile(
    r"^(?P<poss>\s*['’]s)?\s+" + _ROLE.replace(")s?", ")") + r"\b(?!['’]s)", re.IGNORECASE
)
# Without a possessive ("ISIS commander"), only roles that are not also verbs ("heads", "chiefs")
_DIRECT_ROLES = frozenset({"commander", "leader", "emir", "amir", "spokesman", "spokesperson", "founder"})
_ITS_ROLE = re.compile(r"\b(?:its|their)\s+" + _ROLE + r"\b", re.IGNORECASE)
_INITIALS = r"\((?:[A-Z]\.\s?){1,4}\)|(?:[A-Z]\.\s?){2,4}"
_PERSON = (
    r"(?:(?:Abu|Abo|Sheikh|Haj|Hajji|Dr\.)\s)?[A-Z][\w’'\-]+"
    r"(?:\s(?:al-|el-|bin\s|ibn\s|abu\s)?[A-Z][\w’'\-]+){0,3}"
)
_INTRODUCED = re.compile(
    r"^\s*,?\s*(?:who\s+is\s+)?(?:(?:known|identified|nicknamed|named|called|dubbed)\s+(?:by\s+(?:his|her)\s+initials\s+)?"
    r"(?:as\s+)?)[“\"]?(?P<name>" + _INITIALS + "|" + _PERSON + r")"
)
_BARE_INITIALS = re.compile(r"^\s*,?\s*(?P<name>" + _INITIALS + r")")
_APPOSITION = re.compile(r"^\s*,\s*(?P<name>" + _PERSON + r")\s*(?:,|\.|$)")
_DIRECT = re.compile(r"^\s+(?P<name>" + _PERSON + r")")
_NAME_BEFORE = re.compile(r"(?P<name>" + _PERSON + r"),\s*$")
_GAP_OK = re.compile(r"^[\w\s\-’'“”\"]{0,40}$")


def find_people(text: str, groups: list[Found]) -> list[Found]:
    groups = [g for g in groups if g.kind != "person"]
    people: list[Found] = []
    for match in _ROLE_OF.finditer(text):
        group = next(
            (
                g
                for g in groups
                if g.start >= match.end()
                and _GAP_OK.match(text[match.end() : g.start])
                and not any(c in text[match.end() : g.start] for c in ".,;")
            ),
            None,
        )
        if group is not None:
            people.append(
                _person(text, match.start(), group.end, match.group("role"), group, before=match.start())
            )
    for group in groups:
        match = _ROLE_AFTER.match(text[group.end : group.end + 40])
        if not match or any(p.start <= group.start < p.end for p in people):
            continue
        direct = not match.group("poss")
        person = _person(
            text,
            group.start,
            group.end + match.end(),
            match.group("role"),
            group,
            before=group.start,
            direct=direct,
        )
        if direct and not person.name and match.group("role").lower() not in _DIRECT_ROLES:
            continue
        people.append(person)
    for match in _ITS_ROLE.finditer(text):
        antecedent = max(
            (g for g in groups if g.end <= match.start() and g.kind == "group"),
            key=lambda g: g.end,
            default=None,
        )
        if antecedent is not None:
            people.append(
                _person(
                    text,
                    match.start(),
                    match.end(),
                    match.group("role"),
                    antecedent,
                    before=match.start(),
                    anaphor=True,
                )
            )
    _share_names(people)
    return people


def _person(
    text: str,
    start: int,
    end: int,
    role: str,
    group: Found,
    *,
    before: int,
    direct: bool = False,
    anaphor: bool = False,
) -> Found:
    tail = text[end : end + 80]
    name = None
    for pattern in (_INTRODUCED, _BARE_INITIALS, _APPOSITION) + ((_DIRECT,) if direct else ()):
        match = pattern.match(tail)
        if match:
            name = match.group("name").strip('“”"() ')
            end += match.end("name")
            break
    if name is None:
        match = _NAME_BEFORE.search(text[max(0, before - 60) : before])
        if match:
            name = match.group("name")
            start = max(0, before - 60) + match.start("name")
    person = Found(
        start=start,
        end=end,
        text=text[start:end],
        name=name or "",
        inter=group.inter,
        kind="person",
        part_of=group.name,
        role=role.lower(),
        backed_by=list(group.backed_by),
        evidence=[Evidence(group.start, group.end, group.text)],
        priority=PRIORITY_ANAPHOR if anaphor else group.priority,
        anaphor=anaphor,
    )
    return person


def _share_names(people: list[Found]) -> None:
    """One role in one group is one person: unnamed mentions take the name given elsewhere."""
    named: dict[tuple[str | None, str | None], str] = {}
    for person in sorted(people, key=lambda p: p.start):
        if person.name:
            named.setdefault((person.role, person.part_of), person.name)
    for person in people:
        if not person.name:
            person.name = (
                named.get((person.role, person.part_of))
                or f"{(person.role or 'member').title()} of {person.part_of}"
            )
    people.sort(key=lambda p: p.start)
