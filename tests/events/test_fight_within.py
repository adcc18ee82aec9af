"""A fight inside one side has that side on both sides (rule fight-within-side): "clashes among members of the
Guards" is the Guards against the Guards, not an unidentified group against them. Reports written for these
tests; hand-made places and actor mentions, no model."""

from __future__ import annotations

from marsad.events.fight_within import fight_within_side
from marsad.events.roles import assign_roles
from tests.events.test_interception import _sides
from tests.events.test_other_side import _actors


def _both(text: str, trigger: str) -> tuple[str | None, str | None] | None:
    start = text.index(trigger)
    mentions = _actors(text)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    both = fight_within_side(text, (0, len(text)), roles, mentions)
    return None if both is None else (both.actor1.name if both.actor1 else None,
                                      both.actor2.name if both.actor2 else None)


def test_a_clash_among_members_of_one_side_is_that_side_on_both_sides() -> None:
    text = "Clashes broke out among members of the Guards near the mill, killing one of them."
    assert _both(text, "Clashes") == ("Guards Front", "Guards Front")
    text = "An armed dispute took place near the mill within the Rebels, wounding two of them."
    assert _both(text, "armed dispute") == ("Rebel Union", "Rebel Union")


def test_a_clash_with_another_armed_side_is_not_inside_one() -> None:
    assert _both("Clashes broke out among members of the Guards and the Rebels near the mill.", "Clashes") is None
    assert _both("The Guards clashed with the Rebels near the mill.", "clashed") is None


def test_a_side_named_as_holding_the_place_is_not_the_side_inside() -> None:
    text = "Clashes broke out among two families in a village within Guards-held areas."
    assert _both(text, "Clashes") is None


def test_the_record_keeps_both_sides_of_a_fight_inside_one_side() -> None:
    sides = _sides("Kafr Zeta: Clashes broke out among members of the Guards in Kafr Zeta on Monday, killing one.")
    assert ("Armed clash", "Guards Front", "Guards Front") in sides
