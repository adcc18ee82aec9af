"""Named word lists shared by rules and helpers, read once from marsad/data/events/word_lists.yaml.

A word list that two mechanisms read (who tells a report is its source in events/attribution.py, and no side of
its act in rule teller-not-side) lives in one place, under one name, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.errors import MarsadError
from marsad.events.event_data import event_data_file, read_yaml


@dataclass(frozen=True)
class WordList:
    name: str
    description: str
    words: tuple[str, ...]
    case_sensitive: bool = False
    examples: tuple[str, ...] = ()

    def alternation(self) -> str:
        """The words as one non-capturing group, in the order written (the regex fragments kept)."""
        return "(?:" + "|".join(self.words) + ")"

    def pattern(self) -> re.Pattern[str]:
        """A pattern that matches one whole entry of the list."""
        return re.compile(self.alternation(), 0 if self.case_sensitive else re.IGNORECASE)


def parse_word_lists(data: dict[str, Any]) -> dict[str, WordList]:
    lists: dict[str, WordList] = {}
    for name, item in (data.get("lists") or {}).items():
        where = f"word_lists.yaml: list {name!r}"
        words = item.get("words") if isinstance(item, dict) else None
        if not words or not all(isinstance(w, str) for w in words):  # YAML reads a bare no, yes or on as a bool
            raise MarsadError(f"{where}: needs words, each a string (quote 'no', 'yes', 'on')")
        if not item.get("description"):
            raise MarsadError(f"{where}: missing description")
        found = WordList(str(name), str(item["description"]), tuple(words), bool(item.get("case_sensitive")),
                         tuple(item.get("examples") or ()))
        try:
            found.pattern()
        except re.error as err:
            raise MarsadError(f"{where}: the words do not make a pattern: {err}") from err
        lists[found.name] = found
    return lists


@lru_cache(maxsize=1)
def load_word_lists() -> dict[str, WordList]:
    """The package's named word lists."""
    data = read_yaml(event_data_file("word_lists.yaml"))
    return parse_word_lists(data or {})


def word_list(name: str) -> WordList:
    """The list called `name`; a name the data lacks is a programming error, said plainly."""
    found = load_word_lists().get(name)
    if found is None:
        raise MarsadError(f"word_lists.yaml has no list named {name!r}")
    return found


def alternation(name: str) -> str:
    """The list called `name` as a regex group, for a pattern built in code."""
    return word_list(name).alternation()
