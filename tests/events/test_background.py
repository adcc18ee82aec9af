"""Old background (events/background.py) and the report's reference date (events/dates.py), without the model."""

import re
from datetime import date

import pytest

from marsad.events.background import old_background
from marsad.events.dates import find_dates, find_years, reference_date
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report


def _code(text: str, published: date | None = None) -> tuple[Analysis, list]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text, published=published), sentences=sentences, places=[],
                        actors=[], dates=find_dates(text, published), attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def _told(text: str, published: date | None = None) -> list[str]:
    """The trigger words of the events coded from `text`."""
    return [d.trigger.text for d in _code(text, published)[1]]


def _old(text: str, published: date | None = None) -> list[str]:
    """The trigger words the rule old-date dropped."""
    return [e.text for name, e in _code(text, published)[0].dropped if name == "old-date"]


def test_reference_is_the_publication_date_when_known():
    text = "In 2019 the army shelled the town."
    reference = reference_date(date(2023, 5, 2), text, find_dates(text, date(2023, 5, 2)))
    assert reference is not None and reference.value == date(2023, 5, 2) and reference.evidence is None


def test_reference_without_publication_is_the_latest_date_the_text_tells_with_its_words():
    text = "On 3 March 2021 gunmen attacked a post. The town fell on 9 May 2015. Police came on 4 March 2021."
    reference = reference_date(None, text, find_dates(text, None))
    assert reference is not None and reference.value == date(2021, 3, 4) and not reference.by_year
    assert reference.evidence is not None and reference.evidence.text == "4 March 2021"


def test_reference_by_year_when_a_later_year_than_any_full_date_is_named():
    text = "The siege began on 2 June 2016. In 2022, residents returned; the plan runs until 2030."
    reference = reference_date(None, text, find_dates(text, None))
    assert reference is not None and reference.by_year and reference.value.year == 2022
    assert reference_date(None, "Gunmen attacked a post on Monday.", []) is None


@pytest.mark.parametrize(("text", "years"), [
    ("In 2014, the group seized the city.", [2014]),
    ("It broke the 1974 agreement and the truce of 2019.", [1974, 2019]),
    ("The city fell in October 2017 and again on 3 May 2018.", []),
    ("UN Resolution 2254 was read to 2000 people.", []),
    ("Fighting in late 2024 and since 2011.", [2024, 2011]),
])
def test_bare_years(text, years):
    assert [y.year for y in find_years(text)] == years


def test_history_retold_with_an_old_year_is_no_event():
    text = "Gunmen attacked a checkpoint on Monday. In 2014, militants shelled the town."
    assert _old(text, date(2023, 5, 2)) == ["shelled"]


def test_history_retold_with_an_old_month_and_year_is_no_event():
    text = "Gunmen attacked a checkpoint on Monday. The army shelled the town in October 2017."
    assert _old(text, date(2021, 11, 10)) == ["shelled"]


def test_recent_background_with_its_own_date_is_still_coded():
    text = "Gunmen attacked a checkpoint on Monday. On 4 March, a drone struck a car near the town."
    assert _told(text, date(2021, 11, 10)) == ["attacked", "drone"] and _old(text, date(2021, 11, 10)) == []


def test_a_current_date_in_the_sentence_keeps_its_event_and_the_old_clause_is_dropped():
    text = "On Monday gunmen attacked the town, which militants had captured in 2014."
    analysis, drafts = _code(text, date(2023, 5, 2))
    assert [d.trigger.text for d in drafts] == ["attacked"]
    assert ("old-date", "captured") in {(name, e.text) for name, e in analysis.dropped}


def test_without_publication_history_is_measured_from_the_years_the_text_names():
    text = "In 2014, militants shelled the town. In 2023, gunmen attacked a checkpoint there."
    assert _told(text) == ["attacked"] and _old(text) == ["shelled"]


def test_old_background_needs_a_reference():
    text = "In 2014, militants captured the town."
    assert not old_background(text, (0, len(text)), [], None, text.index("captured"))


def test_a_day_without_a_year_goes_on_from_the_full_date_told_before_it():
    text = "On 18 June 2024, gunmen shot two men. On 21 June, one of them died."
    found = find_dates(text, date(2024, 6, 18))
    assert [d.value for d in found] == [date(2024, 6, 18), date(2024, 6, 21)]
    later = find_dates("On 12 January 2022 gunmen shot a guard. He died on 27th of March.", None)
    assert later[1].value == date(2022, 3, 27)


def test_a_day_without_a_year_after_an_old_full_date_still_counts_from_publication():
    text = "The town fell on 9 May 2015. On 3 November, a drone struck a car."
    assert find_dates(text, date(2021, 11, 10))[1].value == date(2021, 11, 3)


def test_a_day_the_text_cannot_resolve_is_the_news_own_time():
    text = "Gunmen kidnapped a farmer on March 3 in the town, which has been occupied since 2018. It was in 2024."
    assert _old(text) == []


def test_years_ago_is_old_whatever_the_reference():
    text = "Police say the shooting has roots in a feud. Militants shelled the village two years ago."
    assert _old(text, date(2022, 5, 8)) == ["shelled"] and _old(text) == ["shelled"]


def test_an_event_told_with_no_day_of_its_own_takes_the_report_date():
    from marsad.events.records import build_record
    analysis, drafts = _code("Fighters attacked the recently captured village.", date(2018, 12, 17))
    record = build_record(analysis, drafts[0])
    assert record.event_date == "2018-12-17"


def test_an_old_date_told_in_passing_does_not_date_the_news_after_it():
    from marsad.events.records import build_record
    text = "The town was besieged in October 2017. Gunmen attacked a checkpoint in the town."
    analysis, drafts = _code(text, date(2021, 11, 10))
    assert build_record(analysis, drafts[-1]).event_date == "2021-11-10"
    text = "The town was besieged on 2 November. Gunmen attacked a checkpoint in the town."
    analysis, drafts = _code(text, date(2021, 11, 10))
    assert build_record(analysis, drafts[-1]).event_date == "2021-11-02"


def _dropped(text: str, published: date | None = None) -> set[tuple[str, str]]:
    return {(name, e.text) for name, e in _code(text, published)[0].dropped}


def test_what_must_stop_or_will_resume_did_not_happen_here():
    text = "The governor said the shelling of the border villages must stop."
    assert _told(text) == [] and ("modal-after", "shelling") in _dropped(text)


def test_a_press_conference_is_no_meeting():
    text = "Speaking at a press conference in the capital, the minister blamed the rebels."
    assert _told(text) == [] and ("press-conference", "conference") in _dropped(text)


def test_a_pattern_in_the_simple_present_is_no_event_but_a_headline_is_news():
    assert _told("Remnants of the group still carry out sporadic attacks on shepherds.") == []
    assert _told("Gunmen carried out an attack on shepherds.") == ["attack"]
    assert _told("Turkish jets launch strikes on the mountains") != []


def test_acts_told_with_a_pattern_or_over_months_are_no_one_event():
    text = "Soldiers have been carrying out near-daily raids on the farms, detaining shepherds and setting up posts."
    assert _told(text) == []
    assert _told("The army has been shelling the hills for months.") == []
    assert _told("The army shelled the hills for two hours on Monday.") == ["shelled"]


def test_a_trend_is_no_event():
    text = "In the city, attacks on doctors are on the rise."
    assert _told(text) == [] and ("trend-after", "attacks") in _dropped(text)
