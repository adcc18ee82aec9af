"""Military statements ("seven militants were neutralised, the Defence Ministry said"), read without the language
model, and the actors ACLED codes under their parent. Sentences written for these tests."""

from marsad.events.carrying import carry_actors
from marsad.events.drafts import Draft
from marsad.events.lexicon import Coding
from marsad.events.quantities import fatalities, says_killed
from marsad.events.records import _under_parent
from marsad.events.roles import Roles, assign_roles
from marsad.types import ActorMention, Evidence


def _roles(text: str, trigger: str, *actors: tuple[str, str, int]):
    start = text.index(trigger)
    mentions = sorted((ActorMention(text.index(p), text.index(p) + len(p), p, name, inter)
                       for p, name, inter in actors), key=lambda m: m.start)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_the_forces_that_report_a_kill_made_it():
    text = "Seven rebels were neutralised near the dam, the Defence Ministry said on Monday."
    sides = (("rebels", "Rebels", 2), ("Defence Ministry", "Army", 1))
    assert _roles(text, "neutralised", *sides) == ("Army", "Rebels")
    text = "The Defence Ministry said that seven rebels were killed near the dam."
    assert _roles(text, "killed", *sides) == ("Army", "Rebels")


def test_only_a_kill_and_only_by_a_state_force():
    sides = (("rebels", "Rebels", 2), ("Defence Ministry", "Army", 1))
    text = "Seven rebels were arrested near the dam, the Defence Ministry said on Monday."
    assert _roles(text, "arrested", *sides)[0] != "Army"
    text = "Seven rebels were killed near the dam, the Observatory said on Monday."
    assert _roles(text, "killed", ("rebels", "Rebels", 2), ("Observatory", "Monitor", 7))[0] != "Monitor"


def test_neutralised_counts_the_dead():
    assert says_killed("neutralized") and says_killed("were killed") and not says_killed("arrested")
    count = fatalities("The ministry said 12 terrorists were neutralised in the mountains.")
    assert count is not None and count.value == 12


def test_a_unit_coded_under_its_parent_gives_the_parent_and_stays_associated():
    council = ActorMention(0, 20, "the Tabqa council", "Tabqa Military Council", 2,
                           part_of="QSD: Syrian Democratic Forces", coded_under_parent=True)
    assoc: list[str] = []
    assert _under_parent(council, council.name, assoc) == "QSD: Syrian Democratic Forces"
    assert assoc == ["Tabqa Military Council"]
    ypg = ActorMention(0, 3, "YPG", "YPG: Peoples Protection Units", 2, part_of="QSD: Syrian Democratic Forces")
    assert _under_parent(ypg, ypg.name, []) == ypg.name


def _draft(text: str, trigger: str, event_type: str, actor: ActorMention | None) -> Draft:
    start = text.index(trigger)
    return Draft(kind="x", coding=Coding(event_type, "x", "x", "x"),
                 trigger=Evidence(start, start + len(trigger), trigger), sentence=(0, len(text)),
                 roles=Roles(actor, None), place=None, place_fallback=None, geo_precision=1,
                 date=None, fatalities=None, injured=None, detained=None, fighters=None, vehicles=None,
                 attribution=None)


def test_a_protest_about_a_party_does_not_lend_it_the_next_arrest():
    text = "Crowds protested against the Front's road closure. Later, dozens were detained in the city."
    front = ActorMention(text.index("Front"), text.index("Front") + 5, "Front", "The Front", 3)
    protest = _draft(text, "protested", "Protests", front)
    arrest = _draft(text, "detained", "Strategic developments", None)
    carry_actors(text, [protest, arrest])
    assert arrest.roles.actor1 is None
    army = ActorMention(0, 4, "Army", "The Army", 1)
    strike = _draft(text, "protested", "Battles", army)  # an armed act's actor still goes on
    arrest = _draft(text, "detained", "Strategic developments", None)
    carry_actors(text, [strike, arrest])
    assert arrest.roles.actor1 is army


def test_a_side_backed_by_another_keeps_the_act():
    text = "The Rebels clashed with the Guards backed by allied militias near the dam."
    sides = (("Rebels", "Rebels", 2), ("Guards", "Guards", 1), ("allied militias", "Militias", 3))
    assert _roles(text, "clashed", *sides)[0] == "Rebels"


def test_the_holder_of_a_place_is_not_the_actor():
    text = "A new base was built opposite the Guards-held areas near the dam."
    assert _roles(text, "base", ("Guards", "Guards", 1))[0] is None
    text = "Northern forces shelled Guards-held villages near the dam."
    assert _roles(text, "shelled", ("Northern forces", "North", 8), ("Guards", "Guards", 1)) == ("North", "Guards")
