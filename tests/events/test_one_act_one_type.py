"""One act, one type (round 18; docs/events.md): a group named "the remnants of the former regime" whose verb is the
trigger tells its act, it does not refer to one (rule reference, actor-acts); the fighting a place had seen before
describes the place and absorbs nothing of the act told (rule scene-of-past-fighting). Reports written for these
tests in the manner of several outlets (a state agency, wire copy, a monitor); places from the
hand-made gazetteer of test_segmentation, actors from test_same_place_acts plus the names below (no model)."""

from __future__ import annotations

import pytest

from marsad.events.cue_context import past_clause
from marsad.events.extract import extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.rules import rule
from tests.events import test_same_place_acts
from tests.events.test_same_place_acts import _analysis, report


@pytest.fixture(autouse=True)
def _remnants(monkeypatch: pytest.MonkeyPatch) -> None:
    """The remnants of the former regime as a named group (the actor base knows such names)."""
    actors = dict(test_same_place_acts.ACTORS)
    actors["remnants of the former regime"] = ("Regime Remnants Militia", 3, "group")
    actors["Security forces"] = ("Police Forces of Syria", 1, "group")
    monkeypatch.setattr(test_same_place_acts, "ACTORS", actors)


def drafts(text: str) -> list:
    return extract_drafts(_analysis(text), load_lexicon())


def types(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.coding.event_type, d.place.text if d.place else None) for d in drafts(text))


# --- the group's name is no act referred to (rule reference, actor-acts) -----------------------------------------


def test_remnants_of_the_regime_who_attacked_a_post_tell_the_attack() -> None:
    text = report("Jableh, state agency - Two guards were killed on Monday when remnants of the former regime "
                  "attacked a checkpoint at the entrance of Jableh.")
    assert types(text) == [("Battles", "Jableh")]


def test_a_device_left_over_from_the_battles_still_refers_to_them() -> None:
    text = report("Two children were killed in Tell Abar on Monday when a device left over from the battles exploded.")
    assert "clash" not in [d.kind for d in drafts(text)]


def test_the_remnants_of_the_fighting_are_not_an_act() -> None:
    analysis = _analysis(report("Teams cleared the remnants of the fighting in Tell Abar on Monday."))
    drafts_made = extract_drafts(analysis, load_lexicon())
    assert all(d.kind != "clash" for d in drafts_made)
    assert any(why == "reference" for why, _ in analysis.dropped)


# --- fighting a place had seen before (rule scene-of-past-fighting) ----------------------------------------------


def test_a_mine_in_an_area_that_had_seen_fighting_is_a_mine_not_a_battle() -> None:
    text = report("Separately, two shepherds were killed on Sunday when a landmine exploded near Tell Abar, according "
                  "to rescuers, who said the area had been the scene of fighting with ISIS in previous years.")
    assert types(text) == [("Explosions/Remote violence", "Tell Abar")]


def test_a_village_that_had_witnessed_clashes_during_the_war_absorbs_no_shelling() -> None:
    text = report("Regime forces shelled Kafr Sajna on Tuesday, a village that had witnessed heavy clashes during "
                  "the war, wounding a woman.")
    assert [d.coding.sub_event_type for d in drafts(text)] == ["Shelling/artillery/missile attack"]


def test_fighting_told_in_the_present_perfect_is_news() -> None:
    text = report("Tell Abar has been the scene of clashes between the SDF and ISIS for three days.")
    assert [d.kind for d in drafts(text)] == ["clash"]


def test_a_pluperfect_act_with_a_day_of_its_own_after_it_is_no_description() -> None:
    text = "Before the army entered, the village had witnessed clashes on Monday."
    start = text.index("clashes")
    match = type("Match", (), {"start": start})()
    day = type("Day", (), {"start": text.index("Monday")})()
    assert rule("scene-of-past-fighting").search(text[:start])
    assert past_clause(text[:start], match, [day]) is None
    assert past_clause(text[:start], match, []) == "scene-of-past-fighting"


def test_an_act_named_after_the_word_after_stays_the_occasion_referred_to() -> None:
    analysis = _analysis(report("Clashes broke out in Tell Abar on Friday after the militia attacked a checkpoint."))
    extract_drafts(analysis, load_lexicon())
    assert any(why == "reference" and told.text == "attacked" for why, told in analysis.dropped)


# --- a strike told again as "the attack" stays the strike (rule strike-told-as-attack) ---------------------------


def test_a_drone_strike_told_again_as_the_attack_that_killed_fighters_stays_a_strike() -> None:
    text = report("A Turkish drone struck a vehicle of the SDF near Tell Abar on Tuesday afternoon.",
                  "The attack killed two SDF fighters and wounded a third, a source said.")
    made = drafts(text)
    assert [(d.coding.event_type, d.coding.sub_event_type) for d in made] == [
        ("Explosions/Remote violence", "Air/drone strike")]
    assert "strike-told-as-attack" in made[0].rules


def test_a_shelling_told_again_as_the_targeting_of_a_post_stays_a_shelling() -> None:
    text = report("Regime forces shelled a post of the SDF in Kafr Sajna on Monday evening.",
                  "The attack killed one SDF fighter, according to local sources.")
    assert [d.coding.sub_event_type for d in drafts(text)] == ["Shelling/artillery/missile attack"]


def test_gunmen_who_open_fire_after_a_bomb_tell_fighting_of_their_own() -> None:
    text = report("A roadside bomb struck a patrol of the army near Dibis on Sunday.",
                  "Gunmen then opened fire on the soldiers, killing two of them.")
    made = drafts(text)
    assert all("strike-told-as-attack" not in d.rules for d in made)
    assert "Battles" in {d.coding.event_type for d in made}


# --- a month's count told "alone" is a tally (rule tally) ------------------------------------------------------


def test_a_month_alone_counts_deaths_it_tells_no_battle() -> None:
    text = report("A cell of ISIS ambushed a patrol of Regime forces near Tell Abar on Friday, killing three soldiers.",
                  "In April alone, 19 soldiers and militiamen were killed in Tell Abar, Kafr Sajna and Ain Lora.")
    assert types(text) == [("Battles", "Tell Abar")]


def test_a_man_alone_in_his_shop_is_no_tally() -> None:
    text = report("Gunmen shot dead a shopkeeper who was alone in his shop in Tell Abar on Friday.")
    assert [d.kind for d in drafts(text)] == ["attack"]
