"""Government periods of state actors: the days the period actors a report names stand for, and the name of an
actor in the period of a given day.

ACLED ties state forces to governments ("Police Forces of Syria (2000-2024)" / "(2024-)"). A report
without a date that says "regime forces" (an Assad-era name only) is from the Assad era, so its
"security services" are the Assad-era police (actors/era.py weighs this with the report's other clues).
Only actors whose canonical name carries a period bracket count as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from marsad.actors.base import ActorBase
from marsad.actors.matcher import Hit
from marsad.types import Actor, ActorMention, Evidence, PeriodName

_PERIOD = re.compile(r"\((\d{4})-(\d{4})?\)")


def period_windows(base: ActorBase, hits: Sequence[Hit], text: str,
                   spans: Sequence[tuple[int, int]]) -> list[tuple[tuple[date, date], Evidence]]:
    """The days each period actor the report names unambiguously stands for ("regime forces": Assad's army,
    to 7 December 2024), with the words that name it (`spans`: each hit's offsets); what the report's era
    (actors/era.py) weighs last."""
    windows = []
    for hit, (start, end) in zip(hits, spans, strict=True):
        if len(hit.ids) != 1:
            continue
        actor = base.get(hit.ids[0])
        first, last = actor.active
        if not _PERIOD.search(actor.name) or first is None:
            continue
        began = actor.began or date(first, 1, 1)
        ended = actor.ended or (date(last, 12, 31) if last is not None else date.max)
        windows.append(((began, ended), Evidence(start, end, text[start:end])))
    return windows


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
