"""Where a force went once its act was done is not where the act happened (rule withdrew-after-act). Sentences
written for these tests; places from the hand-made gazetteer of test_segmentation (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_segmentation import events


def test_the_place_a_force_withdrew_to_after_its_act_is_not_the_acts() -> None:
    text = ("Regime forces entered Tell Abar at dawn, searched several houses and detained three young men before "
            "withdrawing towards Kafr Sajna.")
    assert events(text) == [("Arrests", "Tell Abar")]


def test_an_act_told_with_only_the_place_withdrawn_to_keeps_it() -> None:
    # the weak place yields only to another place of the sentence; alone, it still locates the act
    assert events("Regime forces detained three men, then withdrew to Kafr Sajna.") == [("Arrests", "Kafr Sajna")]


def test_a_withdrawal_is_placed_where_the_force_went() -> None:
    assert events("Regime forces withdrew towards Kafr Sajna after losing Tell Abar.")[0][1] == "Kafr Sajna"
