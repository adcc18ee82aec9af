"""An act told on two days joined by "and" is one event on each day (rule each-day-told), as ACLED codes one
event per day; two days that bound a span ("between Monday and Tuesday night") are one stretch of time (rule
span-of-days). Sentences written for the test; no gazetteer, no model."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report

PUBLISHED = date(2024, 5, 17)  # a Friday


def _days(text: str) -> list[tuple[str, str | None]]:
    analysis = Analysis(report=Report(doc_id="t", text=text, published=PUBLISHED), sentences=[(0, len(text))],
                        places=[], actors=[], dates=find_dates(text, PUBLISHED), attributions=[])
    return sorted((d.kind, d.date.value.isoformat() if d.date and d.date.value else None)
                  for d in extract_drafts(analysis, load_lexicon()))


@pytest.mark.parametrize(("text", "expected"), [
    ("Warplanes bombed the hills on Monday and Tuesday, the monitor said.",
     [("air", "2024-05-13"), ("air", "2024-05-14")]),
    ("Artillery shelled the farms on Tuesday and again on Wednesday.",
     [("shelling", "2024-05-14"), ("shelling", "2024-05-15")]),
])
def test_an_act_told_on_two_days_is_an_event_on_each(text, expected):
    assert _days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Warplanes bombed the hills between Monday and Tuesday, the monitor said.", [("air", "2024-05-13")]),
    ("Warplanes bombed the hills on Monday, a day before the funeral on Tuesday.", [("air", "2024-05-13")]),
])
def test_a_span_or_another_days_fact_is_one_event(text, expected):
    assert _days(text) == expected
