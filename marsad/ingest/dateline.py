"""SOHR-style datelines and publisher suffixes in titles.

    "Deir Ezzor Province – Syrian Observatory for Human Rights: Reliable sources..."
        -> place "Deir Ezzor", source "Syrian Observatory for Human Rights"
    "ALEPPO – Turkish forces..."              -> place "Aleppo"
    "Idlib countryside – SOHR: ..."          -> place "Idlib", source "SOHR"
    "ERBIL (Kurdistan 24) – A Turkish drone" -> place "Erbil", source "Kurdistan 24"

`dateline_place` is the bare name for gazetteer lookup: words like "Province" or "countryside"
and leading directions ("Eastern") are dropped. `dateline_source` is kept as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.ingest.publishers import canonical_publisher

# How many paragraphs after the title may hold the dateline (site banners and repeated titles come first).
_SCAN_LINES = 4
_SCAN_CHARS = 4000

_HEAD = re.compile(
    r"\s*(?P<place>[^\n:–—()|]{2,60}?)\s*"
    r"(?:\((?P<paren>[^()\n]{2,60})\)\s*)?"
    r"(?P<sep>:|[–—]|\s-{1,2}\s)"
)
_SOURCE = re.compile(r"\s*(?P<source>[^\n:–—]{2,70}?)\s*:")
_COUNTRY_TAIL = re.compile(r",\s*(?:Syria|Iraq|Lebanon|Turkey|Türkiye|Jordan|Iran)$")

_AREA_WORDS = {"province", "governorate", "governorates", "countryside", "city", "town", "desert",
               "region", "area", "countrysides", "rural"}
_DIRECTIONS = {"northern", "southern", "eastern", "western", "north", "south", "east", "west",
               "northeastern", "northwestern", "southeastern", "southwestern", "central"}
_CONNECTORS = {"of", "and", "al", "el", "the"}
# Capitalised words that open a paragraph followed by a colon but are not places.
_NOT_PLACES = {"update", "breaking", "exclusive", "photo", "photos", "video", "warning", "note", "read",
               "also", "source", "sources", "editor", "editor's", "translated", "translation", "related",
               "summary", "on", "in", "at", "today", "yesterday", "urgent", "report", "statement",
               # labels that open ACLED notes and news digests ("Looting: On 11 March 2024, ...")
               "other", "strike", "strikes", "interception", "looting", "detonation", "arrest", "arrests",
               "clash", "clashes", "shelling", "attack", "attacks", "airstrike", "airstrikes", "protest",
               "protests", "riot", "riots", "abduction", "agreement", "correction", "background", "context",
               "details", "timeline", "analysis", "opinion", "editorial", "comment", "overview", "live"}
_SOURCE_CONNECTORS = {"for", "of", "the", "and", "in", "on", "de"}
_CAPITALISED = re.compile(r"^(?:[A-Z\u00C0-\u00DE]|[Aa]l-|[Ee]l-|[Aa][dstrz]h?-)[\w'’\-.]*$")
_SOURCE_WORD = re.compile(r"^(?:[A-Z\u00C0-\u00DE][\w'’\-.&]*|\d+|\(?[A-Z]+\)?)$")
_TITLE_SEPARATORS = (" • ", " | ", " – ", " — ", " - ")


@dataclass(frozen=True)
class Dateline:
    place: str | None
    source: str | None


def _tidy_case(word: str) -> str:
    """ALEPPO -> Aleppo, AL-BOKAMAL -> Al-Bokamal; mixed case is left as written."""
    if not word.isupper():
        return word
    return "-".join(part.capitalize() for part in word.split("-"))


def _place_name(raw: str) -> str | None:
    raw = _COUNTRY_TAIL.sub("", raw.strip())
    tokens = raw.split()
    if not tokens or len(tokens) > 7:
        return None
    for token in tokens:
        lower = token.casefold()
        if lower in _AREA_WORDS or lower in _DIRECTIONS or lower in _CONNECTORS:
            continue
        if lower in _NOT_PLACES or not _CAPITALISED.match(token) or any(ch.isdigit() for ch in token):
            return None
    while tokens and tokens[-1].casefold() in _AREA_WORDS | _CONNECTORS:
        tokens.pop()
    while tokens and tokens[0].casefold() in _DIRECTIONS | _AREA_WORDS | {"the"}:
        tokens.pop(0)
    if not tokens or not any(_CAPITALISED.match(t) and t.casefold() not in _CONNECTORS for t in tokens):
        return None
    return " ".join(_tidy_case(t) for t in tokens)


def _source_name(raw: str) -> str | None:
    tokens = raw.split()
    if not tokens or len(tokens) > 10:
        return None
    if not all(_SOURCE_WORD.match(t) or t.casefold() in _SOURCE_CONNECTORS for t in tokens):
        return None
    return raw.strip()


def parse_dateline_line(line: str) -> Dateline | None:
    """The dateline at the start of one paragraph, or None when the paragraph does not open with one."""
    head = _HEAD.match(line)
    if head is None:
        return None
    raw_place = head.group("place")
    source = _source_name(head.group("paren")) if head.group("paren") else None
    if canonical_publisher(raw_place):  # "SOHR: ..." credits a source, it names no place
        return Dateline(place=None, source=raw_place.strip())
    place = _place_name(raw_place)
    if place is None:
        return None
    if head.group("sep") != ":" and source is None:
        tail = _SOURCE.match(line, head.end())
        if tail is not None:
            source = _source_name(tail.group("source"))
    return Dateline(place=place, source=source)


def find_dateline(text: str, skip: tuple[str, ...] = ()) -> Dateline | None:
    """The dateline of the first paragraphs of `text`, skipping the title and site-name lines in `skip`."""
    seen = 0
    skipped = {s.strip() for s in skip if s}
    first_skipped = None
    for line in text[:_SCAN_CHARS].split("\n"):
        stripped = line.strip()
        if not stripped or canonical_publisher(stripped):
            continue
        if stripped in skipped:
            first_skipped = first_skipped or stripped
            continue
        found = parse_dateline_line(stripped)
        if found is not None:
            return found
        seen += 1
        if seen >= _SCAN_LINES:
            break
    if seen == 0 and first_skipped:  # a one-line report: its only line is both title and body
        return parse_dateline_line(first_skipped)
    return None


def split_title(title: str) -> tuple[str, str | None]:
    """("Shelling in Idlib • The Syrian Observatory For Human Rights") -> ("Shelling in Idlib", publisher).

    After " • " any short suffix is taken as the site name; after "|" or a dash only a known publisher
    is, because SOHR titles use "Place | headline" themselves.
    """
    title = " ".join(title.split())
    for separator in _TITLE_SEPARATORS:
        head, found, suffix = title.rpartition(separator)
        if not found or not head.strip():
            continue
        suffix = suffix.strip()
        known = canonical_publisher(suffix)
        if known or (separator == " • " and 0 < len(suffix.split()) <= 8):
            return head.strip(), suffix
    return title, None
