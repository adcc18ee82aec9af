"""Rule `ayn-mark-agrees`: an apostrophe written inside a name is the Arabic ayn (or hamza), a consonant.

The folds drop every mark ("Baza'a" and "Bazaa" are one key), which is right for finding candidates: most
reports write no marks. But a report that does write one tells which of two villages sharing a key it means:
"Baza'a" is B-Z-ayn (the gazetteer's "Bza‘a", "Biza’a"), not "Batha", whose vowel key reads the same once the
mark is gone. So when (and only when) the mention carries a mark between two letters, its spelling is compared
with each name with those marks kept as a letter ("3", as Arabizi writes ayn): a name that writes the ayn too
stays close, one without it falls back. A mention without marks is compared as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from marsad.places.index import name_vkey

# The marks text/fold.py drops: straight and curly apostrophes, ayn and hamza half rings, modifier letters.
_MARK = "[\u2018\u2019\u201b\u02bf\u02be\u02bb\u02bc\u0060\u00b4'ʻʼʿ]"
_INNER_MARK = re.compile(rf"(?<=[^\W\d_]){_MARK}(?=[^\W\d_])")
AYN_LETTER = "3"


def has_inner_mark(text: str) -> bool:
    """True when an ayn/hamza mark stands between two letters ("Baza'a", "Ma’arrat"), not at a word's edge."""
    return bool(_INNER_MARK.search(text))


@lru_cache(maxsize=100_000)
def marked_vkey(name: str) -> str:
    """The vowel key of a name with its inner marks kept as the ayn letter "3"."""
    return name_vkey(_INNER_MARK.sub(AYN_LETTER, name))


def marked_ratio(mention: str, name: str) -> float | None:
    """The spelling likeness (0..1) of a marked mention and a name, marks kept; None for a mention without one."""
    if not has_inner_mark(mention):
        return None
    return fuzz.ratio(marked_vkey(mention), marked_vkey(name)) / 100
