"""Date expressions resolved against the report's publication date, with ACLED time precision.

A relative expression ("yesterday", "on Monday") with no publication date resolves to None — never
to today's date. A day and month without a year ("On February 3") takes the year of publication
(the latest such day not after publication); without a publication date it stays unresolved.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.text.alternation import words_by_first_letter
from marsad.types import DateMention

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = r"(?P<month>" + words_by_first_letter(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Order matters: the first pattern to claim a span wins, so the fuller forms come first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("week_of", re.compile(rf"\baround {_DAY} (?:of )?{_MONTH},? {_YEAR} \(week of\)", re.I)),
    ("month_of", re.compile(rf"\b(?:in|during|around) (?:early |mid-?|late |the end of )?{_MONTH},? {_YEAR}"
                            rf"\s*\((?:month of)\)", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}(?: of)? {_MONTH},? {_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH} {_DAY},? {_YEAR}\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dm", re.compile(rf"\b{_DAY}(?: of)? {_MONTH}\b(?!,? (?:19|20)\d\d)", re.I)),
    ("md", re.compile(rf"\b{_MONTH} {_DAY}\b(?!,? (?:19|20)\d\d)(?![\d:])", re.I)),
    ("my", re.compile(rf"\b{_MONTH},? {_YEAR}\b", re.I)),
    ("today", re.compile(r"\b(?:today|this (?:morning|evening|afternoon)|tonight|earlier today|"
                         r"at dawn today|on the same day)\b", re.I)),
    ("yesterday", re.compile(r"\b(?:yesterday|last night)\b", re.I)),
    ("day_before", re.compile(r"\bthe day before yesterday\b", re.I)),
    ("weekday", re.compile(r"\b(?:on |last |this |early |late )?(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I)),
    ("days_ago", re.compile(r"\b(?P<n>two|three|four|five|six|\d) days ago\b", re.I)),
    ("last_week", re.compile(r"\b(?:last|past|previous) week\b|\ba week ago\b|\bin the past few days\b|"
                             r"\bfew days ago\b|\ba few days ago\b|\brecent days\b", re.I)),
    ("months_ago", re.compile(r"\b(?:a few|several|two|three|few) (?:months|weeks) ago\b|\blast month\b|"
                              r"\bat the (?:end|beginning) of (?:last|this) (?:year|month)\b|\brecently\b(?!-)", re.I)),
]
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved where the text and `published` allow."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            mention = _resolve(kind, match, published)
            if mention is None:
                continue
            taken.append((start, end))
            found.append(DateMention(start, end, match.group(0), mention[0], mention[1]))
    return sorted(found, key=lambda m: m.start)


def _resolve(kind: str, match: re.Match[str], published: date | None) -> tuple[date | None, int] | None:
    groups = match.groupdict()
    if kind in {"dmy", "mdy", "iso", "week_of"}:
        month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
        value = _safe_date(int(groups["year"]), month, int(groups["day"]))
        if value is None:
            return None
        return value, 2 if kind == "week_of" else 1
    if kind in {"dm", "md"}:
        month = MONTHS[groups["month"].lower()]
        day = int(groups["day"])
        if not 1 <= day <= 31 or (kind == "md" and groups["month"].lower() == "may" and day > 31):
            return None
        if published is None:
            return None, 1
        value = _safe_date(published.year, month, day)
        if value is not None and value > published:
            value = _safe_date(published.year - 1, month, day)
        return value, 1
    if kind in {"my", "month_of"}:
        value = _safe_date(int(groups["year"]), MONTHS[groups["month"].lower()], 1)
        return value, 3
    if published is None:
        precision = {"last_week": 2, "months_ago": 3}.get(kind, 1)
        return None, precision
    if kind == "today":
        return published, 1
    if kind == "yesterday":
        return published - timedelta(days=1), 1
    if kind == "day_before":
        return published - timedelta(days=2), 1
    if kind == "days_ago":
        n = groups["n"].lower()
        return published - timedelta(days=int(n) if n.isdigit() else _SMALL_NUMBERS[n]), 1
    if kind == "weekday":
        back = (published.weekday() - WEEKDAYS.index(groups["weekday"].lower())) % 7
        return published - timedelta(days=back), 1
    if kind == "last_week":
        return published - timedelta(days=7), 2
    if kind == "months_ago":
        return None, 3
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
