"""Faults that full reports written for the project (bench/articles/articles-3, odd half) showed, each told here in
sentences of our own: wire datelines and statements that date the telling, not the act; charges that name no act.
Places from the hand-made gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer
file); reports published on Friday 17 May 2024."""

from __future__ import annotations

from marsad.events.extract import extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from tests.events.test_classify_refine import tiny_model
from tests.events.test_days_apart import _analysis, code, events

# --- the day of the act, not of the telling (rules dateline-date, date-of-saying) ---------------------------------

def test_a_wire_dateline_does_not_date_an_act_told_with_its_own_day():
    text = "KIRKUK, May 17 (Wire) - Police arrested two men in Dibis late on Wednesday, officials said."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_the_dateline_day_is_not_lent_to_the_next_sentence():
    text = ("KIRKUK, May 17 (Wire) - Police arrested two men in Dibis on Wednesday, officials said. "
            "The men were taken to a prison in Kirkuk.")
    assert [day for _, _, day in events(text)] == ["2024-05-15"]


def test_a_dateline_with_its_country_does_not_date_the_act_either():
    # a wire may add the country after the city in plain case ("KIRKUK, Iraq, May 17 (Wire) -")
    text = "KIRKUK, Iraq, May 17 (Wire) - Police arrested two men in Dibis late on Wednesday, officials said."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_lede_dated_only_by_its_dateline_joins_the_act_told_with_its_day():
    # the lede names no day of its own: the body's telling of the arrest on Wednesday is the same act, not a
    # second arrest on the day the report was filed
    text = ("KIRKUK, Iraq, May 17 (Wire) - Police arrested two men in Dibis, officials said. "
            "The two men were detained in Dibis at dawn on Wednesday, a police source said.")
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_dateline_alone_still_dates_the_act():
    text = "KIRKUK, May 16 (Wire) - Police arrested two men in Dibis, officials said."
    assert events(text) == [("Arrests", "Dibis", "2024-05-16")]


def test_the_day_of_a_statement_yields_to_the_day_of_the_act():
    text = "Police said on Thursday that they had arrested two men in Dibis on Wednesday."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_statement_day_with_no_other_day_still_dates_the_act():
    text = "Police said on Thursday that they had arrested two men in Dibis."
    assert events(text) == [("Arrests", "Dibis", "2024-05-16")]


# --- a charge names no act (rule charged-act) ------------------------------------------------------------------

def test_the_charge_of_people_detained_is_no_riot():
    text = 'Police detained five men in Dibis on Wednesday whom they accused of "instigating riots".'
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


def test_a_group_accused_of_an_act_still_tells_it():
    text = "The militia was accused of shelling Dibis on Wednesday."
    assert [kind for kind, _, _ in events(text)] == ["Shelling/artillery/missile attack"]


# --- where the act happened (rule container: a town set on a side of another) ---------------------------------

def test_a_town_set_on_a_side_of_another_keeps_the_event():
    text = "In the town of Jableh, south of Latakia, dozens of teachers staged a sit-in on Wednesday."
    assert events(text) == [("Peaceful protest", "Jableh", "2024-05-15")]


def test_towns_listed_with_commas_are_no_containers():
    text = "Regime forces shelled Jableh, Latakia and Baniyas on Wednesday."
    assert sorted(place for _, place, _ in events(text)) == ["Baniyas", "Jableh", "Latakia"]


# --- an inquiry names the act told before (rule reference) ---------------------------------------------------

def test_an_inquiry_into_the_shooting_is_no_new_shooting():
    text = ("Police detained five men in Dibis on Wednesday, and the ministry said an investigation had been "
            "opened into the shooting.")
    assert events(text) == [("Arrests", "Dibis", "2024-05-15")]


# --- the dead of force used on a crowd are the event's (DEADLY_CROWD_SUBTYPES) ----------------------------------

def test_protesters_shot_dead_are_counted():
    drafts = code("A young man was killed on Wednesday when police opened fire on a peaceful demonstration "
                  "in Dibis.")
    assert [(d.coding.sub_event_type, d.fatalities.value if d.fatalities else None) for d in drafts] == [
        ("Excessive force against protesters", 1)]


# --- a day recalled after its trigger (rule day-after-trigger), kept with its own type (another-day) -------------

RECALLED = ("Police dispersed a protest in Dibis on Thursday, after protesters demanded the release of a man whom "
            "the police had detained there on Wednesday.")


def test_a_detention_recalled_with_its_own_day_is_an_event_of_that_day():
    assert events(RECALLED) == [("Arrests", "Dibis", "2024-05-15"),
                                ("Protest with intervention", "Dibis", "2024-05-16")]


def test_the_classifier_reading_the_sentence_whole_does_not_retype_the_recalled_detention():
    analysis, lexicon = _analysis(RECALLED), load_lexicon()
    drafts = refine(analysis, lexicon, extract_drafts(analysis, lexicon), tiny_model())
    assert sorted(d.coding.sub_event_type for d in drafts) == ["Arrests", "Protest with intervention"]


def test_the_next_day_counts_from_the_day_of_the_narration_not_the_day_recalled():
    text = RECALLED + " The next day, police arrested three young men in Dibis."
    assert ("Arrests", "Dibis", "2024-05-17") in events(text)


# --- a tribal fight is a battle; its "medium and heavy weapons" are no artillery (triggers.yaml) -----------------

def test_an_armed_tribal_dispute_is_an_armed_clash():
    text = "Three people were killed on Wednesday in an armed tribal dispute between two clans in Dibis."
    assert events(text) == [("Armed clash", "Dibis", "2024-05-15")]


def test_medium_and_heavy_weapons_are_no_shelling():
    assert events("Gunmen killed a farmer in Dibis on Wednesday with medium and heavy weapons.") == [
        ("Attack", "Dibis", "2024-05-15")]
    assert events("Regime forces shelled Dibis with heavy weapons on Wednesday.") == [
        ("Shelling/artillery/missile attack", "Dibis", "2024-05-15")]


# --- weapons seized from the people arrested are the arrest's detail (types.yaml: arrest absorbs weapons) --------

def test_weapons_seized_in_an_arrest_are_one_arrest():
    assert events("Police arrested eight men in Dibis on Wednesday and seized a number of weapons.") == [
        ("Arrests", "Dibis", "2024-05-15")]


def test_a_seizure_told_apart_stays_a_seizure():
    text = "Police arrested eight men in Dibis on Wednesday. In Tell Abar, the army seized a weapons depot."
    assert events(text) == [("Arrests", "Dibis", "2024-05-15"), ("Disrupted weapons use", "Tell Abar", "2024-05-15")]


# --- an appeal names no act (rule not-a-fact: "called on ... to") ------------------------------------------------

def test_an_appeal_to_keep_the_fighting_away_does_not_make_the_shelling_a_battle():
    text = ("Regime forces shelled Dibis on Wednesday. The governor called on both sides to keep the fighting away "
            "from civilians.")
    assert events(text) == [("Shelling/artillery/missile attack", "Dibis", "2024-05-15")]


# --- who uses or left the thing acted upon is no actor (rule user-of-object) --------------------------------------

def _sides(text: str) -> list[tuple[str | None, str | None]]:
    return [(d.roles.actor1.name if d.roles.actor1 else None, d.roles.actor2.name if d.roles.actor2 else None)
            for d in code(text)]


def test_the_users_of_a_building_struck_are_hit_not_striking():
    assert _sides("A Turkish drone struck a building used by the SDF near Dibis on Wednesday.") == [
        ("Military Forces of Turkey", "Syrian Democratic Forces")]


def test_who_left_the_mines_found_does_not_find_them():
    assert _sides("On Wednesday, the army found mines left by ISIS in Dibis.") == [("Military Forces of Iraq", None)]


def test_a_bomb_planted_by_a_side_that_explodes_is_that_sides_act():
    assert _sides("An explosive device planted by ISIS exploded in Dibis on Wednesday.") == [("Islamic State", None)]


# --- a coder's stated total is the note's event's, whatever the act told last (rule note-total) -------------------

def test_a_coders_total_told_after_an_arrest_is_kept():
    text = ("On 15 May 2024, clashes broke out between the militia and police in Dibis, killing 2 policemen. "
            "Police also detained eight gunmen and seized two rifles. total fatalities coded as 3.")
    assert [d.fatalities.value if d.fatalities else None for d in code(text)] == [3]



# --- a protest against attacks names them, however far the place words stand (rule reference) -----------------

def test_a_protest_against_the_attacks_far_from_its_verb_is_one_protest():
    text = ("On Wednesday, hundreds of people protested in front of the United Nations office in Dibis against the "
            "Iranian attacks.")
    assert events(text) == [("Peaceful protest", "Dibis", "2024-05-15")]


# --- a town the lede leaves unnamed, named in the body (rule unnamed-then-named) ---------------------------------

def test_an_arrest_in_a_village_near_a_town_then_named_nearby_is_one_arrest():
    text = ("Regime forces detained three men in a village near Tell Abar on Wednesday, residents said. "
            "Regime forces detained the three men in Kafr Sajna at dawn on Wednesday, a local source said.")
    assert events(text) == [("Arrests", "Kafr Sajna", "2024-05-15")]


def test_an_arrest_marked_as_one_more_act_at_the_named_place_stays_apart():
    text = ("Regime forces detained three men in a village near Tell Abar on Wednesday, residents said. "
            "Regime forces also detained two men in Kafr Sajna on Wednesday, a local source said.")
    assert [place for _, place, _ in events(text)] == ["Kafr Sajna", "Tell Abar"]


def test_an_arrest_at_a_named_town_then_at_another_nearby_is_two_arrests():
    text = ("Regime forces detained three men in Tell Abar on Wednesday, residents said. "
            "Regime forces detained two men in Kafr Sajna on Wednesday, a local source said.")
    assert [place for _, place, _ in events(text)] == ["Kafr Sajna", "Tell Abar"]
