"""A protest told twice (round 21): a peaceful telling and the riot of the same crowd, or the force that met it, at
one place on one day are one event named by its gravest telling (rules one-protest-a-day, another-hand); a crowd
that leaves by itself was not dispersed (trigger `dispersal`); a comment on the protest names it again (rule
reference); the place of the act a crowd protests against, its doer named in the possessive, is no place of the
protest (rule demand-place). Sentences written for these tests (never taken from a report); coded with no
language model and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.merging import merge_drafts
from marsad.events.rules import rule
from tests.events import handmade

PLACES = [handmade.place("Kut", 32.51, 45.82), handmade.place("Samawah", 31.31, 45.28)]
REPORTS = handmade.Reports("Unrest in the south\n", PLACES)


def _events(body: str) -> list:
    return merge_drafts(REPORTS.code(body)[1], load_lexicon().kinds)


def test_a_peaceful_protest_then_its_crowd_storming_a_building_is_one_riot():
    body = ("Hundreds of a cleric's supporters demonstrated in Kut on Friday against corruption. The protesters "
            "then tried to break into the council building but were pushed back by the police.")
    events = _events(body)
    assert [e.coding.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_crowd_that_leaves_after_some_hours_met_no_force():
    body = ("Teachers gathered in Kut on Monday to demand their salaries, chanting slogans against the ministry. "
            "They dispersed after about three hours.")
    events = _events(body)
    assert [e.coding.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_crowd_driven_off_still_met_force():
    body = "Police fired tear gas and dispersed the protesters who had gathered in Kut on Monday."
    assert [e.coding.sub_event_type for e in _events(body)] == ["Protest with intervention"]


def test_a_comment_on_the_protest_names_it_again():
    assert rule("reference").search("The governor's office did not comment on the ")
    assert rule("reference").search("A spokesman declined to comment on the ")


def test_the_place_of_the_act_protested_against_is_the_demand():
    assert rule("demand-place").search("Dozens protested in Kut against the militia's shelling of the villages of ")
    assert rule("demand-place").search("Farmers gathered to denounce the arrests carried out by the police in ")
    assert not rule("demand-place").search("Hundreds of teachers protested in ")


def _places(body: str) -> list[str]:
    return [e.place.text for e in _events(body) if e.coding.event_type == "Protests"]


def test_the_fallen_whose_pictures_a_crowd_carries_died_elsewhere():
    # round 22 (demand-place widened): the place where the mourned were killed is not where the crowd stood
    body = ("In Kut, several hundred people rallied outside the council on Saturday, carrying pictures of fighters "
            "killed at Samawah.")
    assert _places(body) == ["Kut"]


def test_a_grievance_named_as_the_state_of_a_place_is_no_place_of_the_protest():
    # round 22 (demand-place widened): "against the rising salinity of the X waters" names the cause
    body = ("In Kut, dozens of farmers protested on Sunday in front of the district building against the rising "
            "pollution of the Samawah canal.")
    assert _places(body) == ["Kut"]


def test_a_protest_against_a_closure_in_a_city_stays_there():
    assert _places("Hundreds protested against the closure of schools in Kut on Sunday.") == ["Kut"]
