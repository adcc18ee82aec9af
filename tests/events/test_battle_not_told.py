"""Battles a report does not tell (round 21): an attack on a civilian told by police officers is not one on the police
(rule teller-not-side), nor does a speaker named with his seat and name act (rule speaker-not-subject); fighting
named again beside a grenade thrown at a place of its own is the battle told before (rules strike-elsewhere,
battle-named-again); air defences that answer a strike are that strike's (rule air-defence-of-the-strike); a soldier's
home town is not where he fell (rule fighter-from); a place outside someone's control was not taken (cue
capture_place). Reports written for these tests; places from the hand-made gazetteer of test_segmentation, actors
from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from marsad.events.roles import assign_roles
from tests.events.test_same_place_acts import _actors, code, events, report


def test_police_officers_who_tell_a_killing_are_not_its_target() -> None:
    text = report("The gunmen shot dead the shepherd near Tell Abar on Tuesday, two Police officers and a tribal "
                  "leader said.")
    assert events(text) == [("Attack", "Tell Abar")]
    text = report("The gunmen shot dead the shepherd near Tell Abar on Tuesday, according to a Police officer.")
    assert events(text) == [("Attack", "Tell Abar")]


def test_police_named_as_the_target_stay_the_target() -> None:
    text = report("The gunmen opened fire on Police officers near Tell Abar on Tuesday, a witness said.")
    assert events(text) == [("Armed clash", "Tell Abar")]


def test_a_speaker_named_with_his_seat_and_name_does_not_act() -> None:
    text = ("The commander of Police in Tell Abar, Colonel Ahmad Hasan, said in a statement that the patrol came "
            "under fire from machine guns near the town.")
    trigger = text.index("machine guns")
    roles = assign_roles(text, (0, len(text)), (trigger, trigger + len("machine guns")), _actors(text))
    assert roles.actor1 is None


def test_fighting_named_again_beside_a_grenade_at_another_place_is_the_battle_told_before() -> None:
    text = report("Two men were killed in clashes between tribal fighters in Tell Abar on Thursday.",
                  "A source linked the clash to an incident in Kafr Sajna, where gunmen threw a hand grenade at a "
                  "house of one of the families.")
    assert events(text) == [("Armed clash", "Tell Abar"), ("Grenade", "Kafr Sajna")]  # "linked ... to" (linked-event)
    text = report("Two men were killed in clashes between tribal fighters in Tell Abar on Thursday.",
                  "The clash was sparked by an incident in Kafr Sajna, where gunmen threw a hand grenade at a "
                  "house of one of the families.")
    assert events(text) == [("Armed clash", "Tell Abar"), ("Grenade", "Kafr Sajna")]
    battle = next(d for d in code(text) if d.kind == "clash")
    assert "battle-named-again" in battle.rules


def test_air_defences_that_answer_a_strike_are_the_strike() -> None:
    text = report("Russian warplanes struck Tell Abar on Thursday night.",
                  "Air defences confronted the missiles over the countryside of Hama.")
    assert events(text) == [("Air/drone strike", "Tell Abar")]
    strike = code(text)[0]
    assert "air-defence-of-the-strike" in strike.rules
    text = report("Russian warplanes struck Tell Abar on Thursday night, and air defences confronted the missiles.")
    assert events(text) == [("Air/drone strike", "Tell Abar")]


def test_air_defences_with_no_strike_told_stay_a_battle() -> None:
    text = report("Air defences confronted a hostile aggression over Tell Abar on Thursday night.")
    assert [kind for kind, _ in events(text)] == ["Armed clash"]


def test_a_soldiers_home_town_is_not_where_he_fell() -> None:
    text = report("ISIS ambushed an army patrol near Tell Abar on Thursday.",
                  "Four soldiers, among them a lieutenant from Jableh, were killed on the spot.")
    assert events(text) == [("Armed clash", "Tell Abar")]


def test_a_place_outside_a_regions_control_was_not_taken() -> None:
    text = report("Police seized rifles in Dibis on Monday.",
                  "The rifles had been bought in areas outside the control of the Kurdistan Region, Police said.")
    assert not any(d.coding.event_type == "Battles" for d in code(text))
