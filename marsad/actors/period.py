"""The government period of an undated report, from the period actors it names unambiguously.

ACLED ties state forces to governments ("Police Forces of Syria (2000-2024)" / "(2024-)"). A report
without a date that says "regime forces" (an Assad-era name only) is from the Assad era, so its
"security services" are the Assad-era police. Only actors whose canonical name carries a period
bracket count as evidence; the years a report mentions narrow the period further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from marsad.actors.base import ActorBase
from marsad.actors.matcher import Hit
from marsad.types import Actor, ActorMention, PeriodName

_PERIOD = re.compile(r"\((\d{4})-(\d{4})?\)")
_YEAR = re.compile(r"\b(20[0-3]\d)\b")

Period = tuple[int, "int | None"]


def report_period(base: ActorBase, hits: Sequence[Hit], text: str) -> Period | None:
    """(first, last|None) year consistent with every unambiguous period actor named; None when there
    is no such actor or they disagree."""
    first, last = 0, None
    seen = False
    for hit in hits:
        if len(hit.ids) != 1:
            continue
        actor = base.get(hit.ids[0])
        if not _PERIOD.search(actor.name) or actor.active[0] is None:
            continue
        seen = True
        first = max(first, actor.active[0])
        if actor.active[1] is not None:
            last = actor.active[1] if last is None else min(last, actor.active[1])
    if not seen or (last is not None and last < first):
        return None
    years = [int(y) for y in _YEAR.findall(text) if int(y) >= first and (last is None or int(y) <= last)]
    if years:
        return max(first, min(years)), max(years) if last is None else min(last, max(years))
    return first, last


def in_period(base: ActorBase, ids: Sequence[str], period: Period | None) -> Sequence[str]:
    """The ids active during the period (all of them when none is, or when there is no period)."""
    if period is None or len(ids) < 2:
        return ids
    first, last = period
    fitting = [
        i
        for i in ids
        if (base.get(i).active[1] is None or base.get(i).active[1] >= first)
        and (last is None or base.get(i).active[0] is None or base.get(i).active[0] <= last)
    ]
    return fitting or ids


def period_year(period: Period | None) -> int | None:
    """One year to stand for the period when a single actor must be chosen (its last year, if it ended)."""
    if period is None:
        return None
    first, last = period
    return last if last is not None else first


def period_names(base: ActorBase, actor: Actor) -> tuple[PeriodName, ...]:
    """The actor in each government period the base holds, with the days each stands for (its `began`/`ended`,
    else its first and last year whole); () for an actor not named by period."""
    names = []
    for period in base.periods_of(actor.id):
        first, last = period.active
        began = period.began or (date(first, 1, 1) if first is not None else None)
        ended = period.ended or (date(last, 12, 31) if last is not None else None)
        names.append(PeriodName(period.name, period.id, began, ended, period.inter))
    return tuple(names)


def as_of(mention: ActorMention | None, day: date | None) -> ActorMention | None:
    """The mention named for the government period of `day`, the day the event itself happened (rule
    `event-period`): "US forces" in a report of 2025 telling a strike of March 2019 are "Military Forces of the
    United States (2017-2021)", the period a report's day chose being only the report's. Unchanged where the
    day is unknown, the mention is no period actor's, or its period already holds the day."""
    if mention is None or day is None or not mention.periods:
        return mention
    current = next((p for p in mention.periods if p.name == mention.name), None)
    if current is None or _holds(current, day):
        return mention  # renamed since it was found (a unit told as its army), or already the day's period
    fitting = next((p for p in mention.periods if _holds(p, day)), None)
    if fitting is None:
        return mention
    old, new = _bracket(current.name), _bracket(fitting.name)
    part_of = mention.part_of.replace(old, new) if mention.part_of and old and new else mention.part_of
    return replace(mention, name=fitting.name, actor_id=fitting.actor_id, part_of=part_of,
                   inter=fitting.inter if fitting.inter is not None else mention.inter)


def _holds(period: PeriodName, day: date) -> bool:
    return (period.began is None or period.began <= day) and (period.ended is None or day <= period.ended)


def _bracket(name: str) -> str | None:
    found = _PERIOD.search(name)
    return found.group(0) if found else None
