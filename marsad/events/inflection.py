"""Lemma matching for the trigger lexicon without the language model: a term matches its word forms.

A cue term is a lemma or a phrase of lemmas ("bomb", "car bomb", "open fire"). Each word of it matches its
regular English forms (bomb, bombs, bombed, bombing; carry, carries, carried, carrying; stop, stopped) and
the irregular ones triggers.yaml lists (shoot: shot), as spaCy's Matcher on LEMMA would, but with one
regular expression over the raw text, so the whole report needs no tagging. Function words and words
already inflected ("clashes", "attacked") match as written.
"""

from __future__ import annotations

import re

# Words that take no inflection in a phrase ("took control of", "in the")
FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with into onto over under than and or as its their his her it "
    "this that these those up out off down back away near".split())
_VOWELS = "aeiou"


def word_forms(word: str, irregular: dict[str, tuple[str, ...]] | None = None,
               nouns: bool = False) -> tuple[str, ...]:
    """The word and its regular forms (plural/3rd person, past, -ing) plus its listed irregular forms; with
    `nouns`, the plural only ("deal": deals, not "dealing with"; "mine": mines, not "mining")."""
    forms = [word, *((irregular or {}).get(word, ()))]
    if word in FUNCTION_WORDS or len(word) < 3 or not word.isalpha() or word.endswith(("ed", "ing", "s")):
        return tuple(dict.fromkeys(forms))
    if word.endswith("y") and word[-2] not in _VOWELS:
        forms += [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    elif word.endswith("e"):
        forms += [word + "s", word + "d", word[:-1] + "ing"]
    elif word.endswith(("x", "z", "ch", "sh")):
        forms += [word + "es", word + "ed", word + "ing"]
    else:
        forms += [word + "s", word + "ed", word + "ing"]
        if _doubles(word):
            forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    if nouns:
        forms = forms[:1] + [f for f in forms[1:] if f.endswith("s")]
    return tuple(dict.fromkeys(forms))


def _doubles(word: str) -> bool:
    """A short word ending consonant-vowel-consonant doubles its last letter (stop: stopped; patrol: patrolled)."""
    return (len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
            and word[-3] not in _VOWELS and (len(word) <= 4 or word.endswith("ol")))


def term_pattern(term: str, irregular: dict[str, tuple[str, ...]] | None = None, nouns: bool = False) -> str:
    """A regular-expression fragment matching the term's words in any of their forms, spaces as any run."""
    parts = []
    for word in term.split():
        forms = sorted(word_forms(word, irregular, nouns), key=len, reverse=True)
        parts.append(re.escape(forms[0]) if len(forms) == 1 else "(?:" + "|".join(map(re.escape, forms)) + ")")
    return r"\s+".join(parts)


def lemma_index(terms: dict[str, bool], irregular: dict[str, tuple[str, ...]] | None = None
                ) -> dict[str, set[str]]:
    """form -> the term words it may be a form of; `terms` maps each term to whether it takes noun forms only."""
    index: dict[str, set[str]] = {}
    for term, nouns in terms.items():
        for word in term.split():
            for form in word_forms(word, irregular, nouns):
                index.setdefault(form, set()).add(word)
    return index
