"""A side hurt by the act told after it is the one acted upon, not its author: "two members of the militia were
wounded in a bomb blast". Sentences written for these tests, read without the language model."""

from marsad.events.roles import assign_roles
from marsad.types import ActorMention


def _roles(text: str, trigger: str, *actors: tuple[str, str, int]) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    mentions = sorted((ActorMention(text.index(p), text.index(p) + len(p), p, name, inter,
                                    kind="generic" if inter == 7 else "group")
                       for p, name, inter in actors), key=lambda m: m.start)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


MILITIA = ("militia", "Militia", 3)
ARMY = ("army", "Army", 1)


def test_members_wounded_in_a_blast_are_its_target():
    text = "Two members of the militia were wounded in an IED explosion north of the town."
    assert _roles(text, "IED", MILITIA) == (None, "Militia")


def test_soldiers_killed_when_a_bomb_struck_are_its_target():
    text = "Three soldiers of the army were killed when a roadside bomb struck their vehicle near the bridge."
    assert _roles(text, "roadside bomb", ARMY) == (None, "Army")


def test_the_side_named_by_the_attack_did_it():
    text = "Two soldiers of the army were wounded when a bomb planted by the rebels exploded near the bridge."
    assert _roles(text, "bomb", ARMY, ("rebels", "Rebels", 2)) == ("Rebels", "Army")


def test_fighters_killed_in_clashes_with_a_side_fought_it():
    text = "Five fighters of the militia were killed in clashes with the army near the bridge."
    assert _roles(text, "clashes", MILITIA, ARMY) == ("Militia", "Army")


def test_fighters_killed_by_their_own_device_used_it():
    text = "Two members of the militia were killed when a bomb went off while they were planting it on the road."
    assert _roles(text, "bomb", MILITIA) == ("Militia", None)


def test_an_active_subject_still_acts():
    text = "The militia detonated an IED near an army patrol, wounding two soldiers."
    assert _roles(text, "IED", MILITIA, ARMY)[0] == "Militia"


def test_fighters_killed_by_clashes_with_a_side_were_killed_by_it():
    text = "Twelve fighters of the militia were killed by clashes with the army near the bridge."
    assert _roles(text, "clashes", MILITIA, ARMY) == ("Army", "Militia")


def test_civilians_named_on_both_sides_do_not_arrest_when_an_armed_side_is_named():
    text = ("Clashes erupted between members of the militia and residents of the town after a patrol seized a truck "
            "belonging to a farmer and arrested a civilian.")
    sides = (MILITIA, ("residents", "Civilians", 7), ("a farmer", "Civilians", 7), ("a civilian", "Civilians", 7))
    assert _roles(text, "arrested", *sides) == ("Militia", "Civilians")


def test_a_fight_among_civilians_alone_keeps_them():
    text = "Residents of the village and a farmer quarrelled over water, and the residents beat a civilian."
    sides = (("Residents", "Civilians", 7), ("a farmer", "Civilians", 7), ("a civilian", "Civilians", 7))
    assert _roles(text, "beat", *sides)[0] == "Civilians"
