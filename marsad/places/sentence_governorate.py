"""A governorate named in the mention's own sentence breaks a near tie between namesakes in two governorates.

"In the Homs desert, ISIS cells attacked a position near Al-Sukhnah": a round-up that named Aleppo a paragraph
before does not move Al-Sukhnah to a hamlet of Aleppo whose name folds alike, when the sentence itself names
Homs. The report-wide bonus for the governorates a report names (ranking.py) cannot tell the two apart; the
sentence can. Only a near tie is broken (the ranker's margin `NEAR_TIE`), and only where the sentence names one
governorate that the mention's chosen place does not lie in; a mention the text ties to a container keeps the
container's reading, and a country, a governorate, a capital or a facility is named for itself."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.places.mentions import Span
from marsad.types import Candidate, Resolution

NEAR_TIE = 0.5  # ranker points: a closer call than this is decided by the sentence's governorate
SPELLING_SLACK = 0.05  # the namesake chosen instead is spelled as close to the mention, or nearly
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def sentence_bounds(text: str, position: int) -> tuple[int, int]:
    """The sentence around `position`, cut at a full stop, a question or exclamation mark, or a line break."""
    before = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    after = _SENTENCE_END.search(text, position)
    return (before[-1] if before else 0), (after.start() if after else len(text))


def governorates_named(spans: list[Span], resolutions: list[Resolution], capitals: frozenset[str],
                       start: int, end: int, skip: int) -> set[str]:
    """The governorates the spans between `start` and `end` name (by the governorate itself or its capital)."""
    named = set()
    for index, (span, resolution) in enumerate(zip(spans, resolutions, strict=True)):
        chosen = resolution.chosen
        if index == skip or chosen is None or not start <= span.start < end or not chosen.place.admin1:
            continue
        if chosen.place.feature_code == "ADM1" or chosen.place.geonameid in capitals:
            named.add(chosen.place.admin1)
    return named


def toward_sentence_governorate(text: str, spans: list[Span], resolutions: list[Resolution],
                                capitals: frozenset[str], held: set[int],
                                spelling: Callable[[Span, Candidate], float]) -> list[Resolution]:
    """Each resolution, moved to a namesake in the governorate its sentence names where the ranker's call was
    near (see the module's docstring); `held` are the mentions the text ties to a container."""
    moved = list(resolutions)
    for index, (span, resolution) in enumerate(zip(spans, resolutions, strict=True)):
        chosen = resolution.chosen
        if index in held or chosen is None or chosen.place.feature_class != "P" \
                or chosen.place.geonameid in capitals:
            continue  # a country, a governorate, a facility or a capital is named for itself
        start, end = sentence_bounds(text, span.start)
        named = governorates_named(spans, resolutions, capitals, start, end, index)
        if len(named) != 1 or chosen.place.admin1 in named:
            continue
        rivals = [c for c in resolution.candidates if c.place.admin1 in named and c.place.feature_class == "P"
                  and c.place.country_code == chosen.place.country_code
                  and c.score >= chosen.score - NEAR_TIE
                  and spelling(span, c) >= spelling(span, chosen) - SPELLING_SLACK]
        if rivals:
            best = max(rivals, key=lambda c: c.score)
            moved[index] = Resolution(chosen=best, score=resolution.score, candidates=resolution.candidates)
    return moved
