"""One event per act, place and day: acts of one kind told with different days, or told as a reprisal for the act
before, stay events of their own; one act told twice on one day stays one. Reports written for these tests; places
from the hand-made gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from datetime import date

from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report
from tests.events import test_segmentation
from tests.events.test_same_place_acts import _actors, report

PUBLISHED = date(2024, 5, 17)  # a Friday


def code(text: str) -> list:
    headline = text.split("\n", 1)[0]
    analysis = Analysis(report=Report(doc_id="t", text=text, published=PUBLISHED),
                        sentences=test_segmentation._sentences(text), places=test_segmentation._mentions(text),
                        actors=_actors(text), dates=find_dates(text, PUBLISHED), attributions=[],
                        headline_end=len(headline) if "\n" in text else 0)
    return extract_drafts(analysis, load_lexicon())


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None,
                   d.date.value.isoformat() if d.date and d.date.value else None) for d in code(text))
