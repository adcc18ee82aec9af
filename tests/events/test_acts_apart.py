"""Distinct acts told at one place stay distinct events (one event per type, actors, place and day), and one act
told twice stays one. Reports written for these tests; places from the hand-made gazetteer of test_segmentation,
actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_same_place_acts import _refined, code, events, report

# --- an act named as the occasion of another absorbs nothing (rule occasion-named) ---------------------------


def test_reinforcements_sent_to_contain_the_clashes_are_a_move_of_forces() -> None:
    text = report("Clashes broke out between two clans in Saraqib on Thursday, killing a man.",
                  "Regime forces sent reinforcements to Saraqib to contain the clashes and imposed a curfew there.")
    assert events(text) == [("Armed clash", "Saraqib"), ("Change to group/activity", "Saraqib")]
    move = next(d for d in code(text) if d.kind == "movement")
    assert "occasion-named" in move.rules and move.roles.actor1.name == "Military Forces of Syria"


def test_clashes_told_anew_still_absorb_the_motion_that_served_them() -> None:
    # no article: the sentence tells the clashes, and the fighters' moving in is part of them
    text = report("Regime forces clashed with ISIS after the militants moved into Saraqib on Thursday.")
    assert [kind for kind, _ in events(text)] == ["Armed clash"]


# --- a capture told with the bombardment that prepared it: two events (rule strike-beside-capture) -------------


def test_capture_amid_air_strikes_is_a_capture_and_a_strike() -> None:
    text = report("Regime forces took control of Kafr Sajna on Tuesday, as Russian warplanes struck the village.")
    drafts = {d.coding.sub_event_type: d for d in code(text)}
    assert set(drafts) == {"Government regains territory", "Air/drone strike"}
    assert drafts["Air/drone strike"].roles.actor1.name == "Military Forces of Russia"
    assert drafts["Government regains territory"].roles.actor2 is None  # the jets are no side it fought
    assert all(d.place.text == "Kafr Sajna" for d in drafts.values())


def test_capture_under_cover_of_strikes_or_backed_by_shelling_is_the_capture() -> None:
    # strikes told as the support of the side that took the ground are its means (rule strike-as-support)
    text = report("Regime forces took control of Kafr Sajna on Tuesday under cover of Russian warplanes' strikes.")
    assert [kind for kind, _ in events(text)] == ["Government regains territory"]
    text = report("Backed by heavy artillery shelling, Regime forces recaptured Kafr Sajna on Tuesday.")
    assert events(text) == [("Government regains territory", "Kafr Sajna")]


def test_a_brief_codes_the_capture_alone() -> None:
    text = "Regime forces took control of Kafr Sajna on Tuesday under cover of Russian warplanes' strikes."
    assert [kind for kind, _ in events(text)] == ["Government regains territory"]


# --- a strike told first with its toll or place keeps its type when a capture joins it (rule strike-told-first) --


def test_a_bomb_with_its_toll_told_before_a_capture_stays_the_bomb() -> None:
    text = report("A roadside bomb killed three soldiers in Tell Abar on Monday.",
                  "Later that day, the militia took control of the village.")
    drafts = code(text)
    assert [d.coding.event_type for d in drafts] == ["Explosions/Remote violence"]
    assert drafts[0].kind == "ied" and "strike-told-first" in drafts[0].rules
    assert drafts[0].fatalities is not None and drafts[0].fatalities.value == 3


def test_shelling_with_no_toll_or_place_told_before_a_capture_is_the_capture() -> None:
    # shells that fell nowhere in particular and hurt no one are the setting of the advance: the capture names it
    text = report("Heavy shelling was reported on Monday.",
                  "Later that day, the militia took control of Tell Abar.")
    drafts = code(text)
    assert [d.coding.sub_event_type for d in drafts] == ["Non-state actor overtakes territory"]
    assert all("strike-told-first" not in d.rules for d in drafts)


def test_a_capture_told_in_the_strike_sentence_is_not_held_back() -> None:
    # one sentence: the kinds of the sentence decide (strike-beside-capture), not the later-telling merge
    text = report("Regime forces regained control of Tell Abar on Monday, after heavy shelling on the village.")
    assert all("strike-told-first" not in d.rules for d in code(text))


# --- reinforcements or a deployment told with clashes: two events (rule named-development) ---------------------


def test_reinforcements_deployed_then_clashes_are_two_events() -> None:
    text = report("the SDF deployed reinforcements in Saraqib on Wednesday, and clashes erupted with tribal fighters "
                  "in the streets of the town.")
    assert events(text) == [("Armed clash", "Saraqib"), ("Change to group/activity", "Saraqib")]


def test_clashes_with_the_reinforcements_are_one_battle() -> None:
    text = report("ISIS clashed with reinforcements of the SDF in Saraqib on Wednesday.")
    assert [kind for kind, _ in events(text)] == ["Armed clash"]


# --- a protest told beside the kidnapping or arrest it protests is its own event (rule kept-apart) --------------


def test_protest_prompted_by_a_kidnapping_is_not_retyped_to_it() -> None:
    text = report("gunmen kidnapped a teacher in the village of Tell Abar on Sunday, prompting dozens of residents "
                  "to take to the streets in protest.")
    assert _refined(text, "Abduction/forced disappearance") == ["Abduction/forced disappearance", "Peaceful protest"]


def test_protest_named_again_beside_an_arrest_is_no_new_protest() -> None:
    # "who took part in the protests": the protests are named, not told; the arrest is the act
    text = report("Dozens of men who were said to have taken part in the protests in the village of Tell Abar were "
                  "taken into custody on Sunday.")
    assert _refined(text, "Arrests") == ["Arrests"]


# --- two strikes on one place by two hands: two events (rule another-striker) -----------------------------------


def test_two_sides_striking_one_town_in_one_sentence_are_two_strikes() -> None:
    text = report("Russian warplanes struck Saraqib on Friday, and a Turkish drone struck the positions of "
                  "Regime forces in Saraqib.")
    strikes = [d for d in code(text) if d.coding.sub_event_type == "Air/drone strike"]
    assert sorted(d.roles.actor1.name for d in strikes) == ["Military Forces of Russia", "Military Forces of Turkey"]


def test_one_strike_told_twice_in_its_sentence_stays_one() -> None:
    text = report("A Turkish drone struck a car in Saraqib on Friday, and the strike killed two fighters of the SDF "
                  "in Saraqib.")
    assert [kind for kind, _ in events(text)] == ["Air/drone strike"]


# --- a second act told with a reference to the place named before happened there (rule place-referred) --------


def test_clashes_told_after_reinforcements_in_the_town_are_at_the_town() -> None:
    text = report("the SDF sent military reinforcements to Saraqib on Wednesday.",
                  "Clashes then broke out between the SDF and tribal fighters in the town, killing three fighters.")
    assert events(text) == [("Armed clash", "Saraqib"), ("Change to group/activity", "Saraqib")]


def test_clashes_told_after_reinforcements_without_a_reference_keep_no_place() -> None:
    text = report("the SDF sent military reinforcements to Saraqib on Wednesday.",
                  "Clashes then broke out between the SDF and tribal fighters, killing three fighters.")
    assert ("Armed clash", None) in events(text)


# --- one act told twice stays one event -------------------------------------------------------------------------


def test_the_damage_a_strike_did_is_that_strike() -> None:
    text = report("A Turkish drone struck a car in Saraqib on Sunday, killing two fighters of the SDF.",
                  "The strike destroyed the car completely, according to local sources.")
    assert events(text) == [("Air/drone strike", "Saraqib")]


def test_the_attack_told_again_is_one_attack() -> None:
    text = report("gunmen attacked a checkpoint of Regime forces in Saraqib on Tuesday night.",
                  "The attack killed two soldiers and wounded three others, a security source said.")
    assert [kind for kind, _ in events(text)] == ["Armed clash"]


# --- a protest against a kidnapping or an arrest is its own event, where the act was (rule crowd-there) ---------


def test_relatives_protesting_a_kidnapping_protest_where_it_happened() -> None:
    text = report("gunmen kidnapped a young man in Jalawla on Saturday.",
                  "His relatives gathered in front of the police station on Sunday to denounce the kidnapping.")
    assert events(text) == [("Abduction/forced disappearance", "Jalawla"), ("Peaceful protest", "Jalawla")]
    protest = next(d for d in code(text) if d.kind == "protest")
    assert "crowd-there" in protest.rules


def test_a_protest_after_a_protest_is_not_moved() -> None:
    text = report("Dozens of residents protested in Jalawla on Saturday against the power cuts.",
                  "Teachers protested on Sunday, demanding their salaries.")
    assert all("crowd-there" not in d.rules for d in code(text))


def test_elders_gathered_to_talk_are_a_meeting_not_a_protest() -> None:
    text = report("Tribal elders gathered in Jalawla on Friday to discuss the dispute between two clans.")
    assert [kind for kind, _ in events(text)] == ["Other"]


def test_one_side_withdrawing_and_another_deploying_at_one_place_are_two_moves() -> None:
    text = report("the SDF withdrew its fighters from Saraqib on Monday, and Regime forces deployed reinforcements in "
                  "Saraqib the same day.")
    moves = [d for d in code(text) if d.kind == "movement"]
    assert sorted(d.roles.actor1.name for d in moves) == ["Military Forces of Syria", "Syrian Democratic Forces"]


def test_one_side_moving_twice_at_one_place_is_one_move() -> None:
    text = report("the SDF withdrew its fighters from Saraqib on Monday, and the SDF then deployed police in Saraqib.")
    assert [kind for kind, _ in events(text)] == ["Change to group/activity"]


def test_clashes_told_in_a_region_are_where_forces_were_sent_to_contain_them() -> None:
    text = report("Clashes broke out between two clans in Idlib on Thursday, killing a man.",
                  "Regime forces sent reinforcements to Harim to contain the clashes.")
    assert events(text) == [("Armed clash", "Harim"), ("Change to group/activity", "Harim")]
    clash = next(d for d in code(text) if d.kind == "clash")
    assert "occasion-there" in clash.rules


def test_clashes_told_at_a_town_stay_there_when_forces_are_sent_elsewhere() -> None:
    text = report("Clashes broke out between two clans in Saraqib on Thursday, killing a man.",
                  "Regime forces sent reinforcements to Harim to contain the clashes.")
    assert ("Armed clash", "Saraqib") in events(text)
