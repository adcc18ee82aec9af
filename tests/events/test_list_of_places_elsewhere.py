"""One act told after a list of places that is not its own: the places the actors come from or hold (rule
list-of-origin-or-hold), a list told before a "while" clause (list-of-another-clause). Reports written for these
tests; places from the hand-made gazetteer of test_segmentation (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_days_apart import code
from tests.events.test_same_place_acts import report


def _attacks(text: str) -> list:
    return [d for d in code(report(text)) if d.kind == "attack"]


def test_fighters_from_listed_places_make_one_attack() -> None:
    # rule list-of-origin-or-hold: the list tells where the fighters come from, not three attacks
    drafts = _attacks("Fighters from Tell Abar, Kafr Sajna and Ain Lora attacked a checkpoint on Sunday.")
    assert len(drafts) == 1 and "list-of-origin-or-hold" in drafts[0].rules


def test_a_group_holding_listed_places_makes_one_attack() -> None:
    drafts = _attacks("The militia, which controls Tell Abar, Kafr Sajna and Ain Lora, attacked a patrol on Sunday.")
    assert len(drafts) == 1 and "list-of-origin-or-hold" in drafts[0].rules


def test_listed_places_shelled_keep_one_event_each() -> None:
    drafts = code(report("Tell Abar, Kafr Sajna and Ain Lora were shelled by the army on Sunday."))
    assert len(drafts) == 3 and all("list-of-origin-or-hold" not in d.rules for d in drafts)


def test_a_list_before_a_while_clause_is_the_main_clauses() -> None:
    # rule list-of-another-clause: the reinforcements arrived in the list, the attack is one event
    drafts = _attacks("Army reinforcements arrived in Tell Abar and Kafr Sajna on Sunday, while gunmen attacked a "
                      "checkpoint.")
    assert len(drafts) == 1


def test_a_force_keeping_bases_at_listed_places_makes_one_movement() -> None:
    drafts = [d for d in code(report("The army, which runs bases in Tell Abar and Kafr Sajna, sent reinforcements to "
                                     "the area on Sunday.")) if d.kind == "movement"]
    assert len(drafts) == 1 and "list-of-origin-or-hold" in drafts[0].rules
