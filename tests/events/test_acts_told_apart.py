"""Two acts at one place told apart (round 21, merge21): an arrest a speaker tells in a quote on a day of its own
after the attack it answers (rule own-day-not-restated), and an act told "earlier" at a place of its own after the
lead's act in the region (rule told-earlier). Reports written for these tests; places from the hand-made gazetteer
of test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_days_apart import code, events
from tests.events.test_same_place_acts import report


def test_an_arrest_a_commander_tells_in_a_quote_the_next_day_is_no_restatement_of_the_attack() -> None:
    text = report("Gunmen attacked a police patrol near Saraqib on Wednesday, killing an officer.",
                  "The commander said the patrol came under fire near Saraqib and that Police returned fire.",
                  '"At dawn the next day, Police arrested three of the gunmen in a house in Saraqib," he said.')
    assert ("Arrests", "Saraqib", "2024-05-16") in events(text)
    arrest = next(d for d in code(text) if d.coding.sub_event_type == "Arrests")
    assert "own-day-not-restated" in arrest.rules


def test_a_quote_that_tells_the_attack_again_on_its_day_restates_it() -> None:
    text = report("Gunmen attacked a police patrol near Saraqib on Wednesday, killing an officer.",
                  '"The attack near Saraqib killed one of our men," the commander said.')
    kinds = [kind for kind, _, _ in events(text)]
    assert len(kinds) == 1
    assert not any("own-day-not-restated" in d.rules for d in code(text))


def test_a_strike_told_earlier_at_a_town_is_not_the_detail_of_the_strike_on_its_province() -> None:
    text = report("Russian warplanes struck positions in Idlib province, wounding two.",
                  "Earlier today, Russian warplanes struck an apartment in Saraqib, killing a man.")
    assert sorted(place for _, place, _ in events(text)) == ["Idlib", "Saraqib"]
    assert any("told-earlier" in d.rules for d in code(text))


def test_a_strike_on_a_town_of_the_province_told_with_no_mark_is_its_detail() -> None:
    text = report("Russian warplanes struck positions in Idlib province, wounding two.",
                  "Russian warplanes struck an apartment in Saraqib, killing a man.")
    assert [place for _, place, _ in events(text)] == ["Saraqib"]


def test_a_strike_told_earlier_at_the_same_town_is_left_to_the_day_rules() -> None:
    text = report("Russian warplanes struck Saraqib, wounding two.",
                  "Earlier, Russian warplanes struck an apartment in Saraqib, killing a man.")
    assert not any("told-earlier" in d.rules for d in code(text))
