"""A faster run of the model's attribute ruler, with exactly the matches spaCy's Matcher finds.

The attribute ruler of en_core_web_sm (tag → coarse POS, morphology and lemma exceptions: 179 rules)
runs on every sentence the events stage parses, and its generic Matcher cost more than the tagger and
parser together (≈ 27 µs a token: each token is tested against every rule's first token). Its rules
are all fixed-length token patterns with equality, IN, NOT_IN and REGEX tests, so here each rule is
indexed by one attribute value of its first token (its LOWER, else TAG, DEP or flag), and a token is
tested only against the rules its own values select; the attributes are then set as the ruler sets
them, in the same order, without a Span per match. A rule this module does not understand (an
operator, another predicate) leaves the ruler on spaCy's Matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.attrs import IDS
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The first-token attributes a rule is indexed by, most selective first.
ANCHOR_ATTRS = ("LOWER", "ORTH", "TAG", "DEP", "POS", "IS_SPACE", "IS_PUNCT")
# The attributes a rule may test (read for every token with Doc.to_array, one call a sentence).
SUPPORTED_ATTRS = frozenset(ANCHOR_ATTRS) | {"NORM", "LEMMA", "SHAPE", "IS_ALPHA", "IS_DIGIT"}
Test = Callable[[int, "_Tokens"], bool]
ROW_MEMO_SIZE = 50_000  # tokens' attribute values remembered with the rules they select (FastRuleMatcher)


class UnsupportedRule(Exception):
    """A rule uses a Matcher feature this module does not reproduce (internal: means 'fall back')."""


@dataclass(frozen=True)
class _Rule:
    attr_id: int  # the ruler's rule number: its matches sort by it, later rules win
    match_id: int  # the Matcher key (hash of str(attr_id)) the ruler reports
    length: int  # tokens in the pattern
    tests: tuple[tuple[int, int, Test], ...]  # (token offset, column, test) for every test of the pattern


class _Tokens:
    """A sentence's attribute values: one row per token, one column per attribute (hash or flag)."""

    def __init__(self, doc: Doc, attr_ids: list[int], strings) -> None:
        self.rows: list[list[int]] = doc.to_array(attr_ids).tolist() if len(doc) else []
        if len(attr_ids) == 1 and self.rows and not isinstance(self.rows[0], list):
            self.rows = [[value] for value in self.rows]
        self.strings = strings


def _value_hash(strings, value) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        return strings.add(value) if value else 0  # the Matcher hashes "" to 0, the "no value" of DEP and TAG
    raise UnsupportedRule(f"value {value!r}")


def _token_test(column: int, value, strings) -> tuple[Test, set[int] | None]:
    """A test of one attribute of a token, and the values that satisfy it when they can be listed."""
    if not isinstance(value, dict):
        wanted = _value_hash(strings, value)
        return (lambda i, t: t.rows[i][column] == wanted), {wanted}
    if len(value) != 1:
        raise UnsupportedRule(f"predicate {value!r}")
    (kind, argument), = value.items()
    if kind == "IN":
        allowed = {_value_hash(strings, v) for v in argument}
        return (lambda i, t: t.rows[i][column] in allowed), allowed
    if kind == "NOT_IN":
        banned = {_value_hash(strings, v) for v in argument}
        return (lambda i, t: t.rows[i][column] not in banned), None
    if kind == "REGEX":
        return _regex_test(column, re.compile(argument)), None
    raise UnsupportedRule(f"predicate {kind}")


def _regex_test(column: int, pattern: re.Pattern[str]) -> Test:
    """A REGEX test, its answer remembered by the attribute's hash (a hash stands for one string: the
    answer never changes; a test of a rule no anchor selects runs at every token)."""
    answers: dict[int, bool] = {}

    def test(i: int, tokens: _Tokens) -> bool:
        value = tokens.rows[i][column]
        answer = answers.get(value)
        if answer is None:
            if len(answers) >= ROW_MEMO_SIZE:
                answers.clear()
            answer = answers[value] = bool(pattern.search(tokens.strings[value]))
        return answer

    return test


class FastRuleMatcher:
    """Finds the matches of an AttributeRuler's rules in a Doc, as `AttributeRuler.match` returns them."""

    def __init__(self, ruler) -> None:
        strings = ruler.vocab.strings
        rules_by_id: dict[int, list[list[dict]]] = {}
        for rule in ruler.patterns:
            attr_id = len(rules_by_id)
            rules_by_id[attr_id] = rule["patterns"]
        if len(rules_by_id) != len(ruler.attrs):
            raise UnsupportedRule("rule count")
        used = sorted({attr for patterns in rules_by_id.values() for pattern in patterns for token in pattern
                       for attr in token})
        if not set(used) <= SUPPORTED_ATTRS:
            raise UnsupportedRule(f"attributes {sorted(set(used) - SUPPORTED_ATTRS)}")
        self.attr_names = used
        self.attr_ids = [IDS[name] for name in used]
        column = {name: i for i, name in enumerate(used)}
        self.strings = strings
        # (column, value) → the rules whose first token has that value, each with the tests left to run
        self.by_anchor: dict[tuple[int, int], list[tuple[_Rule, tuple[tuple[int, int, Test], ...]]]] = {}
        self.unanchored: list[tuple[_Rule, tuple[tuple[int, int, Test], ...]]] = []  # no value selects them
        self._by_row: dict[tuple[int, ...], list[tuple[_Rule, tuple[tuple[int, int, Test], ...]]]] = {}
        for attr_id, patterns in rules_by_id.items():
            match_id = strings.add(str(attr_id))
            for pattern in patterns:
                self._index(self._compile(attr_id, match_id, pattern, column, strings), pattern, column, strings)

    @staticmethod
    def _compile(attr_id: int, match_id: int, pattern: list[dict], column: dict[str, int], strings) -> _Rule:
        if not pattern:
            raise UnsupportedRule("empty pattern")
        tests = []
        for offset, token in enumerate(pattern):
            if "OP" in token:
                raise UnsupportedRule("operator")
            tests.extend((offset, column[attr], _token_test(column[attr], value, strings)[0])
                         for attr, value in sorted(token.items()))
        return _Rule(attr_id, match_id, len(pattern), tuple(tests))

    def _index(self, rule: _Rule, pattern: list[dict], column: dict[str, int], strings) -> None:
        first = pattern[0]
        for attr in ANCHOR_ATTRS:
            if attr in first:
                values = _token_test(column[attr], first[attr], strings)[1]
                if values is not None:
                    # the anchor lookup has passed this test already (most rules: "TAG is NN", nothing else)
                    rest = tuple(t for t in rule.tests if (t[0], t[1]) != (0, column[attr]))
                    for value in values:
                        self.by_anchor.setdefault((column[attr], value), []).append((rule, rest))
                    return
        self.unanchored.append((rule, rule.tests))

    def _candidates(self, row: list[int]) -> list[tuple[_Rule, tuple[tuple[int, int, Test], ...]]]:
        """The rules a token with these attribute values may start: the same for every such token, so
        remembered by its values (a bounded memory: a sentence's words repeat across sentences)."""
        key = tuple(row)
        candidates = self._by_row.get(key)
        if candidates is None:
            candidates = list(self.unanchored)
            for column, value in enumerate(row):
                candidates.extend(self.by_anchor.get((column, value), ()))
            if len(self._by_row) >= ROW_MEMO_SIZE:
                self._by_row.clear()
            self._by_row[key] = candidates
        return candidates

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(rule number, match key, start, end) of every match, sorted as AttributeRuler.match sorts them."""
        tokens = _Tokens(doc, self.attr_ids, self.strings)
        rows = tokens.rows
        n = len(rows)
        found: set[tuple[int, int, int, int]] = set()
        for start, row in enumerate(rows):
            for rule, tests in self._candidates(row):
                end = start + rule.length
                if end <= n and (not tests or all(test(start + offset, tokens) for offset, _, test in tests)):
                    found.add((rule.attr_id, rule.match_id, start, end))
        return sorted(found)


class DirectAnnotator:
    """`AttributeRuler.set_annotations` without a Span per match: the same token gets the same attributes
    in the same order. Built only when every rule's token index lies inside each of its patterns, so
    the ruler's out-of-range error cannot arise."""

    def __init__(self, ruler) -> None:
        for attr_id, rule in enumerate(ruler.patterns):
            index = ruler.indices[attr_id]
            if any(not -len(pattern) <= index < len(pattern) for pattern in rule["patterns"]):
                raise UnsupportedRule(f"token index {index}")
        self.attrs = ruler.attrs
        self.indices = ruler.indices

    def __call__(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        for attr_id, _match_id, start, end in matches:
            index = self.indices[attr_id]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self.attrs[attr_id])


def speed_up_attribute_ruler(ruler) -> bool:
    """Give `ruler` (a spaCy AttributeRuler) the fast `match` and `set_annotations`; False (ruler
    untouched) if a rule needs spaCy's Matcher."""
    try:
        matcher, annotator = FastRuleMatcher(ruler), DirectAnnotator(ruler)
    except UnsupportedRule:
        return False
    ruler.match = matcher
    ruler.set_annotations = annotator
    return True
