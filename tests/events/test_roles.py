"""Who acts and who is acted upon, read without the language model (no parse): sentences written for the tests."""

from marsad.events.roles import assign_roles
from marsad.types import ActorMention


def _mention(text: str, phrase: str, name: str, inter: int = 1) -> ActorMention:
    start = text.index(phrase)
    return ActorMention(start, start + len(phrase), phrase, name, inter)


def _roles(text: str, trigger: str, *actors: tuple[str, str]):
    start = text.index(trigger)
    mentions = [_mention(text, phrase, name) for phrase, name in actors]
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_a_weapon_that_is_the_agent_of_a_passive_turns_the_named_side_into_the_target():
    text = "A patrol of the national army near the dam was hit by a roadside bomb on Monday."
    assert _roles(text, "roadside bomb", ("national army", "Army")) == (None, "Army")
    text = "The base of the border guards had been attacked by two explosive drones at dawn."
    assert _roles(text, "drones", ("border guards", "Guards")) == (None, "Guards")


def test_an_active_sentence_keeps_its_subject_as_the_actor():
    text = "The national army hit a convoy of the rebels with a roadside bomb on Monday."
    assert _roles(text, "roadside bomb", ("national army", "Army"), ("rebels", "Rebels"))[0] == "Army"


def test_a_side_named_inside_the_passive_by_phrase_acts():
    text = "Positions of the rebels near the dam were targeted by Northern missiles at dawn."
    assert _roles(text, "missiles", ("rebels", "Rebels"), ("Northern", "North")) == ("North", "Rebels")


def test_a_road_between_two_places_is_not_a_fight_between_two_sides():
    text = "A Northern drone targeted a car on the road between Alpha and Beta, killing a commander of the Guards."
    assert _roles(text, "drone", ("Northern drone", "North"), ("Guards", "Guards")) == ("North", "Guards")


def test_clashes_between_two_sides_name_both():
    text = "Clashes erupted between members of the Guards and fighters of the Rebels near the dam."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Guards", "Rebels")


def _fighter(text: str, trigger: str) -> bool:
    start = text.index(trigger)
    return assign_roles(text, (0, len(text)), (start, start + len(trigger)), []).fighter_victim


def test_fighters_hit_with_no_mention_make_the_target_armed():
    assert _fighter("Unknown gunmen shot dead a soldier near the town of Alpha.", "shot")
    assert _fighter("A militant was shot dead in the village of Beta on Monday.", "shot")
    assert _fighter("The blast killed three militiamen at the checkpoint.", "killed")


def test_civilians_hit_keep_the_attack_on_civilians():
    assert not _fighter("Unknown gunmen shot dead a young farmer near the army checkpoint.", "shot")
    assert not _fighter("A civilian was shot dead by soldiers at the checkpoint.", "shot")
    assert not _fighter("The shelling killed two children and a soldier in the town.", "killed")


def _generic(text: str, phrase: str, name: str = "Unidentified Armed Group (Northland)") -> ActorMention:
    start = text.index(phrase)
    return ActorMention(start, start + len(phrase), phrase, name, 3, kind="generic")


def _roles_with(text: str, trigger: str, mentions: list[ActorMention]):
    start = text.index(trigger)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_an_abbreviation_spelt_like_a_verb_is_no_passive():
    """"IS ambushed": the group's abbreviation before the trigger is its subject, not the auxiliary "is"."""
    text = "IS ambushed fighters of the Guards in the desert, killing two of them."
    mentions = [_mention(text, "IS", "Islamic State"), _mention(text, "Guards", "Guards")]
    assert _roles_with(text, "ambushed", mentions) == ("Islamic State", "Guards")


def test_a_group_named_on_its_gunmen_is_the_one_acting():
    text = "Suspected Hawks gunmen opened fire at a Guards vehicle near the bridge."
    mentions = [_mention(text, "Hawks", "Hawks", 2), _generic(text, "gunmen"), _mention(text, "Guards", "Guards")]
    assert _roles_with(text, "opened fire", mentions) == ("Hawks", "Guards")


def test_unknown_gunmen_believed_to_be_a_group_are_that_group():
    text = "Unknown gunmen believed to be members of the Hawks attacked a Guards post near the bridge."
    mentions = [_generic(text, "Unknown gunmen"), _mention(text, "Hawks", "Hawks", 2),
                _mention(text, "Guards", "Guards")]
    assert _roles_with(text, "attacked", mentions) == ("Hawks", "Guards")
    text = "Unknown gunmen attacked a Guards post near the Hawks base."
    mentions = [_generic(text, "Unknown gunmen"), _mention(text, "Guards", "Guards"), _mention(text, "Hawks", "Hawks")]
    assert _roles_with(text, "attacked", mentions)[0] == "Unidentified Armed Group (Northland)"


def test_a_description_restated_as_another_takes_the_second():
    """"two families who are tribesmen": the relative clause says what the first description is."""
    text = "Clashes took place between two families who are tribal militia members in the village."
    mentions = [_generic(text, "two families", "Communal"), _generic(text, "tribal militia", "Tribal")]
    assert _roles_with(text, "Clashes", mentions)[0] == "Tribal"


def test_the_side_that_launched_the_operation_acts_when_named_by_its_noun():
    text = "Clashes erupted between the Hawks Front and Northern-backed factions, in a sneak operation by the factions."
    assert _roles(text, "Clashes", ("Hawks Front", "Hawks"), ("Northern-backed factions", "Factions")) == (
        "Factions", "Hawks")


def test_clashes_between_two_sides_named_after_a_long_place_phrase():
    text = ("Clashes reportedly took place in Omega town in the eastern countryside of the province between the "
            "Guards and the Rebels.")
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Guards", "Rebels")


def test_clashes_between_sides_against_another_oppose_the_side_after_against():
    text = "Clashes erupted between the Guards and the militiamen loyal to them against the Rebels near the dam."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("militiamen loyal", "Loyalists"), ("Rebels", "Rebels")) == (
        "Guards", "Rebels")


def test_the_side_whose_attack_started_the_clashes_acts():
    text = "Clashes erupted between the Guards and the Rebels after they attacked a checkpoint near the dam."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "Clashes erupted between the Guards and the Rebels, after the Rebels stormed a post near the dam."
    mentions = [_mention(text, "Guards", "Guards"), _mention(text, "Rebels", "Rebels")]
    rebels_again = text.rindex("Rebels")
    mentions.append(ActorMention(rebels_again, rebels_again + 6, "Rebels", "Rebels", 1))
    assert _roles_with(text, "Clashes", mentions) == ("Rebels", "Guards")
    text = "Clashes erupted between the Guards and the Rebels after a dispute at a checkpoint near the dam."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Guards", "Rebels")


def test_the_side_that_repelled_an_attack_by_another_is_the_one_attacked():
    text = "Guards fighters thwarted an attack by Rebels cells on a checkpoint near the dam."
    assert _roles(text, "attack", ("Guards fighters", "Guards"), ("Rebels cells", "Rebels")) == ("Rebels", "Guards")
    text = "Two civilians were killed in an attack by Rebels gunmen near the dam."
    mentions = [_mention(text, "Two civilians", "Civilians", 7), _mention(text, "Rebels gunmen", "Rebels")]
    assert _roles_with(text, "attack", mentions) == ("Rebels", "Civilians")


def test_the_owner_of_the_target_is_the_one_hit():
    text = "The strikes hit a weapons depot belonging to the Hawks near the town, killing four fighters."
    assert _roles(text, "killing", ("Hawks", "Hawks")) == (None, "Hawks")
    text = "Northern drones targeted a car owned by the Hawks near the town, killing two members."
    assert _roles(text, "killing", ("Northern drones", "North"), ("Hawks", "Hawks")) == ("North", "Hawks")


def test_the_side_whose_shelling_or_fire_it_was_acts():
    """"the shelling of X on the town", "sniper fire of X": X acts (the English of Arabic reporting)."""
    text = "Two civilians were killed in the shelling of Guards forces on the town of Alpha."
    mentions = [_mention(text, "Two civilians", "Civilians", 7), _mention(text, "Guards forces", "Guards")]
    assert _roles_with(text, "shelling", mentions) == ("Guards", "Civilians")
    text = "A child was injured by sniper fire of the Guards in the town of Alpha."
    mentions = [_mention(text, "A child", "Civilians", 7), _mention(text, "Guards", "Guards")]
    assert _roles_with(text, "sniper fire", mentions) == ("Guards", "Civilians")


def test_the_shelling_of_a_sides_positions_hits_that_side():
    text = "The shelling of Guards positions in the town of Alpha by the Rebels killed two soldiers."
    assert _roles(text, "shelling", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")


def test_a_side_that_repels_or_comes_under_an_attack_is_the_one_attacked():
    text = "The Guards repelled a Rebels attack on their post near the dam."
    assert _roles(text, "attack", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "The Guards came under fire from the Rebels near the dam."
    assert _roles(text, "fire", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "The Guards lost four members in an ambush by the Rebels near the dam."
    assert _roles(text, "ambush", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "The air defences of the Guards confronted a Northern aggression over the dam."
    assert _roles(text, "confronted", ("Guards", "Guards"), ("Northern aggression", "North")) == ("North", "Guards")
    # launching an attack is acting
    text = "The Guards launched an attack on the Rebels near the dam."
    assert _roles(text, "attack", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Guards", "Rebels")


def test_a_side_holding_the_trigger_in_a_by_phrase_acts_on_the_side_named_before():
    text = "Posts of the Guards near the dam were targeted by Northern drones at dawn."
    assert _roles(text, "drones", ("Guards", "Guards"), ("Northern drones", "North")) == ("North", "Guards")


def test_a_clause_telling_who_attacked_names_the_side_that_started_the_clash():
    text = "Clashes erupted between the Guards and the Rebels near the dam, following an attack by the latter."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "Clashes erupted between the Guards and the Rebels, who attacked a checkpoint near the dam."
    assert _roles(text, "Clashes", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "The Guards clashed with the Rebels near the dam after the latter attacked a checkpoint."
    assert _roles(text, "clashed", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "The Guards clashed with the Rebels near the dam after a dispute over a checkpoint."
    assert _roles(text, "clashed", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Guards", "Rebels")


def test_a_side_named_with_the_attack_that_killed_the_passive_subject_acts():
    text = "Two members of the Guards were killed in a Rebels attack near the dam."
    assert _roles(text, "killed", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "Members of the Guards were killed and injured, in an attack by the Rebels near the dam."
    assert _roles(text, "killed", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")


def test_air_defences_engaging_a_strike_answer_the_side_that_strikes():
    text = "The air defences of the Guards engaged a Northern aggression over the dam."
    assert _roles(text, "air defences", ("air defences of the Guards", "Guards"),
                  ("Northern aggression", "North")) == ("North", "Guards")


def test_a_clause_after_a_passive_names_the_attacker():
    text = "Two members of the Guards were killed when the Rebels attacked their post near the dam."
    assert _roles(text, "killed", ("Guards", "Guards"), ("Rebels", "Rebels")) == ("Rebels", "Guards")
    text = "Two members of the Guards were killed near the dam when their car overturned."
    assert _roles(text, "killed", ("Guards", "Guards"))[0] is None
