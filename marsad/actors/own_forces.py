"""An army no country is named for: "the army", "army units", "troops", "military reinforcements".

A report about one country calls that country's armed forces "the army" without a demonym: Syrian
state media write "army units repelled an attack", Iraqi outlets "an army patrol was hit by an IED", wire
copy "troops entered the town". ACLED codes these as the country's military forces of the period. When
the report has just named another state's forces ("the Turkish army shelled the village; the army also
sent reinforcements"), the bare noun refers back to those forces instead.

The phrases and the words that make the army someone else's ("rebel soldiers", "coalition troops",
"the occupation army") are data in the actor lexicon (`unnamed_army_phrases`, `other_army_modifiers`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.actors.base import ActorBase, When
from marsad.actors.found import Found
from marsad.actors.lexicon import (
    DEMONYMS,
    FOREIGN_ARMY_MODIFIERS,
    OTHER_ARMY_MODIFIERS,
    UNNAMED_ARMY_PHRASES,
    UNNAMED_GOVERNMENT_PHRASES,
    UNNAMED_STATE_ARM_PHRASES,
)
from marsad.actors.tokens import Token, possessive_gap
from marsad.types import Actor

# Capitalised words at a sentence start that leave the army unnamed ("Three soldiers were wounded").
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "these",
        "that",
        "those",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "several",
        "dozens",
        "many",
        "some",
        "one",
    }
)
# Words after the phrase that tie it to a named owner ("soldiers of the SDF", "troops loyal to X").
_OWNER_AFTER = frozenset({"of", "from", "in", "within", "belonging", "affiliated", "loyal", "linked"})
_SENTENCE_BREAK = re.compile(r"[.!?:;\n]\s*[\"'“‘(]?\s*$")
_ALL_PHRASES = UNNAMED_ARMY_PHRASES | UNNAMED_STATE_ARM_PHRASES | UNNAMED_GOVERNMENT_PHRASES
_SENTENCE_END = re.compile(r"[.!?\n]\s")
_LONGEST = max((len(p) for p in _ALL_PHRASES), default=0)
_FIRST_WORDS = frozenset(p[0] for p in _ALL_PHRASES if p)  # a token no phrase opens with opens none (speed)
_ARMY_WORDS = frozenset(word for phrase in UNNAMED_ARMY_PHRASES for word in phrase)
_NOT_OWN = OTHER_ARMY_MODIFIERS | FOREIGN_ARMY_MODIFIERS | _ARMY_WORDS


def unnamed_army_spans(
    text: str,
    tokens: list[Token],
    base: ActorBase,
    year: When,
    country: str | None,
    named: Sequence[Found],
    unlisted: Sequence[Found] = (),
) -> list[tuple[int, int, str]]:
    """(start, end, actor id) of each unnamed army phrase: the forces of the state named last before it,
    else the report country's forces; nothing when neither is known. "The occupation army" (a word of
    `foreign_army_modifiers` before the phrase) is the foreign state's army the report names; an army
    described as another's ("rebel soldiers") is no state's, and the bare phrases after it stay unassigned
    until a state is named again. A phrase of `unnamed_state_arm_phrases` is the state's only when no one else
    is named for it, in the base or among the `unlisted` names found in the text."""
    signals = [(f.start, c) for f in named if (c := _state_country(base, f)) is not None]
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        length = _phrase_at(tokens, i)
        if length == 0:
            i += 1
            continue
        start, end = tokens[i].start, tokens[i + length - 1].end
        words = tuple(t.lower for t in tokens[i : i + length])
        owner: str | None
        if words in UNNAMED_GOVERNMENT_PHRASES:
            # "the authorities" only: "local authorities", "the town's authorities" are not the national government
            after_the = i > 0 and tokens[i - 1].lower == "the"
            if after_the and _unowned(text, tokens, i, i + length, title=True):
                government = _unnamed_government(text, base, named, unlisted, signals, start, year, country)
                if government is not None:
                    spans.append((start, end, government.id))
            i += length
            continue
        if _after_word(text, tokens, i, FOREIGN_ARMY_MODIFIERS):
            owner = _foreign_country(signals, start, country)
            start = tokens[i - 1].start
        elif _unowned(text, tokens, i, i + length) and (
            words in UNNAMED_ARMY_PHRASES
            or _no_one_else_named(text, base, named, unlisted, start)
        ):
            owner = _last_signal(signals, start, country)
        else:
            owner = None
        if owner is None and _after_word(text, tokens, i, OTHER_ARMY_MODIFIERS | FOREIGN_ARMY_MODIFIERS):
            signals.append((start, ""))  # "rebel soldiers": the bare "soldiers" after it are not the state's
        actor = base.state_forces(owner, year) if owner else None
        if actor is not None:
            spans.append((start, end, actor.id))
            signals.append((start, owner))
        i += length
    return spans


def _unnamed_government(
    text: str,
    base: ActorBase,
    named: Sequence[Found],
    unlisted: Sequence[Found],
    signals: list[tuple[int, str]],
    at: int,
    year: When,
    country: str | None,
) -> Actor | None:
    """The national government of the state named last before `at`, else of the report's country, when no one
    else is named for the phrase; None where the base holds no government for the period. Civilians and crowds
    named near it have no offices of state ("security forces fired on protesters; the Prime Minister's Office
    declared a curfew"), so they do not count as someone else."""
    sides = [f for f in named if f.kind != "generic"]
    if not _no_one_else_named(text, base, sides, [f for f in unlisted if f.kind != "generic"], at):
        return None
    owner = _last_signal(signals, at, country)
    return base.state_government(owner, year) if owner else None


def _after_word(text: str, tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    """Token i follows one of `words` in the same phrase ("the occupation army")."""
    return i > 0 and tokens[i - 1].lower in words and text[tokens[i - 1].end : tokens[i].start] in (" ", "-")


def _no_one_else_named(
    text: str, base: ActorBase, named: Sequence[Found], unlisted: Sequence[Found], at: int
) -> bool:
    """No actor but a state's is named for a phrase any side uses of its men ("military reinforcements"):
    the last actor named before `at` is a state's (or there is none), and no other actor is named earlier in
    its sentence or the next ("the SDF sent military reinforcements", "military reinforcements arrived; the
    PMF commander said they would hold the border")."""
    earlier = sorted((f for f in named if f.start < at and f.kind != "person"), key=lambda f: f.start)
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, at)]
    next_sentence_end = ends[1] if len(ends) > 1 else len(text)
    near = [f for f in [*named, *unlisted] if sentence_start <= f.start < next_sentence_end and f.kind != "person"]
    if any(not _is_state(base, f) for f in near):
        return False  # its sentence or the next names another side ("... the PMF commander said the reinforcements")
    return not earlier or _is_state(base, earlier[-1])


def _is_state(base: ActorBase, item: Found) -> bool:
    """The mention is of a state's forces or government, known to the base."""
    return bool(item.actor_id and base.has(item.actor_id) and base.get(item.actor_id).kind in ("state", "external"))


def _last_signal(signals: list[tuple[int, str]], before: int, country: str | None) -> str | None:
    """The country of the state forces named last before `before` ("" after another army: none), else the
    report's country."""
    earlier = [s for s in signals if s[0] < before]
    if not earlier:
        return country
    return max(earlier)[1] or None


def _foreign_country(signals: list[tuple[int, str]], at: int, country: str | None) -> str | None:
    """The foreign state whose forces the report names, the last one before `at` first, else the first after."""
    foreign = sorted(s for s in signals if s[1] and s[1] != country)
    earlier = [s for s in foreign if s[0] < at]
    if earlier:
        return earlier[-1][1]
    return foreign[0][1] if foreign else None


def _state_country(base: ActorBase, item: Found) -> str | None:
    """The country of a mention of a state's armed forces (not its police or government), else None."""
    if item.actor_id is None or not base.has(item.actor_id):
        return None
    actor = base.get(item.actor_id)
    if actor.kind in ("state", "external") and actor.country and not actor.generic and _is_military(base, actor.id):
        return actor.country
    return None


def _phrase_at(tokens: list[Token], i: int) -> int:
    """The number of tokens of the longest unnamed army phrase opening at token i (0: none)."""
    if tokens[i].lower not in _FIRST_WORDS:
        return 0
    for length in range(min(_LONGEST, len(tokens) - i), 0, -1):
        if tuple(t.lower for t in tokens[i : i + length]) in _ALL_PHRASES:
            return length
    return 0


def _unowned(text: str, tokens: list[Token], first: int, after: int, *, title: bool = False) -> bool:
    """The phrase names no owner: lower case (capitalised only at a sentence start), not part of a compound
    ("army-backed", "anti-army"), not after a name, demonym, possessive or a word that makes it another
    army ("Kurdish soldiers", "SDF troops", "their soldiers", "rebel soldiers"), not before "of X". A `title`
    ("the Prime Minister's Office") may be capitalised."""
    head = tokens[first]
    at_sentence_start = first == 0 or bool(_SENTENCE_BREAK.search(text[tokens[first - 1].end : head.start]))
    after_opener = first > 0 and text[tokens[first - 1].end : head.start].strip() == ","
    if not title and any(c.isupper() for c in head.text) and not at_sentence_start and not after_opener \
            and tokens[first - 1].lower != "the":
        return False  # "Army units" capitalised after an opening "On 30 November," is still the bare phrase
    if not title and any(any(c.isupper() for c in t.text) for t in tokens[first + 1 : after]):
        return False  # "Army Aviation", "Troops Command": a name
    if text[head.start - 1 : head.start] in "-\u2010\u2011'’" and head.start > 0:
        return False
    end = tokens[after - 1].end
    if text[end : end + 1] in ("-", "\u2010", "\u2011"):
        return False
    if (
        after < len(tokens)
        and tokens[after].lower in _OWNER_AFTER
        and not _SENTENCE_BREAK.search(text[end : tokens[after].start])
    ):
        return False
    if first > 0 and not at_sentence_start:
        previous = tokens[first - 1]
        gap = text[previous.end : head.start]
        if possessive_gap(gap):
            return False  # "the brigade's soldiers"
        if gap.strip() in ("", "-") and (
            (previous.has_upper and previous.lower not in _DETERMINERS)
            or previous.lower in DEMONYMS
            or previous.lower in _NOT_OWN
        ):
            return False
    return True


def _is_military(base: ActorBase, actor_id: str) -> bool:
    """The actor is a country's armed forces or one of their units (not its police or government)."""
    seen: set[str] = set()
    while actor_id and actor_id not in seen and base.has(actor_id):
        seen.add(actor_id)
        actor = base.get(actor_id)
        if "military" in actor.name.casefold():
            return True
        actor_id = actor.part_of or ""
    return False
