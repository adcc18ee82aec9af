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
    alternation = "|".join(f"(?=[{_in_class(letter)}])(?:{'|'.join(fragments)})"
                           for letter, fragments in groups.items())
    if len(groups) < 2:
        return alternation
    # one look at the first letter first: a word that begins with none of the groups' letters fails at once
    # instead of after a try of each group (the same matches: each group's own look is still made)
    return f"(?=[{''.join(_in_class(letter) for letter in groups)}])(?:{alternation})"


def _in_class(letter: str) -> str:
    """A group's key as it stands in a character class."""
    return letter if letter == DIGIT else re.escape(letter)


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


_ZERO_WIDTH = ("(?<!", "(?<=", "(?!", "(?=")
DIGIT = "\\d"  # the key of the fragments that begin with a digit, a class of its own in a group's look


def _class_end(fragment: str, opening: int) -> int | None:
    """The index of the ']' that closes the class opened at `opening` ('[^]a]' and escapes read as `re` reads them)."""
    index = opening + 1
    index += fragment.startswith("^", index)
    index += fragment.startswith("]", index)
    while index < len(fragment):
        if fragment[index] == "\\":
            index += 2
        elif fragment[index] == "]":
            return index
        else:
            index += 1
    return None


def _closing(fragment: str, opening: int) -> int | None:
    """The index of the ')' that closes the group opened at `opening` (escapes and classes skipped)."""
    depth, index = 0, opening
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            index += 1
        elif char == "[":
            end = _class_end(fragment, index)
            if end is None:
                return None
            index = end
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def _branches(fragment: str) -> list[str]:
    """The fragment split at its '|' outside any group or class."""
    parts, start, index = [], 0, 0
    while index < len(fragment):
        char = fragment[index]
        if char == "\\":
            index += 2
            continue
        if char in "([":
            end = _closing(fragment, index) if char == "(" else _class_end(fragment, index)
            if end is None:
                return [fragment]
            index = end + 1
            continue
        if char == "|":
            parts.append(fragment[start:index])
            start = index + 1
        index += 1
    return parts + [fragment[start:]]


def first_letters(fragment: str) -> frozenset[str] | None:
    """The lower-case letters every match of a regex fragment may begin with, read through what `first_letter`
    cannot: branches ('attack|raid': a, r), a first group of branches ('(?:slogans?|chants?) against': s, c), an
    optional first group ('(?:death )?toll': d, t) and look-arounds and word boundaries before the first letter
    ('(?<!was )used', '\\bwhile'). None when it cannot be told simply (an escape, a class or a quantified group
    first, a fragment that may match nothing)."""
    branches = _branches(fragment)
    if len(branches) > 1:
        found = [first_letters(branch) for branch in branches]
        return None if any(f is None for f in found) else frozenset().union(*found)  # type: ignore[arg-type]
    letters: set[str] = set()
    rest = fragment
    while rest:
        if rest.startswith("\\b"):
            rest = rest[2:]
        elif rest.startswith(_ZERO_WIDTH):
            end = _closing(rest, 0)
            if end is None:
                return None
            rest = rest[end + 1:]
        elif rest.startswith("(?:"):
            end = _closing(rest, 0)
            inner = first_letters(rest[3:end]) if end is not None else None
            after = rest[end + 1:end + 3] if end is not None else ""
            if inner is None or after[:1] in ("*", "+", "{") or after in ("??", "?+"):
                return None
            letters |= inner
            if after[:1] != "?":
                return frozenset(letters)
            rest = rest[end + 2:]  # an optional group: the letters of what follows it begin a match too
        elif rest.startswith(DIGIT) and not rest.startswith(("?", "*", "{0"), len(DIGIT)):
            return frozenset(letters | {DIGIT})  # "\\d+ attacks": a digit begins it
        else:
            letter = first_letter(rest)
            return None if letter is None else frozenset(letters | {letter})
    return None


def words_by_first_letter(words: list[str]) -> str:
    """The alternation of `words` (regex fragments, in order) for an IGNORECASE pattern: grouped by
    first letter when every fragment's first letters can be told, else the plain alternation."""
    letters = [first_letters(word) for word in words]
    if any(letter is None for letter in letters):
        return "|".join(words)
    return by_first_letter((word, letter) for word, letter in zip(words, letters, strict=True) if letter)
