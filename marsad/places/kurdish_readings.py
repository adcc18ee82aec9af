"""Other readings of a Latin spelling of a Kurdish or Iraqi name (rule `kurdish-readings`).

Kurdish names reach English reports through three alphabets: Latin Kurdish (Hawar), Kurdish written in
Arabic script, and the Arabic an Iraqi official writes. GeoNames transliterates whichever it was given, so
one village is "Cemrîkan" (Hawar, where c is j) and a report writes "Jamrikan"; another is "Dūjān" (from
the Arabic, whose jim stands for the Kurdish ç: Duçan) and a report writes "Duchan". The fold cannot join
these letters (an English c is mostly k, an English ch mostly sh), so the gazetteer tries a name's other
readings besides the one as written, and the ranker compares a candidate's name with the reading that
spells it best:

- `c` (not before h) read as `j`: "Calkah" is Jalkah, "Cindirês" Jindayris (Hawar c);
- `j` read as `c`: "Jamrikan" meets the Hawar "Cemrîkan" GeoNames writes;
- `ch` read as `j`: "Duchan" meets "Dūjān" (Kurdish ç, an Arabic jim).
"""

from __future__ import annotations

import re
from functools import lru_cache

_KURDISH_C = re.compile(r"[cC](?![hH])")
_CH = re.compile(r"[cC][hH]")
_J = re.compile(r"[jJ]")


def _same_case(letter: str, written: str) -> str:
    return letter.upper() if written[:1].isupper() else letter


def c_as_j(mention: str) -> str:
    """Hawar c is j: "Calkah" -> "Jalkah" (the mention itself when it has no such c)."""
    return _KURDISH_C.sub(lambda m: _same_case("j", m.group()), mention)


def j_as_c(mention: str) -> str:
    """The English j of a name GeoNames writes in Hawar: "Jamrikan" -> "Camrikan"."""
    return _J.sub(lambda m: _same_case("c", m.group()), mention)


def ch_as_j(mention: str) -> str:
    """A Kurdish ç (ch) that Arabic writes with jim: "Duchan" -> "Dujan"."""
    return _CH.sub(lambda m: _same_case("j", m.group()), mention)


@lru_cache(maxsize=100_000)
def other_readings(mention: str) -> tuple[str, ...]:
    """The readings a name found by one of them is spelled against (not the mention itself): ch as j and j as c.
    The Hawar c is left out: an English c is mostly k ("Coded as ..." is no Jadida), so a c spelling keeps
    its own likeness, as it did before these readings."""
    return tuple(dict.fromkeys(r for r in (ch_as_j(mention), j_as_c(mention)) if r != mention))
