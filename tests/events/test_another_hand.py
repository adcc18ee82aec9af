"""A later sentence whose act a named group does that is neither side of the event told before tells that group's
act, never more of the event (rule another-hand): background of an old war beside a drone strike, a militia's act
beside a clash of two others. Reports written for these tests (never taken from a report); places and actors from
the hand-made lists of test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_same_place_acts import code, report


def test_another_groups_act_told_after_a_strike_does_not_retype_it():
    text = report("A Turkish drone struck a car in Jalawla on Monday, killing two members of the SDF.",
                  "The militia was formed after ISIS attacked the region, killing thousands.")
    drafts = code(text)
    strike = next(d for d in drafts if d.kind == "air")
    assert strike.coding.sub_event_type == "Air/drone strike"
    assert "elaborates" not in strike.rules and strike.fatalities is not None and strike.fatalities.value == 2


def test_a_side_of_the_event_told_again_still_elaborates_it():
    text = report("The army clashed with ISIS in Jalawla on Monday.", "ISIS fighters fought on until dawn.")
    drafts = code(text)
    assert len(drafts) == 1


# --- the force a protest told after it met (rule force-on-protest, told before the crowd) -------------------

def _types(*paragraphs: str) -> list[str]:
    return sorted(d.coding.sub_event_type for d in code(report(*paragraphs)))


def test_state_force_told_before_the_crowd_it_met_is_one_protest_event():
    assert _types("Police fired live ammunition near the council building in KIRKUK on Sunday, wounding three young "
                  "men.", "Hundreds of unemployed graduates had gathered outside the building to demand jobs, and "
                  "some of them threw stones at the gate.") in (["Excessive force against protesters"],
                                                                ["Violent demonstration"])


def test_state_force_told_before_a_riot_is_the_riot_not_an_attack():
    assert _types("Police fired into the air near the council building in KIRKUK on Sunday as hundreds of angry "
                  "residents tried to storm it.", "Several protesters set fire to tyres and threw stones at the "
                  "police.") == ["Violent demonstration"]


def test_state_force_on_a_place_with_no_crowd_stays_an_attack():
    types = _types("Police fired live ammunition at a car near the council building in KIRKUK on Sunday, wounding "
                   "its driver.", "The driver had ignored orders to stop at the checkpoint.")
    assert types == ["Attack"]
