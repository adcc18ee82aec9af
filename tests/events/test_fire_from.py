"""The side named after "fire from" fired (rule agent-of-attack): "artillery fire from the Rebels on the village"
is the Rebels' shelling. Sentences written for these tests; hand-made actor mentions, no model."""

from __future__ import annotations

from tests.events.test_other_side import _roles


def test_the_side_the_fire_came_from_fired() -> None:
    text = "The attack was answered by artillery fire from the Rebels on regime positions in the hills."
    assert _roles(text, "artillery fire") == ("Rebel Union", "Military Forces of Syria")
    text = "Two civilians were wounded by rockets from the Guards that fell on the market."
    assert _roles(text, "rockets")[0] == "Guards Front"


def test_fire_on_a_sides_positions_still_hits_that_side() -> None:
    text = "Artillery fire from the hills hit positions of the Guards near the river."
    assert _roles(text, "Artillery fire")[0] != "Guards Front"
