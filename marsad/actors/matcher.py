"""Alias and phrase matching over folded token n-grams: the longest match wins.

A trie over word keys holds every alias of the base (plus ACLED-derived forms) and every `phrases`
entry of generic actors. Case rules come from how the alias is written: an all-caps alias of up to
four letters ("IS", "SDF") only meets all-caps text; a capitalised word only meets a capitalised one.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.fuzz import ratio

from marsad.actors.base import ActorBase
from marsad.actors.tokens import Token, case_ok, case_rule, spelling, tokenize

# The folded key is coarse (a consonant skeleton) so that variants meet; a match must also look alike
# once vowels are back ("Shiite" and "Shaitat" share a skeleton, not a spelling).
MIN_SIMILARITY = 80

_END = ""  # trie key of the entries ending at a node (word keys are never empty)


@dataclass(frozen=True)
class Entry:
    rules: tuple[int, ...]  # one case rule per alias word
    words: tuple[str, ...]  # the alias words as written (abbreviations must be met exactly)
    phrase: bool  # a generic description rather than a name
    forms: tuple[
        tuple[str, str], ...
    ] = ()  # (spelling of an alias, or a phrase's lower-case words; actor id)

    def accepted_ids(self, used: list[Token]) -> tuple[str, ...]:
        """Actor ids whose alias this text is, the closest spelling first; () when none."""
        if not all(
            case_ok(rule, tok, word) for rule, tok, word in zip(self.rules, used, self.words, strict=True)
        ):
            return ()
        if self.phrase:  # English descriptions: the words themselves, no transliteration variants
            written = _phrase_form([t.lower for t in used])
            return _unique(actor_id for form, actor_id in self.forms if form == written)
        if any(rule == 2 for rule in self.rules):
            return _unique(actor_id for _, actor_id in self.forms)
        text_form = spelling(" ".join(t.text for t in used))
        scored = sorted(
            ((ratio(text_form, form), i, actor_id) for i, (form, actor_id) in enumerate(self.forms)),
            key=lambda s: (-s[0], s[1]),
        )
        return _unique(actor_id for score, _, actor_id in scored if score >= MIN_SIMILARITY)


def _phrase_form(words: list[str]) -> str:
    """Phrase words as written; the last word of a longer phrase without its plural ("opposition rebel(s)").

    One-word phrases stay exact: "locals" must not meet the adjective "local".
    """
    if len(words) > 1 and len(words[-1]) > 3 and words[-1].endswith("s"):
        words = [*words[:-1], words[-1][:-1]]
    return " ".join(words)


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
        # Only the first word's capital is required ("Syrian Democratic forces"); abbreviations always count.
        rules = tuple(0 if phrase else _relaxed(case_rule(w.text), i) for i, w in enumerate(words))
        written = tuple(w.text if rule == 2 else "" for w, rule in zip(words, rules, strict=True))
        form = _phrase_form([w.lower for w in words]) if phrase else spelling(" ".join(w.text for w in words))
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
                ids = entry.accepted_ids(used)
                if ids:
                    best = Hit(first, j, ids, entry.phrase)
                    break
            j += 1
        return best


def _relaxed(rule: int, position: int) -> int:
    return 0 if rule == 1 and position > 0 else rule


def adjacent(text: str, left: Token, right: Token) -> bool:
    """Tokens of one name: nothing but spaces, hyphens or quotes between them (no sentence break)."""
    gap = text[left.end : right.start]
    return len(gap) <= 3 and all(c in _JOINERS for c in gap)


_JOINERS = frozenset(" \t-\u2010\u2011\u2013\"'\u2018\u2019\u201c\u201d")
