"""Where a movement of forces came from and went to, as the sentence says: every place named in a
"from ..." list is an origin, every place in a "to / towards / into ..." list a destination.

"reinforcements from Idlib and Hama to Lattakia and Tartous" -> origins Idlib, Hama; destinations
Lattakia, Tartous. A place is an origin only when the text puts it after "from" (itself or as the next
item of that list): no arrow is ever drawn from a place the text does not name as an origin."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.types import Evidence, PlaceMention

# what may stand between the preposition and the first place: an article, a kind of place, one or two
# other words ("from Turkish-held Afrin", "from the city of Idlib")
_LEAD = r"(?:the\s+)?(?:(?:city|town|village|province|countryside|countrysides|governorate|outskirts|area|areas|" \
        r"region|direction)\s+of\s+)?(?:(?!(?:to|towards|toward|into|in|and|from)\b)[\w'’-]+\s+){0,2}"
_FROM = re.compile(rf"\bfrom\s+{_LEAD}$", re.IGNORECASE)
_TO = re.compile(rf"\b(?:to|towards|toward|into|reach(?:ed|ing)?|arriv(?:ed|ing)\s+(?:in|at)|heading\s+to|"
                 rf"deployed\s+in|stationed\s+in)\s+{_LEAD}$", re.IGNORECASE)
# the next item of the same list: "Idlib and Hama", "Idlib, Hama, and Homs", "Idlib / Hama"
_NEXT_ITEM = re.compile(r"^(?:\s*\([^)]{0,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+|/\s*|&\s*)"
                        r"(?:the\s+)?(?:countryside\s+of\s+)?$", re.IGNORECASE)
_WINDOW = 60  # characters looked at before a place for its preposition


@dataclass(frozen=True)
class Movement:
    origins: tuple[PlaceMention, ...] = ()
    destinations: tuple[PlaceMention, ...] = ()

    def evidence(self) -> dict[str, Evidence]:
        """The field evidence of a record: `origins.0`, `origins.1`, ..., `destinations.0`, ..."""
        spans: dict[str, Evidence] = {}
        for name, places in (("origins", self.origins), ("destinations", self.destinations)):
            for number, place in enumerate(places):
                spans[f"{name}.{number}"] = Evidence(place.start, place.end, place.text)
        return spans


def movement_places(text: str, sentence: tuple[int, int], mentions: Sequence[PlaceMention]) -> Movement:
    """The origins and destinations among `mentions` (places of the sentence), in the order of the text."""
    s_start, _s_end = sentence
    origins: list[PlaceMention] = []
    destinations: list[PlaceMention] = []
    role: str | None = None
    previous: PlaceMention | None = None
    for mention in sorted(mentions, key=lambda m: m.start):
        continues = (previous is not None and role is not None
                     and _NEXT_ITEM.match(text[previous.end:mention.start]) is not None)
        if not continues:
            before = text[max(s_start, mention.start - _WINDOW):mention.start]
            role = "origin" if _FROM.search(before) else "destination" if _TO.search(before) else None
        if role == "origin":
            origins.append(mention)
        elif role == "destination":
            destinations.append(mention)
        previous = mention
    return Movement(tuple(origins), tuple(destinations))
