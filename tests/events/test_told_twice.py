"""One act told twice, and words that tell no act: a claim of an act told before is that act (rule claimed-act); a
relative clause that names someone by the act told before names it (linked-event); a stretch "between A and B" is
one spot (between-places); attackers who withdraw after their act make no move of forces (attackers-withdraw); a
unit hit "while on patrol" moves nowhere, and a "meeting hall" hosts no meeting (cue conditions); a month "last
year" is history (dates). Reports written for these tests; places and actors hand-made (test_segmentation,
test_same_place_acts), no model, no gazetteer file."""

from __future__ import annotations

from datetime import date

from marsad.events.dates import find_dates
from marsad.events.rules import rule
from marsad.events.told_not_done import told_not_done
from tests.events.test_same_place_acts import report
from tests.events.test_second_act_at_place import code

WEDNESDAY = date(2025, 2, 12)


def _events(drafts: list) -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in drafts)


# --- a claim of an act told before (rule claimed-act) ---------------------------------------------------------------


def test_a_claim_of_the_attack_told_before_is_that_attack() -> None:
    drafts = code(report("Gunmen attacked an army checkpoint in Tell Abar on Monday, killing two soldiers.",
                         "ISIS claimed the attack on Tuesday through its news agency, saying its fighters had "
                         "targeted a checkpoint of the army in the area."), WEDNESDAY)
    assert len(drafts) == 1 and drafts[0].place.text == "Tell Abar" and drafts[0].date.text == "on Monday"


def test_a_claim_made_on_its_own_day_keeps_the_day_of_the_act() -> None:
    drafts = code(report("Regime forces shelled Tell Abar on Monday, wounding a child.",
                         "The militia said in a statement on Wednesday that it had shelled positions in the area."),
                  WEDNESDAY)
    assert len(drafts) == 1 and drafts[0].date.text == "on Monday"


def test_a_claim_of_an_act_at_another_place_is_another_act() -> None:
    drafts = code(report("Gunmen attacked an army checkpoint in Tell Abar on Monday, killing two soldiers.",
                         "ISIS said its fighters had attacked an army post in Qara Tepe."), WEDNESDAY)
    assert _events(drafts) == [("Armed clash", "Qara Tepe"), ("Armed clash", "Tell Abar")]


def test_a_claim_with_nothing_told_before_is_the_event() -> None:
    drafts = code(report("ISIS said its fighters had attacked an army post in Kafr Sajna on Monday."), WEDNESDAY)
    assert _events(drafts) == [("Armed clash", "Kafr Sajna")]


def test_the_claimed_act_rule_reads_the_past_perfect_after_saying() -> None:
    claimed = rule("claimed-act")
    assert claimed.search("The group said on Friday that its men had ")
    assert not claimed.search("Officials said gunmen had ")  # the report's sources, not the claimant
    assert not claimed.search("The ministry said its jets ")


# --- someone named by the act told before (rule linked-event) -------------------------------------------------------


def test_men_accused_of_links_to_the_cell_that_carried_out_the_attack_are_arrested_only() -> None:
    drafts = code(report("Gunmen attacked an army checkpoint in Tell Abar on Monday, killing two soldiers.",
                         "On Tuesday, Police arrested nine men in Kafr Sajna, accusing them of links to the cell "
                         "that carried out the attack."), WEDNESDAY)
    assert _events(drafts) == [("Armed clash", "Tell Abar"), ("Arrests", "Kafr Sajna")]


# --- a stretch between two places (rule between-places) -------------------------------------------------------------


def test_a_strike_on_the_road_between_two_villages_is_one_event() -> None:
    drafts = code(report("A Turkish drone struck a car on the road between Tell Abar and Kafr Sajna on Monday, "
                         "killing two men."), WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Tell Abar")]
    assert "between-places" in drafts[0].rules


def test_strikes_on_two_villages_are_two_events() -> None:
    drafts = code(report("A Turkish drone struck Tell Abar and Kafr Sajna on Monday."), WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Kafr Sajna"), ("Air/drone strike", "Tell Abar")]


# --- the attackers leave the scene (rule attackers-withdraw) --------------------------------------------------------


def test_attackers_who_withdraw_after_their_attack_make_one_event() -> None:
    drafts = code(report("Gunmen opened fire on a truck of the army near Tell Abar on Monday, then withdrew towards "
                         "the desert."), WEDNESDAY)
    assert len(drafts) == 1 and drafts[0].coding.sub_event_type != "Change to group/activity"


def test_a_withdrawal_with_a_subject_of_its_own_stands() -> None:
    drafts = code(report("Gunmen opened fire on a truck of the army near Tell Abar on Monday, and then the army "
                         "withdrew its units from Tell Abar."), WEDNESDAY)
    assert "Change to group/activity" in [d.coding.sub_event_type for d in drafts]


# --- no act in the words (cue conditions of triggers.yaml) ----------------------------------------------------------


def test_a_patrol_hit_on_its_round_is_the_target_not_a_move() -> None:
    drafts = code(report("A Turkish drone struck a car of the SDF near Tell Abar on Monday while it was on patrol."),
                  WEDNESDAY)
    assert [d.coding.sub_event_type for d in drafts] == ["Air/drone strike"]


def test_a_meeting_hall_destroyed_is_no_meeting() -> None:
    drafts = code(report("A Turkish drone struck a camp in Tell Abar on Monday, destroying a meeting hall."), WEDNESDAY)
    assert [d.coding.sub_event_type for d in drafts] == ["Air/drone strike"]


def test_a_meeting_held_is_still_a_meeting() -> None:
    drafts = code(report("Commanders of the SDF held a meeting in Tell Abar on Monday."), WEDNESDAY)
    assert [d.coding.sub_event_type for d in drafts] == ["Other"]


# --- a month of last year (dates) -------------------------------------------------------------------------------------


def test_a_month_of_last_year_is_that_month_a_year_before() -> None:
    found = find_dates("In October last year, strikes destroyed the station. In October, a drone hit the dam.",
                       date(2024, 10, 28))
    assert [(d.text, d.value, d.time_precision) for d in found] == [
        ("In October last year", date(2023, 10, 1), 3), ("In October", date(2024, 10, 1), 3)]


# --- people named, goods moved, a body described (cue rules of told_not_done.py) -----------------------------------


def test_committees_of_the_protesters_calling_a_march_tell_no_protest() -> None:
    drafts = code(report("Protesters rallied in Tell Abar on Saturday, demanding electricity.",
                         "Coordination committees of the protesters have called for a large march in Kafr Sajna on "
                         "Friday."), WEDNESDAY)
    assert _events(drafts) == [("Peaceful protest", "Tell Abar")]


def test_a_crowd_counted_still_protests() -> None:
    drafts = code(report("Hundreds of protesters gathered in Tell Abar on Saturday, demanding electricity."),
                  WEDNESDAY)
    assert [d.coding.event_type for d in drafts] == ["Protests"]


def test_aid_convoys_entering_are_no_movement_of_forces() -> None:
    drafts = code(report("Humanitarian convoys have entered Tell Abar through the crossing on Monday."), WEDNESDAY)
    assert drafts == []
    drafts = code(report("Military convoys of the SDF entered Tell Abar through the crossing on Monday."), WEDNESDAY)
    assert [d.coding.sub_event_type for d in drafts] == ["Change to group/activity"]


def test_a_body_described_by_its_founding_is_no_founding() -> None:
    drafts = code(report("A bomb exploded in a car in Tell Abar on Monday, killing a colonel.",
                         "The colonel served in the new army formed by the ministry after the fall of the regime."),
                  WEDNESDAY)
    assert [d.coding.sub_event_type for d in drafts] == ["Remote explosive/landmine/IED"]


def test_a_founding_told_as_a_verb_is_still_one() -> None:
    drafts = code(report("A new military council was formed by the factions in Tell Abar on Monday."), WEDNESDAY)
    assert [d.coding.event_type for d in drafts] == ["Strategic developments"]


# --- a comment that dates the event by an act with a day of its own (rule dated-act-before) ---------------------------


def test_a_move_of_forces_told_with_its_day_in_a_comment_is_an_event() -> None:
    drafts = code(report("A Turkish drone struck a post of the militia in Tell Abar on Wednesday.",
                         "The strike came two days after Saraya al-Salam brought forty fighters from Qara Tepe to its "
                         "positions around Tell Abar on Monday."), WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Tell Abar"), ("Change to group/activity", "Tell Abar")]


def test_a_comment_with_no_day_of_its_own_tells_nothing() -> None:
    drafts = code(report("A Turkish drone struck a post of the militia in Tell Abar on Wednesday.",
                         "The strike came two days after Saraya al-Salam brought forty fighters to the village."),
                  WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Tell Abar")]


def test_a_move_of_forces_hours_apart_from_the_act_told_is_an_event() -> None:
    # hours or minutes apart from the act told: the same day, a background fact with its own time (rule hours-apart)
    drafts = code(report("A drone struck the coalition base in Tell Abar on Wednesday.",
                         "The strike came three hours after a convoy of militia fighters arrived in Ain Lora."),
                  WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Tell Abar"), ("Change to group/activity", "Ain Lora")]
    # days apart with no day of its own: a comment (rule comment)
    drafts = code(report("A drone struck the coalition base in Tell Abar on Wednesday.",
                         "The strike came three days after a convoy of militia fighters arrived in Ain Lora."),
                  WEDNESDAY)
    assert _events(drafts) == [("Air/drone strike", "Tell Abar")]


# --- the seats a crowd calls on (rule addressed-place) ----------------------------------------------------------------


def test_the_capitals_a_crowd_calls_on_are_not_where_it_gathered() -> None:
    drafts = code(report("On Monday, dozens of residents of Ain Lora gathered peacefully outside the council "
                         "building, carrying banners and calling on Tell Abar and Kafr Sajna to act."), WEDNESDAY)
    assert _events(drafts) == [("Peaceful protest", "Ain Lora")]


def test_the_act_a_comment_opens_on_is_named_not_told_again() -> None:
    drafts = code(report("Police arrested five men in Ain Lora on Wednesday.",
                         "The arrest came a day after gunmen opened fire on a checkpoint of the army in Tell Abar on "
                         "Tuesday, killing a soldier."), WEDNESDAY)
    assert [(d.coding.event_type, d.place.text) for d in drafts] == [
        ("Strategic developments", "Ain Lora"), ("Battles", "Tell Abar")]


def test_a_road_blocked_with_burning_tyres_is_the_crowd_s_act_not_a_security_measure() -> None:
    drafts = code(report("Police opened fire on a crowd in Tell Abar on Monday, where hundreds of people had blocked "
                         "the main road with burning tyres."), WEDNESDAY)
    assert "Change to group/activity" not in [d.coding.sub_event_type for d in drafts]


def test_an_investigation_committee_formed_is_no_change_to_a_group() -> None:
    def why(sentence: str, trigger: str) -> str | None:
        start = sentence.index(trigger)
        return told_not_done(sentence, (0, len(sentence)), start, sentence[start + len(trigger):], "movement", [])

    assert why("The minister ordered the formation of an investigation committee into the bombing.",
               "formation") == "committee-formed"
    assert why("The factions formed a new military council in the town.", "formed") is None


def test_a_force_described_by_who_formed_it_is_no_founding() -> None:
    drafts = code(report("Gunmen attacked a force formed by the clans in Tell Abar on Monday."), WEDNESDAY)
    assert "Change to group/activity" not in [d.coding.sub_event_type for d in drafts]
