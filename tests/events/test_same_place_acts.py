"""Several events at one place on one day, each kept apart as the guide codes them: people counted before their act,
a strike after a move of forces' clause, a bombardment beside a captured town, a move of forces told "as" a strike
hit or joined by "and" to another verb, a second pair of sides, "another" strike; and the one event that stays one.
Reports written for these tests in the manner of several outlets (a monitor's bulletin, wire copy, Kurdish and Iraqi
agencies); places from the hand-made gazetteer of test_segmentation, actors from the list below (no model, no
gazetteer file)."""

from __future__ import annotations

import re

import numpy as np

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import ActorMention, Report
from tests.events import test_segmentation

# words -> (name, inter, kind): sides none of which is a unit of another
ACTORS = {"Regime forces": ("Military Forces of Syria", 1, "group"),
          "Russian warplanes": ("Military Forces of Russia", 8, "group"),
          "Turkish drone": ("Military Forces of Turkey", 8, "group"),
          "the SDF": ("Syrian Democratic Forces", 2, "group"), "ISIS": ("Islamic State", 2, "group"),
          "tribal fighters": ("Unidentified Tribal Militia", 4, "generic"),
          "Police": ("Police Forces of Iraq", 1, "group"), "Peshmerga": ("Peshmerga", 1, "group"),
          "the militia": ("Local Militia", 3, "group"),
          "gunmen": ("Unidentified Armed Group", 3, "generic"),
          "unknown assailants": ("Unidentified Armed Group", 3, "generic"),
          "Saraya al-Salam": ("Saraya al-Salam", 3, "group"), "the Sadrist movement": ("Sadrist Movement", 3, "group"),
          "the army": ("Military Forces of Iraq", 1, "group")}


def _actors(text: str) -> list[ActorMention]:
    return [ActorMention(m.start(), m.end(), words, name, inter, kind=kind,
                         actor_id=None if kind == "generic" else name.lower())
            for words, (name, inter, kind) in ACTORS.items() for m in re.finditer(rf"\b{words}\b", text)]


def _analysis(text: str) -> Analysis:
    headline = text.split("\n", 1)[0]
    return Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                    places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                    headline_end=len(headline) if "\n" in text else 0)


def code(text: str) -> list:
    return extract_drafts(_analysis(text), load_lexicon())


def events(text: str) -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in code(text))


def report(*paragraphs: str) -> str:
    """A full report: a headline, then paragraphs (a one-paragraph brief codes its acts as one event)."""
    return "Reports from the countryside\n" + "\n".join(paragraphs)


# --- a count word before the people who act counts people, not acts (rule counted-people) -------------------


def test_dozens_of_people_protesting_is_one_protest() -> None:
    text = report("Dozens of residents protested in Saraqib on Friday against the high prices.")
    assert events(text) == [("Peaceful protest", "Saraqib")]
    text = report("Shafaq News/ Several gunmen were arrested by Police in KIRKUK on Friday.")
    assert ("Arrests", "KIRKUK") in events(text)


def test_repeated_raids_are_still_no_one_event() -> None:
    assert events(report("The militia has carried out several raids on Tell Abar.")) == []


# --- a weapon told after a movement's clause is no cargo (rule moved-cargo, clause-joint, background-clause) ---


def test_shelling_told_beside_reinforcements_is_a_second_event() -> None:
    text = report("Idlib Province:", "Regime forces sent reinforcements to Saraqib on Friday amid heavy shelling on "
                  "the town.")
    assert events(text) == [("Change to group/activity", "Saraqib"), ("Shelling/artillery/missile attack", "Saraqib")]


def test_weapons_a_convoy_brought_are_its_load() -> None:
    text = report("Regime forces sent a convoy of tanks and rockets to Saraqib on Friday.")
    assert events(text) == [("Change to group/activity", "Saraqib")]


# --- a bombardment beside a captured town (rule strike-beside-capture) ----------------------------------------


def test_shelling_told_after_a_capture_in_a_sentence_of_its_own_joins_it() -> None:
    # the shells that prepared the ground, told after the capture, are its setting (across sentences no
    # strike-beside-capture: measured, it made spurious second events; rule strike-told-first for the other order)
    text = report("BEIRUT (Reuters) - Regime forces took control of Tell Abar on Monday, a monitor said.",
                  "Shells had fallen on Tell Abar for hours before the troops entered it.")
    drafts = code(text)
    assert [d.coding.sub_event_type for d in drafts] == ["Government regains territory"]
    assert "strike-beside-capture" not in drafts[0].rules


def test_air_strikes_of_another_hand_told_after_a_capture_are_a_second_event() -> None:
    text = report("BEIRUT (Reuters) - Regime forces took control of Tell Abar on Monday, a monitor said.",
                  "Russian warplanes had struck Tell Abar for hours before the troops entered it.")
    drafts = code(text)
    assert sorted(d.coding.sub_event_type for d in drafts) == ["Air/drone strike", "Government regains territory"]
    assert "another-hand" in next(d for d in drafts if d.kind == "air").rules


def test_shelling_before_a_capture_in_its_sentence_is_a_second_event() -> None:
    text = report("Regime forces regained control of Tell Abar on Monday, after heavy shelling on the village.")
    assert events(text) == [("Government regains territory", "Tell Abar"),
                            ("Shelling/artillery/missile attack", "Tell Abar")]


def test_the_fighting_that_won_the_town_and_a_brief_stay_the_capture() -> None:
    text = report("Regime forces regained control of Tell Abar on Monday, after clashes with the militia.")
    assert events(text) == [("Government regains territory", "Tell Abar")]
    brief = "Regime forces regained control of Tell Abar on Monday after heavy shelling on the village."
    assert events(brief) == [("Government regains territory", "Tell Abar")]


# --- a move of forces told beside a strike (rules development-beside, coordinated-development) ---------------


def test_a_move_of_forces_told_as_a_strike_hit_is_a_second_event() -> None:
    text = report("Idlib Province:", "Russian warplanes struck Saraqib on Friday as Regime forces headed to the town.")
    assert events(text) == [("Air/drone strike", "Saraqib"), ("Change to group/activity", "Saraqib")]


def test_the_arrival_a_shelling_coincided_with_is_a_second_event() -> None:
    text = report("Hasakah - North Press", "Regime forces shelled Tell Abar on Friday.",
                  "The shelling coincided with the arrival of reinforcements of the militia to Tell Abar.")
    assert events(text) == [("Change to group/activity", "Tell Abar"),
                            ("Shelling/artillery/missile attack", "Tell Abar")]


def test_fighters_mobilised_and_sent_to_attack_are_two_acts() -> None:
    text = report("The militia mobilised its fighters on Friday and attacked Tell Abar.")
    assert events(text) == [("Attack", "Tell Abar"), ("Change to group/activity", "Tell Abar")]


def test_gunmen_who_entered_a_village_and_opened_fire_did_one_act() -> None:
    text = report("Gunmen entered Tell Abar on Friday and opened fire on a car, killing two civilians.")
    assert events(text) == [("Attack", "Tell Abar")]


# --- two pairs of sides at one place (rule other-pair) --------------------------------------------------------


def test_a_battle_with_another_pair_of_sides_is_a_second_event() -> None:
    text = report("Deir Ezzor - North Press",
                  "Clashes broke out between the SDF and ISIS in Tell Abar on Friday, leaving two fighters dead.",
                  "On the same day, clashes erupted between the SDF and tribal fighters in Tell Abar.")
    pairs = sorted(tuple(sorted((d.roles.actor1.name, d.roles.actor2.name))) for d in code(text))
    assert pairs == [("Islamic State", "Syrian Democratic Forces"),
                     ("Syrian Democratic Forces", "Unidentified Tribal Militia")]


def test_the_same_battle_told_again_is_one_event() -> None:
    text = report("Clashes broke out between the SDF and ISIS in Tell Abar on Friday.",
                  "Fighting between ISIS and the SDF went on in Tell Abar until the evening.")
    assert events(text) == [("Armed clash", "Tell Abar")]


def test_an_unidentified_hand_does_not_make_two_pairs() -> None:
    text = report("Shafaq News/ Gunmen shot dead a commander of Saraya al-Salam in Dibis late on Saturday.",
                  "A source said that a leading figure of the Sadrist movement was shot dead by unknown assailants "
                  "in Dibis.")
    assert [d.coding.event_type for d in code(text)] == ["Battles"]


# --- "another" strike (rule another-of-its-kind) ------------------------------------------------------------


def test_another_drone_strike_is_a_second_event() -> None:
    text = report("Qamishli - Kurdistan24", "A Turkish drone struck a car in Saraqib on Monday, killing two men.",
                  "Another Turkish drone struck a motorbike in Saraqib.")
    drafts = code(text)
    assert [d.coding.sub_event_type for d in drafts] == ["Air/drone strike", "Air/drone strike"]
    assert "another-of-its-kind" in drafts[1].rules


def test_the_strike_told_again_is_one_event() -> None:
    text = report("A Turkish drone struck a car in Saraqib on Monday.", "The drone strike killed two men in Saraqib.")
    assert events(text) == [("Air/drone strike", "Saraqib")]


# --- the classifier's label names one act of the sentence (rules kept-apart, named-not-told) ------------------


def _classifier(label: str) -> EventClassifier:
    """A stand-in classifier that reads every sentence as `label` ("w:village" stands for what it learned)."""
    return EventClassifier(["w:village", "bias"], [NONE, label], np.array([[0.0, 12.0], [0.0, 0.0]]), np.zeros(2))


def _refined(text: str, label: str) -> list[str]:
    analysis = _analysis(text)
    lexicon = load_lexicon()
    drafts = extract_drafts(analysis, lexicon)
    return sorted(d.coding.sub_event_type for d in refine(analysis, lexicon, drafts, _classifier(label)))


def test_a_shelling_beside_a_new_post_keeps_its_type() -> None:
    text = report("The militia set up a checkpoint in the village of Tell Abar amid Regime forces shelling the "
                  "village.")
    assert _refined(text, "Headquarters or base established") == ["Headquarters or base established",
                                                                    "Shelling/artillery/missile attack"]


def test_a_capture_beside_a_looting_keeps_its_type() -> None:
    text = report("The militia took control of the village of Tell Abar and then looted the houses of the village.")
    assert _refined(text, "Looting/property destruction") == ["Looting/property destruction",
                                                                "Non-state actor overtakes territory"]


def test_a_protest_against_a_looting_stays_a_protest() -> None:
    text = report("Residents of the village of Tell Abar protested on Friday in protest of the looting of their homes.")
    assert _refined(text, "Looting/property destruction") == ["Peaceful protest"]


# --- people who block a road or gather with a demand protest (cue protest_demanding) ------------------------


def test_relatives_blocking_a_road_with_a_demand_protest_beside_the_abduction() -> None:
    text = report("Sweida 24", "Gunmen abducted a merchant in Saraqib on Monday.",
                  "His relatives blocked the main road in Saraqib with burning tyres, demanding his release.")
    assert events(text) == [("Abduction/forced disappearance", "Saraqib"), ("Peaceful protest", "Saraqib")]


def test_fighters_gathering_before_an_attack_is_no_protest() -> None:
    assert "protest" not in {d.kind for d in code(report("The militia gathered its fighters in Tell Abar."))}


# --- a move of forces named as such beside an attack (rules named-development, own-subject) -------------------


def test_units_mobilised_beside_an_attack_are_a_second_event_by_their_own_side() -> None:
    text = report("Shafaq News/ Units of the army mobilised in Jalawla on Friday to repel an attack by ISIS on a post.")
    drafts = code(text)
    assert sorted(d.kind for d in drafts) == ["attack", "movement"]
    movement = next(d for d in drafts if d.kind == "movement")
    assert movement.roles.actor1 is not None and movement.roles.actor1.name == "Military Forces of Iraq"


def test_the_curfew_told_beside_an_attack_is_a_second_event() -> None:
    text = report("Shafaq News/ Police imposed a curfew in Jalawla on Friday and ISIS attacked an army post there.")
    assert sorted(d.coding.sub_event_type for d in code(text)) == ["Armed clash", "Change to group/activity"]


def test_reinforcements_the_attack_hit_are_its_target() -> None:
    text = report("Shafaq News/ ISIS attacked army reinforcements in Jalawla on Friday.")
    assert [d.kind for d in code(text)] == ["attack"]
