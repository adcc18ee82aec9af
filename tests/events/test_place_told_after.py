"""Rule place-told-after: a sentence that says where the event just placed in a region happened ("The shooting
took place in X") gives it that place, also when the sentence tells an act of its own in a clause after the
place ("..., where hundreds had blocked the road"). Reports written for these tests; coded with no language
model and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

from tests.events import handmade

PLACES = [handmade.place("Tal Warda", 31.40, 46.20), handmade.place("Halabiya", 31.10, 46.30, "IQ", "ADM1")]
REPORTS = handmade.Reports("", PLACES)


def _force_on_protest(body: str):
    _, drafts = REPORTS.code(body)
    return [d for d in drafts if d.coding.sub_event_type == "Excessive force against protesters"]


def test_a_sentence_with_a_protest_of_its_own_still_places_the_shooting_before_it():
    found = _force_on_protest("Security forces in Halabiya province opened fire on demonstrators on Sunday, "
                              "killing one. The shooting took place in Tal Warda, where hundreds of people had "
                              "blocked the main road.")
    assert found and found[0].place is not None and found[0].place.text == "Tal Warda"
    assert "place-told-after" in found[0].rules


def test_a_sentence_that_does_not_restate_the_act_places_nothing():
    found = _force_on_protest("Security forces in Halabiya province opened fire on demonstrators on Sunday, "
                              "killing one. In Tal Warda, hundreds of people blocked the main road.")
    assert found and found[0].place is not None and found[0].place.text == "Halabiya"
    assert "place-told-after" not in found[0].rules
