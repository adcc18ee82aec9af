"""The named rules of the event coder, read from marsad/data/events/rules.yaml.

A rule is data: a name that drafts cite (`Draft.rules`, then `EventRecord.coded_by`), a stage, a one-line
description, perhaps a pattern built from a word list, and examples that the tests run without the
language model. The code that applies a rule asks the registry for it by name (`rule("tally")`), so a word
list changes in YAML alone and a rule's name is the same in the data, the code and the records.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from marsad.errors import MarsadError
from marsad.events.event_data import event_data_file, read_yaml
from marsad.events.word_lists import word_list
from marsad.text.alternation import words_by_first_letter

STAGES = ("sentence", "cue", "kinds", "place", "merge", "roles", "counts")
APPLIES_TO = ("before", "after", "sentence")
_MARK = re.compile(r"\[([^\]]+)\]")
_FOUND_KEPT = 2_000  # texts whose search a rule remembers (Rule.search)
_UNSEEN = object()


@dataclass(frozen=True)
class Rule:
    name: str
    stage: str
    description: str
    pattern: re.Pattern[str] | None = None
    applies_to: str | None = None
    fires: tuple[str, ...] = ()
    passes: tuple[str, ...] = ()
    threshold: float | None = None  # a probability the rule weighs (weak-cue-veto: the classifier's P(none))
    # The answers already given, by text: the drafts of one sentence ask a rule of the same words again and
    # again (about a third of ~1,500 searches a report repeat one). A match is immutable, so one is shared.
    # (Rule.match keeps its own: the dateline test asks it of each place mention for each draft.)
    _found: dict[str, re.Match[str] | None] = field(default_factory=dict, compare=False, repr=False)
    _matched: dict[str, re.Match[str] | None] = field(default_factory=dict, compare=False, repr=False)

    def search(self, text: str) -> re.Match[str] | None:
        """The rule's pattern in `text` (None for a rule without words)."""
        if self.pattern is None:
            return None
        return _remembered(self._found, self.pattern.search, text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        """The rule's pattern over the whole of `text`."""
        return self.pattern.fullmatch(text) if self.pattern is not None else None

    def match(self, text: str) -> re.Match[str] | None:
        """The rule's pattern at the start of `text`."""
        return _remembered(self._matched, self.pattern.match, text) if self.pattern is not None else None

    def applies_to_example(self, example: str) -> bool:
        """Whether the pattern holds for the part of a [marked] example the rule reads (see rules.yaml)."""
        before, after = split_example(example)
        text = {"before": before, "after": after, "sentence": _MARK.sub(r"\1", example)}[self.applies_to or "sentence"]
        return self.search(text) is not None


def _remembered(answers: dict[str, re.Match[str] | None], ask: Callable[[str], re.Match[str] | None],
                text: str) -> re.Match[str] | None:
    """`ask(text)`, or the answer it gave `text` before (`answers`, kept to _FOUND_KEPT texts)."""
    known = answers.get(text, _UNSEEN)  # one look-up, safe if another thread clears the dict meanwhile
    if known is not _UNSEEN:
        return known  # type: ignore[return-value]
    if len(answers) >= _FOUND_KEPT:  # a bound on memory: a long batch starts afresh now and then
        answers.clear()
    answer = answers[text] = ask(text)
    return answer


def split_example(example: str) -> tuple[str, str]:
    """The text before and after the [marked] word of an example (the whole example, '' when unmarked)."""
    mark = _MARK.search(example)
    if mark is None:
        return example, ""
    return example[:mark.start()], example[mark.end():]


def _pattern(match: dict[str, Any], where: str) -> re.Pattern[str]:
    # `words_from` names a list of word_lists.yaml that other code reads too (one list, one place)
    words = list(word_list(str(match["words_from"])).words) if match.get("words_from") else match.get("words") or []
    if not words or not all(isinstance(w, str) for w in words):  # YAML reads a bare no, yes or on as a bool
        raise MarsadError(f"{where}: match needs words, each a string (quote 'no', 'yes', 'on')")
    ordered = [str(w) for w in sorted(words, key=lambda w: -len(str(w)))]
    # grouped by first letter where case does not count: the same matches, far fewer tries (text/alternation.py)
    alternation = "|".join(ordered) if match.get("case_sensitive") else words_by_first_letter(ordered)
    try:
        flags = (0 if match.get("case_sensitive") else re.IGNORECASE) | (re.MULTILINE if match.get("lines") else 0)
        return re.compile(f"{match.get('prefix', '')}(?:{alternation}){match.get('suffix', '')}", flags)
    except re.error as err:
        raise MarsadError(f"{where}: the words do not make a pattern: {err}") from err


def parse_rules(data: dict[str, Any]) -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for index, item in enumerate(data.get("rules") or []):
        where = f"rules.yaml: rule {index + 1}"
        name, stage = str(item.get("name", "")), item.get("stage")
        if not name or name in rules:
            raise MarsadError(f"{where}: a rule needs a name of its own (got {name!r})")
        if stage not in STAGES or item.get("applies_to", "sentence") not in APPLIES_TO:
            raise MarsadError(f"{where} ({name}): stage must be one of {', '.join(STAGES)}; "
                              f"applies_to one of {', '.join(APPLIES_TO)}")
        if not item.get("description"):
            raise MarsadError(f"{where} ({name}): missing description")
        match = item.get("match")
        rules[name] = Rule(
            name=name, stage=stage, description=str(item["description"]),
            pattern=_pattern(match, f"{where} ({name})") if match else None,
            applies_to=item.get("applies_to"),
            fires=tuple(item.get("fires") or ()), passes=tuple(item.get("passes") or ()),
            threshold=float(item["threshold"]) if item.get("threshold") is not None else None,
        )
    return rules


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Rule]:
    """The package's rules, in the order they run."""
    data = read_yaml(event_data_file("rules.yaml"))
    return parse_rules(data or {})


_loaded: dict[str, Rule] = {}  # load_rules() once read: rule() is asked ~1,700 times a report


def rule(name: str) -> Rule:
    """The rule called `name`; a name the data lacks is a programming error, said plainly."""
    if not _loaded:
        _loaded.update(load_rules())
    found = _loaded.get(name)
    if found is None:
        raise MarsadError(f"rules.yaml has no rule named {name!r}")
    return found
