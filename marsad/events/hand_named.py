"""Words that name the hand of an act: a description tied to a named group, and passive agents told without "by".

A report often names who acted only through the words around an unnamed description or a passive verb:

- "gunmen from the Alpha tribe", "armed men belonging to the Guards", "gunmen believed to be Guards members": the
  description stands for the group it is tied to (rule `identified-hand`), as ACLED codes the group; "a gang of the
  Guards", "Guards gunmen" likewise. A group named only as the holder of a place ("gunmen from Guards-held areas")
  ties nothing: they came from there, and stay unidentified.
- "a man was killed at the hands of the Guards", "shot with bullets of the Guards": the side after these words acted,
  as the side after "by" does (rule `agent-phrase`).
"""

from __future__ import annotations

import re

from marsad.events.rules import rule
from marsad.types import ActorMention

# "by X", "..., which was carried out by X", "by gunfire from X": the by-phrase of a passive or of an act's noun
_BY_GAP = re.compile(r"(?:[\s\w'’-]{0,25},\s*(?:(?:which|that)\s+)?)?"
                     r"[\s\w'’-]{0,60}\bby\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?(?:the\s+)?")


def agent_gap(gap: str) -> bool:
    """True when the words between a trigger and a mention after it make the mention the act's agent: a by-phrase,
    or another agent phrase ("at the hands of", "with bullets of": rule `agent-phrase`)."""
    return _BY_GAP.fullmatch(gap) is not None or rule("agent-phrase").fullmatch(gap) is not None


def named_over_generic(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A generic description that the sentence ties to a named group stands for the name: "a gang of the
    Tigers militia"; "Tigers gunmen" (the name on the description, rule `identified-hand`); "unknown
    gunmen believed to be Tigers members", "gunmen from the Tigers tribe" (the same rule). ACLED codes the suspected
    group. A description restated by another ("two families who are tribesmen") stands for the second."""
    def named(m: ActorMention) -> bool:
        return any(o.kind not in ("generic", "person") and (
            (o.start >= m.end and re.fullmatch(r"\s+of\s+[^,.;]{0,40}", text[m.end:o.start]))
            or (m.inter != 7 and o.end <= m.start and re.fullmatch(r"[\s-]{1,2}", text[o.end:m.start]))
            or (m.inter != 7 and o.start >= m.end and _tied(text, m, o)))
            for o in mentions)

    def restated(m: ActorMention) -> bool:  # "two families who are tribal militia members": the second says it
        return any(o.kind == "generic" and o.start >= m.end and re.fullmatch(
            r"\s*,?\s*(?:who|that)\s+(?:are|were|is|was)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?", text[m.end:o.start])
            for o in mentions)
    return [m for m in mentions if not (m.kind == "generic" and (named(m) or restated(m)))]


def _tied(text: str, description: ActorMention, group: ActorMention) -> bool:
    """The words between a description and a group after it tie the two (rule `identified-hand`), and the group is
    not named only as the holder of a place ("gunmen from the Guards-held villages")."""
    return rule("identified-hand").pattern.fullmatch(text[description.end:group.start]) is not None \
        and rule("controller-of-place").match(text[group.end:group.end + 16]) is None  # type: ignore[union-attr]
