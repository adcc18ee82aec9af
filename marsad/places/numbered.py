"""Numbered bases written in lower case: "regiment 46 - Military Base", "the 17th Division base", "brigade 93".

The mention finder reads capitalised runs, and reads "Regiment", "Brigade" and "Division" as the words of a
unit's name, not of a place. But a unit's number with a base word, or the number of a regiment whose base
bears it, names a place Marsad holds (marsad/data/places/features.yaml), however the report capitalises it.
So the names of Marsad's own entries that hold a number are looked for in the text as written, in any case,
with spaces or hyphens between their words; a match no other mention covers is a mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.places.mentions import Span

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=4)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-blind pattern for all the names, longest first; a space in a name meets any run of spaces or
    hyphens ("Regiment 46", "regiment-46")."""
    if not names:
        return None
    parts = [r"[\s-]+".join(re.escape(word) for word in name.split()) for name in sorted(names, key=len, reverse=True)]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def numbered_names(entries: list[tuple[str, str]]) -> tuple[str, ...]:
    """The names (of `(place id, name)` pairs) of Marsad's own entries that hold a number."""
    return tuple(sorted({name for pid, name in entries if pid.startswith("marsad:") and _DIGIT.search(name)}))


def numbered_facilities(text: str, spans: list[Span], names: tuple[str, ...]) -> list[Span]:
    """`spans` with a span added for each numbered base name in the text that no span covers."""
    pattern = _pattern(names)
    if pattern is None or not _DIGIT.search(text):
        return spans
    added = [
        Span(m.start(), m.end(), m.group(), None, None, False, None)
        for m in pattern.finditer(text)
        # a span within the name ("Base" of "Military Base") gives way; one reaching beyond it does not
        if not any(s.start < m.end() and m.start() < s.end and (s.start < m.start() or s.end > m.end()) for s in spans)
    ]
    if not added:
        return spans
    kept = [s for s in spans if not any(a.start <= s.start and s.end <= a.end for a in added)]
    return sorted(kept + added, key=lambda s: s.start)
