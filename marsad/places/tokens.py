"""The tokens the place matcher reads and the word lists it reads them with (lexicon.yaml).

Shared by the mention finder (mentions.py) and the person-name rules (persons.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from marsad.places.precision import lexicon_data

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
_ARABIC_CLITICS = frozenset("وبلف")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    lower: str


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    data = dict(lexicon_data())
    for key in (
        "connectors",
        "feature_words",
        "organisation_words",
        "person_cues",
        "first_names",
        "stopwords",
        "directions",
    ):
        data[key] = frozenset(data[key])
    data["person_titles"] = frozenset({"haj", "hajj", "hajji", "sayyid", "mullah"})
    data["group_prefixes"] = frozenset(data.get("group_prefixes", []))
    data["place_followers"] = frozenset(data.get("place_followers", []))
    data["city_governorates"] = frozenset(data.get("city_governorates", []))
    data["directions_short"] = data["directions"] | {"north", "south", "east", "west", "upper", "lower"}
    data["cues_before_split"] = sorted(
        ((tuple(k.split()), v) for k, v in data["cues_before"].items()), key=lambda item: -len(item[0])
    )
    # the same cues by their last word, in the same order: a cue can only end at the word before the name
    by_last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for cue, relation in data["cues_before_split"]:
        by_last.setdefault(cue[-1], []).append((cue, relation))
    data["cues_before_by_last"] = by_last
    return data


def tokenize(text: str) -> list[Token]:
    """The words of `text` (a copy of the list: the place stage reads a report's tokens twice, for its
    mentions and for whole runs, and tokenizes it once)."""
    return list(_tokens(text))


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[Token, ...]:
    tokens = []
    for m in _TOKEN.finditer(text):
        start, word = m.start(), m.group()
        if len(word) > 4 and word[0] in _ARABIC_CLITICS and word[1:3] == "\u0627\u0644":
            start, word = start + 1, word[1:]  # "والرقة", "بالبوكمال": the clitic is not part of the name
        if len(word) > 3 and word[-2] in "'’ʼ" and word[-1] in "sS":
            word = word[:-2]  # "Syria's", "Ar-Raqqa's": the possessive is not part of the name
        tokens.append(Token(start, start + len(word), word, word.lower()))
    return tuple(tokens)


def is_name_word(token: Token) -> bool:
    first = token.text[0]
    # is_arabic of one letter, compared in place: asked of every word of a report
    return first.isupper() or first.isdigit() or "\u0600" <= first <= "\u06ff"


def adjacent(text: str, left: Token, right: Token) -> bool:
    return right.start - left.end <= 1 and text[left.end : right.start] in ("", "-", " ")


def adjacent_or_space(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return len(gap) <= 3 and gap.strip(" -") == "" and "\n" not in gap  # "Damascus - International Airport"


def cue_before(tokens: list[Token], i: int) -> tuple[str | None, str | None, str | None]:
    lex = lexicon()
    words = [t.lower for t in tokens[max(0, i - 4) : i]]
    for cue, relation in lex["cues_before_by_last"].get(words[-1], ()) if words else ():
        n = len(cue)
        if tuple(words[-n:]) == cue if len(words) >= n else False:
            direction = None
            if relation == "countryside" and len(words) > n and words[-n - 1] in lex["directions"]:
                direction = words[-n - 1]
            return relation, direction, " ".join(cue)
        # "the eastern countryside of X": a direction word between the article and the cue is allowed
    # "in rural X", "in rural eastern X": the countryside of X, as "X countryside" is
    if words and words[-1] == "rural":
        return "countryside", None, "rural"
    if len(words) >= 2 and words[-2] == "rural" and words[-1] in lex["directions"]:
        return "countryside", words[-1], "rural"
    return None, None, None
