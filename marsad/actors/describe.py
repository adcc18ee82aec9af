"""Patron and parent descriptors around a group: "Iranian-backed", "pro-Iran", "affiliated with X".

Each descriptor becomes a `backed_by` or `part_of` edge, resolved against the base (IRGC -> its
canonical name; a demonym -> that country's state forces), with the descriptor's span as evidence.
"""

from __future__ import annotations

import re

from marsad.actors.base import ActorBase, When
from marsad.actors.found import Found
from marsad.actors.lexicon import BACKING_AFTER, DEMONYMS, MEMBERSHIP_AFTER, PRO_REGIME_WORDS
from marsad.types import Actor, Evidence

_HYPHENATED = re.compile(
    r"\b(?:(?P<pro>pro)[-\s](?P<pro_word>[A-Za-z][\w.]*)"
    r"|(?P<word>[A-Za-z][\w.]*)-(?P<rel>backed|supported|funded|sponsored|affiliated|affiliate|linked|aligned|allied))\b",
    re.IGNORECASE,
)
_PREFIX_BOUNDARY = re.compile(
    r"[.;:()!?,]|\b(?:with|and|between|against|by|on|in|at|from|to|than|or|targeting|targeted|attacked"
    r"|clashed|fought|battled|killed|killing)\b",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\s*(?:(?:forces|fighters|members|militiamen|militia)\b)?\s*,?\s*(?:(?:which|who|that)\s+)?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:reportedly\s+|mainly\s+)?"
    r"(?P<phrase>"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in (*BACKING_AFTER, *MEMBERSHIP_AFTER))
    + r")\s+(?:the\s+)?",
    re.IGNORECASE,
)
_WORD_AFTER = re.compile(r"^([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})")


class Describer:
    def __init__(self, base: ActorBase, year: When, country: str | None):
        self.base, self.year, self.country = base, year, country

    def resolve(self, word: str) -> Actor | None:
        """A patron written as a word: a demonym or country ("Iranian"), "regime", or an alias ("IRGC")."""
        lower = word.lower().strip(".")
        if lower in DEMONYMS:
            return self.base.state_forces(DEMONYMS[lower], self.year)
        if lower in PRO_REGIME_WORDS:
            return self.base.state_forces(self.country, self.year) if self.country else None
        actor = self.base.find(word, year=self.year, country=self.country)
        return actor if actor is not None and not actor.generic else None

    def apply(self, text: str, item: Found, others: list[Found]) -> None:
        """Add the patrons and parent the text states around `item`."""
        self._before(text, item)
        self._after(text, item, others)

    def _before(self, text: str, item: Found) -> None:
        window_start = max(0, item.start - 60)
        window = text[window_start : item.start]
        boundaries = list(_PREFIX_BOUNDARY.finditer(window))
        if boundaries:
            boundary = boundaries[-1]  # the descriptor belongs to the phrase that ends at the name
            window_start += boundary.end()
            window = text[window_start : item.start]
        for match in _HYPHENATED.finditer(window):
            word = match.group("pro_word") or match.group("word")
            patron = self.resolve(word)
            if patron is None:
                continue
            evidence = Evidence(window_start + match.start(), window_start + match.end(), match.group())
            rel = (match.group("rel") or "backed").lower()
            if rel in ("affiliated", "affiliate", "linked") and patron.kind not in ("state", "external"):
                item.part_of = item.part_of or patron.name
            else:
                item.add_patron(patron.name)
            item.evidence.append(evidence)

    def _after(self, text: str, item: Found, others: list[Found]) -> None:
        tail = text[item.end : item.end + 160]
        match = _AFTER.match(tail)
        if not match:
            return
        at = item.end + match.end()
        phrase = re.sub(r"\s+", " ", match.group("phrase").lower())
        target = next(
            (o for o in others if abs(o.start - at) <= 1 and o.kind == "group" and o is not item), None
        )
        if target is not None:
            name = target.name
            end = target.end
        else:
            word = _WORD_AFTER.match(text[at : at + 60])
            patron = self.resolve(word.group(1)) if word else None
            if patron is None:
                return
            name, end = patron.name, at + word.end()
        item.evidence.append(
            Evidence(item.end + match.start("phrase"), end, text[item.end + match.start("phrase") : end])
        )
        if phrase in MEMBERSHIP_AFTER:
            operation = self.base.by_name(name)
            if operation is not None and _is_operation(operation) and not item.discovered:
                # ACLED codes forces by the military operation they fight under ("JWS operating under
                # OPS" is "Operation Peace Spring"); the group stays as the parent.
                item.part_of = item.name
                item.name, item.inter, item.actor_id = operation.name, operation.inter, operation.id
                item.actor_kind = operation.kind
                return
            item.part_of = item.part_of or name
        else:
            item.add_patron(name)


def _is_operation(actor: Actor) -> bool:
    """A named military operation (ACLED's "Operation Peace Spring"), not a standing force."""
    return actor.kind == "external" and actor.name.startswith("Operation ")
