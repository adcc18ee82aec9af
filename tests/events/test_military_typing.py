"""Typing regularities of military reports, without the model: an armed side's gear destroyed is an attack on it,
weapons seized or bombings stopped are Disrupted weapons use, a drone brought down is no strike, and what is named
about a past act (who the accused are said to be, the deed a crowd wants punished) is no new event. Every sentence
here was written for the project."""

import re

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import Report


def _analysis(text: str) -> Analysis:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    return Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=[], actors=[], dates=[],
                    attributions=[])


def _coded(text: str) -> tuple[Analysis, list]:
    analysis = _analysis(text)
    return analysis, extract_drafts(analysis, load_lexicon())


def _subtypes(text: str) -> list[str]:
    return sorted(d.coding.sub_event_type for d in _coded(text)[1])


def _cue_ids(text: str) -> set[str]:
    return {m.cue.id for m in load_lexicon().find(text)}


@pytest.mark.parametrize(("text", "subtype"), [
    ("Government troops destroyed four vehicles belonging to the gunmen outside the village.",
     "Shelling/artillery/missile attack"),
    ("The regiment said it destroyed militant positions and a mortar launcher on the ridge.",
     "Shelling/artillery/missile attack"),
    ("Fighters of the brigade destroyed a tank of the enemy during heavy fighting at the crossroads.", "Armed clash"),
    ("Warplanes destroyed hideouts of the insurgents in the valley.", "Air/drone strike"),
    # property of people, not of an armed side: looting/property destruction as before
    ("The gunmen destroyed the cars of the villagers.", "Looting/property destruction"),
    ("Soldiers destroyed the homes and shops belonging to the rebels.", "Looting/property destruction"),
])
def test_an_armed_sides_gear_destroyed_is_an_attack_on_it(text, subtype):
    assert _subtypes(text) == [subtype]


def test_the_attack_cue_takes_the_word_from_the_looting_cue():
    ids = _cue_ids("The army destroyed three vehicles belonging to the insurgents.")
    assert "armed_property" in ids and "loot" not in ids
    assert "loot" in _cue_ids("The army destroyed three vehicles belonging to the farmers.")


@pytest.mark.parametrize(("text", "subtype"), [
    ("Explosive belts, detonators and four rifles were seized at the farmhouse.", "Disrupted weapons use"),
    ("Counter-terrorism police said they had foiled a suicide bombing at the stadium.", "Disrupted weapons use"),
    ("The guards prevented a car bombing at the gate of the base.", "Disrupted weapons use"),
    ("A small drone approached the airport and the guards brought it down.", "Disrupted weapons use"),
])
def test_weapons_stopped_before_use(text, subtype):
    assert _subtypes(text) == [subtype]


@pytest.mark.parametrize("text", [
    "During the night the air defences of the airbase spotted and destroyed two drones sent by the rebels.",
    "Air defence units destroyed three unmanned aerial vehicles as they approached the airport.",
])
def test_air_defences_that_destroy_drones_intercept_them(text):
    # rule air-defence-destroys-drone: no battle of the air defences, no property destroyed
    assert _subtypes(text) == ["Disrupted weapons use"]
    assert "loot" not in _cue_ids(text) and "air_defence" not in _cue_ids(text)


@pytest.mark.parametrize("text", [
    "Border guards seized a lorry loaded with rockets and mortar shells at the crossing.",
    "The police confiscated a van carrying rifles and ammunition near the bridge.",
])
def test_a_vehicle_seized_with_arms_aboard_is_the_arms_seized(text):
    # rule cargo-of-arms-seized: the arms seized, no property taken
    assert _subtypes(text) == ["Disrupted weapons use"]
    assert "loot" not in _cue_ids(text)


def test_a_vehicle_seized_with_goods_aboard_stays_looting():
    assert "loot" in _cue_ids("The militia confiscated a car carrying flour at the checkpoint.")


def test_property_destroyed_near_air_defences_stays_property():
    assert _subtypes("Gunmen destroyed two cars of the villagers near the air defence battalion.") == [
        "Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "The pilgrims were prevented from reaching the shrine.",
    "The body of a smuggler was found on the road.",
    "A drone hovered over the market on Friday.",
    "A reconnaissance drone approached the front line.",
])
def test_no_weapons_event_and_no_strike(text):
    assert _subtypes(text) == []


def test_a_drone_that_only_approached_is_not_a_strike_beside_its_interception():
    text = "A drone approached the oil field and the guards shot the drone down."
    assert _subtypes(text) == ["Disrupted weapons use"]
    assert "air" not in {m.cue.kind for m in load_lexicon().find(text)}


def test_who_the_accused_are_said_to_be_tells_no_event():
    analysis, drafts = _coded("Police detained two brothers accused of being members of a cell that carried out "
                              "bombings and kidnappings in the district.")
    assert [d.kind for d in drafts] == ["arrest"]
    assert {name for name, _ in analysis.dropped} >= {"accused-of-being"}


def test_a_context_sentence_of_a_note_is_no_event():
    analysis, drafts = _coded("A tribal militia shelled the hamlet with mortars. "
                              "This took place amid clashes between the tribe and a rival clan over a well.")
    assert [d.coding.sub_event_type for d in drafts] == ["Shelling/artillery/missile attack"]


def test_entering_a_town_in_an_offensive_told_by_its_advances_is_fighting():
    drafts = _coded("The troops entered the hill town as they pressed on with their advances in the province.")[1]
    assert [d.coding.sub_event_type for d in drafts] == ["Armed clash"]


def _model_reading(word: str, label: str) -> EventClassifier:
    labels = [NONE, label]
    weights = np.zeros((2, 2))
    weights[0, 1] = 12.0
    return EventClassifier([f"w:{word}", "bias"], labels, weights, np.zeros(2))


def test_a_deed_a_crowd_wants_punished_does_not_retype_the_protest():
    text = "Dozens of residents protested in the square, demanding justice for the driver who had killed a boy."
    analysis = _analysis(text)
    lexicon = load_lexicon()
    drafts = refine(analysis, lexicon, extract_drafts(analysis, lexicon), _model_reading("justice", "Attack"))
    assert [d.coding.sub_event_type for d in drafts] == ["Peaceful protest"]


def _mention(text: str, phrase: str, name: str, inter: int):
    from marsad.types import ActorMention

    start = text.index(phrase)
    return ActorMention(start, start + len(phrase), phrase, name, inter)


@pytest.mark.parametrize("suspicion", ["accused of being members of", "suspected of belonging to",
                                       "on allegations of collaborating with"])
def test_a_group_the_detained_are_only_suspected_of_joining_is_no_side(suspicion):
    from marsad.events.roles import assign_roles

    text = f"Guards of the council detained two shepherds {suspicion} the Black Banner militia."
    council = _mention(text, "Guards of the council", "Village Council Guards", 3)
    militia = _mention(text, "Black Banner militia", "Black Banner Militia", 2)
    trigger = (text.index("detained"), text.index("detained") + len("detained"))
    roles = assign_roles(text, (0, len(text)), trigger, [council, militia])
    assert roles.actor1 is council and roles.actor2 is None
    # named as a side, not as a suspicion, the militia is the one acted upon
    plain = "Guards of the council detained two fighters of the Black Banner militia."
    sides = assign_roles(plain, (0, len(plain)), trigger, [_mention(plain, "Guards of the council", "G", 3),
                                                         _mention(plain, "Black Banner militia", "M", 2)])
    assert sides.actor2 is not None and sides.actor2.name == "M"


def test_the_event_cites_alleged_membership():
    text = "Guards of the council detained two shepherds suspected of being members of the Black Banner militia."
    analysis = _analysis(text)
    analysis.actors.extend([_mention(text, "Guards of the council", "Village Council Guards", 3),
                            _mention(text, "Black Banner militia", "Black Banner Militia", 2)])
    drafts = extract_drafts(analysis, load_lexicon())
    assert [d.kind for d in drafts] == ["arrest"] and "alleged-membership" in drafts[0].rules
    assert drafts[0].roles.actor2 is None
