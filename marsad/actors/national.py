"""A country's forces named by its adjective or its name: "Israeli strike", "Iraqi F-16 warplanes", "Turkey shelled";
a ruler's forces named by his name as an adjective: "Assad artillery" (`forces_by_ruler`).

Reporters name a state's forces by what they do or fly ("Turkish shelling", "Russian warplanes",
"Iranian forces") far more often than by a listed alias, and ACLED codes all of these as the country's
military forces of the period. The words are data (`military_nouns`, `military_modifiers`,
`country_attack_verbs` in the actor lexicon); the actor is `ActorBase.state_forces(country, year)`.
"""

from __future__ import annotations

import re

from marsad.actors.base import ActorBase, When
from marsad.actors.lexicon import (
    CAPITALS,
    COUNTRY_ATTACK_VERBS,
    DEMONYMS,
    FORCES_BY_RULER,
    LOCATIVE_PREPOSITIONS,
    MILITARY_MODIFIERS,
    MILITARY_NOUNS,
    POLICE_NOUNS,
    SUSPICION_WORDS,
)
from marsad.actors.tokens import Token, possessive_gap

# An equipment code between the adjective and the noun: "F-16", "TB2", "Su-24", "MQ-9".
_CODE = re.compile(r"^(?:[A-Z][a-z]?\d*|[A-Z]{2,4}\d*|\d+[A-Za-z]?)$")
_MAX_MODIFIERS = 3


def national_spans(
    text: str, tokens: list[Token], base: ActorBase, year: When, country: str | None,
    unlisted: list[tuple[int, int, str]] | None = None,
) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each "<Demonym> [modifiers] <military noun>" and "<Country> <attack verb>";
    the phrases of states the base lists no forces for go to `unlisted` as (start, end, name)."""
    spans: list[tuple[int, int, str]] = []
    unlisted = [] if unlisted is None else unlisted
    for i, token in enumerate(tokens):
        suspected = _suspected_nation(text, tokens, i)
        if suspected is not None:
            actor = base.state_forces(suspected[1], year)
            if actor is not None:
                spans.append((token.start, tokens[suspected[0]].end, actor.id))
            continue
        nation = _nation(text, token)
        capital = _acting_capital(text, tokens, i, country) if nation is None else None
        if capital is not None:  # "Ankara launched strikes": the government's forces
            actor = base.state_forces(capital, year)
            if actor is not None:
                spans.append((token.start, token.end, actor.id))
            continue
        if nation is None:
            ruler = _ruler_forces(token)
            last = _military_phrase_end(text, tokens, i) if ruler and base.has(ruler) else None
            if ruler is not None and last is not None:
                spans.append((token.start, tokens[last].end, ruler))
            continue
        last = _military_phrase_end(text, tokens, i)
        if last is None and _is_country_name(token, nation) and nation != country:
            last = i if _attack_verb_follows(text, token.end) else None
        shared = _coordinated_nation(text, tokens, i) if last is None else None
        if shared is not None:  # "Russian and Syrian warplanes": Russia's forces too, named by "Russian"
            last, police = i, tokens[shared].lower in POLICE_NOUNS
        elif last is None:
            continue
        else:
            police = tokens[last].lower in POLICE_NOUNS
        actor = base.state_forces(nation, year, police=police)
        if police and actor is not None and not actor.name.startswith("Police"):
            actor = None  # "Egyptian police" where the base holds only Egypt's army: ACLED's police name
        if actor is not None:
            spans.append((token.start, tokens[last].end, actor.id))
        else:  # a state the base lists no forces for ("Lebanese army", "Egyptian police"): ACLED's name, no period
            unlisted.append((token.start, tokens[last].end, f"{'Police' if police else 'Military'} Forces of {nation}"))
    return spans


def _coordinated_nation(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of the noun two demonyms share ("Russian and Syrian warplanes", "Turkish and Iraqi forces"):
    each demonym names its own country's forces, as ACLED codes such joint action (actor1 and an
    associated actor), not one merged side."""
    if i + 2 >= len(tokens) or tokens[i + 1].lower not in ("and", "or", "&"):
        return None
    if re.search(r"[,.;:()]", text[tokens[i].end : tokens[i + 2].start]):
        return None
    if _nation(text, tokens[i + 2]) is None:
        return None
    return _military_phrase_end(text, tokens, i + 2)


def _nation(text: str, token: Token) -> str | None:
    """The country a capitalised demonym or country name stands for, unless it is a descriptor
    ("Turkish-backed", "Turkish-made", "pro-Iranian") or part of a compound."""
    if not token.text[:1].isupper() or token.lower not in DEMONYMS:
        return None
    if text[token.end : token.end + 1] in "-\u2010\u2011" and token.end < len(text):
        return None
    if text[max(0, token.start - 1) : token.start] in ("-", "\u2010", "\u2011"):
        return None
    return DEMONYMS[token.lower]


def _suspected_nation(text: str, tokens: list[Token], i: int) -> tuple[int, str] | None:
    """(index of the demonym, country) when token i is a military noun followed by words of suspicion and a
    demonym: "warplanes believed to be Russian", "drones, likely Turkish"."""
    if tokens[i].lower not in MILITARY_NOUNS:
        return None
    j, suspicious = i + 1, False
    while j < min(len(tokens), i + 6):
        word = tokens[j].lower
        if word in SUSPICION_WORDS:
            suspicious = True
        elif suspicious and word in DEMONYMS and _nation(text, tokens[j]) is not None:  # not "Turkish-made"
            gap = text[tokens[i].end : tokens[j].start]
            return (j, DEMONYMS[word]) if not re.search(r"[.;:()]", gap) and gap.count(",") <= 1 else None
        elif word not in ("to", "be", "the", "of", "as", "being"):
            return None
        j += 1
    return None


def _ruler_forces(token: Token) -> str | None:
    """The actor id of the forces a capitalised ruler's name stands for as an adjective ("Assad's")."""
    if not token.text[:1].isupper():
        return None
    return FORCES_BY_RULER.get(token.lower)


def _military_phrase_end(text: str, tokens: list[Token], i: int) -> int | None:
    """Index of the last military noun of the phrase that opens at token i ("Turkish mortar shells": a noun
    may modify the next one), or None."""
    last = None
    for j in range(i + 1, min(len(tokens), i + 2 + _MAX_MODIFIERS)):
        gap = text[tokens[j - 1].end : tokens[j].start]
        if gap.strip(" -") and not possessive_gap(gap):
            break  # a comma, a quote or a bracket ends the phrase
        word = tokens[j].lower
        if word in POLICE_NOUNS:
            return j  # "Turkish police": the head noun, the phrase ends
        if word == "ministry" and tokens[j - 1].lower not in ("defence", "defense"):
            break  # only the defence ministry speaks for the forces ("the Turkish Foreign Ministry": none)
        if word in MILITARY_NOUNS:
            last = j
            if word not in MILITARY_MODIFIERS:
                break  # "Turkish forces attack": only a noun that may modify goes on ("mortar shells")
        elif not (word in MILITARY_MODIFIERS or _CODE.match(tokens[j].text)):
            break
    return last


def _acting_capital(text: str, tokens: list[Token], i: int, country: str | None) -> str | None:
    """The country of a foreign capital that opens a clause and attacks ("Ankara launched air strikes on the
    mountains", "Tehran also fired missiles"); a capital after a preposition is a place ("talks in Ankara")."""
    token = tokens[i]
    nation = CAPITALS.get(token.lower) if token.text[:1].isupper() else None
    if nation is None or nation == country:
        return None
    if i > 0 and tokens[i - 1].lower in LOCATIVE_PREPOSITIONS | {"of", "by", "for", "with", "between"}:
        return None
    if "by" in re.findall(r"[a-z]+", text[token.end : token.end + 30].lower())[:3]:
        return None  # "Ankara struck by a bomb": the place, not the doer
    return nation if _attack_verb_follows(text, token.end) else None


def _is_country_name(token: Token, nation: str) -> bool:
    return token.lower == nation.lower()


def _attack_verb_follows(text: str, end: int) -> bool:
    """ "Turkey shelled", "Israel also carried out strikes", "Turkey has stepped up its attacks"."""
    words = re.findall(r"[A-Za-z]+", text[end : end + 40].lower())[:4]
    while words and words[0] in ("also", "has", "had", "have", "again", "then", "reportedly", "later"):
        words = words[1:]
    phrase = " ".join(words)
    return any(phrase == verb or phrase.startswith(verb + " ") for verb in COUNTRY_ATTACK_VERBS)
