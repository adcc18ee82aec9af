"""Long alternations of words, written so Python's `re` tries only the branches that can match.

`re` tries the branches of `(?:attacked|bombed|...)` one after the other at every position it starts
from, and with IGNORECASE it cannot skip a branch by its first letter; a thousand trigger terms cost
a thousand tries at the start of every word of a report. Grouped by first letter,
`(?:(?=[a])(?:attacked|...)|(?=[b])(?:bombed|...))`, a position tries one group. The first match is
the same: branches keep their order within a group, and a branch can only match where its letter is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def by_first_letter(branches: Iterable[tuple[str, Iterable[str]]]) -> str:
    """An alternation of (regex fragment, the letters a match of it can begin with), in the given order.

    Each fragment must only match text that begins with one of its letters (case folded as the pattern
    that holds the alternation); a fragment listed with several letters goes in each of their groups."""
    groups: dict[str, list[str]] = {}
    for fragment, letters in branches:
        for letter in sorted(set(letters)):
            groups.setdefault(letter, []).append(fragment)
    return "|".join(f"(?=[{re.escape(letter)}])(?:{'|'.join(fragments)})" for letter, fragments in groups.items())


def words_by_first_letter(words: Iterable[str]) -> str:
    """`by_first_letter` for regex fragments that start with a plain letter ('persons?', 'gunm[ae]n', 'an?').
    A fragment that does not (an escape, a class, a group, an optional first letter) is refused with a
    ValueError: its first letter cannot be told, and a guessed one could lose matches."""
    branches = []
    for word in words:
        head, rest = word[:1], word[1:2]
        if head.isalpha() and rest not in {"?", "*", "{"}:
            branches.append((word, head.lower()))
        else:
            raise ValueError(f"cannot tell the first letter of the regex fragment {word!r}")
    return by_first_letter(branches)
