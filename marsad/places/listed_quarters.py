"""Rule `listed-quarters`: quarters named as a list before one plural part word.

"The shells landed in the X and Y neighbourhoods" names two quarters of the city the report is about, the
same as "the X neighbourhood" names one; only the last name stands before the part word, so without this
the first name reads as a village of the same name anywhere in the country (a namesake in another
governorate, an extra event there). Each name of such a list is read as a quarter: it is placed inside the
town the report names around it (or at that town), like a single "X neighbourhood" (context.part_word).
Only words for a city's quarters count ("neighbourhoods", "quarters"): "the Zakho and Amedi districts" are
districts of a governorate, not parts of one town.
"""

from __future__ import annotations

import re

# A name of one to four words: capitalised, or opened by an Arabic article written in lower case ("al-Hamdaniyah").
_NAME = r"(?:[A-Z][\w'’-]*|(?:al|el|ad|ar|as|an|at|az|ash|ad)-[\w'’-]+)"
_ITEM = rf"(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,3}}"
# After the name: one or more further names, each after a comma or "and", then the plural part word.
_LISTED_QUARTERS = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+){_ITEM})+\s+(?:neighbou?rhoods|quarters)\b")
_REACH = 160  # characters after the name looked at: a list of quarters is short


def listed_quarter(text: str, end: int) -> bool:
    """True when the name ending at `end` opens or goes on a list of names closed by "neighbourhoods" or
    "quarters" ("in Salah and Bani Zaid neighbourhoods", "the Jamiliyah, Furqan and Midan quarters")."""
    return _LISTED_QUARTERS.match(text[end : end + _REACH]) is not None
