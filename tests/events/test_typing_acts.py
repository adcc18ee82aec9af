"""One act, one type: an interception told again by its drone, an attack whose hand then withdrew, a movement that
was only a patrol or an aid convoy (round 15, articles-4). Reports written for these tests; places from the hand-made
gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from tests.events.test_days_apart import code
from tests.events.test_same_place_acts import report


def types(text: str) -> list[str]:
    return sorted(d.coding.sub_event_type for d in code(text))


def test_a_drone_brought_down_and_told_again_stays_an_interception() -> None:
    # rule absorbed-told-after: the drone named again ("the drone carried explosives") is the one brought down
    text = report("Peshmerga shot down a drone over Dibis on Monday evening.",
                  "Officials said the drone had been launched to strike the airport with explosives.")
    drafts = code(text)
    assert [d.coding.sub_event_type for d in drafts] == ["Disrupted weapons use"]
    assert "absorbed-told-after" in drafts[0].rules


def test_a_strike_told_after_a_separate_interception_stays_a_strike() -> None:
    text = report("Peshmerga shot down a drone over Dibis on Monday evening.",
                  "On Tuesday, a Turkish drone struck a car near Jalawla, killing two men.")
    assert types(text) == ["Air/drone strike", "Disrupted weapons use"]


def test_the_attackers_who_then_withdrew_made_no_movement_of_forces() -> None:
    # rule attackers-withdraw: the one who struck, told by its act with no new subject after it
    text = report("Gunmen opened fire on a truck carrying farm workers near Tell Abar on Tuesday, then withdrew "
                  "towards the desert.")
    assert types(text) == ["Attack"]
    text = report("Regime forces shelled Tell Abar on Tuesday, and then the army withdrew its units from Kafr Sajna.")
    assert "Change to group/activity" in types(text)


def test_an_aid_convoy_is_no_movement_of_forces() -> None:
    # rule aid-not-forces
    assert types(report("An aid convoy arrived in Saraqib on Monday, carrying flour and medicine.")) == []
    assert types(report("A convoy of the militia arrived in Saraqib on Monday.")) == ["Change to group/activity"]


def test_a_protest_someone_was_detained_for_is_no_protest_told() -> None:
    # rule reason-for-act
    assert types(report("Police detained a reporter in Saraqib on Monday after he covered a protest by teachers.")) \
        == ["Arrests"]
    assert types(report("Police detained three students in Saraqib for taking part in the protests.")) == ["Arrests"]
    assert types(report("Teachers took part in a protest in Saraqib on Monday.")) == ["Peaceful protest"]


def test_the_killing_a_protest_denounces_is_no_attack_told() -> None:
    # rule cause-of-protest: the hand and the weapon named after the act denounced
    text = report("Hundreds protested in Saraqib on Sunday against the killing of a young man by a sniper of the "
                  "militia.")
    assert types(text) == ["Peaceful protest"]
    text = report("Hundreds protested in Saraqib on Sunday. On Monday, gunmen shot dead a young man in Harim.")
    assert types(text) == ["Attack", "Peaceful protest"]


def test_what_an_act_came_days_after_is_told_when_it_has_a_day_of_its_own() -> None:
    # rules dated-act-before (the comment tells the earlier act) and commented-act (the act named again)
    text = report("Police arrested three men in Tell Abar on Wednesday.",
                  "The arrest came a day after gunmen opened fire on a checkpoint in Kafr Sajna late on Tuesday.")
    assert types(text) == ["Armed clash", "Arrests"]
    text = report("Police arrested three men in Tell Abar on Wednesday.",
                  "The arrest came a day after the governor visited Kafr Sajna.")
    assert types(text) == ["Arrests"]


def test_weapons_seized_from_the_people_held_are_the_arrest() -> None:
    # rule seized-from-the-arrested
    text = report("Police arrested three men in Tell Abar on Wednesday.",
                  "An officer said the police seized rifles and grenades in their possession.")
    assert types(text) == ["Arrests"]
    text = report("Police arrested three men in Tell Abar on Wednesday.",
                  "On Thursday, police seized a depot of rifles and mortar shells in Kafr Sajna.")
    assert types(text) == ["Arrests", "Disrupted weapons use"]


def test_an_act_counted_in_its_series_is_still_told() -> None:
    # rule tally-clause: "..., the third such post built since January" is the count, the post before it the act
    text = report("The army set up a new post near Tell Abar on Monday, the third such post built in the district "
                  "since January.")
    assert types(text) == ["Headquarters or base established"]
    assert types(report("Since January, the army has set up three posts in the district.")) == []


def test_force_told_with_its_purpose_was_used() -> None:
    # modality: "opened fire near the village to scare off the crowd" is force used, its purpose after it
    from marsad.events.modality import irrealis_mode
    assert irrealis_mode("Police opened fire near the square to ") is None
    assert irrealis_mode("The army plans to ") is not None
    assert irrealis_mode("Police went to the square to ") == "plan"


def test_places_listed_for_the_main_clause_give_the_later_clause_one_event() -> None:
    # rule list-of-another-clause: the list is the deployment's, the killing after it one event
    text = report("Police deployed in Tell Abar, Kafr Sajna and Ain Lora on Sunday after a feud between two families "
                  "killed a man on Saturday.")
    kinds = [d.kind for d in code(text)]
    assert kinds.count("attack") == 1 and kinds.count("movement") == 3
    text = report("Regime forces bombed Tell Abar, Kafr Sajna and Ain Lora with heavy artillery on Sunday.")
    assert types(text) == ["Shelling/artillery/missile attack"] * 3
