"""Who did an act told without its doer before the trigger: forces sent after a feud of tribes or clans (rule
kin-sends-no-forces), fragments of a weapon "from" a side's act (rule remnants-name-the-side) and an air strike
whose named side flies no aircraft (rule aircraft-of-states). Sentences written
for these tests; no model, no gazetteer."""

from marsad.events.carrying import carry_actors
from marsad.events.drafts import Draft
from marsad.events.lexicon import Coding
from marsad.events.roles import Roles, assign_roles, ground_side_as_striker
from marsad.types import ActorMention, Evidence

MOVE = "Change to group/activity"


def _mention(text: str, words: str, name: str, inter: int) -> ActorMention:
    start = text.index(words)
    return ActorMention(start, start + len(words), words, name, inter)


def _draft(text: str, trigger: str, event_type: str, sub_event_type: str, actor: ActorMention | None,
           target: ActorMention | None = None) -> Draft:
    start = text.index(trigger)
    return Draft(kind="x", coding=Coding(event_type, sub_event_type, "x", "x"),
                 trigger=Evidence(start, start + len(trigger), trigger), sentence=(0, len(text)),
                 roles=Roles(actor, target), place=None, place_fallback=None, geo_precision=1,
                 date=None, fatalities=None, injured=None, detained=None, fighters=None, vehicles=None,
                 attribution=None)


# --- kin-sends-no-forces -------------------------------------------------------------------------------------


def test_reinforcements_after_a_clan_feud_are_not_the_clans() -> None:
    text = ("The Bani Salem clan clashed with a rival family in the village. "
            "Military reinforcements arrived there later.")
    clan = _mention(text, "Bani Salem clan", "Bani Salem Clan Militia", 4)
    feud = _draft(text, "clashed", "Battles", "Armed clash", clan)
    move = _draft(text, "reinforcements", "Strategic developments", MOVE, None)
    carry_actors(text, [feud, move])
    assert move.roles.actor1 is None
    assert "kin-sends-no-forces" in move.rules


def test_reinforcements_after_a_clan_attack_on_the_army_are_the_armys() -> None:
    text = "Fighters of the Bani Salem clan attacked army posts near the dam. Reinforcements arrived at the dam later."
    clan = _mention(text, "Bani Salem clan", "Bani Salem Clan Militia", 4)
    army = _mention(text, "army", "The Army", 1)
    attack = _draft(text, "attacked", "Battles", "Armed clash", clan, army)
    move = _draft(text, "Reinforcements", "Strategic developments", MOVE, None)
    carry_actors(text, [attack, move])
    assert move.roles.actor1 is army


def test_a_side_named_before_the_feud_sends_the_forces() -> None:
    text = ("The Guards set up a post on the road. Then the Bani Salem clan clashed with a rival family in the "
            "village. Reinforcements were sent to the village.")
    guards = _mention(text, "Guards", "The Guards", 1)
    clan = _mention(text, "Bani Salem clan", "Bani Salem Clan Militia", 4)
    post = _draft(text, "set up", "Strategic developments", "Headquarters or base established", guards)
    feud = _draft(text, "clashed", "Battles", "Armed clash", clan)
    move = _draft(text, "Reinforcements", "Strategic developments", MOVE, None)
    carry_actors(text, [post, feud, move])
    assert move.roles.actor1 is guards


def test_other_developments_still_go_on_with_the_clan() -> None:
    text = "The Bani Salem clan clashed with a rival family in the village. Several houses were burned afterwards."
    clan = _mention(text, "Bani Salem clan", "Bani Salem Clan Militia", 4)
    feud = _draft(text, "clashed", "Battles", "Armed clash", clan)
    burning = _draft(text, "burned", "Strategic developments", "Looting/property destruction", None)
    carry_actors(text, [feud, burning])
    assert burning.roles.actor1 is clan
    army = ActorMention(0, 4, "Army", "The Army", 1)  # and a move after any other side's act goes on with it
    drill = _draft(text, "clashed", "Battles", "Armed clash", army)
    move = _draft(text, "burned", "Strategic developments", MOVE, None)
    carry_actors(text, [drill, move])
    assert move.roles.actor1 is army


# --- remnants-name-the-side ----------------------------------------------------------------------------------


def _roles(text: str, trigger: str, *actors: tuple[str, str, int]) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    mentions = sorted((_mention(text, words, name, inter) for words, name, inter in actors), key=lambda m: m.start)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_shrapnel_from_a_sides_act_names_the_side_that_fired() -> None:
    text = "A woman died of shrapnel from the Northern targeting of a house near the school on Monday."
    assert _roles(text, "shrapnel", ("Northern targeting", "Northern Forces", 8))[0] == "Northern Forces"
    text = "Two farmers were wounded by debris of a Northern drone near the village."
    assert _roles(text, "debris", ("Northern drone", "Northern Forces", 8))[0] == "Northern Forces"


def test_shrapnel_beside_a_sides_post_does_not_name_it() -> None:
    text = "A boy was killed by shrapnel near the Northern base in the town on Monday."
    assert _roles(text, "shrapnel", ("Northern base", "Northern Forces", 8))[0] != "Northern Forces"


# --- aircraft-of-states --------------------------------------------------------------------------------------


def _air_roles(text: str, trigger: str, *actors: tuple[str, str, int]) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    mentions = sorted((_mention(text, words, name, inter) for words, name, inter in actors), key=lambda m: m.start)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    roles = ground_side_as_striker(text, (0, len(text)), roles, mentions) or roles
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_a_side_without_aircraft_is_hit_by_the_strike_not_its_striker() -> None:
    text = "Two Falcon Brigade members were killed in an airstrike on their vehicle near the dam on Monday."
    assert _air_roles(text, "airstrike", ("Falcon Brigade", "Falcon Brigade", 3)) == (None, "Falcon Brigade")
    text = "Falcon Brigade fighters attacked a post near the dam, and helicopters struck the area."
    assert _air_roles(text, "struck", ("Falcon Brigade", "Falcon Brigade", 3))[0] is None


def test_drones_and_named_air_forces_keep_the_roles() -> None:
    text = "Falcon Brigade fighters attacked a post near the dam with a drone that struck the area."
    assert _air_roles(text, "struck", ("Falcon Brigade", "Falcon Brigade", 3))[0] == "Falcon Brigade"
    text = "Northern warplanes struck Falcon Brigade positions near the dam."
    assert _air_roles(text, "struck", ("Northern warplanes", "Northern Forces", 8),
                      ("Falcon Brigade", "Falcon Brigade", 3)) == ("Northern Forces", "Falcon Brigade")
    text = "The Falcon Brigade, backed by Northern helicopters, struck the smugglers near the dam."
    assert _air_roles(text, "struck", ("Falcon Brigade", "Falcon Brigade", 3),
                      ("Northern helicopters", "Northern Forces", 8))[0] == "Falcon Brigade"
