"""A month told alone that ended over a week before the report is the run-up in summary (`old-date`), without
the model: the day-dated news of the report stays, and so does a month still current."""

import re
from datetime import date

import pytest

from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report


def _code(text: str, published: date) -> tuple[Analysis, list]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text, published=published), sentences=sentences, places=[],
                        actors=[], dates=find_dates(text, published), attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def _old(text: str, published: date) -> list[str]:
    return [e.text for name, e in _code(text, published)[0].dropped if name == "old-date"]


def _told(text: str, published: date) -> list[str]:
    return [d.trigger.text for d in _code(text, published)[1]]


@pytest.mark.parametrize(("text", "published"), [
    # a month that ended weeks before the report: the run-up, told in summary
    ("Gunmen killed a farmer near the village on Sunday. In March, two men were killed in a shootout "
     "between the police and smugglers in the district.", date(2026, 5, 14)),
    ("The rocket attacks stopped in the spring. They resumed in August, when a rocket attack on the base "
     "wounded two soldiers.", date(2024, 10, 22)),
    ("Tribal fighters clashed with the police in the town in January, a local source said.", date(2025, 2, 20)),
])
def test_a_month_gone_by_is_history(text, published):
    assert _old(text, published)


@pytest.mark.parametrize(("text", "published", "trigger"), [
    # the month of the report, or one that ended in the last days, is still news
    ("Tribal fighters clashed with the police in the town in May, a local source said.", date(2025, 5, 20),
     "clashed"),
    ("Tribal fighters clashed with the police in the town in late April.", date(2025, 5, 3), "clashed"),
    # a day told is an event's date, news for long after (GUIDE: background facts with their own date)
    ("On 4 March, gunmen attacked a checkpoint near the town.", date(2025, 5, 20), "attacked"),
])
def test_a_current_month_or_a_day_is_news(text, published, trigger):
    assert trigger in _told(text, published)
    assert not _old(text, published)
