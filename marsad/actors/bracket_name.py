"""A name explained by the bracket after it is the bracket's actor (rule name-in-bracket).

Reporters gloss a descriptive or ambiguous name with the name readers know: "the Internal Security Forces
(Asayish)", "the Kurdish-led police (Asayish)", "the Military Council (SDF)". Where the two name different actors
of the base, the bracket says which one is meant; the outer name stays in the report's words only. A bracket that
holds more than a name ("the SDF (backed by the coalition)") or a description ("the General Security (police
forces)") glosses nothing, and a person keeps their name.
"""

from __future__ import annotations

import re

from marsad.actors.found import Found

_OPEN = re.compile(r"\s*\(\s*(?:the\s+)?$", re.IGNORECASE)
_CLOSE = re.compile(r"\s*\)")


def _proper(words: str) -> bool:
    """A name, not a description: "(Asayish)", "(the 4th Division)", not "(police forces)"."""
    return words[:1].isupper() or words[:1].isdigit()


def _glossed(text: str, outer: Found, inner: Found) -> bool:
    return inner.start > outer.end and _OPEN.fullmatch(text[outer.end:inner.start]) is not None \
        and _CLOSE.match(text, inner.end) is not None


def named_in_bracket(text: str, mentions: list[Found]) -> list[Found]:
    """The mentions with each name the next bracket glosses as another actor dropped."""
    ordered = sorted(mentions, key=lambda m: m.start)
    glossed = {
        id(outer) for outer, inner in zip(ordered, ordered[1:], strict=False)
        if outer.kind != "person" and inner.kind != "person" and not inner.discovered
        and outer.name != inner.name and _proper(inner.text) and _glossed(text, outer, inner)
    }
    return [m for m in mentions if id(m) not in glossed]
