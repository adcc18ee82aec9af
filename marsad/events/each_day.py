"""An act told on two days at once: "drones struck the village on Monday and Tuesday", "the shelling went on
on Monday and again on Tuesday". ACLED codes one event per day, so the act told on both days is two events, one
on each (rule each-day-told); a span ("between Monday and Tuesday night", "from Monday to Wednesday") is one
stretch of time, not two days the act was told on."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.drafts import Draft
from marsad.events.rules import rule
from marsad.types import DateMention


def other_day(text: str, own_dates: list[DateMention], day: DateMention | None) -> DateMention | None:
    """The second day told with `day` by "and" ("on Monday and Tuesday", "on Monday and again on Tuesday"), or
    None when there is none, when the two make a span ("between Monday and Tuesday") or the same day."""
    if day is None or day.value is None or day.time_precision != 1:
        return None
    later = [d for d in own_dates if d.start >= day.end]
    if not later or later[0].value is None or later[0].value == day.value or later[0].time_precision != 1:
        return None
    if not rule("each-day-told").fullmatch(text[day.end:later[0].start]):
        return None
    if rule("span-of-days").search(text[max(0, day.start - 12):day.start]):
        return None
    return later[0]


def on_each_day(drafts: list[Draft], day: DateMention) -> list[Draft]:
    """The drafts again on the other day; the toll told once stays with the first day's events."""
    return [replace(d, date=day, fatalities=None, evidence=list(d.evidence), rules=[*d.rules, "each-day-told"])
            for d in drafts]
