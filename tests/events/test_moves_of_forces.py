"""When a move of forces is an event (round 21): a force sent with no day of its own to search the scene of the act
told before is that act's routine (rule search-sent); people held are no forces on the move (mover-not-forces,
moved-not-forces); forces that stayed where they were tell a state (deployed-state); a move told first in a word
and then in full is one move (move-told-twice). Reports written for these tests; places and actors hand-made
(test_segmentation, test_same_place_acts), no model, no gazetteer file."""

from __future__ import annotations

from datetime import date

from tests.events.test_iraqi_precision import _dropped
from tests.events.test_same_place_acts import report
from tests.events.test_second_act_at_place import code, events

PUBLISHED = date(2024, 5, 17)


# --- a force sent to search the scene of the act (rule search-sent) ---------------------------------------------


def test_patrols_sent_to_comb_the_area_after_an_attack_are_its_routine() -> None:
    text = report("Gunmen attacked a checkpoint of Regime forces near Tell Abar on Thursday, killing two soldiers.",
                  "Regime forces sent patrols to comb the area, but nobody was caught.")
    assert [kind for kind, _, _ in events(text, PUBLISHED)] == ["Armed clash"]
    assert "search-sent" in _dropped("The command sent a force to search the orchards along the road.")


def test_a_search_with_its_own_day_or_named_place_is_still_a_move() -> None:
    text = report("Gunmen attacked a checkpoint of Regime forces near Tell Abar on Thursday, killing two soldiers.",
                  "At dawn on Friday, Regime forces sent reinforcements to comb the area.")
    assert "Change to group/activity" in [kind for kind, _, _ in events(text, PUBLISHED)]
    assert "search-sent" not in _dropped("The army sent reinforcements to comb the desert of Alpha.")
    assert "search-sent" not in _dropped("The army sent twenty vehicles to the border on Monday.")


# --- people held, forces that stayed (rules mover-not-forces, moved-not-forces, deployed-state) -----------------


def test_detainees_moved_by_their_guards_are_no_forces_on_the_move() -> None:
    assert "mover-not-forces" in _dropped("The four detainees were transferred to the central prison on Monday.")
    assert "moved-not-forces" in _dropped("Police transferred the two suspects to the investigating judge.")
    assert "moved-not-forces" not in _dropped("Police transferred two battalions to the city on Monday.")


def test_forces_that_remained_deployed_tell_a_state() -> None:
    assert "deployed-state" in _dropped("Army units remained deployed around the village throughout the week.")
    assert "deployed-state" not in _dropped("Army units were deployed around the village on Monday.")


# --- a move told in a word, then in full (rule move-told-twice) -------------------------------------------------


def test_a_move_told_in_a_word_then_in_full_is_one_move() -> None:
    text = report("Killings have risen in Hama province. Reinforcements of Regime forces have been sent to the area.",
                  "A man was shot dead in Kafr Sajna.",
                  "Reinforcements of Regime forces were moved from the camps to Tell Abar.")
    moves = [d for d in code(text) if d.coding.sub_event_type == "Change to group/activity"]
    assert [d.place.text if d.place else None for d in moves] == ["Tell Abar"]
    assert "move-told-twice" in moves[0].rules


def test_two_full_moves_leave_a_vague_telling_alone() -> None:
    # two moves with places of their own: which one the lede meant cannot be told
    text = report("Reinforcements of Regime forces have been sent to the area.",
                  "Reinforcements of Regime forces were moved to Tell Abar.",
                  "Other Regime forces were moved to Ain Lora.")
    assert not any("move-told-twice" in d.rules for d in code(text))
