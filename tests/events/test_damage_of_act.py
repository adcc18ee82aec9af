"""The damage a strike did is that strike: property burned or destroyed told as a participle after the shelling, the
air strike or the bomb of its sentence is what the strike did (rule damage-of-the-act); a looting told with a verb of
its own, by gunmen in an attack, or after a capture, stays a looting. Reports written for these tests; places and
actors hand-made (test_segmentation, test_same_place_acts), no model, no gazetteer file."""

from __future__ import annotations

from marsad.events.damage_of_act import damage_of_act
from tests.events.test_same_place_acts import _analysis, report
from tests.events.test_second_act_at_place import code as drafts_of


def code(text: str) -> list:
    return damage_of_act(_analysis(text), drafts_of(text))


def _types(drafts: list) -> list[str]:
    return sorted(d.coding.sub_event_type for d in drafts)


def test_orchards_a_shelling_set_on_fire_are_the_shelling() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, setting fire to the orchards of the village.")
    assert _types(drafts_of(text)) == ["Looting/property destruction",
                                       "Shelling/artillery/missile attack"]  # what the merge alone leaves
    drafts = code(text)
    assert _types(drafts) == ["Shelling/artillery/missile attack"] and "damage-of-the-act" in drafts[0].rules


def test_houses_gunmen_burn_in_an_attack_stay_a_looting() -> None:
    # only a remote weapon's damage is the strike: gunmen who burn houses did it with their own hands
    drafts = code(report("Gunmen attacked Tell Abar on Monday, killing a shepherd and setting fire to three houses."))
    assert _types(drafts) == ["Attack", "Looting/property destruction"]


def test_a_looting_told_with_a_verb_of_its_own_stays_a_looting() -> None:
    drafts = code(report("ISIS attacked Tell Abar on Monday, killing two farmers.",
                         "The gunmen then looted the shops."))
    assert _types(drafts) == ["Attack", "Looting/property destruction"]


def test_houses_burned_after_a_capture_stay_a_looting() -> None:
    drafts = code(report("The militia took control of the village of Tell Abar on Monday, looting the shops."))
    assert _types(drafts) == ["Looting/property destruction", "Non-state actor overtakes territory"]
