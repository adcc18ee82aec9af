"""Counts that are counts: a tally, a running total or a figure for a period is never an event's fatalities."""

import pytest

from marsad.events import quantities
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report


@pytest.mark.parametrize("sentence", [
    "Militants have killed 41 people in the province during the past month.",
    "Landmines killed 23 civilians in the district this year.",
    "The army said the group had killed 6 soldiers since January.",
    "Unexploded shells killed 9 children in March alone, the agency said.",
    "Snipers have killed 17 people so far, according to the monitor.",
])
def test_a_figure_for_a_period_is_no_toll(sentence):
    assert quantities.fatalities(sentence) is None


@pytest.mark.parametrize(("sentence", "value"), [
    ("A sniper killed 2 farmers in the orchard near the village.", 2),
    ("The militia killed 3 guards at the gate on Sunday.", 3),
    ("The shelling killed two people, bringing the total to 12 dead.", 2),
    ("Two children were killed when a shell hit their house in March 2024.", 2),
    ("Total fatalities coded as 7.", 7),
])
def test_the_toll_of_the_event_told_stays(sentence, value):
    count = quantities.fatalities(sentence)
    assert count is not None and count.value == value


def _code(text: str) -> list:
    sentences, start = [], 0
    for part in text.split(". "):
        sentences.append((start, start + len(part) + 1))
        start += len(part) + 2
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=sentences, places=[], actors=[], dates=[],
                        attributions=[])
    return extract_drafts(analysis, load_lexicon())


def test_a_tally_after_an_event_lends_it_no_fatalities():
    drafts = _code("Gunmen abducted four young men at a checkpoint near the town. "
                   "The monitor has documented 150 attacks across the province since early January, which killed "
                   "104 people.")
    assert [d.kind for d in drafts] == ["abduct"]
    assert drafts[0].fatalities is None
    assert "skipped-sentence-counts-nothing" in drafts[0].rules


def test_a_toll_told_after_its_event_still_counts():
    drafts = _code("A roadside bomb hit a bus on the valley road. Three people were killed.")
    assert [(d.kind, d.fatalities.value if d.fatalities else None) for d in drafts] == [("ied", 3)]


@pytest.mark.parametrize(("text", "kind", "value"), [
    # a crowd met with deadly force: the dead the sentence counts are its fatalities ("a", "one", a digit)
    ("Riot police fired live rounds at the crowd outside the governor's office, killing a demonstrator.",
     "lethal_force_on_protest", 1),
    ("Guards opened fire on the protesters at the oil field, killing one protester and wounding six.",
     "lethal_force_on_protest", 1),
    ("Soldiers shot at the demonstrators in the square, killing 4 protesters.", "lethal_force_on_protest", 4),
])
def test_the_dead_of_a_crowd_met_with_force_count(text, kind, value):
    drafts = [d for d in _code(text) if d.coding.sub_event_type == "Excessive force against protesters"]
    assert drafts and drafts[0].fatalities is not None and drafts[0].fatalities.value == value


@pytest.mark.parametrize(("text", "value"), [
    # the monitor's word for one death it recorded is no tally; a tally marker near it is (rule tally)
    ("The monitor documented the death of a shepherd in a landmine blast near the wells.", 1),
    # a running total in a trailing clause: the act before the comma stands with its own toll (rule tally-clause)
    ("A roadside bomb hit a minibus on the desert road, killing three passengers, bringing the number of people "
     "killed by such bombs since March to 40.", 3),
])
def test_an_act_told_with_a_tally_word_near_it_keeps_its_toll(text, value):
    drafts = _code(text)
    assert drafts and drafts[0].fatalities is not None and drafts[0].fatalities.value == value


@pytest.mark.parametrize("text", [
    "The monitor has documented the death of 212 civilians since the beginning of the year.",
    "Since the start of the month, the monitor documented the death of 31 people in the province, the total so far.",
])
def test_a_documented_tally_is_no_event(text):
    assert _code(text) == []
