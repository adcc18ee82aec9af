"""Acts told after a strike at its place, and a toll told before the strike that caused it: gunfire of a hand after
a blast or a shelling is a second act (rule gunfire-beside-strike); a toll with no hand and no weapon, then the
blast that caused it, is one event at the blast's place (rule toll-then-how); "in the same village" refers back
however far after its trigger (rule definite-place). Reports written for these tests; places from the hand-made
gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from datetime import date

from tests.events.test_same_place_acts import report
from tests.events.test_second_act_at_place import code

THURSDAY = date(2024, 3, 8)


def _types(drafts: list) -> list[str]:
    return sorted(d.coding.event_type for d in drafts)


# --- gunfire of a hand after a strike (rule gunfire-beside-strike) ------------------------------------------------


def test_gunmen_firing_on_the_responders_after_a_blast_did_a_second_act() -> None:
    drafts = code(report("An explosive device went off near an army vehicle in Tell Abar on Monday, wounding two "
                         "soldiers.", "Two gunmen then opened fire on the soldiers who rushed to the scene, killing "
                         "one."))
    assert len(drafts) == 2 and "Explosions/Remote violence" in _types(drafts)
    assert "gunfire-beside-strike" in drafts[1].rules


def test_a_farmer_shot_by_gunmen_after_the_shelling_is_a_second_act() -> None:
    drafts = code(report("Regime forces shelled Tell Abar on Monday, wounding a child.",
                         "Two gunmen later shot dead a farmer in the village."))
    assert _types(drafts) == ["Explosions/Remote violence", "Violence against civilians"]


def test_gunfire_with_no_hand_after_a_blast_is_the_blast() -> None:
    drafts = code(report("An explosive device went off near an army vehicle in Tell Abar on Monday, wounding two "
                         "soldiers.", "Heavy gunfire was heard in the village after the explosion."))
    assert _types(drafts) == ["Explosions/Remote violence"]


def test_guns_told_with_the_mortars_of_the_shelling_are_the_shelling() -> None:
    drafts = code(report("Regime forces shelled Tell Abar on Monday, wounding a child.",
                         "Regime forces also hit the village with heavy machine guns and mortars."))
    assert _types(drafts) == ["Explosions/Remote violence"]


# --- a toll, then the blast that caused it (rule toll-then-how) -----------------------------------------------------


def test_a_toll_in_a_governorate_then_the_bomb_in_its_town_is_one_event() -> None:
    drafts = code(report("Two soldiers were killed in Diyala on Thursday.",
                         "A roadside bomb struck their vehicle in Jalawla."), THURSDAY)
    assert [(d.coding.sub_event_type, d.place.text, d.fatalities.value) for d in drafts] == [
        ("Remote explosive/landmine/IED", "Jalawla", 2)]
    assert "toll-then-how" in drafts[0].rules


def test_a_young_man_from_a_village_killed_by_a_bomb_elsewhere_is_one_event_where_it_blew() -> None:
    drafts = code(report("A young man from Kafr Sajna was killed on Monday.",
                         "An explosive device planted in his car went off near Tell Abar."))
    assert [(d.coding.sub_event_type, d.place.text) for d in drafts] == [
        ("Remote explosive/landmine/IED", "Tell Abar")]


def test_a_toll_with_a_hand_is_an_act_of_its_own() -> None:
    drafts = code(report("ISIS killed two soldiers in Diyala on Thursday.",
                         "A roadside bomb struck a convoy in Jalawla, wounding three."), THURSDAY)
    assert len(drafts) == 2


def test_a_toll_of_gunfire_is_an_act_of_its_own() -> None:
    drafts = code(report("Two soldiers were shot dead in Diyala on Thursday.",
                         "A roadside bomb struck a convoy in Jalawla, wounding three."), THURSDAY)
    assert len(drafts) == 2


def test_a_toll_told_on_another_day_is_another_event() -> None:
    drafts = code(report("Two soldiers were killed in Diyala on Wednesday.",
                         "On Thursday, a roadside bomb struck a convoy in Jalawla, wounding three."), THURSDAY)
    assert len(drafts) == 2


# --- "the same village" far after the trigger (rule definite-place) -------------------------------------------------


def test_the_same_village_told_far_after_the_trigger_is_the_village_named_before() -> None:
    drafts = code(report("Regime forces shelled Tell Abar on Monday.",
                         "Later, the militia shelled positions held by the regime-backed fighters in the same "
                         "village."))
    assert [(d.roles.actor1.name, d.place.text if d.place else None) for d in drafts] == [
        ("Military Forces of Syria", "Tell Abar"), ("Local Militia", "Tell Abar")]


# --- the dead of force used on a protest are counted (counts.yaml, DEADLY_CROWD_SUBTYPES) ---------------------------


def test_protesters_killed_by_the_force_used_on_them_are_its_toll() -> None:
    drafts = code(report("Police opened fire on protesters in Tell Abar on Monday, killing two protesters."))
    assert [(d.coding.sub_event_type, d.fatalities.value if d.fatalities else None) for d in drafts] == [
        ("Excessive force against protesters", 2)]


def test_a_protester_or_a_demonstrator_is_a_person_a_toll_counts() -> None:
    from marsad.events.quantities import fatalities

    assert fatalities("The police broke up the sit-in, killing one protester.").value == 1
    assert fatalities("Troops fired on the march, killing three demonstrators.").value == 3


# --- the town a headline names inside the body's region (rule headline-detail) ------------------------------------


def _headlined(headline: str, *body: str) -> list[tuple[str, str | None]]:
    return [(d.coding.sub_event_type, d.place.text if d.place else None)
            for d in code(headline + "\n" + "\n".join(body))]


def test_the_headlines_town_in_the_bodys_governorate_is_where_it_happened() -> None:
    assert _headlined("Car bomb kills five in Tell Abar",
                      "A car bomb exploded in a crowded market in Hama on Wednesday, killing five civilians.") == [
        ("Remote explosive/landmine/IED", "Tell Abar")]


def test_a_headline_town_in_another_governorate_says_nothing_of_the_bodys_event() -> None:
    assert _headlined("Car bomb kills five in Harim",
                      "A car bomb exploded in a crowded market in Hama on Wednesday, killing five civilians.") == [
        ("Remote explosive/landmine/IED", "Hama")]


def test_two_blasts_in_the_governorate_leave_the_headline_town_to_neither() -> None:
    assert sorted(_headlined("Blasts kill seven in Tell Abar",
                             "A car bomb exploded in a crowded market in Hama on Wednesday, killing five civilians.",
                             "On Tuesday, a landmine exploded in Hama, killing two shepherds.")) == [
        ("Remote explosive/landmine/IED", "Hama"), ("Remote explosive/landmine/IED", "Hama")]


# --- the side a passive verb says was hit attacked nobody (rule own-clause) ----------------------------------------


def test_fighters_killed_when_a_bomb_went_off_are_the_one_bombing() -> None:
    drafts = code(report("Two members of the army were killed on Monday when an explosive device went off near their "
                         "vehicle in Tell Abar."))
    assert [d.coding.sub_event_type for d in drafts] == ["Remote explosive/landmine/IED"]


def test_gunmen_who_attacked_before_a_bombing_in_a_clause_of_their_own_did_an_act_of_their_own() -> None:
    drafts = code(report("In Tell Abar, gunmen attacked an army post on Monday, followed by a car bombing at its "
                         "gate."))
    assert len(drafts) == 2


# --- "the base" named again refers to the place named before (rule definite-place) ----------------------------------


def test_troops_landing_in_the_base_struck_before_moved_there() -> None:
    drafts = code(report("Regime forces sent reinforcements to Tell Abar on Sunday.",
                         "Gunmen fired rockets at the base in Dibis on Monday, causing no casualties.",
                         "Hours later, Peshmerga reinforcements arrived in the base."))
    moved = drafts[-1]
    assert (moved.coding.sub_event_type, moved.place.text if moved.place else None) == (
        "Change to group/activity", "Dibis")
    assert "definite-place" in moved.rules
