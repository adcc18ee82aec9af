"""Word tokens with offsets and their matching keys: the unit both aliases and report text are matched in.

Aliases and text go through the same tokenizer and the same shared folding (`marsad.text.fold`), so an
alias and its spelling variants in a report meet. Two kinds of word never meet loosely:

- abbreviations ("IS", "AAS", "JWS", "JaS", "FaR") are letters, not transliterations: they are keyed by
  their exact letters (`=IS`), so "ISIS", "IS", "AAS" and "Asayish" can no longer share a key;
- a name word is keyed by the coarse `fold` (its consonant outline) to find candidates, and a candidate
  is only accepted when every word also looks alike with its vowels back (`similar_words`): "Bakir" and
  "Baggara" share an outline but not a spelling.

Articles ("al", "el", "as"...) are skippable: they never start a match and may be jumped over inside one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio

from marsad.text.fold import ARTICLES as _FOLD_ARTICLES
from marsad.text.fold import compact, fold, vowel_fold

_WORD = re.compile(r"[^\W_]+(?:['’`][^\W_]+)*")
ARTICLES = frozenset(_FOLD_ARTICLES) | {"al", "el"}
EXACT = "="  # prefix of an abbreviation's key: its letters as written

# Per-word likeness once vowels are back (rapidfuzz ratio, 0..100). Variants of one transliteration
# stay above it ("Fatimyon"/"Fatemiyoun" 94, "Ugaydat"/"Akidat" 83, "Asayesh"/"Asayish" 100); words
# that only share a consonant outline fall below ("Baggara"/"Bakir" 73, "Asayish"/"ISIS" 75).
MIN_WORD_SIMILARITY = 80
# Short words carry little evidence: up to this many letters (vowel-folded) they must be spelt alike.
SHORT_WORD = 3


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded, plural-stripped; "" for a token that folds to nothing
    article: bool  # "al", "el"... (skippable)
    lower: str  # the text in lower case: kept, as the recognisers ask it of every word several times

    @property
    def is_upper(self) -> bool:
        return self.text.isupper()

    @property
    def has_upper(self) -> bool:
        return any(c.isupper() for c in self.text)

    @property
    def exact_key(self) -> str | None:
        """The key an abbreviation alias is indexed under, when this text word could be one."""
        return EXACT + self.text if case_rule(self.text) == 2 else None


@lru_cache(maxsize=100_000)
def word_key(word: str) -> str:
    """The loose key of one name word: folded, one trailing plural 's' dropped from longer keys."""
    key = compact(fold(word))
    if len(key) > 3 and key.endswith("s"):
        key = key[:-1]
    return key


@lru_cache(maxsize=100_000)
def spelling(words: str) -> str:
    """A finer form than the key, vowels kept (normalised): to check that a match looks like the alias."""
    return compact(vowel_fold(words))


_POSSESSIVE = re.compile(r"[^\W_]{3,}(['’`]s)$")  # "SDF's", "Hezbollah’s"; not "Ra's"


def tokenize(text: str) -> list[Token]:
    """The words of `text`; a possessive "'s" is left out of its word ("the SDF's fighters": "SDF"), so a
    name meets its alias however the sentence inflects it."""
    tokens = []
    for match in _WORD.finditer(text):
        word, cut, key, article, lower = _word_parts(match.group())
        tokens.append(Token(match.start(), match.end() - cut, word, key, article, lower))
    return tokens


@lru_cache(maxsize=50_000)  # a report's words repeat, and so do the reports' (only the offsets differ)
def _word_parts(word: str) -> tuple[str, int, str, bool, str]:
    """A word as `tokenize` keeps it: without its possessive "'s", how many letters that took off its end, its key,
    whether it is an article, and its lower case."""
    cut = 0
    possessive = _POSSESSIVE.search(word)
    if possessive:
        word, cut = word[: possessive.start(1)], len(possessive.group(1))
    lower = word.lower()
    return word, cut, word_key(word), lower in ARTICLES, lower


def possessive_gap(gap: str) -> bool:
    """True for the gap a possessive leaves between two words of one phrase ("regime's forces")."""
    return re.fullmatch(r"['’`]s\s?", gap) is not None


def index_key(word: str) -> str:
    """The key an alias word is indexed under: exact letters for an abbreviation, else the loose fold."""
    return EXACT + word if case_rule(word) == 2 else word_key(word)


def alias_words(alias: str) -> list[Token]:
    """The words of an alias that count for matching (articles and empty words dropped)."""
    return [t for t in tokenize(alias) if t.key and not t.article]


def alias_key(alias: str) -> tuple[str, ...]:
    """The tuple of index keys an alias is found under (articles dropped, abbreviations exact)."""
    return tuple(index_key(t.text) for t in alias_words(alias))


@lru_cache(maxsize=200_000)
def _word_similar(written: str, alias_word: str) -> bool:
    if case_rule(alias_word) == 2:
        return written == alias_word
    a, b = spelling(written), spelling(alias_word)
    if a == b:
        return True
    if a.endswith("s") and a[:-1] == b or b.endswith("s") and b[:-1] == a:
        return True  # the plural the key drops ("Hamza Brigades")
    if min(len(a), len(b)) <= SHORT_WORD:
        return False
    return ratio(a, b) >= MIN_WORD_SIMILARITY


def similar_words(written: Sequence[str], alias: Sequence[str]) -> bool:
    """True when each written word looks like the alias word at its place (same count of words)."""
    if len(written) != len(alias):
        return False
    return all(_word_similar(w, a) for w, a in zip(written, alias, strict=True))


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
