"""A protest told at length is one event: the clashes of the crowd with the guards are the protest turned violent
(never a battle between armed sides), a protester wounded in them who dies days later is a death of that
protest (never a new act on the day of the death), and the authorities agreeing to the crowd's demands is no
agreement between armed sides. Sentences written for these tests in the style of Iraqi outlets (never taken
from a report); coded with no language model and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

import pytest

from tests.events import handmade

PLACES = [handmade.place("Nasiriyah", 31.05, 46.26), handmade.place("Kut", 32.51, 45.82)]
REPORTS = handmade.Reports("Protests in the south\n", PLACES)


@pytest.mark.parametrize("body", [
    "Protesters and security forces clashed in front of the council building in Nasiriyah on Sunday.",
    "Clashes broke out between the guards and the demonstrators outside the council building in Kut.",
    "Dozens of protestors were wounded in clashes with riot police in Nasiriyah on Sunday.",
])
def test_clashes_of_a_crowd_are_its_protest_turned_violent_not_a_battle(body):
    kinds = REPORTS.kinds(body)
    assert "riot" in kinds and "clash" not in kinds


def test_clashes_between_armed_sides_stay_a_battle():
    assert REPORTS.kinds("Clashes broke out between the army and the militants near Nasiriyah on Sunday.") == ["clash"]


def test_a_death_of_wounds_told_later_is_no_new_act():
    body = ("Protesters stormed the council building in Nasiriyah on Sunday and set fire to its gate. "
            "A protester wounded in the clashes died of his wounds in hospital on Tuesday.")
    assert "death-told-later" in REPORTS.dropped(body)
    assert REPORTS.kinds(body) == ["riot"]


def test_a_death_in_an_act_told_for_the_first_time_stays():
    body = "A farmer died of his wounds in hospital on Tuesday after gunmen attacked him near Kut."
    assert "death-told-later" not in REPORTS.dropped(body)
    assert "attack" in REPORTS.kinds(body)


@pytest.mark.parametrize("body", [
    "Protesters gathered in front of the council in Kut on Sunday. The governor later agreed to the protesters' "
    "demands, and the sit-in ended.",
    "Hundreds of graduates protested in Nasiriyah on Monday. The ministry reached a deal with the demonstrators "
    "to hire 500 of them.",
])
def test_authorities_meeting_a_crowds_demands_make_no_agreement(body):
    assert "agreement" not in REPORTS.kinds(body)


def test_a_truce_between_armed_sides_is_an_agreement():
    assert "agreement" in REPORTS.kinds("The army and the clan's gunmen agreed to a truce in Nasiriyah on Sunday.")


# --- background of the war with the remnants of a group, told in the simple present --------------------------

def test_a_toll_told_with_a_pattern_in_the_present_tells_no_act_and_joins_none():
    body = ("A roadside bomb struck an army patrol near Kut on Monday, killing two soldiers. "
            "Remnants of the group still carry out attacks on the army and on shepherds in the desert, "
            "killing dozens every year.")
    analysis, drafts = REPORTS.code(body)
    assert [d.kind for d in drafts] == ["ied"]
    assert "cue:attack" not in drafts[0].rules  # the pattern's toll does not join (and retype) the bombing
    assert "present-pattern-participle" in [name for name, _ in analysis.dropped]


def test_a_toll_of_one_act_told_in_the_past_stays():
    body = "Remnants of the group carried out an attack on shepherds near Kut on Monday, killing two."
    assert "present-pattern-participle" not in REPORTS.dropped(body)
    assert "attack" in REPORTS.kinds(body)


# --- acts of an era past, told with no date (rule past-era) ------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "When the group overran Kut, its militants killed hundreds of men and abducted women.",
    "During its rule over the area, the group shelled the villages around Kut and executed dozens.",
    "When the militia controlled Kut, its gunmen abducted dozens of young men there.",
    "The town of Kut was liberated from the group by government forces.",
])
def test_acts_of_an_era_past_are_history(sentence):
    body = "A roadside bomb struck an army patrol near Nasiriyah on Monday, killing two soldiers. " + sentence
    analysis, drafts = REPORTS.code(body)
    assert [d.kind for d in drafts] == ["ied"] and drafts[0].place.text == "Nasiriyah"
    assert "past-era" in [name for name, _ in analysis.dropped]


def test_a_place_held_today_or_taken_in_the_news_is_no_era_past():
    for body in ("Gunmen abducted two young men in Nasiriyah, which is under the militia's control.",
                 "When the army took over the checkpoint near Kut, it arrested two men."):
        assert "past-era" not in REPORTS.dropped(body)
