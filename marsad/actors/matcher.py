"""Alias and phrase matching over folded token n-grams: the longest match wins.

A trie over word keys holds every alias of the base (plus ACLED-derived forms) and every `phrases`
entry of generic actors. Case rules come from how the alias is written: an all-caps alias of up to
four letters ("IS", "SDF") only meets all-caps text; a capitalised word only meets a capitalised one.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.actors.base import ActorBase
from marsad.actors.tokens import Token, case_ok, case_rule, tokenize

_END = ""  # trie key of the entries ending at a node (word keys are never empty)


@dataclass(frozen=True)
class Entry:
    ids: tuple[str, ...]
    rules: tuple[int, ...]  # one case rule per alias word
    phrase: bool  # a generic description rather than a name


@dataclass(frozen=True)
class Hit:
    first: int  # token index
    last: int  # token index, inclusive
    entry: Entry


class AliasMatcher:
    def __init__(self, base: ActorBase):
        self.root: dict = {}
        for actor in base.actors:
            for alias in base.names_of(actor):
                self._add(alias, actor.id, phrase=False)
        for actor_id, phrases in base.phrases.items():
            if base.has(actor_id):
                for phrase in phrases:
                    self._add(phrase.lower(), actor_id, phrase=True)

    def _add(self, alias: str, actor_id: str, *, phrase: bool) -> None:
        words = [t for t in tokenize(alias) if t.key and not t.article]
        if not words:
            return
        node = self.root
        for word in words:
            node = node.setdefault(word.key, {})
        rules = tuple(0 if phrase else case_rule(w.text) for w in words)
        entries: list[Entry] = node.setdefault(_END, [])
        for i, entry in enumerate(entries):
            if entry.rules == rules and entry.phrase == phrase:
                if actor_id not in entry.ids:
                    entries[i] = Entry((*entry.ids, actor_id), rules, phrase)
                return
        entries.append(Entry((actor_id,), rules, phrase))

    def match(self, text: str, tokens: list[Token]) -> list[Hit]:
        """Non-overlapping longest matches, left to right; names beat phrases of the same length."""
        hits: list[Hit] = []
        i = 0
        while i < len(tokens):
            if tokens[i].article or not tokens[i].key:
                i += 1
                continue
            best = self._longest(text, tokens, i)
            if best:
                hits.append(best)
                i = best.last + 1
            else:
                i += 1
        return hits

    def _longest(self, text: str, tokens: list[Token], first: int) -> Hit | None:
        node = self.root
        used: list[Token] = []
        best: Hit | None = None
        j = first
        while j < len(tokens):
            token = tokens[j]
            child = node.get(token.key) if token.key else None
            if child is None:
                if token.article and j > first:
                    j += 1  # "Ahrar al Sham" meets "Ahrar Sham"
                    continue
                break
            if j > first and not adjacent(text, tokens[j - 1], token):
                break
            node = child
            used.append(token)
            for entry in sorted(node.get(_END, ()), key=lambda e: e.phrase):
                if all(case_ok(rule, tok) for rule, tok in zip(entry.rules, used, strict=True)):
                    best = Hit(first, j, entry)
                    break
            j += 1
        return best


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Tokens of one name: nothing but spaces, hyphens or quotes between them (no sentence break)."""
    gap = text[left.end:right.start]
    return len(gap) <= 3 and all(c in _JOINERS for c in gap)


_JOINERS = frozenset(" \t-\u2010\u2011\u2013\"'\u2018\u2019\u201c\u201d")
