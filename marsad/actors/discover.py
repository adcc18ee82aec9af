"""Discovery of groups the base lacks: quoted or capitalised names next to group nouns, and tribe lists.

General rules only: a name is a group when a group noun says so ("the militia “X”", "“X” Brigade",
"X Division", "Liwa X"); tribes when "tribe(s)/clan(s)" frames a list of names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.actors.found import Found
from marsad.actors.lexicon import (
    ARABIC_GROUP_NOUNS,
    DEMONYMS,
    GROUP_NOUNS,
    IDENTITY_ADJECTIVES,
    NAME_CONNECTORS,
    NAME_STOPWORDS,
    TRIBAL_NOUNS,
)
from marsad.actors.matcher import adjacent
from marsad.actors.tokens import Token
from marsad.types import Evidence

_QUOTED = re.compile(r"“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"|‘([^‘’\n]{1,60})’|(?<!\w)'([^'\n]{1,60})'(?!\w)")
_POSSESSIVE = re.compile(r"['’]s$", re.I)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.I)
_ARABIC_CONNECTORS = frozenset(
    {"al", "el", "ar", "as", "ash", "ad", "az", "ez", "bin", "ibn", "abu", "ul", "wal"}
)
_LIST_SPLIT = re.compile(r"\s*(?:,|\band\b|\bor\b|&|…|\.\.\.)\s*")
_TRIBES_OF = re.compile(
    r"\b(?:tribes|clans)\s+of\s+(?:the\s+)?(?:“([^”\n]{2,200})”|\"([^\"\n]{2,200})\"|((?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
    r"(?:\s*,\s*|\s+and\s+))*[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*))"
)
# a word of kinship that opens a tribe's name ("the Bani Hamid and Al-Rawashid clans", "the Albu Salih and Abu Nasir
# tribes", "the Al-Bu Salih and Al-Bu Ali clans"): part of the name, so a list of tribes keeps it
_KIN = r"(?:(?:Bani|Beni|Banu|Albu|Albo|Al[-\s]B[uo]|Abu|Beit|Bayt|Al)\s+)?"  # "the Al-Bu Salih and Al-Bu Ali clans"
_TRIBES_BEFORE = re.compile(
    rf"((?:{_KIN}[A-Z][\w’'\-]*(?:\s*,\s*|\s+and\s+))+{_KIN}[A-Z][\w’'\-]*)\s+(?:tribes|clans)\b")
# "Lebanese clans (likely A and B)", "border tribes (probably the A clan)": the kin a generic names only in the
# bracket after it (a coder codes the tribe named, with its hedge)
_TRIBES_IN_BRACKET = re.compile(
    rf"\b(?:tribes|clans|families)\s*\(\s*(?:(?:most\s+)?(?:likely|probably|possibly|reportedly|allegedly|namely|"
    rf"believed\s+to\s+be)\s+)?(?:the\s+)?((?:{_KIN}[A-Z][\w’'\-]*(?:\s*,\s*|\s+and\s+|\s+or\s+))*{_KIN}[A-Z][\w’'\-]*)"
    rf"(?:\s+(?:tribes?|clans?|famil(?:y|ies)))?\s*\)")
_TRIBE_ONE = re.compile(
    r"(?:\b(?:tribe|clan)\s+of\s+(?:the\s+)?[“\"]?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)[”\"]?"
    r"|[“\"]?((?:[Aa]l[-\s])?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)[”\"]?\s+(?:tribe|clan)\b)"
)


def _noun(token: Token) -> str:
    return _POSSESSIVE.sub("", token.lower)


_SPACES = re.compile(r"\s+")
_ARTICLE_JOINED = re.compile(r"^(al|el|ar|as|ash|ad|az|ez)-")


@lru_cache(maxsize=8192)  # the same capitalised runs are named again and again in a report
def normalise_name(raw: str) -> str:
    """Quotes stripped, spaces collapsed, words capitalised the way names are ("al-Sheikh" -> "Al-Sheikh")."""
    text = _SPACES.sub(" ", raw.strip(" \t\n“”\"‘’'.,;:()")).strip()
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i > 0 and (lower in NAME_CONNECTORS or _ARTICLE_JOINED.match(lower)):
            out.append(word)  # "Ahrar al-Sham": connectors stay lower-case inside a name
        elif word[:1].islower():
            out.append(word[:1].upper() + word[1:])
        else:
            out.append(word)
    return " ".join(out)


def find_quoted(text: str, tokens: list[Token]) -> list[Found]:
    """Quoted names framed by a group noun inside, before ("brigade of “X”") or after ("“X” Brigade")."""
    found = []
    for match in _QUOTED.finditer(text):
        content = next(g for g in match.groups() if g is not None)
        q_start, q_end = match.span()
        inner = [t for t in tokens if t.start >= q_start and t.end <= q_end]
        if not _looks_like_name(content, inner):
            continue
        before = [t for t in tokens if t.end <= q_start][-3:]
        after = [t for t in tokens if t.start >= q_end][:1]
        name_core = normalise_name(content)
        nouns = {_noun(t) for t in inner if _noun(t) in GROUP_NOUNS or t.lower in ARABIC_GROUP_NOUNS}
        start, end, name = q_start, q_end, None
        if after and _noun(after[0]) in GROUP_NOUNS and after[0].start - q_end <= 2:
            noun = _noun(after[0])
            nouns.add(noun)
            end = after[0].start + len(noun)
            name = name_core if nouns - {noun} or not GROUP_NOUNS[noun] else f"{name_core} {noun.title()}"
        elif before and _noun(before[-1]) in GROUP_NOUNS and adjacent(text, before[-1], inner[0]):
            noun = _noun(before[-1])
            nouns.add(noun)
            start = before[-1].start
            name = name_core if len(nouns) > 1 or not GROUP_NOUNS[noun] else f"{name_core} {noun.title()}"
        elif (
            len(before) >= 2
            and before[-1].lower == "of"
            and _noun(before[-2]) in GROUP_NOUNS
            and not _noun(before[-2]).endswith("s")
        ):
            noun = _noun(before[-2])
            nouns.add(noun)
            start = before[-2].start
            name = name_core if len(nouns) > 1 or not GROUP_NOUNS[noun] else f"{name_core} {noun.title()}"
        elif nouns:
            name = name_core
        if name is None or nouns & TRIBAL_NOUNS:
            continue
        found.append(
            Found(
                start=start,
                end=end,
                text=text[start:end],
                name=name,
                discovered=True,
                nouns=nouns,
                core=(q_start + 1, q_end - 1),
            )
        )
    return found


def _looks_like_name(content: str, inner: list[Token]) -> bool:
    if (
        not inner
        or len(inner) > 8
        or re.search(r"[,.;:!?]\s|\band\b", content)
        or content.rstrip().endswith(".")
    ):
        return False
    first = next((t for t in inner if not t.article), None)
    return first is not None and first.text[:1].isupper()


def find_capitalised(text: str, tokens: list[Token]) -> list[Found]:
    """Unquoted names: "Sultan Suleiman Shah Brigade", "Liwa al-Baqir", "Al Mawali tribal militia"."""
    found = []
    for i, token in enumerate(tokens):
        noun = _noun(token)
        if token.text[:1].isupper() and noun in ARABIC_GROUP_NOUNS:
            last = _walk_right(text, tokens, i)
            if last > i:
                found.append(_capitalised_found(text, tokens, i, last, {noun}))
        elif token.text[:1].isupper() and GROUP_NOUNS.get(noun):
            first = _walk_left(text, tokens, i)
            if first is not None:
                item = _capitalised_found(text, tokens, first, i, {noun})
                item.end = (
                    token.start + len(token.text) - (len(token.text) - len(_POSSESSIVE.sub("", token.text)))
                )
                item.text = text[item.start : item.end]
                item.name = normalise_name(item.text)
                found.append(item)
            elif i + 2 < len(tokens) and tokens[i + 1].lower == "of" and tokens[i + 2].text[:1].isupper():
                last = _walk_right(text, tokens, i + 1)  # "Army of Mujahideen"
                if last > i + 1:
                    found.append(_capitalised_found(text, tokens, i, last, {noun}))
        elif token.text[:1].islower() and noun in GROUP_NOUNS and not GROUP_NOUNS[noun]:
            j = i - 1
            tribal = False
            while j >= 0 and tokens[j].lower in TRIBAL_NOUNS and _joined(text, tokens[j], tokens[j + 1]):
                tribal, j = True, j - 1
            if j < 0 or not _joined(text, tokens[j], tokens[j + 1]):
                continue
            first = _walk_left(text, tokens, j + 1)
            if first is None or first > j or _only_described(tokens[first : j + 1]):
                continue
            item = _capitalised_found(text, tokens, first, j, {noun} | ({"tribal"} if tribal else set()))
            item.end = token.start + len(_POSSESSIVE.sub("", token.text))
            item.text = text[item.start : item.end]
            found.append(item)
    return found


def _only_described(words: list[Token]) -> bool:
    """ "Islamic factions", "Shi'ite militias", "Sunni Arab groups": adjectives of faith, ethnicity or nation
    before a lower-case group noun describe an unnamed group; they are not its name."""
    plain = [re.sub(r"['’]", "", t.lower) for t in words if not t.article]
    return bool(plain) and all(w in IDENTITY_ADJECTIVES or w in DEMONYMS for w in plain)


def _joined(text: str, left: Token, right: Token) -> bool:
    """Tokens of one unquoted name: only spaces or a hyphen between them (a quote ends the name)."""
    gap = text[left.end : right.start]
    return len(gap) <= 2 and all(c in " -" for c in gap)


def _walk_left(text: str, tokens: list[Token], i: int) -> int | None:
    """First token of the capitalised run ending just before token i (None when there is none)."""
    j = i
    while j > 0 and _joined(text, tokens[j - 1], tokens[j]):
        prev = tokens[j - 1]
        if not (prev.text[:1].isupper() or prev.lower in _ARABIC_CONNECTORS or _ORDINAL.match(prev.text)):
            break
        if prev.lower in NAME_STOPWORDS and not prev.text[:1].isupper():
            break
        j -= 1
    while j < i and (tokens[j].lower in _ARABIC_CONNECTORS and not tokens[j].text[:1].isupper()):
        j += 1
    while j < i and tokens[j].lower in NAME_STOPWORDS - DEMONYMS.keys():
        j += 1
    words = [t for t in tokens[j:i] if not t.article]
    if not words or all(t.lower in DEMONYMS or t.lower in NAME_STOPWORDS for t in words):
        return None
    return j


def _walk_right(text: str, tokens: list[Token], i: int) -> int:
    last = i
    while last + 1 < len(tokens) and last - i < 5 and _joined(text, tokens[last], tokens[last + 1]):
        nxt = tokens[last + 1]
        if nxt.text[:1].isupper() or (nxt.lower in _ARABIC_CONNECTORS and last + 2 < len(tokens)):
            last += 1
        else:
            break
    while last > i and tokens[last].lower in _ARABIC_CONNECTORS:
        last -= 1
    return last


def _capitalised_found(text: str, tokens: list[Token], first: int, last: int, nouns: set[str]) -> Found:
    start, end = tokens[first].start, tokens[last].end
    end -= len(tokens[last].text) - len(_POSSESSIVE.sub("", tokens[last].text))
    name = normalise_name(text[start:end])
    return Found(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        discovered=True,
        nouns=set(nouns),
        core=(start, end),
    )


def find_tribes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of each tribe named in a tribe list or with "tribe"/"clan"."""
    spans: list[tuple[int, int, str]] = []
    for pattern in (_TRIBES_OF, _TRIBES_BEFORE, _TRIBES_IN_BRACKET):
        for match in pattern.finditer(text):
            group = next(g for g in range(1, (match.lastindex or 0) + 1) if match.group(g))
            spans.extend(_split_list(text, match.start(group), match.end(group)))
    for match in _TRIBE_ONE.finditer(text):
        group = 1 if match.group(1) else 2
        start, end = match.span(group)
        if not any(s <= start < e for s, e, _ in spans):
            name = normalise_name(match.group(group))
            if name.split()[0].lower() not in NAME_STOPWORDS and name.lower() not in DEMONYMS:
                spans.append((start, end, name))
    return sorted(spans)


def _split_list(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    items = []
    position = start
    for piece in _LIST_SPLIT.split(text[start:end]):
        offset = text.find(piece, position, end) if piece else -1
        if offset < 0:
            continue
        position = offset + len(piece)
        stripped = piece.strip(" “”\"‘’'")
        if not stripped or not stripped[:1].isupper():
            continue
        lead = piece.find(stripped)
        items.append((offset + lead, offset + lead + len(stripped), normalise_name(stripped)))
    return items


def tribe_found(text: str, start: int, end: int, name: str) -> Found:
    return Found(
        start=start,
        end=end,
        text=text[start:end],
        name=name,
        inter=4,
        discovered=True,
        actor_kind="identity-militia",
        nouns={"tribe"},
        core=(start, end),
        evidence=[Evidence(start, end, text[start:end])],
    )
