"""The typing conditions of trigger cues (triggers.yaml): who is hit, with what, and what words stand around.
A cue's kind or its id is looked for."""

import pytest

from marsad.events.lexicon import load_lexicon


def _kinds(text: str) -> set[str]:
    return {m.cue.kind for m in load_lexicon().find(text)} | {m.cue.id for m in load_lexicon().find(text)}


def test_a_longer_term_that_does_not_stand_gives_way_to_the_words_inside_it():
    # "were killed" is force on protesters only with protesters before it; otherwise "killed" is an attack
    assert "attack" in _kinds("Four guards were killed on the road.")
    assert "excessive_force" in _kinds("Four protesters were killed outside the ministry.")


@pytest.mark.parametrize(("text", "kind", "present"), [
    ("Police fired tear gas at the protesters.", "protest_intervention", True),
    ("Police fired tear gas in the empty square.", "protest_intervention", False),  # no protest in the sentence
    ("Guards fired tear gas grenades at the sit-in.", "grenade", False),
    ("Gunmen threw a grenade at the shop.", "grenade", True),
    ("The drone was shot down over the airport.", "intercept", True),
    ("The drone struck a car on the road.", "intercept", False),
    ("Weapons seized in the raid were displayed.", "capture", False),
    ("The rebels seized the hilltop town.", "capture_ground", True),
    ("The rebels seized two men in the hilltop town.", "capture_ground", False),  # people seized, not ground
    ("Troops set up a new post on the road.", "base", True),
    ("Riot police cordoned off the square.", "riot", False),
    # a patrol or convoy sent out moves forces; one hit "on patrol" was only there, and aid carries no forces
    ("The army sent a patrol to the hills.", "patrol", True),
    ("A drone struck the car while it was on patrol near the town.", "patrol", False),
    ("A convoy of the militia drove to the border.", "patrol", True),
    ("A humanitarian convoy reached the camp.", "patrol", False),
    ("An aid convoy reached the camp.", "patrol", False),
    ("The officials said convoys of fighters reached the camp.", "patrol", True),  # "said": not "aid"
    # roads blocked with burning tyres are a crowd's protest, not a closure by a force
    ("Troops closed the main road to the crossing.", "closure", True),
    ("Young men closed the main road with burning tyres.", "closure", False),
    # rule kin-feud: the Iraqi press's "tribal conflict" is a fight where its dead, wounded or gunfire are told
    ("A clan dispute in the village left two dead on Sunday.", "kin_feud", True),
    ("A tribal conflict over farmland erupted, with gunfire heard across the district.", "kin_feud", True),
    ("Elders met to settle a tribal dispute over farmland.", "kin_feud", False),
    ("A tribal dispute over the land went to court.", "kin_feud", False),  # no gunfire, dead or wounded
    ("A clan feud with sticks and stones left two men injured.", "kin_feud", False),  # unarmed_brawl's
    # a post completed is a post set up
    ("Engineers completed a new military outpost on the hill.", "base", True),
    ("Engineers completed the repairs of the bridge.", "base", False),
    # the launcher a rocket attack came from, found: a seizure of weapons
    ("Police found the launcher in a field near the town.", "weapons", True),
    ("Police found the body in a field near the town.", "weapons", False),
    # force that drives a protesting crowd away is an intervention; with no protest told it is not
    ("Soldiers fired to scare off residents who had gathered to protest the incursion.", "protest_intervention", True),
    ("Soldiers fired to scare off shepherds near the fence.", "protest_intervention", False),
    # a group formed is a change to the group ("a force formed by the clans" only says what the force is: the cue
    # fires, and rule founding-described reads the participle after its noun; tests/events/test_told_twice.py)
    ("The clans formed a new military council on Monday.", "formation", True),
    ("A new military council was formed by the factions on Monday.", "formation", True),
    # sides that agreed reach an agreement; a corridor "agreed with the government" was agreed before
    ("The two sides agreed on a truce on Monday.", "agreement", True),
    ("Aid entered through a corridor agreed with the government.", "agreement", False),
])
def test_cue_condition(text, kind, present):
    assert (kind in _kinds(text)) is present


def test_a_longer_term_that_does_not_stand_gives_way_to_a_shorter_one_at_the_same_place():
    # "opened fire at" is lethal force only on protesters; on a vehicle "opened fire" is an attack
    matches = load_lexicon().find("Gunmen opened fire at a vehicle on the road.")
    assert [(m.cue.kind, m.text) for m in matches] == [("attack", "opened fire")]


def test_an_arrest_with_nobody_named_is_the_authorities_an_unknown_hand_makes_it_an_abduction():
    from marsad.events.drafts import choose_coding
    from marsad.events.roles import Roles
    from marsad.types import ActorMention

    arrest = load_lexicon().kinds["arrest"]
    assert choose_coding(arrest, Roles(None, None)).sub_event_type == "Arrests"  # "two men were arrested"
    gunmen = ActorMention(0, 13, "Unknown gunmen", "Unidentified Armed Group (Syria)", 3, kind="generic")
    assert choose_coding(arrest, Roles(gunmen, None)).sub_event_type == "Abduction/forced disappearance"
    assert "arrest" in _kinds("Dozens of young men were taken into custody on Monday.")


@pytest.mark.parametrize(("text", "kind", "present"), [
    # the gear of a suicide bomber is a bombing only where it is set off (cue suicide_gear)
    ("The attacker detonated his explosive vest among the mourners.", "suicide", True),
    ("Police seized two explosive belts in a house near the market.", "suicide", False),
    # the generic words of harm done to a crowd are force on it only where no bomb did the harm (harm_to_protest)
    ("Soldiers beat the protesters, killing two demonstrators.", "excessive_force", True),
    ("A car bomb went off near the funeral procession, killing five mourners.", "excessive_force", False),
    # a store of arms found holds weapons; the finding is a seizure
    ("The troops found a cache containing mortar rounds in the orchards.", "weapons", True),
])
def test_security_statement_cues(text, kind, present):
    assert (kind in _kinds(text)) is present
