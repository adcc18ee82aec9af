"""The government period of an undated report, from the period actors it names unambiguously.

ACLED ties state forces to governments ("Police Forces of Syria (2000-2024)" / "(2024-)"). A report
without a date that says "regime forces" (an Assad-era name only) is from the Assad era, so its
"security services" are the Assad-era police. Only actors whose canonical name carries a period
bracket count as evidence; the years a report mentions narrow the period further.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from marsad.actors.base import ActorBase
from marsad.actors.matcher import Hit

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
