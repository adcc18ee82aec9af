"""A second event at one place: an act told on another day than the event it follows stays apart even when a later
telling that names that event with the article ("the protest", rule told-before) has joined it, and it happens where
its sentence refers to ("in the town"). Reports written for these tests; places from the hand-made gazetteer of
test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_days_apart import code, events, kinds_and_places
from tests.events.test_same_place_acts import report


def test_an_arrest_the_next_day_stays_apart_from_a_dispersal_told_again_with_the_article() -> None:
    text = report("Police fired tear gas to disperse a demonstration in Saraqib on Wednesday.",
                  "Several people were hurt when the protest was broken up.",
                  "The next day, Police arrested four participants of the protest in raids on their homes in the town.")
    coded = events(text)
    assert ("Arrests", "Saraqib", "2024-05-16") in coded
    assert [kind for kind, _, _ in coded].count("Arrests") == 1
    arrest = next(d for d in code(text) if d.coding.sub_event_type == "Arrests")
    assert "another-day" in arrest.rules and "place-referred" in arrest.rules


def test_an_arrest_on_the_same_day_is_kept_apart_by_no_day() -> None:
    text = report("Police fired tear gas to disperse a demonstration in Saraqib on Wednesday.",
                  "Several people were hurt when the protest was broken up.",
                  "Police also arrested four participants of the protest in the town on Wednesday.")
    assert not any("another-day" in d.rules for d in code(text))


def test_a_day_named_only_beside_the_act_told_again_keeps_the_act_one_event() -> None:
    # the day in the sentence that names the attack with the article is the claim's, not the attack's
    text = report("Gunmen attacked farmers in Tell Abar on Tuesday, killing two.",
                  "ISIS claimed the attack on Wednesday.")
    assert [kind for kind, _, _ in events(text)] == ["Attack"]


def test_an_arrest_another_day_with_no_place_it_refers_to_takes_none_told_before() -> None:
    text = report("Police fired tear gas to disperse a demonstration in Saraqib on Wednesday.",
                  "Several people were hurt when the protest was broken up.",
                  "The next day, Police arrested four participants of the protest.")
    arrest = next((d for d in code(text) if d.coding.sub_event_type == "Arrests"), None)
    assert arrest is None or "place-referred" not in arrest.rules


# --- a strike that hit a place of its own beside fighting named again (rule strike-elsewhere) ------------------


def test_shells_fired_during_the_clashes_that_fell_on_a_nearby_village_are_a_strike_there() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing three fighters.",
                  "Mortar shells fired during the clashes fell on homes in the nearby village of Kafr Sajna, "
                  "wounding a woman.")
    assert kinds_and_places(text) == [("Armed clash", "Tell Abar"), ("Shelling/artillery/missile attack", "Kafr Sajna")]
    strike = next(d for d in code(text) if d.kind == "shelling")
    assert "strike-elsewhere" in strike.rules


def test_shells_of_the_clashes_that_fell_on_the_battle_place_are_the_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing three fighters.",
                  "Mortar shells fired during the clashes fell on homes in Tell Abar, wounding a woman.")
    assert kinds_and_places(text) == [("Armed clash", "Tell Abar")]


def test_shelling_with_no_place_of_its_own_during_the_clashes_is_the_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing three fighters.",
                  "Both sides fired mortar shells during the clashes.")
    assert kinds_and_places(text) == [("Armed clash", "Tell Abar")]


def test_shelling_told_with_fighting_told_anew_at_a_place_is_one_battle() -> None:
    # no fighting named again: the clashes and their shelling at Kafr Sajna are one battle there
    text = report("Regime forces clashed with ISIS in Kafr Sajna amid heavy mortar shelling on Kafr Sajna.")
    assert kinds_and_places(text) == [("Armed clash", "Kafr Sajna")]


def test_shelling_during_the_clashes_at_the_place_named_after_them_is_the_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing three fighters.",
                  "Mortar shells were fired during the clashes in Kafr Sajna.")
    assert "Shelling/artillery/missile attack" not in [kind for kind, _ in kinds_and_places(text)]


# --- fighting told again in one sentence by another pair of sides (rule other-pair) -----------------------------


def test_fighting_by_another_pair_in_the_same_sentence_is_a_second_battle() -> None:
    text = report("ISIS clashed with the SDF in Tell Abar, and Regime forces clashed with the SDF in the village.")
    battles = [d for d in code(text) if d.coding.sub_event_type == "Armed clash"]
    assert len(battles) == 2 and "other-pair" in battles[1].rules
    assert battles[1].roles.actor1.name == "Military Forces of Syria"


def test_the_same_pair_told_again_in_the_sentence_is_one_battle() -> None:
    text = report("ISIS clashed with the SDF in Tell Abar, and the SDF clashed with ISIS again later in the village.")
    assert [kind for kind, _ in kinds_and_places(text)] == ["Armed clash"]


def test_a_brief_tells_its_fighting_as_one_battle() -> None:
    text = "ISIS clashed with the SDF in Tell Abar, and Regime forces clashed with the SDF in the village."
    assert [kind for kind, _ in kinds_and_places(text)] == ["Armed clash"]
