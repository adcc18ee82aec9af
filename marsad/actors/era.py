"""The time an undated report speaks of, read from its own words (rule `report-era`).

A report with no publication date still tells a reader when it was written: the latest year or full date it
gives ("in 2015", a dateline "2016-01-12"), names that only existed from some day on ("Hayat Tahrir al-Sham",
"the fall of the Assad regime"), and names that only held for a while ("regime forces", "Prime Minister
Mustafa al-Kadhimi"). The names and their days are data (marsad/data/eras/names.yaml). State actors ACLED
names by government period are then named for the period of that time, not for today's.

How the evidence is weighed: a name's first day and the latest date the report gives are firm (nothing is
written before it exists); a name's last day counts only where it agrees with them and no past marker stands
before the name ("the former regime"); the period actors the report names unambiguously (actors/period.py)
count last, where they agree. The report's day is then the latest date the report gives, when it lies inside
that window, else the window's last day, else none (today's government, as before).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from marsad.events.dates import ReferenceDate, find_dates, reference_date
from marsad.types import Evidence

_OPEN_START, _OPEN_END = date.min, date.max
Window = tuple[date, date]  # first and last day, both held


@dataclass(frozen=True)
class EraName:
    """A name and the windows in which it could be written (`in_use`)."""

    name: str
    pattern: re.Pattern[str]
    windows: tuple[Window, ...]


@dataclass(frozen=True)
class Clue:
    """One piece of evidence: the windows it allows and the words that tell it."""

    windows: tuple[Window, ...]
    evidence: Evidence


@dataclass(frozen=True)
class ReportEra:
    """The window an undated report speaks of and the day that stands for it (None: today's government)."""

    first: date | None
    last: date | None
    day: date | None
    evidence: tuple[Evidence, ...]  # the words that told it; the last of them decided the day


def _path() -> Path:
    return Path(str(resources.files("marsad") / "data" / "eras" / "names.yaml"))


@dataclass(frozen=True)
class EraWords:
    """The data file: its names, and the words around a name or a year that change what it tells."""

    names: tuple[EraName, ...]
    past_before: re.Pattern[str]  # a past marker that ends just before a name ("the former")
    past_after: re.Pattern[str]  # a past marker that starts just after it ("'s fall")
    ongoing_leads: frozenset[str]  # "since 2019"


@lru_cache(maxsize=1)
def load_era_words(path: str | None = None) -> EraWords:
    """The data file, read once per process."""
    data = yaml.safe_load(Path(path or _path()).read_text(encoding="utf-8")) or {}
    names = []
    for entry in data.get("names", []):
        windows = tuple((_day(w.get("from"), _OPEN_START), _day(w.get("until"), _OPEN_END)) for w in entry["in_use"])
        words = "|".join(f"(?:{w})" for w in entry["words"])
        names.append(EraName(entry["name"], re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.IGNORECASE), windows))
    before = re.compile(r"(?<![\w-])(?:" + _alternation(data.get("past_markers", []))
                        + r")[\s-]+(?:the\s+)?(?:[\w'’.-]+\s+)?$", re.IGNORECASE)
    after = re.compile(r"\s*(?:" + _alternation(data.get("past_after", [])) + r")(?![\w-])", re.IGNORECASE)
    return EraWords(tuple(names), before, after, frozenset(w.lower() for w in data.get("ongoing_leads", [])))


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


def _day(value: object, default: date) -> date:
    if value is None:
        return default
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def name_clues(text: str) -> list[Clue]:
    """The era names the text holds; a past marker before or after a name keeps only its first day ("the former
    regime", "the regime's fall" were still written after the regime fell)."""
    words = load_era_words()
    clues = []
    for era in words.names:
        for match in era.pattern.finditer(text):
            before = text[max(0, match.start() - 40):match.start()]
            evidence = Evidence(match.start(), match.end(), match.group(0))
            if words.past_before.search(before) or words.past_after.match(text, match.end()):
                first = min(w[0] for w in era.windows)
                clues.append(Clue(((first, _OPEN_END),), evidence))
            else:
                clues.append(Clue(era.windows, evidence))
    return clues


def report_era(text: str, period_windows: Sequence[tuple[Window, Evidence]] = ()) -> ReportEra | None:
    """The era of an undated report from its text (`period_windows`: the windows of the period actors it names
    unambiguously, weighed last); None when the text tells nothing of its time. Its evidence: the words that
    set the window's first and last day, and the date that stands for the report's day."""
    reference = reference_date(None, text, find_dates(text, None))
    clues = name_clues(text)
    firm: list[Window] = [(_OPEN_START, _OPEN_END)]
    applied: list[tuple[Evidence, tuple[Window, ...]]] = []  # each clue that narrowed the window, as it did
    if reference is not None and reference.evidence is not None:
        start = date(reference.value.year, 1, 1) if reference.by_year else reference.value
        firm = _intersect(firm, [(start, _OPEN_END)])
        applied.append((reference.evidence, ((start, _OPEN_END),)))
    for clue in clues:  # first days: firm
        bound = ((min(w[0] for w in clue.windows), _OPEN_END),)
        narrowed = _intersect(firm, bound)
        if narrowed != firm:
            firm = narrowed
            applied.append((clue.evidence, bound))
    window = firm
    for windows, said in [*((c.windows, c.evidence) for c in clues), *(((w,), e) for w, e in period_windows)]:
        narrowed = _intersect(window, windows)  # the days a name held, then a period actor's, where they agree
        if narrowed and narrowed != window:
            window = narrowed
            applied.append((said, windows))
    if window == [(_OPEN_START, _OPEN_END)]:
        return None
    told = reference if reference is not None and not _ongoing(reference) else None
    # the window that holds the date the report gives, else the latest: a report read today is most likely recent
    held = [w for w in window if told is not None and _fits(_told_day(told), w)]
    first, last = held[0] if held else window[-1]
    day = _standing_day(_told_day(told) if told is not None else None, (first, last))
    # the words that set the first day, then the last, then the date the report gives: the last of them decided
    evidence = [e for e, windows in applied if any(w[0] == first for w in windows)]
    evidence += [e for e, windows in applied if any(w[1] == last != _OPEN_END for w in windows)]
    if told is not None and told.evidence is not None and day == min(_told_day(told), last):
        evidence.append(told.evidence)
    return ReportEra(None if first == _OPEN_START else first, None if last == _OPEN_END else last, day,
                     _distinct(evidence))


def _distinct(evidence: list[Evidence]) -> tuple[Evidence, ...]:
    """The spans in their order, each once, the last time it comes; a span inside another ("the Syrian regime"
    in "the fall of the old regime") is left to the longer."""
    kept: list[Evidence] = []
    for span in reversed(evidence):
        if not any(k.start <= span.start and span.end <= k.end for k in kept):
            kept.insert(0, span)
    return tuple(kept)


def _ongoing(reference: ReferenceDate) -> bool:
    """A year told as the start of what still goes on ("since 2019"): the report is later, by how much unknown."""
    lead = reference.evidence.text.split()[0].lower() if reference.evidence and reference.evidence.text else ""
    return reference.by_year and lead in load_era_words().ongoing_leads


def _told_day(told: ReferenceDate) -> date:
    """The day a date the report gives stands for: itself, or its year's last day."""
    return date(told.value.year, 12, 31) if told.by_year else told.value


def _standing_day(told: date | None, window: Window) -> date | None:
    """The date the report gives when it lies in the window (a year's last day: its last day in the window),
    else the window's last day, else None (an open window: today's government)."""
    last = window[1]
    if told is not None and _fits(told, window):
        return min(told, last)
    return None if last == _OPEN_END else last


def _fits(told: date, window: Window) -> bool:
    """The day lies in the window, or (a year's last day standing for the year) in the window's last year."""
    first, last = window
    return first <= told and (told <= last or told.year == last.year)


def _intersect(windows: Iterable[Window], others: Iterable[Window]) -> list[Window]:
    others = list(others)
    out = [(max(a, c), min(b, d)) for a, b in windows for c, d in others if max(a, c) <= min(b, d)]
    return sorted(set(out))

