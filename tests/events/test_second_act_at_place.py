"""A second act at a place already told: another day told only relative to the report's ("a few hours ago",
"yesterday"), another side or another act told in a sentence of its own stays an event of its own (one event per
type, place, day and actor pair, as ACLED codes). Reports written for these tests; places and actors hand-made
(test_segmentation, test_same_place_acts), no model, no gazetteer file."""

from __future__ import annotations

from datetime import date

from marsad.events.dates import find_dates, relative_day
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report
from tests.events import test_segmentation
from tests.events.test_same_place_acts import _actors, report


def code(text: str, published: date | None = None) -> list:
    headline = text.split("\n", 1)[0]
    analysis = Analysis(report=Report(doc_id="t", text=text, published=published),
                        sentences=test_segmentation._sentences(text), places=test_segmentation._mentions(text),
                        actors=_actors(text), dates=find_dates(text, published), attributions=[],
                        headline_end=len(headline) if "\n" in text else 0)
    return extract_drafts(analysis, load_lexicon())


def events(text: str, published: date | None = None) -> list[tuple[str, str | None, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None, d.date.text if d.date else None)
                  for d in code(text, published))


# --- another day told relative to the report's own (dates.relative_day) -----------------------------------------


def test_hours_ago_is_the_reports_own_day() -> None:
    found = find_dates("A few hours ago, a drone struck the base. An hour ago sirens sounded.", date(2024, 5, 17))
    assert [(d.text, d.value) for d in found] == [("A few hours ago", date(2024, 5, 17)),
                                                 ("An hour ago", date(2024, 5, 17))]
    assert relative_day("a few hours ago") == relative_day("this morning") == 0
    assert relative_day("yesterday") == -1 and relative_day("three days ago") == -3
    assert relative_day("on Tuesday") is None


def test_a_strike_hours_ago_and_one_yesterday_are_two_events_with_or_without_a_publication_date() -> None:
    text = report("A few hours ago, drones struck a base in Tell Abar, causing no casualties.",
                  "The base in Tell Abar was struck by drones yesterday.")
    for published in (None, date(2024, 5, 17)):
        assert [(kind, place) for kind, place, _ in events(text, published)] == [
            ("Air/drone strike", "Tell Abar"), ("Air/drone strike", "Tell Abar")]


def test_two_tellings_of_the_reports_own_day_in_other_words_are_one_event() -> None:
    text = report("A few hours ago, drones struck a base in Tell Abar, causing no casualties.",
                  "Drones struck a base in Tell Abar this morning.")
    assert len(events(text)) == 1  # no publication date: the two days are told in other words, not apart


# --- the town acted on, told as the trigger's object (rule place-as-object) -----------------------------------


def test_shelling_the_town_again_on_another_day_is_a_second_shelling_there() -> None:
    text = report("Regime forces shelled the village of Tell Abar on Wednesday, wounding two civilians.",
                  "On Thursday, regime artillery shelled the village again, damaging a school.")
    assert events(text, date(2024, 5, 17)) == [("Shelling/artillery/missile attack", "Tell Abar", "On Thursday"),
                                               ("Shelling/artillery/missile attack", "Tell Abar", "on Wednesday")]
    assert "place-as-object" in code(text, date(2024, 5, 17))[1].rules


# --- a strike and fighting told in sentences of their own (rule shelling-beside-battle) ------------------------


def test_a_shelling_then_fighting_of_the_same_side_told_apart_are_two_events() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, wounding two civilians.",
                  "Clashes then broke out between Regime forces and the rebels in Tell Abar.")
    assert [(kind, place) for kind, place, _ in events(text)] == [
        ("Armed clash", "Tell Abar"), ("Shelling/artillery/missile attack", "Tell Abar")]
    assert "shelling-beside-battle" in next(d for d in code(text) if d.kind == "clash").rules
    # one side named is enough: fighting with ISIS is an act of its own beside the army's shelling
    text = report("Regime forces shelled Tell Abar on Monday.", "Later, clashes broke out with ISIS in Tell Abar.")
    assert len(events(text)) == 2


def test_fighting_with_no_sides_or_in_the_strikes_sentence_is_the_one_battle() -> None:
    assert [kind for kind, _, _ in events(report("Regime forces shelled Tell Abar on Monday.",
                                                 "Heavy fighting was also reported in Tell Abar."))] == ["Armed clash"]
    assert [kind for kind, _, _ in events(report(
        "Regime forces clashed with ISIS in Tell Abar amid heavy shelling on Monday."))] == ["Armed clash"]


# --- a withdrawal and a redeployment at one town (rules left-place-gap, definite-place) -------------------------


def test_a_withdrawal_from_posts_in_the_town_of_x_happened_at_x_and_a_redeployment_there_is_a_second_act() -> None:
    text = report("On Sunday, the SDF withdrew from their positions in the town of Tell Abar.",
                  "Regime forces later deployed in the town.")
    drafts = code(text)
    assert sorted((d.coding.sub_event_type, d.place.text if d.place else None, d.roles.actor1.name)
                  for d in drafts) == [("Change to group/activity", "Tell Abar", "Military Forces of Syria"),
                                       ("Change to group/activity", "Tell Abar", "Syrian Democratic Forces")]
    assert "left-place" in next(d for d in drafts if d.roles.actor1.name == "Syrian Democratic Forces").rules


# --- a strike by another hand beside an attack (rule strike-beside-attack) ---------------------------------------


def test_a_shelling_by_another_hand_after_an_attack_at_the_town_is_a_second_event() -> None:
    text = report("ISIS attacked a post of the SDF in Tell Abar on Monday, killing a fighter.",
                  "On the same day, Regime forces shelled the town with heavy artillery.")
    drafts = code(text)
    assert sorted((d.coding.event_type, d.place.text if d.place else None) for d in drafts) == [
        ("Battles", "Tell Abar"), ("Explosions/Remote violence", "Tell Abar")]
    assert "strike-beside-attack" in next(d for d in drafts if d.kind == "shelling").rules


def test_the_mortars_the_attackers_fired_are_the_attack() -> None:
    text = report("ISIS attacked a post of the SDF in Tell Abar on Monday, killing a fighter.",
                  "ISIS also fired mortar shells at the post in Tell Abar.")
    assert len(code(text)) == 1


def test_the_same_day_told_with_no_publication_date_is_no_other_day() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, wounding two civilians.",
                  "On the same day, Regime forces shelled Tell Abar with rockets, damaging a school.")
    assert len(code(text)) == 1 and "another-day" not in code(text)[0].rules


def test_the_outskirts_of_the_village_are_the_village_named_before() -> None:
    text = report("ISIS attacked a post of the SDF in Tell Abar village on Monday, killing a fighter.",
                  "On Tuesday, Regime forces shelled the outskirts of the village.")
    assert [place for _, place, _ in events(text, date(2024, 5, 17))] == ["Tell Abar", "Tell Abar"]


def test_a_withdrawal_from_a_military_post_in_the_town_happened_at_the_town() -> None:
    text = report("On Monday, the SDF withdrew from a military post in the town of Tell Abar.")
    assert [(kind, place) for kind, place, _ in events(text)] == [("Change to group/activity", "Tell Abar")]


# --- two weapons in one sentence (rule weapon-beside-weapon) -----------------------------------------------------


def test_an_air_strike_coinciding_with_shelling_by_another_hand_is_two_events_each_with_its_hand() -> None:
    text = report("Russian warplanes struck Tell Abar on Monday, coinciding with heavy shelling by Regime forces on "
                  "the village.")
    drafts = code(text)
    assert sorted((d.coding.sub_event_type, d.place.text if d.place else None, d.roles.actor1.name) for d in drafts) \
        == [("Air/drone strike", "Tell Abar", "Military Forces of Russia"),
            ("Shelling/artillery/missile attack", "Tell Abar", "Military Forces of Syria")]
    assert all("weapon-beside-weapon" in d.rules for d in drafts)


def test_two_weapons_in_a_brief_are_its_one_event() -> None:
    text = "Russian warplanes struck Tell Abar on Monday, coinciding with heavy shelling by Regime forces on the town."
    assert len(code(text)) == 1


# --- two hands shelling in one sentence (rule another-striker) ---------------------------------------------------


def test_a_shelling_and_rockets_fired_by_another_hand_in_a_clause_of_its_own_are_two_strikes() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, while the militia hit army posts in the village with "
                  "rockets.")
    drafts = code(text)
    assert sorted((d.coding.sub_event_type, d.place.text if d.place else None, d.roles.actor1.name)
                  for d in drafts) == [("Shelling/artillery/missile attack", "Tell Abar", "Local Militia"),
                                       ("Shelling/artillery/missile attack", "Tell Abar", "Military Forces of Syria")]
    assert "another-striker" in next(d for d in drafts if d.roles.actor1.name == "Local Militia").rules


def test_one_hand_firing_two_weapons_at_the_town_is_one_shelling() -> None:
    assert len(code(report("Regime forces shelled Tell Abar on Monday, while their tanks hit the village with "
                           "rockets."))) == 1


# --- "X also <did>": another act of that hand (rule also-another-act) --------------------------------------------


def test_a_hand_that_also_shot_a_farmer_after_its_shelling_did_another_act() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, wounding a child.",
                  "Regime forces also shot dead a farmer in the village.")
    drafts = code(text)
    assert sorted(d.coding.event_type for d in drafts) == ["Explosions/Remote violence", "Violence against civilians"]
    assert "also-another-act" in drafts[1].rules


def test_the_shelling_that_also_killed_a_farmer_is_the_one_shelling() -> None:
    text = report("Regime forces shelled Tell Abar on Monday, wounding a child.",
                  "The shelling also killed a farmer in the village.")
    assert [d.coding.event_type for d in code(text)] == ["Explosions/Remote violence"]


# --- a measure taken with the article is done, not named again (rule done-so) ------------------------------------


def test_a_state_of_alert_raised_by_the_other_side_is_a_second_change_at_the_town() -> None:
    text = report("Regime forces sent military reinforcements to Tell Abar on Monday.",
                  "In turn, the SDF raised the state of alert among its fighters in the town.")
    drafts = code(text)
    assert sorted((d.coding.sub_event_type, d.place.text if d.place else None, d.roles.actor1.name)
                  for d in drafts) == [("Change to group/activity", "Tell Abar", "Military Forces of Syria"),
                                       ("Change to group/activity", "Tell Abar", "Syrian Democratic Forces")]
    assert all("told-before" not in d.rules and "restates" not in d.rules for d in drafts)


# --- another side coming to support the act is the act done jointly (rule arrives-in-support) -------------------


def test_units_of_another_side_arriving_to_support_the_operation_are_no_second_act() -> None:
    text = report("On Monday, Police imposed a curfew in Tell Abar, and the army deployed reinforcements to support "
                  "the search.")
    drafts = code(text)
    assert [(d.coding.sub_event_type, d.roles.actor1.name) for d in drafts] == [
        ("Change to group/activity", "Police Forces of Iraq")]
    assert all("another-actor" not in d.rules for d in drafts)


def test_another_side_deploying_in_the_same_sentence_is_still_a_second_act() -> None:
    text = report("On Monday, Police imposed a curfew in Tell Abar, and the army deployed reinforcements.")
    drafts = code(text)
    assert sorted((d.coding.sub_event_type, d.roles.actor1.name) for d in drafts) == [
        ("Change to group/activity", "Military Forces of Iraq"), ("Change to group/activity", "Police Forces of Iraq")]
