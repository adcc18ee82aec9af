"""A one-word name met only by its look-alike spelling where the report names a place is the place (rule
place-lookalike).

Name words are matched by their consonant outline, so transliterations meet ("Fatimyon"/"Fatemiyoun"). A town's
name can meet a group's the same way: "the town of Al-Sabha" is no "Shabiha". A single word that is no alias as
written, told as a place ("in", "near", "the village of" before it, "village", "town" after it), is the place; the
group's own spelling ("Shabiha attacked the town") or a word told as a group keeps the group.
"""

from __future__ import annotations

import re

from marsad.actors.base import ActorBase
from marsad.actors.found import Found
from marsad.actors.lexicon import LOCATIVE_PREPOSITIONS

_PLACE_NOUNS = r"(?:village|town|city|area|district|neighbou?rhood|camp|countryside|suburb|hamlet|farm|farms)"
_PLACE_AFTER = re.compile(rf"[\s-]+{_PLACE_NOUNS}\b", re.IGNORECASE)
_PLACE_OF = re.compile(rf"\b{_PLACE_NOUNS}\s+of\s+$", re.IGNORECASE)


def _as_written(base: ActorBase, item: Found) -> bool:
    said = re.sub(r"^(?:al|el| al-|el-)\s*", "", item.text.casefold().replace("’", "'"))
    aliases = {a.casefold().replace("’", "'") for a in base.get(item.actor_id or "").aliases}
    return item.text.casefold() in aliases or said in aliases


def place_lookalike(base: ActorBase, text: str, item: Found) -> bool:
    """The one-word look-alike of a group's name stands where the report names a place."""
    if not item.actor_id or not base.has(item.actor_id) or item.kind == "generic" or \
            len(re.findall(r"[^\W\d_]+", re.sub(r"^(?:al|el)[-\s]", "", item.text, flags=re.IGNORECASE))) != 1:
        return False
    if _as_written(base, item):
        return False
    before = re.sub(r"\b(?:al|el)[-\s]$", "", text[max(0, item.start - 24):item.start], flags=re.IGNORECASE)
    words = re.findall(r"[A-Za-z]+", before.lower())
    while words and words[-1] in ("the", "al", "el"):
        words.pop()
    return bool((words and words[-1] in LOCATIVE_PREPOSITIONS) or _PLACE_OF.search(before)
                or _PLACE_AFTER.match(text, item.end))
