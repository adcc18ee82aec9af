"""Strategic developments that are part of another event, or no act at all (round 17; docs/events.md): motion
that is the setting or the end of a strike or a fight (rule motion-serves-act), the damage a strike did in its
own clause, weapons seized in the fight, a participle that describes ("a destroyed building"), an order given
("directed the forces to intensify their deployment"), a vehicle "heading" somewhere when it was hit, and the
object window of a seizure that stops at its object. Reports written for these tests in the manner of several
outlets; places from the hand-made gazetteer of test_segmentation, actors from test_same_place_acts (no model)."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from tests.events.test_same_place_acts import code, report


def kinds(text: str) -> list[str]:
    return sorted(d.kind for d in code(text))


# --- motion beside a violent act (rule motion-serves-act) --------------------------------------------------


def test_units_withdrawing_as_jets_struck_them_are_the_strike_setting() -> None:
    text = report("Russian warplanes struck a convoy near Tell Abar on Friday, as ISIS fighters were withdrawing "
                  "from their positions.")
    assert kinds(text) == ["air"]


def test_forces_that_entered_a_town_before_clashes_there_are_part_of_the_fight() -> None:
    text = report("Clashes broke out in Tell Abar on Friday after Regime forces entered the town.")
    assert kinds(text) == ["clash"]


def test_the_attackers_withdrawing_after_their_attack_is_its_end() -> None:
    text = report("Gunmen attacked a checkpoint of the army in Tell Abar on Friday, killing a soldier.",
                  "The gunmen then fled, withdrawing towards the farms.")
    assert kinds(text) == ["attack"]


def test_reinforcements_sent_after_an_attack_are_still_a_development() -> None:
    text = report("Regime forces sent reinforcements to Tell Abar on Friday after gunmen attacked a checkpoint there.")
    assert kinds(text) == ["attack", "movement"]


def test_a_car_heading_somewhere_when_it_was_hit_moves_no_forces() -> None:
    text = report("A Turkish drone struck a car near Harim on Friday while it was heading to the market.")
    assert kinds(text) == ["air"]


def test_a_force_heading_somewhere_moves() -> None:
    text = report("Idlib Province:", "Russian warplanes struck Harim on Friday as Regime forces headed to the town.")
    assert kinds(text) == ["air", "movement"]


# --- the damage a strike did, weapons seized in a fight ------------------------------------------------------


def test_orchards_a_shelling_set_on_fire_are_its_damage() -> None:
    text = report("Regime forces shelled the farmland of Tell Abar on Friday, setting fire to olive orchards.")
    assert kinds(text) == ["shelling"]


def test_houses_burned_in_a_clause_of_their_own_after_a_strike_stay_apart() -> None:
    text = report("Russian warplanes struck Tell Abar on Friday, after which the militia burned houses in Kafr Sajna.")
    assert kinds(text) == ["air", "loot"]


def test_weapons_seized_in_the_fight_are_part_of_it() -> None:
    text = report("Police clashed with ISIS in Dibis on Friday, killing two militants, and seized their weapons.")
    assert kinds(text) == ["clash"]


def test_a_second_strike_after_a_burned_field_is_no_object_of_the_fire() -> None:
    text = report("Shells fell on Tell Abar on Monday, setting fire to farmland, and on Tuesday a shell landed "
                  "near Kafr Sajna, wounding a shepherd.")
    assert sorted(d.place.text for d in code(text) if d.place) == ["Kafr Sajna", "Tell Abar"]


# --- what tells no act: a description, an order -------------------------------------------------------------


def test_a_destroyed_building_is_a_description() -> None:
    text = report("Two children were playing near a destroyed building in Tell Abar when a shell went off.")
    assert "loot" not in kinds(text)


def test_an_order_to_deploy_is_no_deployment() -> None:
    text = report("The governor of Kirkuk directed the police to intensify their deployment in Dibis on Friday.")
    assert kinds(text) == []


def test_a_crowd_calling_on_the_government_to_act_protests() -> None:
    lexicon = load_lexicon()
    sentence = "Dozens of villagers gathered outside the council building, calling on the government to act."
    assert "gathered_with_demand" in {m.cue.id for m in lexicon.find(sentence)}


def test_only_a_force_named_before_heading_moves() -> None:
    lexicon = load_lexicon()
    moving = "A convoy of army reinforcements was heading to the front line."
    passing = "Gunmen stopped the vehicles heading to the city and searched them."
    assert "heading" in {m.cue.id for m in lexicon.find(moving)}
    assert "heading" not in {m.cue.id for m in lexicon.find(passing)}
