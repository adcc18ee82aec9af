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

_QUANTIFIERS = frozenset("?*{+")


def by_first_letter(branches: Iterable[tuple[str, Iterable[str]]]) -> str:
    """An alternation of (regex fragment, the lower-case letters a match of it can begin with), in the
    given order, for a pattern compiled with IGNORECASE.

    Each fragment must only match text that begins with one of its letters; a fragment listed with
    several letters goes in each of their groups."""
    groups: dict[str, list[str]] = {}
    for fragment, letters in branches:
        for letter in sorted(set(letters)):
            groups.setdefault(letter, []).append(fragment)
    return "|".join(f"(?=[{re.escape(letter)}])(?:{'|'.join(fragments)})" for letter, fragments in groups.items())


def first_letter(fragment: str) -> str | None:
    """The letter every match of a regex fragment starts with ('persons?': p; 'gunm[ae]n': g; 'an?': a),
    lower-cased; None when it cannot be told simply (an escape, a class or a group first, an optional
    first letter, or a '|' outside any group: 'attack|raid')."""
    head = fragment[:1]
    if not head.isalpha() or not head.isascii() or fragment[1:2] in _QUANTIFIERS:
        return None
    depth, escaped, in_class = 0, False, False
    for char in fragment:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return None
    return head.lower()


def words_by_first_letter(words: list[str]) -> str:
    """The alternation of `words` (regex fragments, in order) for an IGNORECASE pattern: grouped by
    first letter when every fragment's first letter can be told, else the plain alternation."""
    letters = [first_letter(word) for word in words]
    if any(letter is None for letter in letters):
        return "|".join(words)
    return by_first_letter((word, letter) for word, letter in zip(words, letters, strict=True) if letter)
