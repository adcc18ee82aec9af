"""Date expressions resolved against the report's publication date, with ACLED time precision.

A relative expression ("yesterday", "on Monday") with no publication date resolves to None — never
to today's date. A day and month without a year ("On February 3") takes its year from the narration: the
full date told before it ("On 18 June 2024 ... On 21 June": 2024-06-21, the story goes on from there) when
that date is current, else the year of publication (the latest such day not after publication); with
neither it stays unresolved.

The report's reference date (`reference_date`) is its publication date or, where that is unknown, the
latest date or year the text itself tells, with the words that tell it: what the background rules
(events/background.py) measure "old" against.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from marsad.events.rules import rule
from marsad.text.alternation import words_by_first_letter
from marsad.types import DateMention, Evidence

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
    # "In October last year", "in March of the previous year": a month of the year before the report's, never the
    # latest such month (history, for the rule old-date)
    ("month_last_year", re.compile(rf"\b(?:in|during|since|until|by|(?:at|by) the (?:end|beginning|start) of)\s+"
                                   rf"(?:early |mid-?|late |the (?:end|beginning|start|middle) of )?{_MONTH}\s+"
                                   rf"(?:of\s+)?(?:last|the previous|the prior)\s+year\b", re.I)),
    # a month told without its year ("In January, ...", "since early March"): the latest such month of the report's time
    ("month", re.compile(rf"\b(?:in|during|since|until|by|last|(?:at|by) the (?:end|beginning|start) of)\s+"
                         rf"(?:early |mid-?|late |the (?:end|beginning|start|middle) of )?{_MONTH}\b"
                         rf"(?!,? (?:19|20)\d\d)(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)", re.I)),
    ("same_day", re.compile(r"\b(?:on |during |later )?(?:the same day|that same day|the same night)\b", re.I)),
    ("day_after", rule("day-after-told").pattern),
    # "a few hours ago", "an hour ago": the report's own day, as "today" is
    ("today", re.compile(r"\b(?:today|this (?:morning|evening|afternoon)|tonight|earlier today|"
                         r"at dawn today|(?:an|one|two|three|four|five|six|a few|few|several|\d+) hours? ago|"
                         r"(?:a few |several |\d+ )?minutes ago)\b", re.I)),
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
# Words every match of a pattern holds (lower-cased; tests/events/test_speed_caches.py checks them against the
# patterns): in a text without one of them (an ASCII text, where IGNORECASE is plain lower-casing) the pattern
# is not run. Most reports tell no "(week of)" nor "the day before yesterday": a look with `in` instead of a
# scan of the regex engine at every position of the report.
_NEEDLES: dict[str, tuple[str, ...]] = {
    "week_of": ("(week of)",),
    "month_of": ("(month of)",),
    "same_day": ("same day", "same night"),
    "today": ("today", "this morning", "this evening", "this afternoon", "tonight", "hour", "minutes ago"),
    "yesterday": ("yesterday", "last night"),
    "day_before": ("the day before yesterday",),
    "weekday": tuple(WEEKDAYS),
    "days_ago": ("days ago",),
    "last_week": ("week", "few days", "recent days"),
    "months_ago": ("months ago", "weeks ago", "last month", "at the end of", "at the beginning of", "recently"),
}


# The patterns that hold a month's name, and how far into a match the name may begin (None: anywhere, as after
# "in" and any run of spaces). The name begins after a space, a hyphen or "mid" ("in midMarch") and ends before a
# character that is no letter or digit ("Marjan" names no month). Where the report names no month (`_MONTH_NAMED`
# finds none) these patterns are not run; where it does, a pattern whose name begins at most `lead` characters
# into its matches is run from `lead` characters before the first name: no match of it begins earlier
# (tests/events/test_speed_caches.py checks the leads against the patterns).
_MONTH_LEADS: dict[str, int | None] = {"week_of": None, "month_of": None, "dmy": 8, "mdy": 0, "dm": 8, "md": 0,
                                       "my": 0, "month_last_year": None, "month": None}
_MONTH_NAMED = re.compile(rf"(?:\b|(?<=mid)){_MONTH}(?!\w)", re.I)

_FULL = {"dmy", "mdy", "iso", "week_of"}
# A full date this close to publication is the narration's own time, from which a day without a year counts;
# a day without a year lies at most this far before that date (else it is the next year's).
_CURRENT_DAYS = 183
_BEFORE_ANCHOR_DAYS = 60


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved where the text and `published` allow."""
    taken: list[tuple[int, int]] = []
    claimed: list[tuple[str, re.Match[str]]] = []
    lowered = text.lower() if text.isascii() else None
    first_month = _MONTH_NAMED.search(text)
    for kind, pattern in _PATTERNS:
        needles = _NEEDLES.get(kind)
        if needles and lowered is not None and not any(needle in lowered for needle in needles):
            continue  # no word the pattern needs: no match
        start = 0
        if kind in _MONTH_LEADS:
            if first_month is None:
                continue  # no month named: no match
            lead = _MONTH_LEADS[kind]
            start = 0 if lead is None else max(0, first_month.start() - lead)  # no match begins before
        for match in pattern.finditer(text, start):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if _resolve(kind, match, published) is None:
                continue
            taken.append((start, end))
            claimed.append((kind, match))
    found: list[DateMention] = []
    anchor: date | None = None  # the last full date told so far, when current
    for kind, match in sorted(claimed, key=lambda c: c[1].start()):
        mention = _resolve(kind, match, published)
        if mention is None:
            continue
        if kind in {"dm", "md"} and anchor is not None:
            mention = _after_anchor(match, anchor), 1
        if kind == "same_day" and found:  # "on the same day": the day last told, not the day of publication
            mention = found[-1].value, found[-1].time_precision
        if kind == "day_after":  # "the next day", "two days later": from the day last told (rule day-after-told)
            mention = _days_after(match, _latest_day_of_last_sentence(text, found))
        if kind in _FULL and mention[0] is not None and (
                published is None or abs((mention[0] - published).days) <= _CURRENT_DAYS):
            anchor = mention[0]
        found.append(DateMention(match.start(), match.end(), match.group(0), mention[0], mention[1]))
    return _months_share_the_year(text, found)


def _months_share_the_year(text: str, found: list[DateMention]) -> list[DateMention]:
    """"in August and September 2023", "between March and May 2021": months told together share the year told
    after the last of them (rule months-share-year); the first is not the month of the report's year."""
    shared = rule("months-share-year")
    for i, (month, told) in enumerate(zip(found, found[1:], strict=False)):
        if month.time_precision != 3 or month.value is None or told.time_precision != 3 or told.value is None \
                or not shared.fullmatch(text[month.end:told.start]) or _YEAR_TOLD.search(month.text) \
                or not _YEAR_TOLD.search(told.text):
            continue
        year = told.value.year - (1 if month.value.month > told.value.month else 0)
        found[i] = DateMention(month.start, month.end, month.text, month.value.replace(year=year), 3)
    return found


_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")


def act_dates(text: str, sentence_start: int, own_dates: list[DateMention]) -> list[DateMention]:
    """The days a sentence tells that may date its act: without a wire dateline's day (rule dateline-date) or the
    day of a statement ("said on Thursday that ...": rule date-of-saying) when the sentence tells another day, and
    never the day a wounded victim died (rule victim-death-day) nor the day the act lasted until (rule day-it-ended),
    which are not the act's."""
    def telling(mention: DateMention) -> bool:
        before = text[sentence_start:mention.start]
        return bool(rule("dateline-date").fullmatch(before) or rule("date-of-saying").search(before[-60:]))

    def death_of_a_victim(mention: DateMention) -> bool:  # "one of whom died in hospital the following day"
        return bool(rule("victim-death-day").search(text[sentence_start:mention.start][-120:]))

    def end_of_the_act(mention: DateMention) -> bool:  # "fighting that lasted until early Thursday" (a day, not
        # "until September 2026", a term that may be set for what is yet to come)
        before = text[sentence_start:mention.start][-40:]
        return mention.time_precision == 1 and bool(rule("day-it-ended").search(before))

    lived = [d for d in own_dates if not death_of_a_victim(d) and not end_of_the_act(d)]
    acts = [d for d in lived if not telling(d)]
    return acts if acts else lived


def only_days_of_saying(text: str, sentence_start: int, own_dates: list[DateMention]) -> bool:
    """Every day the sentence tells dates its statement or its dateline ("the official warned on Thursday that the
    cells plant bombs on the roads"): what the statement tells is undated."""
    return bool(own_dates) and not [d for d in own_dates if not (
        rule("dateline-date").fullmatch(text[sentence_start:d.start])
        or rule("date-of-saying").search(text[sentence_start:d.start][-60:]))]


def trigger_day(dates: list[DateMention], position: int, text: str = "", cue_end: int = 0) -> DateMention | None:
    """The day of the trigger at `position`: the last day told before it, unless a clause lies between that day and
    the trigger and a day follows the trigger closely in its own clause ("dispersed a protest on Friday, after
    demanding the release of a man detained there on Thursday": Thursday; rule day-after-trigger)."""
    if not dates:
        return None
    before = [d for d in dates if d.start <= position]
    close_after = next((d for d in dates if d.start >= cue_end and rule("day-after-trigger").fullmatch(
        text[cue_end:d.start])), None) if text else None
    if before and close_after is not None and re.search(r"[,;:]", text[before[-1].end:position]):
        return close_after
    return before[-1] if before else dates[0]


def _latest_day_of_last_sentence(text: str, found: list[DateMention]) -> DateMention | None:
    """The day a following "the next day" counts from: the latest day told in the sentence of the last date told
    ("dispersed a protest on Friday, after the arrest of a man on Thursday. The next day, ...": Saturday), the
    narration's day rather than a day recalled in a clause of its own."""
    if not found:
        return None
    last = found[-1]
    opening = max(text.rfind(". ", 0, last.start), text.rfind("\n", 0, last.start))
    days = [d for d in found if d.start > opening and d.value is not None and d.time_precision == 1]
    return max(days, key=lambda d: d.value) if days else last  # type: ignore[arg-type, return-value]


def _days_after(match: re.Match[str], told: DateMention | None) -> tuple[date | None, int]:
    """The day `match` ("the next day", "two days later") counts from the day told before it; with no day told, or
    one known only to the week, a day of its own whose value is unknown (it still differs from the day before)."""
    number = (match.group("n") or "").lower()
    days = int(number) if number.isdigit() else _SMALL_NUMBERS.get(number, 1)
    if told is None or told.value is None or told.time_precision > 1:
        return None, 1
    return told.value + timedelta(days=days), 1


def _after_anchor(match: re.Match[str], anchor: date) -> date | None:
    """A day and month told after a full date: the first such day from a little before that date on."""
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        value = _safe_date(year, month, day)
        if value is not None and value >= anchor - timedelta(days=_BEFORE_ANCHOR_DAYS):
            return value
    return None


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
    if kind == "month_last_year":
        if published is None:
            return None, 3
        return date(published.year - 1, MONTHS[groups["month"].lower()], 1), 3
    if kind == "month":
        if published is None:
            return None, 3
        month = MONTHS[groups["month"].lower()]
        return date(published.year - (month > published.month), month, 1), 3
    if kind == "day_after":
        return None, 1  # counted from the day told before it (find_dates)
    if published is None:
        precision = {"last_week": 2, "months_ago": 3}.get(kind, 1)
        return None, precision
    if kind in {"today", "same_day"}:
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
        if back == 0 and match.group(0).lower().startswith("last"):
            back = 7  # "last Sunday" in a Sunday report: a week before
        return published - timedelta(days=back), 1
    if kind == "last_week":
        return published - timedelta(days=7), 2
    if kind == "months_ago":
        told = match.group(0).lower()
        if told.endswith("of last year"):  # "at the end of last year": a month of the year before, history in May
            return date(published.year - 1, 12 if " end " in told else 1, 1), 3
        return None, 3
    return None


_DAY_OFFSETS = {"today": 0, "yesterday": -1, "day_before": -2}


def relative_day(text: str) -> int | None:
    """The day a relative expression names, counted from the report's day ("a few hours ago" and "this morning"
    0, "yesterday" -1, "three days ago" -3), or None for any other expression: two such days told in a report
    with no publication date differ when their counts differ, whatever their words."""
    for kind, pattern in _PATTERNS:
        if kind not in _DAY_OFFSETS and kind != "days_ago":
            continue
        match = pattern.fullmatch(text.strip())
        if match is None:
            continue
        if kind == "days_ago":
            n = match.group("n").lower()
            return -(int(n) if n.isdigit() else _SMALL_NUMBERS[n])
        return _DAY_OFFSETS[kind]
    return None


def same_day_told(text: str) -> bool:
    """"On the same day", "that same night": the day told just before, whatever its words (find_dates gives it that
    day's value where it is known; unresolved, its words still name no other day)."""
    return dict(_PATTERNS)["same_day"].fullmatch(text.strip()) is not None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A bare year the text dates something by: "in 2014", "since 2011", "late 2024", "the 1974 agreement".
_YEAR_MENTION = re.compile(r"\b(?P<lead>in|since|during|throughout|from|after|before|by|until|till|early|late|mid-?|"
                           r"end of|spring|summer|autumn|fall|winter|of|an?|the)\s+(?:the\s+)?(?:year\s+)?"
                           r"(?P<year>(?:19|20)\d\d)\b(?![-.,]?\d)", re.I)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what every match of _YEAR_MENTION holds
_ATTRIBUTIVE_LEADS = {"a", "an", "the", "of"}
_FUTURE_LEADS = {"by", "until", "till"}  # "by 2030", "until 2030": a deadline, not a date of the report


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    text: str
    year: int
    lead: str  # the word before the year, lower-cased


def find_years(text: str, start: int = 0, end: int | None = None) -> list[YearMention]:
    """The bare years in text[start:end] (a year inside a full date is that date's, not one of these); "the
    2019 elections" counts only when a word follows the year, "of 2017" only at the end of a phrase."""
    stop = len(text) if end is None else end
    if not _YEAR_DIGITS.search(text, start, stop):  # no year's digits, no year (most sentences: a cheap look)
        return []
    return list(_years_in(text, start, stop))  # a list of its own: the cache keeps its tuple


@lru_cache(maxsize=512)  # the background rules ask for a sentence's years once per trigger of the sentence
def _years_in(text: str, start: int, stop: int) -> tuple[YearMention, ...]:
    found = []
    for match in _YEAR_MENTION.finditer(text, start, stop):
        lead = match.group("lead").lower()
        after = text[match.end():match.end() + 2]
        if lead in _ATTRIBUTIVE_LEADS and not re.match(r"\s[A-Za-z]", after) and lead != "of":
            continue
        if _MONTH_BEFORE.search(text[max(0, match.start("year") - 16):match.start("year")]):
            continue  # "October 2017", "9 March 2019": the full date's year
        found.append(YearMention(match.start("year"), match.end("year"), match.group(0), int(match.group("year")),
                                 lead))
    return tuple(found)


_MONTH_BEFORE = re.compile(_MONTH + r"(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+$", re.I)


@dataclass(frozen=True)
class ReferenceDate:
    """The date a report tells its news from: `value`, and whether it is known to the day (`by_year` False) or
    only as a year (then only `value.year` counts). `evidence` is None for a publication date."""

    value: date
    by_year: bool
    evidence: Evidence | None


def reference_date(published: date | None, text: str, dates: list[DateMention]) -> ReferenceDate | None:
    """The publication date; else the latest date the text tells to the day or week, or the latest year it names
    (when later), with the words that tell it; None when the text tells no date or year at all."""
    if published is not None:
        return ReferenceDate(published, False, None)
    full = [d for d in dates if d.value is not None and d.time_precision <= 2]
    latest = max(full, key=lambda d: d.value, default=None)  # type: ignore[arg-type, return-value]
    years = [(y.year, Evidence(y.start, y.end, y.text)) for y in find_years(text) if y.lead not in _FUTURE_LEADS]
    years += [(d.value.year, Evidence(d.start, d.end, d.text)) for d in dates if d.value is not None]
    latest_year = max(years, key=lambda y: y[0], default=None)
    if latest is not None and (latest_year is None or latest_year[0] <= latest.value.year):  # type: ignore[union-attr]
        return ReferenceDate(latest.value, False, Evidence(latest.start, latest.end, latest.text))  # type: ignore[arg-type]
    if latest_year is not None:
        return ReferenceDate(date(latest_year[0], 12, 31), True, latest_year[1])
    return None
