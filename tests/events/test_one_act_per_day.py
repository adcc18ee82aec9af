"""One event per act, place and day (round 16): what tells that two tellings at one place are one act or two.
Reports written for these tests; places from the hand-made gazetteer of test_segmentation, actors from
test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from marsad.events.rules import rule
from tests.events.test_days_apart import code, events
from tests.events.test_same_place_acts import report

# --- "that" after a verb of saying opens the clause that tells the act (rule told-before) -----------------------


def test_that_after_a_verb_of_saying_names_nothing_told_before() -> None:
    told_before = rule("told-before")
    for before in ("Local sources reported that ", "The monitor said that ", "Activists learned that "):
        assert told_before.search(before) is None, before
    for before in ("Two hours after that ", "at the scene of the ", "during this "):
        assert told_before.search(before) is not None, before


def test_fighting_reported_that_it_broke_out_keeps_its_day_apart_from_fighting_the_next_day() -> None:
    text = report("Local sources reported that clashes broke out between regime forces and ISIS in Tell Abar on "
                  "Tuesday, killing three fighters.",
                  "On Wednesday, fresh clashes broke out between regime forces and ISIS in Tell Abar, killing a "
                  "fighter.")
    assert events(text) == [("Armed clash", "Tell Abar", "2024-05-14"), ("Armed clash", "Tell Abar", "2024-05-15")]
    first = code(text)[0]
    assert "told-before" not in first.rules


# --- fighting marked as one more act at a nearby place of its own is a second battle (rule also-another-place) -----


def test_fighting_that_also_broke_out_at_a_nearby_village_is_a_second_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing two fighters.",
                  "Clashes also broke out between the two sides in Kafr Sajna.")
    assert sorted((kind, place) for kind, place, _ in events(text)) == [("Armed clash", "Kafr Sajna"),
                                                                         ("Armed clash", "Tell Abar")]
    assert any("also-another-place" in d.rules for d in code(text))


def test_fighting_that_spread_to_a_nearby_village_is_the_same_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday, killing two fighters.",
                  "The clashes between the two sides spread to Kafr Sajna.")
    assert [kind for kind, _, _ in events(text)] == ["Armed clash"]


# --- the explosions a strike named with the article caused are that strike (rule told-before) --------------------


def test_explosions_the_strikes_caused_are_the_strikes() -> None:
    assert rule("told-before").search("The Israeli strikes caused huge ") is not None
    assert rule("told-before").search("Hours later, a car bomb caused ") is None
    text = report("Warplanes struck weapons depots in Tell Abar on Wednesday, killing four fighters.",
                  "The strikes caused huge explosions in the village.")
    assert [kind for kind, _, _ in events(text)] == ["Air/drone strike"]


# --- the lead's act located again in the body with the article (rule act-located) ---------------------------------


def test_a_strike_named_again_with_the_article_at_a_nearby_place_is_the_strike_of_the_lead() -> None:
    text = report("A drone struck a car in Tell Abar on Wednesday, killing two fighters.",
                  "The drone struck the car on the road near Kafr Sajna.")
    assert [kind for kind, _, _ in events(text)] == ["Air/drone strike"]
    assert any("act-located" in d.rules for d in code(text))


def test_a_strike_named_again_that_also_hit_a_nearby_place_is_a_second_strike() -> None:
    text = report("A drone struck a car in Tell Abar on Wednesday, killing two fighters.",
                  "The drone also struck a house in Kafr Sajna.")
    assert sorted(place for _, place, _ in events(text)) == ["Kafr Sajna", "Tell Abar"]


# --- an act named with the article and no place of its own is the latest of its kind (rule kind-named-again) -------


def test_a_protest_named_again_with_no_place_is_the_protest_told_before() -> None:
    # the protest's side is named loosely in one telling (the police of the arrest sentence): no second protest
    text = report("Hundreds of residents staged a protest in Saraqib on Wednesday against the arrest of five men.",
                  "The protest, which Police watched, was held in front of the station, demanding the release of "
                  "detainees.")
    protests = [d for d in code(text) if d.kind == "protest"]
    assert [d.place.text if d.place else None for d in protests] == ["Saraqib"]
    assert "kind-named-again" in protests[0].rules
