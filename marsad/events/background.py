"""What a report tells that is not news of its own: old background, patterns of conduct, events named as
linked to another or by their day, agreements named but not reached (`not_news`, the rules of stage `cue`
that need the report's reference date or the trigger's kind). Most of this module is about old background:
a happening the report dates well before its own time is context, not news.

A report retells history to explain the news ("Raqqa was liberated from ISIS in October 2017", "In 2014, the
group seized vast areas", "a move that violated the 1974 agreement"). Such a telling carries its own date or
year, and that date lies well before the report's reference date (dates.reference_date: the publication
date, else the latest date or year the text tells). Recent background with a date of its own ("On August 22
a drone was shot down", "In early October ...") is still coded: only a month or season more than
`OLD_AFTER_DAYS` before the reference, or a day more than `OLD_DAY_AFTER_DAYS` before it, counts as old; when
the reference is known only as a year, only earlier years do.

A sentence whose dates are all old tells background. A sentence that also tells a current date ("On Monday
gunmen attacked the town, which the group had seized in 2014") keeps its events, except a trigger in the same
clause as the old date and no current one.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from marsad.events.dates import ReferenceDate, find_years
from marsad.events.modality import agreement_not_reached
from marsad.events.rules import rule
from marsad.types import DateMention

# How old a date must be, before the reference, to be history: a date told to the day is an event's date and
# is told as news for longer (a strike "on 4 March" in a report of the autumn) than a month or a season.
OLD_AFTER_DAYS = 90
OLD_DAY_AFTER_DAYS = 365
# what parts a sentence into clauses for this purpose: punctuation and the words that open a relative clause
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:which|who|whom|whose|where|when|while)\b", re.I)


def not_news(text: str, sentence: tuple[int, int], trigger_start: int, kind: str, own_dates: list[DateMention],
             reference: ReferenceDate | None) -> str | None:
    """The rule (rules.yaml, stage `cue`) by which a trigger tells nothing new in this report: history retold
    with an old date (`old-date`), a pattern of conduct (`frequency`: "they usually raid"), another event
    named as linked (`linked-event`: "links to the killing of") or by its day (`named-by-its-day`: "Sunday's
    raid"), an agreement named but not reached here
    (`agreement-framework`, `agreement-not-reached`). None for news."""
    before = text[sentence[0]:trigger_start]
    if old_background(text, sentence, own_dates, reference, trigger_start):
        return "old-date"
    if rule("frequency").search(before[-80:]):
        return "frequency"
    if rule("linked-event").search(before[-60:]):
        return "linked-event"
    if rule("named-by-its-day").search(before[-40:]):
        return "named-by-its-day"
    if kind == "agreement":
        return agreement_not_reached(before, text[sentence[0]:sentence[1]])
    return None


_YEARS_AGO = re.compile(r"\b(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|many|\d+)\s+"
                        r"years?|(?:a|two|three|several)\s+decades?)\s+(?:ago|earlier|before)\b", re.I)


def _last_day(mention: DateMention) -> date | None:
    """The latest day a date expression may mean: the day, the week's last day, the month's last day."""
    value = mention.value
    if value is None:
        return None
    if mention.time_precision == 2:
        return value + timedelta(days=6)
    if mention.time_precision == 3:
        return value.replace(day=calendar.monthrange(value.year, value.month)[1])
    return value


def is_old(last_day: date, reference: ReferenceDate, to_the_day: bool = False) -> bool:
    if reference.by_year:
        return last_day.year < reference.value.year
    return (reference.value - last_day).days > (OLD_DAY_AFTER_DAYS if to_the_day else OLD_AFTER_DAYS)


def carried_date(own_dates: list[DateMention], reference: ReferenceDate | None) -> DateMention | None:
    """The date a sentence lends the sentences after it that tell none of their own: its first date, unless
    that date is old (history told in passing does not date the news that follows it)."""
    if not own_dates:
        return None
    first = own_dates[0]
    day = _last_day(first)
    if reference is not None and day is not None and is_old(day, reference, first.time_precision == 1):
        return None
    return first


def old_background(text: str, sentence: tuple[int, int], own_dates: list[DateMention],
                   reference: ReferenceDate | None, trigger_start: int) -> bool:
    """True when the trigger at `trigger_start` is told with an old date (see the module's docstring)."""
    # a day the text tells but that cannot be resolved ("on March 3" in an undated report, "on Sunday") is the
    # news' own time; "two years ago" is old whatever the reference
    if reference is None:
        return bool(_YEARS_AGO.search(text, *sentence)) and not own_dates
    ages = [(d.start, d.value is not None and is_old(_last_day(d) or d.value, reference, d.time_precision == 1))
            for d in own_dates]
    ages += [(y.start, is_old(date(y.year, 12, 31), reference)) for y in find_years(text, *sentence)]
    ages += [(m.start(), True) for m in _YEARS_AGO.finditer(text, *sentence)]
    if not ages:
        return False
    if all(old for _, old in ages):
        return True
    clause = _clause_of(text, sentence, trigger_start)
    in_clause = [old for start, old in ages if clause[0] <= start < clause[1]]
    return bool(in_clause) and all(in_clause)


def _clause_of(text: str, sentence: tuple[int, int], position: int) -> tuple[int, int]:
    start, end = sentence
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, start, end)]
    before = [b for b in breaks if b < position]
    after = [b for b in breaks if b > position]
    return (before[-1] if before else start), (after[0] if after else end)
