"""Word tokens with offsets and their folded keys: the unit both aliases and report text are matched in.

Aliases and text go through the same tokenizer and the same per-token `fold`, so whatever folding
rules `marsad.text.fold` adopts, an alias and its spelling variants in a report meet. Articles
("al", "el", "as"...) are skippable: they never start a match and may be jumped over inside one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.text import fold as _fold_module

_WORD = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*")
ARTICLES = frozenset(getattr(_fold_module, "ARTICLES", ())) | {"al", "el"}


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded, plural-stripped; "" for a token that folds to nothing
    article: bool  # "al", "el"... (skippable)

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def has_upper(self) -> bool:
        return any(c.isupper() for c in self.text)

    @property
    def lower(self) -> str:
        return self.text.lower()


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """The matching key of one word: folded, one trailing plural 's' dropped from longer keys."""
    key = _fold_module.fold(word).replace(" ", "")
    if len(key) > 3 and key.endswith("s"):
        key = key[:-1]
    return key


@lru_cache(maxsize=100_000)
def spelling(words: str) -> str:
    """A finer form than the key, vowels kept (normalised): to check that a match looks like the alias."""
    finer = getattr(_fold_module, "vowel_fold", None)
    text = finer(words) if finer else words.lower()
    return text.replace(" ", "")


def tokenize(text: str) -> list[Token]:
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        lower = word.lower()
        tokens.append(Token(match.start(), match.end(), word, word_key(word), lower in ARTICLES))
    return tokens


def alias_key(alias: str) -> tuple[str, ...]:
    """The tuple of word keys an alias is indexed under (articles dropped)."""
    return tuple(t.key for t in tokenize(alias) if t.key and not t.article)


def case_rule(word: str) -> int:
    """0: any case; 1: the text word needs a capital; 2: an abbreviation ("SDF", "FaR"), written exactly.

    Abbreviations are letters, not transliterations: folding would let "FaR" meet "For" and "IS" meet "as".
    An all-caps abbreviation only meets all-caps text ("IS", not "is").
    """
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if letters and len(letters) <= 4 and (capitals >= 2 or (capitals == len(letters))):
        return 2
    return 1 if capitals else 0


def case_ok(rule: int, token: Token, alias_word: str = "") -> bool:
    if rule == 2:
        return token.text == alias_word
    if rule == 1:
        return token.has_upper
    return True
