"""Where a protest's people came from is not where it happened (rule crowd-origin): "protesters from the villages
of A and B joined them" adds no protest at A or B. Sentences written for the test; places are invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marsad.events.locating import crowd_origins
from marsad.events.rules import rule
from marsad.types import PlaceMention


def _places(text: str, names: list[str]) -> list[PlaceMention]:
    return [SimpleNamespace(start=text.index(n), end=text.index(n) + len(n), text=n) for n in names]  # type: ignore[misc]


def _cue(kind: str) -> SimpleNamespace:
    return SimpleNamespace(cue=SimpleNamespace(kind=kind))


@pytest.mark.parametrize(("text", "origins"), [
    ("Protesters from the villages of Tell Hamra and Ain Dara joined them.", ["Tell Hamra", "Ain Dara"]),
    ("The demonstrators came from Kafr Hamra, Deir Nasr and Ain Dara.", ["Kafr Hamra", "Deir Nasr", "Ain Dara"]),
    ("Displaced families from the camp in Tell Hamra protested on Friday.", ["Tell Hamra"]),
])
def test_the_places_a_crowd_came_from_are_its_origins(text, origins):
    found = crowd_origins(text, (0, len(text)), _places(text, origins), _cue("protest"))
    assert [p.text for p in found] == origins


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("Protesters gathered in Tell Hamra on Friday.", "Tell Hamra", "protest"),
    ("Protesters from the villages gathered in Ain Dara.", "Ain Dara", "protest"),
    ("Hundreds marched from the square to Ain Dara.", "Ain Dara", "protest"),
    # not a crowd: fighters from a village are the attack's origin by other rules (launch-origin)
    ("Families from Tell Hamra were killed by shelling.", "Tell Hamra", "attack"),
])
def test_where_a_crowd_gathered_is_no_origin(text, place, kind):
    assert crowd_origins(text, (0, len(text)), _places(text, [place]), _cue(kind)) == []


def test_shooters_positions_are_not_read_for_a_crowd():
    # the camp the families came from is no firing position: rule from-positions would read it as one
    text = "Displaced families from the camp in "
    assert rule("from-positions").search(text) is not None and rule("crowd-origin").search(text) is not None
