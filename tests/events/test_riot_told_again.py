"""The force that met a riot told after it by the words of an attack is the riot told again (rule force-on-riot), the
act named again afterwards joins it (rule restates), and a riot told apart from the force that met the crowd at
one place on one day is that protest (rule one-protest-a-day). Sentences written for these tests in the style of
Iraqi outlets and wire copy (never taken from a report); coded with no language model and no gazetteer file
(places from a hand-made list)."""

from __future__ import annotations

import re

import pytest

from marsad.events.background import absorb_restatements
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.merging import merge_drafts
from marsad.types import Report
from tests.events import handmade

PLACES = [handmade.place("Kut", 32.51, 45.82), handmade.place("Samawah", 31.31, 45.28)]
REPORTS = handmade.Reports("Unrest in the south\n", PLACES)


def _events(body: str) -> list:
    """The events the merge makes of the drafts (the classifier and the later stages left out)."""
    return merge_drafts(REPORTS.code(body)[1], load_lexicon().kinds)


@pytest.mark.parametrize("body", [
    "Residents angry at the water cuts stormed the water directorate in Kut on Sunday. A young man was shot dead "
    "outside the building, a medical source said.",
    "Protesters threw stones at the council building in Samawah on Monday. One of them was shot in the leg and taken "
    "to hospital.",
])
def test_a_shooting_told_after_a_riot_is_the_riot_told_again(body):
    events = _events(body)
    assert [e.coding.sub_event_type for e in events] == ["Violent demonstration"]
    assert "force-on-riot" in events[0].rules


def test_a_shooting_told_after_a_strike_still_raises_nothing_of_a_riot():
    events = _events("A rocket struck the edge of Kut on Sunday. A young man was shot dead outside his house.")
    assert all("force-on-riot" not in e.rules for e in events)


def test_the_killing_named_again_joins_the_riot():
    body = ("Residents angry at the water cuts stormed the water directorate in Kut on Sunday. A young man was shot "
            "dead outside the building. The ministry sent a committee from Samawah to investigate the killing.")
    analysis, drafts = REPORTS.code(body)
    kinds = load_lexicon().kinds
    events = absorb_restatements(analysis, merge_drafts(drafts, kinds), kinds)
    assert [e.coding.event_type for e in events] == ["Riots"]


def test_a_riot_told_apart_from_the_force_that_met_the_crowd_is_one_protest():
    body = ("Police opened fire on protesters outside the council building in Kut on Sunday, killing one. "
            "Hundreds of residents had gathered outside the building in Kut after days without water. "
            "Some of them threw stones at the gate.")
    types = [e.coding.sub_event_type for e in _events(body)]
    assert len(types) == 1 and types[0] in {"Excessive force against protesters", "Violent demonstration"}


def test_two_peaceful_rallies_at_one_place_are_left_as_the_merge_read_them():
    body = ("Hundreds rallied peacefully in Kut to demand jobs. Teachers held a separate sit-in in Kut over unpaid "
            "salaries, on another day.")
    assert all("one-protest-a-day" not in e.rules for e in _events(body))


def test_a_named_crowd_told_right_after_an_act_gathers_where_it_happened():
    # rule crowd-there: the crowd need not be a side of the act it reacts to (a tribe, teachers, relatives)
    text = ("Unrest in the south\nGunmen shot dead a tribal sheikh in Kut on Sunday. "
            "Members of the Bani Lam gathered in front of the police station, demanding the killers' arrest.")
    actors = handmade.actor_mentions(text, {"Gunmen": ("Unidentified Armed Group (Iraq)", 3, "generic"),
                                            "Bani Lam": ("Bani Lam Tribal Militia (Iraq)", 4, "group")})
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences,
                        places=handmade.mentions(text, PLACES), actors=actors, dates=[], attributions=[],
                        headline_end=len("Unrest in the south\n"))
    crowd = [d for d in extract_drafts(analysis, load_lexicon()) if d.coding.event_type == "Protests"]
    assert crowd and crowd[0].place is not None and crowd[0].place.text == "Kut"
    assert "crowd-there" in crowd[0].rules


@pytest.mark.parametrize(("body", "intervention"), [
    ("Teachers gathered in front of the council building in Kut on Sunday, chanting slogans. Guards prevented the "
     "protesters from entering the building but did not use force, witnesses said.", False),
    ("Teachers gathered in front of the council building in Kut on Sunday, chanting slogans. Guards prevented the "
     "protesters from entering the building and beat several of them.", True),
])
def test_a_crowd_kept_out_with_no_force_used_met_no_intervention(body, intervention):
    assert ("protest_intervention" in REPORTS.kinds(body)) is intervention
