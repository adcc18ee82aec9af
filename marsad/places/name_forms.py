"""Other forms of a gazetteer name that reports write: GeoNames spells many Iraqi villages "Qaryat X"
("village of X": "Qaryat ar Rashād"), where a report writes "X village" or "the village of X" and the
cue word stands apart from the name. The importer indexes such a name under "X" too, with the article
the name had ("ar Rashād"). The nouns are data: `village_nouns` in marsad/data/places/lexicon.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml
from anyascii import anyascii

# read here, not through precision.lexicon_data: the importers load this module while build.py loads them
LEXICON = Path(__file__).resolve().parents[1] / "data" / "places" / "lexicon.yaml"

MIN_REST_LETTERS = 4  # "Qaryat Ab" leaves too little to name a village


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return yaml.safe_load(LEXICON.read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def _village_noun() -> re.Pattern[str]:
    nouns = sorted(_lexicon().get("village_nouns", []), key=len, reverse=True)
    if not nouns:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(r"^(?:" + "|".join(re.escape(n) for n in nouns) + r")\s+(?=\S)", re.I)


def without_village_noun(name: str) -> str | None:
    """"Qaryat ar Rashād" -> "ar Rashād"; None when the name opens with no village noun or too little is left."""
    match = _village_noun().match(name)
    if not match:
        return None
    rest = name[match.end():].strip()
    return rest if sum(ch.isalpha() for ch in rest) >= MIN_REST_LETTERS else None


def other_forms(names: list[str]) -> list[str]:
    """The forms of a place's Latin names to index besides them (none when a name already written so exists)."""
    have = {n.casefold() for n in names}
    forms = []
    for name in names:
        rest = without_village_noun(name) if name else None
        if rest and rest.casefold() not in have:
            have.add(rest.casefold())
            forms.append(rest)
    return forms


def subdistrict_seat_names(mention: str) -> list[str]:
    """The names GeoNames may give the seat of a sub-district the report calls "X sub-district": "Nahiyat X",
    "Nahiyah X" (rule `subdistrict-seat-name`; `subdistrict_nouns` in lexicon.yaml)."""
    return [f"{noun} {mention}" for noun in _lexicon().get("subdistrict_nouns", [])]



def without_subdistrict_noun(name: str) -> str:
    """ "Nāḩiyah Ḩamrīn" -> "Ḩamrīn": the name as a report writes it before "sub-district"."""
    first, _, rest = name.partition(" ")
    nouns = {str(n).casefold() for n in _lexicon().get("subdistrict_nouns", [])}
    return rest if rest and anyascii(first).casefold() in nouns else name
