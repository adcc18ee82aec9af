"""A second act at a place already used: a strike and a battle between other sides, a move of forces told after
the fighting it followed, a looting told beside a capture, a withdrawal told with its object. And the reverse:
one act told twice stays one event. Sentences written for these tests; places from the hand-made gazetteer of
test_segmentation, actors from the hand-made list below (no model, no gazetteer file)."""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import ActorMention, DateMention, Report
from tests.events import test_segmentation

HEADLINE = "Reports from the countryside\n"  # a full report: a headline, then the body

# words -> (name, inter): three sides, none a unit of another
ACTORS = {"Russian warplanes": ("Military Forces of Russia", 8), "Russian forces": ("Military Forces of Russia", 8),
          "Regime forces": ("Military Forces of Syria", 1),
          "the rebels": ("Opposition Rebels", 2), "Police": ("Police Forces of Syria", 1),
          "the militia": ("Local Militia", 3)}


UNITS = {"the Fourth Division": ("Military Forces of Syria 4th Division", "Military Forces of Syria")}


def _actors(text: str) -> list[ActorMention]:
    return [ActorMention(m.start(), m.end(), words, name, inter, actor_id=name.lower())
            for words, (name, inter) in ACTORS.items() for m in re.finditer(rf"\b{words}\b", text)] + [
        ActorMention(m.start(), m.end(), words, name, 1, actor_id=name.lower(), part_of=parent)
        for words, (name, parent) in UNITS.items() for m in re.finditer(rf"\b{words}\b", text)]


def _analysis(body: str) -> Analysis:
    text = HEADLINE + body
    return Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                    places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                    headline_end=len(HEADLINE) - 1)


def code(body: str) -> list:
    return extract_drafts(_analysis(body), load_lexicon())


def events(body: str) -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in code(body))


# --- a strike, and a battle between other sides at the same place (rule other-sides) -------------------------


def test_a_battle_between_other_sides_after_a_shelling_is_a_second_event() -> None:
    body = ("Russian forces shelled Tell Abar on Monday.\n"
            "Hours later, clashes broke out between Regime forces and the rebels in Tell Abar.")
    assert events(body) == [("Armed clash", "Tell Abar"), ("Shelling/artillery/missile attack", "Tell Abar")]
    assert "other-sides" in next(d for d in code(body) if d.kind == "clash").rules


def test_a_shelling_by_other_hands_after_a_battle_is_a_second_event() -> None:
    body = ("Clashes broke out between Regime forces and the rebels in Tell Abar on Monday.\n"
            "Russian forces later shelled Tell Abar.")
    assert events(body) == [("Armed clash", "Tell Abar"), ("Shelling/artillery/missile attack", "Tell Abar")]


# --- air strikes told with a battle: another means (rule air-beside-battle) ---------------------------------


def test_air_strikes_after_a_battle_are_a_second_event() -> None:
    body = ("Clashes broke out between Regime forces and the rebels in Tell Abar on Monday.\n"
            "Russian warplanes later struck Tell Abar.")
    assert events(body) == [("Air/drone strike", "Tell Abar"), ("Armed clash", "Tell Abar")]


def test_air_raids_in_the_background_of_a_battle_are_a_second_event() -> None:
    # with a toll of their own (rule air-beside-battle); told only as the fighting's setting they are its support
    # (rule air-support-of-battle)
    body = ("Clashes broke out between Regime forces and the rebels in Tell Abar amid air raids on the village, "
            "killing a fighter.")
    assert events(body) == [("Air/drone strike", "Tell Abar"), ("Armed clash", "Tell Abar")]
    body = "Clashes broke out between Regime forces and the rebels in Tell Abar amid air raids on the village."
    assert events(body) == [("Armed clash", "Tell Abar")]
    assert events("Clashes broke out between Regime forces and the rebels in Tell Abar amid heavy shelling.") == [
        ("Armed clash", "Tell Abar")]  # the shelling that goes with the fighting is part of it


def test_a_brief_codes_the_one_battle() -> None:
    brief = "Clashes broke out between Regime forces and the rebels in Tell Abar amid air raids on the village."
    analysis = _analysis(brief)
    analysis.report = Report(doc_id="t", text=brief)
    analysis.sentences = test_segmentation._sentences(brief)
    analysis.places, analysis.actors, analysis.headline_end = test_segmentation._mentions(brief), _actors(brief), 0
    assert [d.coding.sub_event_type for d in extract_drafts(analysis, load_lexicon())] == ["Armed clash"]


# --- a withdrawal told with what was withdrawn (rule left-place-gap) ---------------------------------------


def test_a_withdrawal_of_troops_from_a_town_happened_at_the_town() -> None:
    body = "Clashes broke out in Tell Abar on Monday.\nThe militia withdrew its fighters from Kafr Sajna."
    assert events(body) == [("Armed clash", "Tell Abar"), ("Change to group/activity", "Kafr Sajna")]
    assert "left-place" in next(d for d in code(body) if d.kind == "movement").rules


# --- a development told after the fighting, with no place: no summary of it ---------------------------------


def test_a_development_told_after_a_battle_on_another_day_is_not_its_summary() -> None:
    body = ("Clashes broke out between Regime forces and the rebels in Tell Abar on Monday.\n"
            "Regime forces imposed a curfew on Tuesday.")
    analysis = _analysis(body)
    text = analysis.report.text
    analysis.dates = [DateMention(text.index(day), text.index(day) + len(day), day, value, 1)
                      for day, value in (("on Monday", date(2024, 5, 6)), ("on Tuesday", date(2024, 5, 7)))]
    drafts = extract_drafts(analysis, load_lexicon())
    assert [d.coding.sub_event_type for d in drafts] == ["Armed clash", "Change to group/activity"]


def test_a_summary_told_before_its_details_still_joins_them() -> None:
    body = "The militia carried out two attacks.\nThe militia attacked a school in Tell Abar."
    assert events(body) == [("Attack", "Tell Abar")]


# --- the classifier's label names one act of the sentence; a looting beside a capture keeps its type ---------


def _classifier(label: str) -> EventClassifier:
    """A stand-in classifier that reads every sentence as `label` ("w:village" stands for what it learned)."""
    return EventClassifier(["w:village", "bias"], [NONE, label], np.array([[0.0, 12.0], [0.0, 0.0]]), np.zeros(2))


def _refined(body: str, label: str) -> tuple[list[str], list[str]]:
    """The kinds the rules drafted in `body`, and the sub-event types after a classifier that reads `label`."""
    analysis = _analysis(body)
    lexicon = load_lexicon()
    drafts = extract_drafts(analysis, lexicon)
    kinds = sorted(d.kind for d in drafts)
    return kinds, sorted(d.coding.sub_event_type for d in refine(analysis, lexicon, drafts, _classifier(label)))


def test_a_looting_told_beside_a_capture_keeps_its_type() -> None:
    kinds, types = _refined("The militia captured the village of Tell Abar and looted its shops.",
                            "Non-state actor overtakes territory")
    assert kinds == ["capture", "loot"]
    assert types == ["Looting/property destruction", "Non-state actor overtakes territory"]


def test_a_lone_act_still_takes_the_classifiers_type() -> None:
    # no other act in the sentence has the label's type: the classifier still retypes within the event type
    kinds, types = _refined("The militia looted the village of Tell Abar.", "Headquarters or base established")
    assert kinds == ["loot"]
    assert types == ["Headquarters or base established"]


# --- one act told twice stays one event ----------------------------------------------------------------------


ONE_ACT_TOLD_TWICE = [
    # the shelling in the battle's own sentence is part of it (rule shelling-beside-battle does not apply)
    ("Clashes broke out between Regime forces and the rebels in Tell Abar on Monday amid heavy shelling by Regime "
     "forces.", "Armed clash"),
    # fighting told with no sides of its own elaborates the shelling
    ("Russian forces shelled Tell Abar on Monday.\nHeavy fighting was also reported in Tell Abar.", "Armed clash"),
    ("Russian warplanes struck Tell Abar on Monday.\nThe strike killed two civilians in Tell Abar.",
     "Air/drone strike"),
    ("Clashes broke out between Regime forces and the rebels in Tell Abar on Monday.\nThe clashes between Regime "
     "forces and the rebels in Tell Abar killed four.", "Armed clash"),
]


@pytest.mark.parametrize(("body", "sub_event_type"), ONE_ACT_TOLD_TWICE)
def test_one_act_told_twice_stays_one_event(body: str, sub_event_type: str) -> None:
    assert [d.coding.sub_event_type for d in code(body)] == [sub_event_type]


# --- "the village" is the place the report called a village (rule definite-place) ---------------------------


def test_the_village_is_the_one_called_a_village_not_the_town_that_locates_it() -> None:
    body = ("The militia took Tell Abar village, north of Saraqib, on Monday.\n"
            "The militia burned houses in the village.")
    assert ("Looting/property destruction", "Tell Abar") in events(body)
    body = "The militia took Tell Abar, north of Saraqib.\nThe militia burned houses in the village."
    assert ("Looting/property destruction", "Tell Abar") in events(body)  # Saraqib only locates Tell Abar
    body = "The militia took Tell Abar after a battle in Saraqib.\nThe militia burned houses in the village."
    assert ("Looting/property destruction", "Saraqib") in events(body)  # no place called a village: the last one


def test_a_siege_laid_and_an_alert_raised_are_changes_of_posture() -> None:
    assert events("Regime forces laid siege to Tell Abar on Monday.") == [("Change to group/activity", "Tell Abar")]
    assert events("Regime forces were put on high alert in Tell Abar.") == [("Change to group/activity", "Tell Abar")]
    assert events("Regime forces took up new positions in Tell Abar.") == [("Change to group/activity", "Tell Abar")]


def test_air_raids_beside_a_battle_do_not_take_its_sides() -> None:
    body = "Clashes broke out between Regime forces and the rebels in Tell Abar amid air raids on Kafr Sajna."
    air = next(d for d in code(body) if d.kind == "air")
    # the sides named before are the battle's: the strikes are flown by the report's one air force
    assert air.roles.actor1 is not None and air.roles.actor1.name != "Opposition Rebels"
    assert "report-air-force" in air.rules
    body = "Clashes broke out between Regime forces and the rebels in Tell Abar amid Russian warplanes striking it."
    drafts = code(body)
    air = next(d for d in drafts if d.kind == "air")
    clash = next(d for d in drafts if d.kind == "clash")
    assert air.roles.actor1 is not None and air.roles.actor1.name == "Military Forces of Russia"
    assert "Military Forces of Russia" not in {m.name for m in (clash.roles.actor1, clash.roles.actor2) if m}


def test_the_toll_told_with_the_air_raids_is_theirs() -> None:
    body = ("Clashes broke out between Regime forces and the rebels in Tell Abar amid air raids on the village, "
            "killing two fighters.")
    drafts = code(body)
    assert [(d.kind, d.fatalities.value if d.fatalities else 0) for d in drafts] == [("clash", 0), ("air", 2)]


# --- a clause of its own: ", as" followed by its own subject (rule new-subject-clause) ----------------------


def test_a_deployment_told_as_a_strike_hit_is_a_second_event() -> None:
    body = "Russian warplanes struck Tell Abar, as Regime forces deployed in the village."
    assert events(body) == [("Air/drone strike", "Tell Abar"), ("Change to group/activity", "Tell Abar")]
    body = "Russian warplanes struck Tell Abar, as reported by residents."
    assert events(body) == [("Air/drone strike", "Tell Abar")]


# --- a new checkpoint beside another act keeps its type (rule kept-apart) --------------------------------------


def test_checkpoints_set_up_beside_arrests_keep_their_type() -> None:
    kinds, types = _refined("Police arrested three men in Tell Abar and set up a checkpoint in the village.",
                            "Arrests")
    assert kinds == ["arrest", "base"]
    assert types == ["Arrests", "Headquarters or base established"]


# --- an act kept apart in its sentence stays apart from the event told before (rule own-clause) ---------------


def test_grenades_that_started_the_fighting_told_later_are_a_second_event_there() -> None:
    body = ("Heavy clashes went on in Tell Abar between Regime forces and the rebels on Monday.\n"
            "The clashes broke out last night when the rebels threw hand grenades at a house.")
    assert events(body) == [("Armed clash", "Tell Abar"), ("Grenade", "Tell Abar")]


# --- where a development told after an event happened (rules act-there, distinct-act) -----------------------


def test_a_unit_of_the_side_hit_acts_where_it_was_hit() -> None:
    body = ("A roadside bomb hit a vehicle of Regime forces in Tell Abar.\n"
            "Members of the Fourth Division then closed the road.")
    assert events(body) == [("Change to group/activity", "Tell Abar"), ("Remote explosive/landmine/IED", "Tell Abar")]


def test_a_stronger_act_told_after_a_move_of_forces_does_not_take_its_place() -> None:
    # the move of forces is the distinct act; the later attack, which would have absorbed it, is not placed there
    body = ("Regime forces sent reinforcements to Tell Abar.\n"
            "Residents said the roads were calm.\n"
            "Gunmen attacked a wedding party on Friday.")
    got = dict(events(body))
    assert got["Change to group/activity"] == "Tell Abar" and got["Attack"] is None


# --- an interception told after a strike: what became of its weapons (rule interception-of-the-strike) ---------


def test_an_interception_told_after_a_strike_is_that_strike() -> None:
    body = ("Russian warplanes struck a base near Tell Abar on Monday.\n"
            "Air defences intercepted several of the missiles, a statement said.")
    assert events(body) == [("Air/drone strike", "Tell Abar")]
    assert "interception-of-the-strike" in code(body)[0].rules
    body = "Regime forces shelled Tell Abar on Monday.\nThe rebels said they had intercepted two rockets."
    assert events(body) == [("Shelling/artillery/missile attack", "Tell Abar")]


def test_an_interception_on_another_day_or_a_seizure_after_a_strike_stays_apart() -> None:
    body = ("Russian warplanes struck a base near Tell Abar on Monday.\n"
            "On Tuesday, air defences intercepted two drones over the base.")
    assert events(body) == [("Air/drone strike", "Tell Abar"), ("Disrupted weapons use", "Tell Abar")]
    body = ("Russian warplanes struck a base near Tell Abar on Monday.\n"
            "Regime forces later seized a cache of weapons in the village.")
    assert events(body) == [("Air/drone strike", "Tell Abar"), ("Disrupted weapons use", "Tell Abar")]
