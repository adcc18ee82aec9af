"""A place name whose later words are spelt otherwise than in the gazetteer: "Laftah Furêh" for Laftah Furayh.

The mention finder takes the longest run of words that the index knows letter for letter, so a village whose
first word is itself a place ("Laftah", "Qaryat", "Arab") is found by that word alone, and the shorter-named
place wins. Here, once the report's governorates are known, a capitalised run that goes on past such a span is
looked up whole with the fuzzy lookups (the whole index, and the places of each governorate the report names);
the whole run replaces the span only when a place spelt close to it lies in one of those governorates. The run
stops at the words that end a name rather than lengthen it ("village", "district", a verb, a comma before a
governorate, an organisation or kin word), and a whole-run reading far from any named governorate is left
alone, so a person's name after a place ("in Laftah Ahmed said") is not swallowed.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.geo import CORE_COUNTRIES
from marsad.places.gazetteer import Gazetteer
from marsad.places.mentions import MAX_TOKENS, Span, build_span, run_end_words
from marsad.places.precision import admissible
from marsad.places.scoring import _spelling
from marsad.places.tokens import Token, adjacent_or_space, is_name_word, lexicon, tokenize
from marsad.types import Candidate

# How alike the whole run and a place's name must be (vowel-folded letters, as the ranker scores spelling):
# "Laftah Furêh"/"Laftah Furayh" 0.9, "Garyat Sinn adh Dhibban"/"Qaryat Sinn adh Dhibban" 0.95; a run that
# adds a person's name to a village ("Laftah Ahmed") meets no village spelt within this of it.
WHOLE_RUN_SPELLING = 0.85
_GROUP_AND_THING_WORDS = frozenset(
    {"brigade", "brigades", "battalion", "regiment", "militia", "tribe", "tribes", "clan", "clans", "family"}
    | {"faction", "group", "movement", "forces", "force", "army", "police", "unit", "units"}
)


@lru_cache(maxsize=1)
def _run_stops() -> frozenset[str]:
    """The words that end a whole run (a union of a few thousand words: built once, not at each span)."""
    lex = lexicon()
    return run_end_words() | lex["stopwords"] | lex["organisation_words"] | _GROUP_AND_THING_WORDS


def run_ends(text: str, tokens: list[Token], i: int, j: int) -> list[int]:
    """The token ends (longest first) of the capitalised run from token i that goes on past the span [i, j):
    name words, and a lower-case article joining two of them ("Sinn adh Dhibban"); [] when it stops at j."""
    lex = lexicon()
    stops = _run_stops()
    ends: list[int] = []
    k = j
    while k < len(tokens) and k - i < MAX_TOKENS and adjacent_or_space(text, tokens[k - 1], tokens[k]):
        token = tokens[k]
        if token.lower in lex["connectors"] and not token.text[0].isupper():
            if k + 1 < len(tokens) and is_name_word(tokens[k + 1]) and adjacent_or_space(text, token, tokens[k + 1]):
                k += 1  # "adh" in "Sinn adh Dhibban": it joins, it does not end a name
                continue
            break
        if not is_name_word(token) or token.lower in stops or token.text.isdigit():
            break
        k += 1
        ends.append(k)
    return ends[::-1]


def whole_run_candidates(
    gazetteer: Gazetteer, span_text: str, governorates: set[str], partial: bool
) -> list[Candidate]:
    """Places spelt close to the whole run that lie in a governorate the report names (best first)."""
    found: dict[str, Candidate] = {}
    for cand in gazetteer.lookup(span_text):
        found.setdefault(cand.place.geonameid, cand)
    for admin1 in sorted(governorates):
        for cand in gazetteer.fuzzy_within(span_text, admin1):
            found.setdefault(cand.place.geonameid, cand)
    close = [
        c
        for c in found.values()
        if c.place.country_code in CORE_COUNTRIES
        and c.place.admin1 in governorates
        and c.place.feature_class == "P"
        and _spelling(span_text, c) >= WHOLE_RUN_SPELLING
    ]
    close = admissible(close, span_text, common=False, partial=partial, facility_word=None)
    return sorted(close, key=lambda c: -_spelling(span_text, c))


def prefer_whole_runs(
    text: str,
    spans: list[Span],
    candidates: dict[str, list[Candidate]],
    governorates: set[str],
    gazetteer: Gazetteer,
) -> list[Span]:
    """`spans` with each span that a longer capitalised run continues replaced by the whole run, when a place
    spelt close to the run lies in one of the report's `governorates`; spans inside the run are dropped.
    `candidates` gains the whole runs' candidates. Without governorates the spans are returned as they are."""
    if not governorates:
        return spans
    tokens = tokenize(text)
    start_of = {token.start: index for index, token in enumerate(tokens)}
    end_of = {token.end: index + 1 for index, token in enumerate(tokens)}
    out: list[Span] = []
    covered_until = -1
    for span in spans:
        if span.start < covered_until:
            continue  # a word of the whole run found as a place of its own ("Furêh")
        i, j = start_of.get(span.start), end_of.get(span.end)
        longer = None
        if i is not None and j is not None:
            for end in run_ends(text, tokens, i, j):
                whole = build_span(text, tokens, i, end)
                found = whole_run_candidates(gazetteer, whole.text, governorates, whole.partial_run)
                if found:
                    candidates[whole.text] = found
                    longer = whole
                    break
        out.append(longer or span)
        covered_until = (longer or span).end
    return out
