"""A named unit told as its force's own stands alone (rule `unit-of-its-force`).

"The regime's 4th Armored Division", "the army's 25th Division", "Hezbollah's Radwan Force": the owner names
the force the unit belongs to, and the unit is the actor ACLED codes ("Military Forces of Syria (2000-2024)
4th Armored Division"). Left as two mentions, the owner would stand first in the sentence and take the side
("clashes between the regime's 4th Armored Division and ..." coded as the army). The owner's mention is
dropped where the unit the base files under it follows with a possessive between them, and the unit is an
actor of the report's country: a foreign wing told in another country ("the PKK's youth wing" in a Syrian report)
is coded there as the organisation that owns it, ACLED holding no actor for the wing in that country.

The reverse, a common noun owned by a group ("the Salvation Government's police"), is recognize.py's
`_owned_by_a_name`: there the owner stands and the noun goes.
"""

from __future__ import annotations

import re

from marsad.actors.base import ActorBase
from marsad.actors.found import Found
from marsad.actors.lexicon import GROUP_NOUNS
from marsad.events.rules import rule


def _belongs_to(unit: Found, owner: Found) -> bool:
    """The base files `unit` under `owner`: its parent, or a name that carries the parent's (ACLED's unit names)."""
    if unit.kind != "group" or owner.kind != "group" or unit.name == owner.name:
        return False
    return unit.part_of == owner.name or unit.name.startswith(owner.name + " ")


def _at_home(unit: Found, base: ActorBase, country: str | None) -> bool:
    """The unit is an actor of the report's country (or the report's country is unknown)."""
    if country is None or not unit.actor_id or not base.has(unit.actor_id):
        return True
    home = base.get(unit.actor_id).country
    return home is None or home.casefold() == country.casefold()


def units_stand_alone(text: str, mentions: list[Found], base: ActorBase, country: str | None) -> list[Found]:
    """The mentions (sorted by start) without each owner whose own unit follows it as "owner's unit"."""
    owners: set[int] = set()
    for owner, unit in zip(mentions, mentions[1:], strict=False):
        gap = text[owner.end:unit.start]
        if _belongs_to(unit, owner) and _at_home(unit, base, country) and (
                rule("unit-of-its-force").fullmatch(gap) or (gap == " " and _number_and_nouns(unit.text))):
            owners.add(id(owner))
    return [m for m in mentions if id(m) not in owners]


_ORDINAL = re.compile(r"^(?:\d+(?:st|nd|rd|th)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


def _number_and_nouns(words: str) -> bool:
    tokens = re.findall(r"\w+", words.lower())
    return any(_ORDINAL.match(t) for t in tokens) and all(_ORDINAL.match(t) or t in GROUP_NOUNS for t in tokens)


def numbered_units_of_names(text: str, candidates: list[Found]) -> list[Found]:
    """"The PMF 52nd Brigade", "Peshmerga Brigade 5": a discovered name that is a known force's name and a unit's
    number is that force's unit named by its number only, coded as the force (rule unit-by-number-of-a-force), not a
    new group called "PMF 52nd Brigade"; the force's mention stands for it. A unit the base lists by its own name
    ("Nineveh Plain Forces 30th Brigade") is found as that name before this."""
    known = [c for c in candidates if not c.discovered and c.kind == "group"]
    return [c for c in candidates if not (c.discovered and any(
        k.start == c.start and k.end < c.end and _number_and_nouns(text[k.end:c.end]) for k in known))]
