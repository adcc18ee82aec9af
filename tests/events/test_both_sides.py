"""Which sides an event keeps: a battle told first with one side and then with its two (rule both-sides-named), and
civilians who are never the hand of political violence (rule civilians-never-act). Roles made by hand, no model."""

from __future__ import annotations

from types import SimpleNamespace

from marsad.events.both_sides import join_other_side
from marsad.events.civilian_victims import civilians_never_act
from marsad.events.roles import Roles
from marsad.types import ActorMention


def _side(name: str, inter: int = 2, kind: str = "group") -> ActorMention:
    return ActorMention(0, len(name), name, name, inter, kind=kind)


def _telling(event_type: str, actor1: ActorMention | None, actor2: ActorMention | None) -> SimpleNamespace:
    return SimpleNamespace(coding=SimpleNamespace(event_type=event_type), roles=Roles(actor1, actor2), rules=[])


def _names(draft: SimpleNamespace) -> tuple[str | None, str | None]:
    roles = draft.roles
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_a_battle_told_in_passing_takes_the_two_sides_the_detail_names():
    """"The army withdrew after days of fighting. Clashes erupted between the tribesmen and the Guards.": the army is
    no side of the fight the detail tells."""
    passing = _telling("Battles", _side("Army", 1), None)
    join_other_side(passing, _telling("Battles", _side("Tribesmen", 4), _side("Guards")))
    assert _names(passing) == ("Tribesmen", "Guards") and "both-sides-named" in passing.rules


def test_a_side_of_the_detail_keeps_its_place_and_gains_the_other():
    join_other_side(passing := _telling("Battles", _side("Guards"), None),
                    _telling("Battles", _side("Guards"), _side("Tribesmen", 4)))
    assert _names(passing) == ("Guards", "Tribesmen") and "both-sides-named" not in passing.rules


def test_one_sided_violence_keeps_its_hand():
    """A strike's hand told first stays its hand: only a battle has two sides to take."""
    strike = _telling("Explosions/Remote violence", _side("Army", 1), None)
    join_other_side(strike, _telling("Explosions/Remote violence", _side("Rebels"), _side("Guards")))
    assert _names(strike) == ("Army", "Guards")


def test_civilians_are_never_the_hand_of_violence():
    civilians = _side("Civilians (Northland)", 7, "generic")
    turned = civilians_never_act(Roles(civilians, None), "Violence against civilians")
    assert turned is not None and turned.actor1 is None and turned.actor2 is civilians


def test_civilians_still_protest_and_armed_hands_stay():
    civilians = _side("Civilians (Northland)", 7, "generic")
    assert civilians_never_act(Roles(civilians, None), "Protests") is None
    assert civilians_never_act(Roles(_side("Guards"), civilians), "Violence against civilians") is None
