"""Round 22 (typeat22): a crowd told as the one that dispersed left by itself (trigger `dispersal`,
`not_before`); force that broke it up names the force or its means. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.test_iraqi_outlets import _kinds


@pytest.mark.parametrize("text", [
    "Farmers protested outside the council on Sunday over water shortages; the protesters dispersed after the "
    "mayor promised to raise their demands.",
    "Dozens of retired officers rallied in the square, and the crowd dispersed once a delegation was received.",
])
def test_a_crowd_that_dispersed_itself_was_not_dispersed(text: str) -> None:
    assert "protest_intervention" not in _kinds(text)
    assert "protest" in _kinds(text)


@pytest.mark.parametrize("text", [
    "Police dispersed the protesters outside the council on Sunday.",
    "The protesters were dispersed by riot police outside the council on Sunday.",
    "Protesters dispersed with tear gas outside the council on Sunday.",
])
def test_force_that_dispersed_a_crowd_is_an_intervention(text: str) -> None:
    assert "protest_intervention" in _kinds(text)
