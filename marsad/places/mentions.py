"""Finding place mentions with the gazetteer itself: a phrase matcher over folded token n-grams.

spaCy's NER tags many Syrian place names as persons and misses most villages, so mentions are
found by looking capitalised token runs up in the gazetteer's folded keys (longest match first),
with the words around them read for cues ("village of X", "X countryside", "near X"), and
with the signs that a run names a person or an organisation instead ("commander X", "X Brigade").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from marsad.places.index import latin_key
from marsad.places.other_names import names_other_thing
from marsad.places.persons import PersonNames
from marsad.places.precision import FACILITY_WORDS, common_words
from marsad.places.tokens import Token, adjacent, adjacent_or_space, cue_before, is_name_word, lexicon, tokenize
from marsad.text.fold import ARTICLES, fold_arabic, is_arabic

MAX_TOKENS = 6
# "the Hamrin mountains": a range the gazetteer knows by the name with its noun, written lower case
_RANGE_WORDS = frozenset({"mountain", "mountains"})
_DESERT_WORDS = frozenset({"desert", "badia", "badiya", "badiyah"})
_SENTENCE_END = re.compile(r"[.!?:;\n“”\"(|]\s*$")


@dataclass(frozen=True)
class Span:
    """A run of tokens that the gazetteer knows (or that a strong cue says is a place)."""

    start: int
    end: int
    text: str
    relation: str | None
    direction: str | None
    sentence_start: bool
    cue_word: str | None  # the feature word inside or after the name ("desert", "city", "airport")
    partial_run: bool = False  # a capitalised name word adjoins it: "Hayat" in "Hayat Tahrir al-Sham"
    facility_word: str | None = None  # the facility noun that follows, lower case: "Omar oil fields", "Tishreen Dam"

    @property
    def facility_after(self) -> bool:
        return self.facility_word is not None


def find_spans(text: str, has_key, fuzzy_lookup=None) -> list[Span]:
    """Spans whose folded text is a gazetteer key; `has_key(key) -> bool` asks the index.
    `fuzzy_lookup(text) -> bool`, when given, is asked about cue-supported runs that match no key."""
    lex = lexicon()
    tokens = tokenize(text)
    persons = PersonNames(text, tokens)
    spans: list[Span] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        starts_name = is_name_word(token) or (
            token.lower in lex["connectors"]
            and i + 1 < len(tokens)
            and is_name_word(tokens[i + 1])
            and adjacent(text, token, tokens[i + 1])
        )
        if not starts_name:
            i += 1
            continue
        if token.lower in lex["group_prefixes"]:
            i = _skip_run(text, tokens, i)  # "Hayat Tahrir al-Sham", "Jaysh al-Islam": a group's name
            continue
        if token.lower in lex["stopwords"] and not _continues(tokens, i, text):
            # "North Baghdad", "West Mosul": a direction word opens a name only as part of a longer key;
            # so does any other after a locative word ("to Sheikh Maskin", "in Sheikh Maqsoud").
            opens = (
                token.lower in lex["directions_short"]
                or (token.text[0].isupper() and _after_place_cue(tokens, i))
                or _capital_article(text, tokens, i)
            )
            match = _longest_match(text, tokens, i, has_key) if opens else None
            if match is None or match - i < 2 or not _names_on(tokens[i + 1]):
                i += 1
                continue
        else:
            match = _longest_match(text, tokens, i, has_key)
        if match is None and fuzzy_lookup is not None:
            match = _fuzzy_run(text, tokens, i, fuzzy_lookup)
        if match is None:
            part = _unknown_city_part(text, tokens, i)
            if part is not None:  # "the Bani Zaid neighbourhood": a quarter of a town the report names
                spans.append(build_span(text, tokens, i, part))
            i = part or i + 1
            continue
        j = match  # exclusive token index
        if persons.names_person(i, j):
            i = max(j, persons.run(i, j)[1])
            continue
        if names_other_thing(text, tokens, i, j):
            i = _skip_run(text, tokens, i)
            continue
        spans.append(build_span(text, tokens, i, j))
        i = j
        if i < len(tokens) and tokens[i].lower in _DESERT_WORDS and adjacent(text, tokens[i - 1], tokens[i]):
            i += 1  # "Al-Bukamal Badia": the word says where, it is not a second place
    return spans




def _capital_article(text: str, tokens: list[Token], i: int) -> bool:
    """ "a strike on As Safirah town", "near At Tanf": an Arabic article written with a capital inside a
    sentence opens the name after it (at a sentence's start "As" is the English word). A word in capitals after
    an article in lower case is an acronym, no name (rule `article-before-acronym`): "KIRKUK - An ISIS cell"
    is the English article before a group, not a village; "AN NAJAF", all capitals, is still a name."""
    return (
        i > 0
        and tokens[i].text[0].isupper()
        and tokens[i].lower in lexicon()["connectors"]
        and i + 1 < len(tokens)
        and is_name_word(tokens[i + 1])
        and not _acronym_after_article(tokens[i], tokens[i + 1])
        and adjacent(text, tokens[i], tokens[i + 1])
        and not _SENTENCE_END.search(text[max(0, tokens[i].start - 3) : tokens[i].start])
    )


def _acronym_after_article(article: Token, word: Token) -> bool:
    """ "An ISIS", "As SDF": a word of two or more capitals after an article not itself in capitals."""
    return not article.text.isupper() and len(word.text) > 1 and word.text.isupper()


def _continues(tokens: list[Token], i: int, text: str) -> bool:
    return i + 1 < len(tokens) and adjacent(text, tokens[i], tokens[i + 1]) and text[tokens[i].end] == "-"


def _longest_match(text: str, tokens: list[Token], i: int, has_key) -> int | None:
    lex = lexicon()
    best = None
    for j in range(i + 1, min(len(tokens), i + MAX_TOKENS) + 1):
        last = tokens[j - 1]
        if j - 1 > i and not adjacent_or_space(text, tokens[j - 2], last):
            break
        if not (is_name_word(last) or last.lower in lex["connectors"] or last.lower in lex["feature_words"]):
            break
        if j - i == 1 and (
            last.lower in lex["stopwords"]
            or last.lower in lex["connectors"]
            or last.lower in lex["organisation_words"]
            or _acronym(last.text)
            or _abbreviation(last.text)
        ):
            continue
        if not (is_name_word(last) or last.lower in lex["feature_words"]):
            continue
        key = _key(text[tokens[i].start : last.end])
        if len(key) >= 2 and has_key(key):
            if best is not None and (
                (not is_name_word(last) and last.lower not in FACILITY_WORDS and last.lower not in _RANGE_WORDS)
                or last.lower in _DESERT_WORDS
            ):
                continue  # "Al-Bokamal desert", "Al-Bukamal Badia": the town, with "desert" read as a cue
            best = j
    return best


def _key(span_text: str) -> str:
    if is_arabic(span_text):
        return "ar:" + fold_arabic(span_text)
    return latin_key(span_text)


def _acronym(word: str) -> bool:
    """ "IS", "QSD", "HTS", "IRGC": organisations, not places (but "T4" is a base, and "ERBIL" or
    "DAMASCUS" opening a wire report is its dateline)."""
    return word.isupper() and len(word) <= 4 and word.isalpha()


def _abbreviation(word: str) -> bool:
    """ "FaR", "LaQ": a short word with a capital inside is an abbreviation, not a name."""
    return len(word) <= 4 and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


_PLACE_CUES = frozenset({"in", "to", "from", "near", "village", "town", "city"})
def _names_on(token: Token) -> bool:
    """The word after an opening common word carries the name on: "Sheikh Maskin", "Sheikh al-Hadid"
    (not "the Iraqi oil-hub city")."""
    return is_name_word(token) or token.lower in lexicon()["connectors"]


def _after_place_cue(tokens: list[Token], i: int) -> bool:
    """ "to Sheikh Maskin", "in the Sheikh Maqsoud neighbourhood": a locative word (and "the") before token i."""
    if i > 0 and tokens[i - 1].lower == "the":
        i -= 1
    return cue_before(tokens, i)[0] in _PLACE_CUES


_CITY_PART_WORDS = frozenset({"neighbourhood", "neighborhood", "quarter"})


def _unknown_city_part(text: str, tokens: list[Token], i: int) -> int | None:
    """The end of a run of one to three name words that the gazetteer lacks, followed by "neighbourhood" or
    "quarter" ("Bani Zaid neighbourhood"): the geoparser places it at the town the report names around it."""
    lex = lexicon()
    j = i
    while j < len(tokens) and j - i < 3 and (j == i or adjacent(text, tokens[j - 1], tokens[j])):
        if not (is_name_word(tokens[j]) or tokens[j].lower in lex["connectors"]) or tokens[j].lower in lex["stopwords"]:
            break
        j += 1
    if j == i or not is_name_word(tokens[j - 1]) or j >= len(tokens) or tokens[j].lower not in _CITY_PART_WORDS:
        return None
    return j if adjacent(text, tokens[j - 1], tokens[j]) else None


def _fuzzy_run(text: str, tokens: list[Token], i: int, fuzzy_lookup) -> int | None:
    """A capitalised run right after a strong cue ("village of X") or before a feature noun ("X village")
    may be a spelling the index lacks: ask the fuzzy matcher about it."""
    j = i
    while (
        j < len(tokens)
        and j - i < 4
        and is_name_word(tokens[j])
        and tokens[j].lower not in lexicon()["stopwords"]
        and not _abbreviation(tokens[j].text)
        and (j == i or adjacent_or_space(text, tokens[j - 1], tokens[j]))
    ):
        j += 1
    if j == i:
        return None
    relation, _direction, _cue = cue_before(tokens, i)
    after = tokens[j].lower if j < len(tokens) else ""
    cued = {"village", "town", "city", "countryside", "outskirts", "near", "area", "district"}
    strong = relation in cued or after in {
        "village",
        "district",
        "town",
        "city",
        "countryside",
        "area",
        "axis",
        "frontlines",
        "front",
    }
    if strong and fuzzy_lookup(text[tokens[i].start : tokens[j - 1].end]):
        return j
    return None




def _skip_run(text: str, tokens: list[Token], i: int) -> int:
    """The end of the capitalised run from token i, through lower-case articles ("Tahrir al-Sham")."""
    connectors = lexicon()["connectors"] - {"of"}
    j = i + 1
    while j < len(tokens) and adjacent_or_space(text, tokens[j - 1], tokens[j]):
        if is_name_word(tokens[j]):
            j += 1
        elif (
            tokens[j].lower in connectors
            and j + 1 < len(tokens)
            and is_name_word(tokens[j + 1])
            and adjacent(text, tokens[j], tokens[j + 1])
        ):
            j += 2
        else:
            break
    return j


def build_span(text: str, tokens: list[Token], i: int, j: int) -> Span:
    lex = lexicon()
    relation, direction, _ = cue_before(tokens, i)
    after = [t.lower for t in tokens[j : j + 2]]
    cue_word = tokens[j - 1].lower if tokens[j - 1].lower in lex["feature_words"] else None
    if after and after[0] in lex["cues_after"]:
        after_relation = lex["cues_after"][after[0]]
        cue_word = cue_word or after[0]
        if after_relation in {"countryside", "province", "desert", "front", "outskirts"} or relation in (
            None,
            "in",
            "from",
            "to",
            "district",  # "Al-Midan district of Damascus city": the city
        ):
            relation = after_relation
    elif len(after) == 2 and after[0] in lex["directions"] and after[1] in {"countryside", "countrysides"}:
        relation, direction = "countryside", after[0]
    if _seat_of_government(after):
        relation = "city"  # "the X governorate building": a building in X's capital (rule governorate-building)
    if relation == "countryside" and direction is None and i > 0 and tokens[i - 1].lower in lex["directions"]:
        direction = tokens[i - 1].lower  # "eastern Deir Ezzor countryside"
    sentence_start = i == 0 or bool(_SENTENCE_END.search(text[max(0, tokens[i].start - 3) : tokens[i].start]))
    return Span(
        tokens[i].start,
        tokens[j - 1].end,
        text[tokens[i].start : tokens[j - 1].end],
        relation,
        direction,
        sentence_start,
        cue_word,
        partial_run=_in_longer_run(text, tokens, i, j),
        facility_word=tokens[j].lower if _facility_after(text, tokens, j) else None,
    )


def _seat_of_government(after: list[str]) -> bool:
    """"the Sulaymaniyah governorate building", "the Basra provincial council": the name is followed by the word
    for a governorate and a building of its government (lexicon.yaml `seat_of_government`), which stands in the
    governorate's capital city (rule governorate-building)."""
    lex = lexicon()
    return len(after) == 2 and after[0] in lex["seat_of_government_before"] and after[1] in lex["seat_of_government"]


def _in_longer_run(text: str, tokens: list[Token], i: int, j: int) -> bool:
    """A name word right before or after the span, joined by a space or hyphen: "Hayat" in "Hayat Tahrir".
    Common words ("Khanaser Road", "Al-Yalanly Villages") and a spaced dash ("Idleb - Maarrat") do not
    count: they end a name, they do not make it longer."""
    ends = run_end_words()

    def name_like(token: Token) -> bool:
        return is_name_word(token) and token.lower not in ends and not token.text.isdigit()

    before = i > 0 and name_like(tokens[i - 1]) and adjacent(text, tokens[i - 1], tokens[i])
    after = j < len(tokens) and name_like(tokens[j]) and adjacent(text, tokens[j - 1], tokens[j])
    # A lower-case article carries the run on ("Jabal al-Zarqa", "Tal el-Ahmar"): the head noun is cut from a
    # longer name just as when the article is capitalised, and the name after the article likewise.
    before = before or (i > 1 and _article_link(text, tokens, i - 2, name_like))
    after = after or (j + 1 < len(tokens) and _article_link(text, tokens, j - 1, name_like))
    if (before or after) and _route_ends(text, tokens, i if before else j - 1):
        return False  # "the Kirkuk-Hewler road", "Damascus-Sweida highway": two towns a route links
    return before or after


def _article_link(text: str, tokens: list[Token], k: int, name_like: Callable[[Token], bool]) -> bool:
    """Tokens k, k+1, k+2 read "Name article-Name" ("Jabal al-Zarqa"): a lower-case article joins two name words."""
    left, article, right = tokens[k], tokens[k + 1], tokens[k + 2]
    return (
        article.text.islower()
        and article.lower in _ARTICLE_LINKS
        and name_like(left)
        and name_like(right)
        and adjacent(text, left, article)
        and text[article.end : right.start] == "-"
    )


_ARTICLE_LINKS = frozenset(ARTICLES)
_ROUTE_WORDS = frozenset(
    {"road", "highway", "motorway", "route", "axis", "railway", "line", "pipeline", "corridor", "border", "borders"}
)


def _route_ends(text: str, tokens: list[Token], k: int) -> bool:
    """True when the hyphenated name run through token k ("Kirkuk-Hewler") is followed by a route noun:
    the run names the two ends of a road, each a place of its own."""
    start = end = k
    while start > 0 and text[tokens[start - 1].end : tokens[start].start] == "-":
        start -= 1
    while end + 1 < len(tokens) and text[tokens[end].end : tokens[end + 1].start] == "-":
        end += 1
    connectors = lexicon()["connectors"]
    hyphenated = start < end and all(is_name_word(t) and t.lower not in connectors for t in tokens[start : end + 1])
    return hyphenated and end + 1 < len(tokens) and tokens[end + 1].lower in _ROUTE_WORDS


@lru_cache(maxsize=1)
def run_end_words() -> frozenset[str]:
    """The words that end a name rather than lengthen it (built once: a union of a few thousand words)."""
    lex = lexicon()
    return frozenset(common_words() | lex["cues_after"].keys() | lex["feature_words"] | _DESERT_WORDS)


def _facility_after(text: str, tokens: list[Token], j: int) -> bool:
    return j < len(tokens) and tokens[j].lower in FACILITY_WORDS and adjacent_or_space(text, tokens[j - 1], tokens[j])
