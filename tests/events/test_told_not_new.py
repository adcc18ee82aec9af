"""Sentences of a full report that name acts without telling a new one: a claim the report refutes, a group
described by its conduct, conduct in the perfect "since" an event and a committee formed. Reports written for
these tests in the manner of SOHR, North Press, Enab Baladi and SANA (transitional era); the places are invented
or generic.

The tests code with no model and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

from tests.events import handmade

HEADLINE = "Reports from the eastern countryside\n"

PLACES = [handmade.place("Tell Abar", 35.1, 40.4, "SY"), handmade.place("Kafr Sajna", 35.2, 40.5, "SY"),
          handmade.place("Ain Lora", 35.3, 40.6, "SY"), handmade.place("Maskana", 35.9, 38.1, "SY")]

REPORTS = handmade.Reports(HEADLINE, PLACES)
_code, _kinds, _dropped = REPORTS.code, REPORTS.kinds, REPORTS.dropped


def test_a_claim_the_report_refutes_in_its_sentence_is_no_event() -> None:
    body = ("Pro-government pages claimed that rebel fighters shelled houses in Tell Abar, but local sources said "
            "no shelling took place.")
    assert _kinds(body) == []
    assert "refuted-claim" in _dropped(body)


def test_a_claim_refuted_in_the_next_sentence_is_no_event() -> None:
    body = "State media claimed that the rebels shelled Tell Abar. Activists in the town denied the claim."
    assert _kinds(body) == []
    assert "refuted-claim" in _dropped(body)


def test_a_claim_left_unverified_or_a_report_the_accused_deny_still_tells_the_act() -> None:
    # no refutation: the claim is what the report has
    assert _kinds("State media claimed that the rebels shelled Tell Abar, a claim that could not be verified.") \
        == ["shelling"]
    # no claim word: the report tells the act, the accused deny it
    assert _kinds("Rebels shelled Tell Abar on Monday. The rebels denied the report.") == ["shelling"]


def test_a_group_described_by_its_conduct_tells_no_act() -> None:
    for body, name in (("The victim belonged to a gang known for kidnapping traders near Tell Abar.",
                        "conduct-described"),
                       ("The detainee is a member of a cell that specialises in planting explosive devices near "
                        "Tell Abar.", "conduct-described"),
                       ("The militia has been involved in smuggling weapons near Tell Abar.", "conduct-engaged")):
        assert _kinds(body) == [], body
        assert name in _dropped(body), body


def test_an_act_named_by_a_noun_after_involved_in_is_told() -> None:
    assert _kinds("Two factions were involved in clashes near Tell Abar.") == ["clash"]


def test_conduct_in_the_perfect_since_an_event_is_no_act() -> None:
    body = "The army has been deploying its forces along the road near Tell Abar since the fall of the regime."
    assert _kinds(body) == []
    assert "since-event" in _dropped(body)
    body = "Since the fall of the regime, the occupying army has set up military points near Maskana."
    assert _kinds(body) == []


def test_a_move_in_the_perfect_with_since_then_is_no_act() -> None:
    # what followed an earlier turn, up to now (rule since-then), in the manner of wire copy's closing background
    body = ("The group held the hills near Tell Abar until 2019. Its remnants have since retreated to hideouts in "
            "the desert near Maskana, from where they launch raids.")
    assert "since-then" in _dropped(body)
    assert "movement" not in _kinds(body)
    body = "The army has since set up military points near Maskana."
    assert _kinds(body) == []


def test_a_move_told_with_its_day_is_told() -> None:
    assert "since-then" not in _dropped("The cells retreated from Tell Abar to the desert near Maskana on Monday.")


def test_since_in_a_relative_clause_about_the_place_leaves_the_act() -> None:
    body = "Gunmen have killed a shepherd in Tell Abar, which has been held by the army since the fall of the regime."
    assert "since-event" not in _dropped(body)
    assert _kinds(body) != []


def test_a_committee_told_as_the_subject_of_its_founding_is_no_change_to_a_group() -> None:
    body = "A local committee to settle the disputes between the clans was formed in Tell Abar."
    assert "movement" not in _kinds(body)
    assert "committee-subject" in _dropped(body)
    assert _kinds("A new military council was formed by the factions in Tell Abar.") == ["movement"]


def test_an_officials_visit_to_the_wounded_or_the_scene_is_no_meeting() -> None:
    assert _kinds("The governor visited the wounded in the hospital of Tell Abar on Tuesday.") == []
    assert _kinds("The minister toured the scene in Tell Abar on Tuesday.") == []
    # a visit to people or a place is still one
    assert _kinds("The governor visited the elders of Tell Abar on Tuesday.") == ["meeting"]


def test_gunfire_on_a_patrol_hits_armed_forces() -> None:
    analysis, drafts = _code("Gunmen opened fire on a patrol near Tell Abar at night.")
    assert [d.kind for d in drafts] == ["attack"]
    assert "armed-target" in drafts[0].rules
    assert drafts[0].coding.sub_event_type == "Armed clash"


def test_weapons_handed_over_are_no_shelling() -> None:
    body = "The factions of the south agreed to join the army and hand over their heavy weapons in Tell Abar."
    assert "shelling" not in _kinds(body)
    assert "cargo" in _dropped(body)
    # a surrender told before a strike in its clause leaves the strike
    assert _kinds("The fighters surrendered to the army after heavy shelling on Tell Abar.") == ["shelling"]


def test_a_campaign_said_to_be_part_of_a_wider_operation_is_a_comment() -> None:
    body = "The security campaign in Tell Abar is part of a wider operation to collect weapons."
    assert _kinds(body) == []
    assert "comment" in _dropped(body)


def test_a_move_in_a_relative_clause_about_people_describes_them() -> None:
    body = "The new army in Tell Abar is led by officers who defected from the old army."
    assert "movement" not in _kinds(body)
    assert "who-moved" in _dropped(body)
    assert _kinds("Dozens of officers defected from the army in Tell Abar.") == ["movement"]


def test_forces_said_to_be_where_they_are_describe_a_state() -> None:
    body = "Security forces are deployed at the entrances of Tell Abar."
    assert _kinds(body) == []
    assert "deployed-state" in _dropped(body)
    assert _kinds("Security forces were deployed at the entrances of Tell Abar.") == ["movement"]
    assert _kinds("Security forces are deploying at the entrances of Tell Abar.") == ["movement"]


def test_what_those_held_had_done_is_the_charge_not_an_act() -> None:
    body = "The cell had killed two guards and kidnapped a merchant in Tell Abar."
    assert _kinds(body) == []
    assert "deeds-of-the-arrested" in _dropped(body)
    assert _kinds("The cell killed two guards in Tell Abar.") != []


def test_information_gathered_is_no_meeting() -> None:
    assert _kinds("Activists gathered testimonies from the relatives of the victim in Tell Abar.") == []
    assert _kinds("According to information gathered by activists in Tell Abar, the man was a teacher.") == []
    assert _kinds("Tribal elders gathered in Tell Abar to settle the dispute.") == ["meeting"]


def test_what_a_crowd_chants_against_is_named_not_told() -> None:
    body = "Thousands marched in Tell Abar on Tuesday, chanting slogans against the attacks."
    assert _kinds(body) == ["protest"]
    assert "reference" in _dropped(body)


def test_a_months_or_a_weeks_count_of_acts_is_a_tally() -> None:
    for body in ("The militia arrested 45 suspects in raids near Tell Abar during October, it said.",
                 "Local media said the occupying army carried out 17 attacks on Tell Abar last week, killing four.",
                 "Activists monitored the killing of 43 people in Tell Abar in October, most of them by gunmen."):
        assert _kinds(body) == [], body
        assert "tally" in _dropped(body), body


def test_a_count_told_with_its_day_is_one_event() -> None:
    assert _kinds("Activists documented the death of three soldiers in an ambush near Tell Abar on Monday.") != []
    assert _kinds("Jets carried out 20 strikes on Tell Abar on Monday, killing four.") == ["air"]
