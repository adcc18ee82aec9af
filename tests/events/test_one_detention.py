"""One detention, one event: an arrest whose manner words ("to the compulsory conscription", "to an unknown
destination") make an abduction draft of their own is one act (rule one-detention), and a detention by a named hand
told with the words of an arrest and none of a kidnapping is an arrest in a full report (rule told-as-kidnapping), as
the guide codes detentions by authorities or armed groups controlling the area. Reports written for these tests;
places and actors hand-made (test_segmentation, test_same_place_acts), no model, no gazetteer file."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.one_detention import one_detention
from marsad.events.rules import rule
from tests.events.test_same_place_acts import _analysis, report
from tests.events.test_second_act_at_place import code as drafts_of


def code(text: str) -> list:
    return one_detention(_analysis(text), load_lexicon(), drafts_of(text))


def _types(drafts: list) -> list[str]:
    return sorted(d.coding.sub_event_type for d in drafts)


def test_an_arrest_for_conscription_told_with_the_article_is_one_arrest() -> None:
    text = report("The SDF raided Tell Abar on Monday, arresting five young men to take them to the compulsory "
                  "conscription.",
                  "Residents said patrols of the SDF stormed homes in Tell Abar, taking the men to an unknown "
                  "destination.")
    before = drafts_of(text)
    assert _types(before) == ["Abduction/forced disappearance", "Arrests"]  # what the merge alone leaves
    drafts = code(text)
    assert _types(drafts) == ["Arrests"]
    assert {"one-detention", "told-as-arrest"} <= set(drafts[0].rules)


def test_forces_who_arrest_and_take_men_to_an_unknown_destination_make_an_arrest() -> None:
    drafts = code(report("Regime forces arrested four young men in Tell Abar on Monday and took them to an unknown "
                         "destination."))
    assert _types(drafts) == ["Arrests"]


def test_a_kidnapping_by_a_named_group_stays_an_abduction() -> None:
    drafts = code(report("The militia detained three men in Tell Abar on Monday and demanded a ransom from their "
                         "families."))
    assert _types(drafts) == ["Abduction/forced disappearance"]
    drafts = code(report("The militia kidnapped a trader in Tell Abar on Monday and took him to an unknown "
                         "destination."))
    assert _types(drafts) == ["Abduction/forced disappearance"]


def test_gunmen_who_detain_a_man_abduct_him() -> None:
    drafts = code(report("Gunmen detained a young man in Tell Abar on Monday and took him to an unknown destination."))
    assert _types(drafts) == ["Abduction/forced disappearance"]


def test_two_detentions_by_two_hands_stay_two_events() -> None:
    drafts = code(report("Regime forces arrested two men in Tell Abar on Monday.",
                         "Gunmen kidnapped a trader in Tell Abar on Monday."))
    assert _types(drafts) == ["Abduction/forced disappearance", "Arrests"]


def test_the_words_of_a_kidnapping() -> None:
    assert rule("told-as-kidnapping").search("the gang snatched the boy")
    assert rule("told-as-kidnapping").search("he was taken by unknown gunmen")
    assert not rule("told-as-kidnapping").search("they were arrested without charge")
    assert rule("arrest-told").search("were taken into custody") and not rule("arrest-told").search("were kidnapped")
