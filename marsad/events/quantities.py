"""Counts in text with ACLED's conservative rules: fatalities apart from injuries, the lowest figure wins.

"tens" counts 10, "dozens" 12, "hundreds" 100; "a young man was killed" counts 1; "died of his
wounds" counts; the injured are never fatalities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from marsad.events.rules import rule
from marsad.text.alternation import words_by_first_letter
from marsad.types import Evidence

_WORDS = yaml.safe_load((resources.files("marsad") / "data" / "events" / "counts.yaml").read_text(encoding="utf-8"))


def _alternatives(key: str) -> str:
    """The words of counts.yaml under `key`, longest first, grouped by first letter (fast with IGNORECASE)."""
    return words_by_first_letter(sorted(map(str, _WORDS[key]), key=len, reverse=True))


WORD_NUMBERS: dict[str, int] = {str(k): int(v) for k, v in _WORDS["numbers"].items()}
_NUM = rf"(?P<num>\d{{1,4}}|{_alternatives('figure_words')})"
# Up to four modifiers ("Iranian-backed", "regime", "young") before a noun for people; bounded, so
# the pattern cannot backtrack without end.
_PERSON = rf"(?:[\w'-]+\s+){{0,4}}?(?:{_alternatives('people')})\b"
_KILLED_WORDS = f"(?:{_alternatives('killed')})"
_ONE_PERSON = f"(?:{_alternatives('one_person')})"
_KILL_WORD = re.compile(rf"(?:were |was )?{_KILLED_WORDS}", re.I)


def says_killed(words: str) -> bool:
    """Whether `words` (a trigger) tell people killed: "killed", "neutralised", "were killed"."""
    return _KILL_WORD.fullmatch(words.strip()) is not None

# A coder's stated total ("Total fatalities coded as 7", "for a total of 14 fatalities") beats every
# other figure of the note.
_TOTAL_PATTERNS = [
    re.compile(rf"\btotal (?:of )?(?:fatalit\w*|deaths?)\s+(?:are |were |is )?(?:coded |assumed )?"
               rf"(?:as |to |to be |at )?{_NUM}\b", re.I),
    re.compile(rf"\bfor a total of {_NUM} (?:fatalit\w*|deaths?)\b", re.I),
    re.compile(rf"\b(?:total |in total )?coded {_NUM} fatalit\w*", re.I),
]
# How a coder shares one figure among the events of a note: "distributed across two locations",
# "3 fatalities spread across 3 events", "split between the two events with 3 coded to each location",
# "split between events in Tal Hamis, and Rmelan", "split as follows: Hajin four, Al-Shafa three".
_SHARE_EACH = re.compile(rf"\b{_NUM} (?:each )?(?:coded |allocated |attributed )?(?:to|for|in) each\b", re.I)
_SHARE_PARTS = re.compile(
    r"\b(?:split|distributed|spread|divided|shared)\b[^.;]{0,40}?\b(?:between|across|over|among)\s+(?:the\s+)?"
    r"(?P<parts>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\w+\s+)?"
    r"(?:events|locations|areas|villages|towns|sites|places|incidents)\b", re.I)
_SHARE_NAMED = re.compile(
    r"\b(?:split|distributed|spread|divided)\b[^.;]{0,30}?\b(?:between|across|over|among)\s+(?:the\s+)?"
    r"(?:events|locations|activities)\s+in\s+(?P<names>[^.;:]+)", re.I)
_SHARE_LIST = re.compile(r"\bsplit as follows:?(?P<list>[^.;]+)", re.I)
_FATALITY_PATTERNS = [
    # "3 fatalities." in ACLED notes; "Unknown fatalities coded as 10"
    re.compile(rf"\b{_NUM} fatalit(?:y|ies)\b", re.I),
    re.compile(rf"\bfatalit\w* (?:are |were |is )?(?:\w+ )?(?:coded|assumed)(?: as| to be| to| at)? {_NUM}\b", re.I),
    # "an unknown number of fatalities, coded as 10", "fatalities among the guards unknown; coded 10"
    re.compile(rf"\bfatalit\w*\b[^.;]{{0,80}}?\bcoded(?: as| to be| at)? {_NUM}\b", re.I),
    # "resulting in the death of 2 rebel fighters", "led to the killing of a colonel"
    re.compile(rf"\b(?:death|deaths|killing) of (?:at least |about )?{_NUM}\s+{_PERSON}", re.I),
    # "killing 3 members", "killed two fighters", "leaving 4 dead"
    re.compile(rf"\b(?:killing|killed|kills|kill|leaving|left|claiming the lives of|claimed the lives of|"
               rf"executing|executed|assassinating|assassinated) (?:at least |about |nearly |around |approximately )?"
               rf"{_NUM}\s+{_PERSON}(?! (?:injured|wounded))", re.I),
    # "3 members were killed", "two civilians died", "a young man was shot dead"
    re.compile(rf"\b(?:at least |about |nearly |around )?{_NUM}\s+{_PERSON}[^.;]{{0,40}}?"
               rf"\b(?:were |was |have been |has been |had been )?{_KILLED_WORDS}", re.I),
    re.compile(rf"\b(?:killing|killed) (?:at least |about )?{_NUM}(?=\s*(?:[,.;]|and\b|$))", re.I),
    re.compile(rf"\b(?:death toll|toll)\b[^.]{{0,40}}?\b(?:rose |rises |reached |to |of |is )+{_NUM}", re.I),
    re.compile(rf"\b{_NUM}\s+(?:dead|deaths|bodies|corpses)\b", re.I),
]
# Words a match of each fatality pattern holds (same flags), in the order of the list (None: no cheap word): a sentence
# without them is not scanned for that pattern, which would start a try at every number word ("a", "two") in it.
_NEEDED: dict[re.Pattern[str], re.Pattern[str]] = {
    pattern: re.compile(needed, re.I) for pattern, needed in zip(_FATALITY_PATTERNS, [
        "fatalit", "fatalit", "fatalit", "death|killing", None, _KILLED_WORDS, "killing|killed", "toll",
        "dead|deaths|bodies|corpses"], strict=True) if needed is not None}
_SHOT_DEAD = re.compile(rf"\bshot (?:a|an|the) (?:[a-z-]+\s){{0,3}}?{_ONE_PERSON}\s+dead\b", re.I)
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|succumbed|passed away)\b[^.]{0,60}?\b(?:wounds|injuries)\b|"
                             r"\bdied later\b", re.I)
_SINGLE_VICTIM_KILLED = re.compile(
    rf"\b(?:shot (?:and killed|dead)|killed|killing|assassinated|executed)\s+(?:a|an|the)\s+"
    rf"(?:[a-z-]+\s){{0,3}}{_ONE_PERSON}\b", re.I)
_NO_FATALITIES = re.compile(r"\b(?:no (?:fatalities|casualties|deaths|one was killed)|casualties unknown|"
                            r"without (?:fatalities|casualties)|no one was (?:killed|hurt))\b", re.I)
_INJURED_PATTERNS = [
    re.compile(rf"\b(?:injuring|wounding|injured|wounded) (?:at least |about )?{_NUM}\s+{_PERSON}", re.I),
    re.compile(rf"\b{_NUM}\s+{_PERSON}[^.;]{{0,30}}?\b(?:were |was )?(?:injured|wounded)\b", re.I),
    re.compile(rf"\b{_NUM} (?:injured|wounded)\b", re.I),
]
_DETAINED_PATTERNS = [
    re.compile(rf"\b(?:arrested|detained|abducted|kidnapped|arresting|detaining|abducting|kidnapping|"
               rf"rounded up) (?:at least |about )?{_NUM}\s+{_PERSON}", re.I),
    re.compile(rf"\b{_NUM}\s+{_PERSON}[^.;]{{0,30}}?\b(?:were |was )(?:arrested|detained|abducted|kidnapped)\b",
               re.I),
]
# A word each pattern of a list holds (same flags): a text without one holds no such figure (a cheap first look).
_TOTAL_WORDS = re.compile(r"total|coded", re.I)
_INJURY_WORDS = re.compile(r"injur|wound", re.I)
_DETENTION_WORDS = re.compile(r"arrest|detain|abduct|kidnap|rounded up", re.I)
_FIGHTER_PATTERNS = [
    re.compile(rf"\b{_NUM} (?:of )?(?:{_alternatives('fighters')})\b", re.I),
]
_VEHICLE_PATTERNS = [
    re.compile(rf"\b{_NUM} (?:military )?(?:{_alternatives('vehicles')})\b", re.I),
    re.compile(rf"\bconvoy of {_NUM}\b", re.I),
]


@dataclass(frozen=True)
class Count:
    value: int
    evidence: Evidence


def number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    return WORD_NUMBERS.get(word)


def _counts(patterns: list[re.Pattern[str]], text: str, offset: int, tallies: bool = True) -> list[Count]:
    """The figures the patterns find; with `tallies=False`, not those told for a period or as a running total
    (rules `period-count`, `running-total`)."""
    found: list[Count] = []
    for pattern in patterns:
        if (needed := _NEEDED.get(pattern)) is not None and needed.search(text) is None:
            continue
        for match in pattern.finditer(text):
            value = number(match.group("num"))
            if value is None or (not tallies and is_tally_figure(text, match.start(), match.end())):
                continue
            start, end = match.span()
            found.append(Count(value, Evidence(offset + start, offset + end, match.group(0))))
    return found


@lru_cache(maxsize=1024)  # each draft of a sentence asks for its counts again (Count is immutable)
def fatalities(text: str, offset: int = 0) -> Count | None:
    """The fatality figure a span of text reports, the lowest of conflicting figures; None if it says none."""
    totals = _counts(_TOTAL_PATTERNS, text, offset) if _TOTAL_WORDS.search(text) else []
    if totals:
        return max(totals, key=lambda c: c.value)
    counts = _counts(_FATALITY_PATTERNS, text, offset, tallies=False)
    explicit = [c for c in counts if "fatalit" in c.evidence.text.lower()]
    if explicit:  # a stated total ("3 fatalities") overrides the narrative figures
        return min(explicit, key=lambda c: c.value)
    if counts:
        return min(counts, key=lambda c: c.value)
    for pattern in (_SINGLE_VICTIM_KILLED, _SHOT_DEAD, _DIED_OF_WOUNDS):
        match = pattern.search(text)
        if match:
            return Count(1, Evidence(offset + match.start(), offset + match.end(), match.group(0)))
    return None


def is_tally_figure(text: str, start: int, end: int) -> bool:
    """"killed 41 people during the past month", "bringing the total to 12 dead": a figure for a period or a
    running total, not the toll of one event."""
    return bool(rule("period-count").search(text[end:end + 80])
                or rule("running-total").search(text[max(0, start - 80):start]))


def share(text: str, total: int, place_name: str | None) -> int | None:
    """The part of a coder's figure that falls to one event, when the note says how it was shared out;
    None when it does not. A named share for the event's place wins, then an even share."""
    listed = _SHARE_LIST.search(text)
    if listed and place_name:
        found = re.search(rf"\b{re.escape(place_name)}\s*(?:\(|:)?\s*{_NUM}\b", listed.group("list"), re.I)
        if found and (value := number(found.group("num"))) is not None:
            return value
    each = _SHARE_EACH.search(text)
    if each and (value := number(each.group("num"))) is not None:
        return value
    parts = _SHARE_PARTS.search(text)
    count = number(parts.group("parts")) if parts else None
    if count is None and (named := _SHARE_NAMED.search(text)):
        count = len([n for n in re.split(r",|\band\b", named.group("names")) if n.strip()])
    if count and count > 1:
        return total // count
    return None


def says_no_fatalities(text: str) -> bool:
    return bool(_NO_FATALITIES.search(text))


@lru_cache(maxsize=1024)
def injured(text: str, offset: int = 0) -> Count | None:
    counts = _counts(_INJURED_PATTERNS, text, offset) if _INJURY_WORDS.search(text) else []
    return min(counts, key=lambda c: c.value) if counts else None


@lru_cache(maxsize=1024)
def detained(text: str, offset: int = 0) -> Count | None:
    counts = _counts(_DETAINED_PATTERNS, text, offset) if _DETENTION_WORDS.search(text) else []
    return min(counts, key=lambda c: c.value) if counts else None


@lru_cache(maxsize=1024)
def fighters(text: str, offset: int = 0) -> Count | None:
    counts = _counts(_FIGHTER_PATTERNS, text, offset)
    return max(counts, key=lambda c: c.value) if counts else None


@lru_cache(maxsize=1024)
def vehicles(text: str, offset: int = 0) -> Count | None:
    counts = _counts(_VEHICLE_PATTERNS, text, offset)
    return max(counts, key=lambda c: c.value) if counts else None
