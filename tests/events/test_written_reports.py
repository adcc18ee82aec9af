"""Faults that full reports written for the project (bench/articles/articles-3, odd half) showed, each told here in
sentences of our own: wire datelines and statements that date the telling, not the act; charges that name no act.
Places from the hand-made gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer
file); reports published on Friday 17 May 2024."""

from __future__ import annotations

from tests.events.test_days_apart import events

# --- the day of the act, not of the telling (rules dateline-date, date-of-saying) ---------------------------------

def test_a_wire_dateline_does_not_date_an_act_told_with_its_own_day():
    text = "KIRKUK, May 17 (Wire) - Police arrested two men in Dibis late on Wednesday, officials said."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_the_dateline_day_is_not_lent_to_the_next_sentence():
    text = ("KIRKUK, May 17 (Wire) - Police arrested two men in Dibis on Wednesday, officials said. "
            "The men were taken to a prison in Kirkuk.")
    assert [day for _, _, day in events(text)] == ["2024-05-15"]


def test_a_dateline_alone_still_dates_the_act():
    text = "KIRKUK, May 16 (Wire) - Police arrested two men in Dibis, officials said."
    assert events(text) == [("Arrests", "Dibis", "2024-05-16")]


def test_the_day_of_a_statement_yields_to_the_day_of_the_act():
    text = "Police said on Thursday that they had arrested two men in Dibis on Wednesday."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_statement_day_with_no_other_day_still_dates_the_act():
    text = "Police said on Thursday that they had arrested two men in Dibis."
    assert events(text) == [("Arrests", "Dibis", "2024-05-16")]


# --- a charge names no act (rule charged-act) ------------------------------------------------------------------

def test_the_charge_of_people_detained_is_no_riot():
    text = 'Police detained five men in Dibis on Wednesday whom they accused of "instigating riots".'
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_group_accused_of_an_act_still_tells_it():
    text = "The militia was accused of shelling Dibis on Wednesday."
    assert [kind for kind, _, _ in events(text)] == ["Shelling/artillery/missile attack"]
