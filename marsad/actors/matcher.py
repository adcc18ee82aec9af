"""Alias and phrase matching over folded token n-grams: the longest match wins.

A trie over word keys holds every alias of the base (plus ACLED-derived forms) and every `phrases`
entry of generic actors. Case rules come from how the alias is written: an all-caps alias of up to
four letters ("IS", "SDF") only meets all-caps text; a capitalised word only meets a capitalised one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from marsad.actors.base import ActorBase
from marsad.actors.lexicon import DEMONYMS, FUNCTION_WORDS, IDENTITY_ADJECTIVES
from marsad.actors.tokens import (
    EXACT,
    Token,
    alias_words,
    case_ok,
    case_rule,
    index_key,
    possessive_gap,
    similar_words,
    spelling,
)

_END = ""  # trie key of the entries ending at a node (word keys are never empty)


@dataclass(frozen=True)
class Entry:
    rules: tuple[int, ...]  # one case rule per alias word
    words: tuple[str, ...]  # the alias words as written (abbreviations must be met exactly)
    phrase: bool  # a generic description rather than a name
    # (the alias words as written, or a phrase's lower-case words joined; actor id)
    forms: tuple[tuple[tuple[str, ...] | str, str], ...] = ()

    def accepted_ids(self, used: list[Token]) -> tuple[str, ...]:
        """Actor ids whose alias this text is, the closest spelling first; () when none."""
        if not all(
            case_ok(rule, tok, word) for rule, tok, word in zip(self.rules, used, self.words, strict=True)
        ):
            return ()
        if self.phrase:  # English descriptions: the words themselves, no transliteration variants
            written = _phrase_form([t.lower for t in used])
            return _unique(actor_id for form, actor_id in self.forms if form == written)
        written_words = [t.text for t in used]
        text_form = spelling(" ".join(written_words))
        # Every word must look like the alias word (abbreviations: the same letters); the closest first.
        scored = sorted(
            (
                (ratio(text_form, spelling(" ".join(form))), i, actor_id)
                for i, (form, actor_id) in enumerate(self.forms)
                if similar_words(written_words, form) and _function_words_exact(written_words, form)
            ),
            key=lambda s: (-s[0], s[1]),
        )
        return _unique(actor_id for _, _, actor_id in scored)


def _phrase_form(words: list[str]) -> str:
    """Phrase words as written; the last word of a longer phrase without its plural ("opposition rebel(s)").

    One-word phrases stay exact: "locals" must not meet the adjective "local".
    """
    if len(words) > 1 and len(words[-1]) > 3 and words[-1].endswith("s"):
        words = [*words[:-1], words[-1][:-1]]
    return " ".join(words)


def _function_words_exact(written: list[str], form: tuple[str, ...]) -> bool:
    """An English function word meets an alias word only when spelt the same ("This" is not "Daish")."""
    return all(w.lower() == f.lower() for w, f in zip(written, form, strict=False) if w.lower() in FUNCTION_WORDS)


def _unique(ids) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))


@dataclass(frozen=True)
class Hit:
    first: int  # token index
    last: int  # token index, inclusive
    ids: tuple[str, ...]
    phrase: bool


class AliasMatcher:
    def __init__(self, base: ActorBase):
        self.root: dict = {}
        self.kinds = {actor.id: actor.kind for actor in base.actors}
        for actor in base.actors:
            for alias in base.names_of(actor):
                for form in _numbering_forms(alias):
                    self._add(form, actor.id, phrase=False)
        for actor_id, phrases in base.phrases.items():
            if base.has(actor_id):
                for phrase in phrases:
                    self._add(phrase.lower(), actor_id, phrase=True)

    def _add(self, alias: str, actor_id: str, *, phrase: bool) -> None:
        words = alias_words(alias)
        if not words:
            return
        node = self.root
        for word in words:
            node = node.setdefault(word.key if phrase else index_key(word.text), {})
        # Only the first word's capital is required ("Syrian Democratic forces"); abbreviations always count.
        rules = tuple(0 if phrase else _relaxed(case_rule(w.text), i) for i, w in enumerate(words))
        written = tuple(w.text if rule == 2 else "" for w, rule in zip(words, rules, strict=True))
        form = _phrase_form([w.lower for w in words]) if phrase else tuple(w.text for w in words)
        entries: list[Entry] = node.setdefault(_END, [])
        for i, entry in enumerate(entries):
            if entry.rules == rules and entry.words == written and entry.phrase == phrase:
                if (form, actor_id) not in entry.forms:
                    entries[i] = Entry(rules, written, phrase, (*entry.forms, (form, actor_id)))
                return
        entries.append(Entry(rules, written, phrase, ((form, actor_id),)))

    def match(self, text: str, tokens: list[Token]) -> list[Hit]:
        """Non-overlapping longest matches, left to right; names beat phrases of the same length."""
        hits: list[Hit] = []
        i = 0
        while i < len(tokens):
            if tokens[i].article or not tokens[i].key:
                i += 1
                continue
            best = self._coordinated(text, tokens, i) or self._longest(text, tokens, i)
            if best and best.last > i and not best.phrase:
                best = self._yield_to_a_longer_name(text, tokens, best)
            if best:
                hits.append(best)
                i = best.last + 1
            else:
                i += 1
        return hits

    def _yield_to_a_longer_name(self, text: str, tokens: list[Token], hit: Hit) -> Hit:
        """ "the regime's Military Security": a name joined across a possessive ("regime's Military") that ends inside a
        name reaching further, opening right after the possessive, is cut before it ("regime" and "Military Security",
        not "regime's Military" and a stray "Security"), where what is left before is a name of its own."""
        for j in range(hit.first + 1, hit.last + 1):
            if not possessive_gap(text[tokens[j - 1].end : tokens[j].start]):
                continue
            later = self._longest(text, tokens, j)
            if later is not None and later.last > hit.last and not later.phrase:
                shorter = self._longest(text, tokens, hit.first, limit=j)
                return shorter if shorter is not None and not shorter.phrase else hit
        return hit

    def _coordinated(self, text: str, tokens: list[Token], first: int) -> Hit | None:
        """Two adjectives sharing one noun: "rebel and Islamist factions", "opposition or jihadist groups" is
        the generic actor of the first adjective with the noun ("rebel factions"), over the whole span."""
        if first + 3 >= len(tokens) or tokens[first + 1].lower not in ("and", "or"):
            return None
        second, noun = tokens[first + 2], tokens[first + 3]
        if not (second.text.islower() or second.lower in IDENTITY_ADJECTIVES or second.lower in DEMONYMS):
            return None
        span = tokens[first : first + 4]
        if not all(adjacent(text, a, b) for a, b in zip(span, span[1:], strict=False)):
            return None
        # each adjective must describe, not name: "Rebel and government forces" are two sides
        # ("government forces" is a name)
        if self._longest(text, tokens, first) is not None:
            return None
        own = self._longest(text, tokens, first + 2)
        if own is not None and (not own.phrase or own.last != first + 3):
            return None
        readings = [ids for ids in (self._phrase_ids([tokens[first], noun]), own.ids if own else ()) if ids]
        if not readings:
            return None
        # ACLED names a side of rebels and Islamists by its rebels ("Islamist and rebel factions": rebels)
        rebel = [ids for ids in readings if self.kinds.get(ids[0]) == "rebel"]
        return Hit(first, first + 3, (rebel or readings)[0], True)

    def _phrase_ids(self, used: list[Token]) -> tuple[str, ...]:
        """Ids of the generic phrase these tokens spell, whatever stands between them in the text."""
        nodes = [self.root]
        for token in used:
            nodes = [child for node in nodes for child in _children(node, token)]
        for node in nodes:
            for entry in node.get(_END, ()):
                ids = entry.accepted_ids(used) if entry.phrase else ()
                if ids:
                    return ids
        return ()

    def _longest(self, text: str, tokens: list[Token], first: int, limit: int | None = None) -> Hit | None:
        """The longest accepted entry starting at `first` (and ending before token `limit`); a token may follow its
        exact (abbreviation) key or its loose key, so the walk tries both branches."""
        best: Hit | None = None
        stack: list[tuple[dict, int, tuple[Token, ...]]] = [(self.root, first, ())]
        end = len(tokens) if limit is None else min(limit, len(tokens))
        while stack:
            node, j, used = stack.pop()
            if j >= end:
                continue
            token = tokens[j]
            if j > first and not adjacent(text, tokens[j - 1], token):
                continue
            children = _children(node, token)
            if token.article and j > first:
                stack.append((node, j + 1, used))  # "Ahrar al Sham" meets "Ahrar Sham"
            for child in children:
                now = (*used, token)
                for entry in sorted(child.get(_END, ()), key=lambda e: e.phrase):
                    ids = entry.accepted_ids(list(now))
                    longer = best is None or j > best.last
                    if ids and (longer or (j == best.last and best.phrase and not entry.phrase)):
                        best = Hit(first, j, ids, entry.phrase)
                        break
                stack.append((child, j + 1, now))
        return best


def _children(node: dict, token: Token) -> list[dict]:
    """The trie nodes a token leads to: by its exact (abbreviation) key first, then by its loose key."""
    exact, key = _exact_key(token.text), token.key
    children = [node[exact]] if exact and exact in node else []
    if key and key != exact and key in node:
        children.append(node[key])
    return children


@lru_cache(maxsize=100_000)
def _exact_key(text: str) -> str | None:
    # Token.exact_key, cached: every token of a report is looked up at the trie's root, and words repeat
    return EXACT + text if case_rule(text) == 2 else None


def _relaxed(rule: int, position: int) -> int:
    return 0 if rule == 1 and position > 0 else rule


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Tokens of one name: nothing but spaces, hyphens, quotes or a slash between them (no sentence break):
    "PKK/YPG" is one name in the outlets that join two."""
    gap = text[left.end : right.start]
    return (len(gap) <= 3 and all(c in _JOINERS for c in gap)) or possessive_gap(gap)


_JOINERS = frozenset(" \t-\u2010\u2011\u2013\"'\u2018\u2019\u201c\u201d/")


_ORDINAL_UNIT = re.compile(r"^(\d+)(?:st|nd|rd|th) (Brigade|Division|Regiment|Battalion|Corps|Legion)$")


def _numbering_forms(alias: str) -> list[str]:
    """An alias and, for a unit named by its ordinal ("30th Brigade"), the number after the noun ("Brigade 30"), as
    Iraqi and Kurdish outlets write the PMF's and the army's units."""
    m = _ORDINAL_UNIT.match(alias)
    return [alias, f"{m.group(2)} {m.group(1)}"] if m else [alias]
