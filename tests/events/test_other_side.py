"""Who fired when the sentence does not say: the side fired from (rule fired-from), the side named after a verb of
attack is the one hit (object-of-targeting), and the report's other side for shelling and air strikes that name
no one (other-side). Reports written for these tests; hand-made places and actor mentions, no model."""

from __future__ import annotations

import re

from marsad.events.discourse import carry_report_actors
from marsad.events.drafts import VIOLENT_TYPES, Draft
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.roles import Roles, assign_roles
from marsad.types import ActorMention, Evidence, Report
from tests.events import test_segmentation

# words -> (name, inter, kind)
ACTORS = {"Northern forces": ("Military Forces of Northland", 8, "group"),
          "Northern warplanes": ("Military Forces of Northland", 8, "group"),
          "the Guards": ("Guards Front", 2, "group"), "Guards": ("Guards Front", 2, "group"),
          "the Rebels": ("Rebel Union", 2, "group"), "regime forces": ("Military Forces of Syria", 1, "group"),
          "regime": ("Military Forces of Syria", 1, "group"),
          "the factions": ("Opposition Factions", 2, "group"),
          "the army": ("Military Forces of Iraq", 1, "group"),
          "US forces": ("Military Forces of the United States", 8, "group"),
          "civilians": ("Civilians", 7, "generic")}


def _actors(text: str) -> list[ActorMention]:
    found: list[ActorMention] = []
    for words, (name, inter, kind) in sorted(ACTORS.items(), key=lambda a: -len(a[0])):
        for m in re.finditer(rf"\b{words}\b", text, re.IGNORECASE):
            if not any(f.start <= m.start() < f.end for f in found):
                found.append(ActorMention(m.start(), m.end(), words, name, inter, kind=kind,
                                          actor_id=None if kind == "generic" else name.lower()))
    return sorted(found, key=lambda m: m.start)


def _code(text: str) -> list:
    headline = text.split("\n", 1)[0]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                        places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                        headline_end=len(headline))
    return extract_drafts(analysis, load_lexicon())


def strikes(text: str) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, actor1, place) of each shelling or air strike coded."""
    return [(d.coding.sub_event_type, d.roles.actor1.name if d.roles.actor1 else None,
             d.place.text if d.place else None) for d in _code(text) if d.kind in ("shelling", "air")]


def _roles(text: str, trigger: str) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), _actors(text))
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


# --- fired-from: the side the fire came from fired ------------------------------------------------------------


def test_shells_fired_from_a_sides_positions_are_that_sides() -> None:
    text = "Shells fired from regime positions in the hills hit the town, wounding two civilians."
    assert _roles(text, "Shells")[0] == "Military Forces of Syria"
    text = "Rockets launched from areas held by the Guards fell on the village."
    assert _roles(text, "Rockets")[0] == "Guards Front"
    text = "Rockets fired from Guards-held areas fell on the village."
    assert _roles(text, "Rockets")[0] == "Guards Front"


def test_shells_fired_at_a_sides_positions_hit_that_side() -> None:
    text = "Shells fired at regime positions in the hills wounded two soldiers."
    assert _roles(text, "Shells")[0] != "Military Forces of Syria"
    text = "Rockets fell on Guards-held villages near the river."
    assert _roles(text, "Rockets")[0] != "Guards Front"


# --- object-of-targeting: the side after the verb of attack is hit -------------------------------------------


def test_the_side_after_a_verb_of_attack_is_hit_not_the_subject() -> None:
    text = "The factions targeted regime forces checkpoints with mortar rounds in the countryside."
    assert _roles(text, "mortar") == ("Opposition Factions", "Military Forces of Syria")
    text = "The Guards pounded the Rebels with rockets near the dam."
    assert _roles(text, "rockets")[0] == "Guards Front"


def test_a_side_after_another_verb_still_fires() -> None:
    text = "The factions said regime forces fired mortar shells at the town."
    assert _roles(text, "mortar")[0] == "Military Forces of Syria"


# --- other-side: the report's other side fired -----------------------------------------------------------------


def test_shelling_of_one_side_is_by_the_side_the_report_tells_fighting_it() -> None:
    text = ("Fighting near Saraqib\n"
            "Northern forces clashed with the Guards near Saraqib on Monday.\n"
            "Later, artillery shelling targeted Guards positions in Kafr Sajna, wounding two fighters.")
    assert ("Shelling/artillery/missile attack", "Military Forces of Northland", "Kafr Sajna") in strikes(text)


def test_shells_on_places_a_side_holds_are_by_the_one_side_the_lead_names() -> None:
    text = ("Escalation near Saraqib\n"
            "Northern forces keep up their pressure on the countryside of Saraqib.\n"
            "On Sunday, heavy shells fell on Guards-held villages near Kafr Sajna, causing material damage.")
    assert strikes(text) == [("Shelling/artillery/missile attack", "Military Forces of Northland", "Kafr Sajna")]


def test_no_other_side_when_the_report_names_two_or_only_the_side_hit() -> None:
    two = ("Fighting near Saraqib\n"
           "Northern forces clashed with the Guards near Saraqib on Monday.\n"
           "The Rebels also attacked the Guards near Harim.\n"
           "Later, artillery shelling targeted Guards positions in Kafr Sajna.")
    assert ("Shelling/artillery/missile attack", None, "Kafr Sajna") in strikes(two)
    alone = ("Shells on Kafr Sajna\n"
             "Artillery shelling targeted Guards positions in Kafr Sajna on Monday, wounding two fighters.")
    assert strikes(alone) == [("Shelling/artillery/missile attack", None, "Kafr Sajna")]


def test_the_source_of_the_news_is_no_side_that_fired() -> None:
    text = ("Rockets hit a base in Kirkuk\n"
            "Three rockets hit a base hosting US forces in KIRKUK on Monday, the army said.")
    assert [s[1] for s in strikes(text)] == [None]


def test_an_unclaimed_strike_and_a_militia_with_no_aircraft_stay_unnamed() -> None:
    unclaimed = ("Strikes near Saraqib\n"
                 "Northern forces clashed with the Guards near Saraqib on Monday.\n"
                 "Unidentified warplanes later struck Guards positions in Kafr Sajna.")
    assert ("Air/drone strike", None, "Kafr Sajna") in strikes(unclaimed)
    militia = ("Strikes near Saraqib\n"
               "The Rebels clashed with the Guards near Saraqib on Monday.\n"
               "Warplanes later struck Guards positions in Kafr Sajna.")
    assert ("Air/drone strike", None, "Kafr Sajna") in strikes(militia)


# --- hand-named-in-lead: the side the lead says carried out the attack ------------------------------------------


def _lead_and_body(lead: str, body: str, hand: tuple[str, str, int, str], lead_side: str | None) -> Draft:
    """A report of a headline, a lead sentence whose bombing `lead_side` carried out, and a body sentence whose
    shooting `hand` (words, name, inter, kind) did; both acts at the places their sentences name. Returns the
    shooting's draft after the report's actors are read."""
    text = f"Attacks in Jalawla\n{lead}\n{body}"
    sentences = test_segmentation._sentences(text)
    places = test_segmentation._mentions(text)
    actors = []
    if lead_side:
        at = text.index(lead_side)
        actors.append(ActorMention(at, at + len(lead_side), lead_side, "Islamic State", 2, actor_id="is"))
    at = text.index(hand[0])
    actors.append(ActorMention(at, at + len(hand[0]), hand[0], hand[1], hand[2], kind=hand[3]))
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=places, actors=actors,
                        dates=[], attributions=[], headline_end=sentences[0][1])
    kinds = load_lexicon().kinds

    def draft(sentence: tuple[int, int], trigger: str, kind: str, actor: ActorMention | None) -> Draft:
        at = text.index(trigger, sentence[0])
        place = next((p for p in places if sentence[0] <= p.start < sentence[1]), None)
        coding = next(c for c in kinds[kind].codings if c.event_type in VIOLENT_TYPES)
        return Draft(kind=kind, coding=coding, trigger=Evidence(at, at + len(trigger), trigger), sentence=sentence,
                     roles=Roles(actor, None), place=place, place_fallback=None, geo_precision=1, date=None,
                     fatalities=None, injured=None, detained=None, fighters=None, vehicles=None, attribution=None)

    bombing = draft(sentences[1], "bombing", "ied", actors[0] if lead_side else None)
    shooting = draft(sentences[2], "opened fire", "attack", actors[-1])
    carry_report_actors([bombing, shooting], analysis)
    return shooting


GUNMEN = ("gunmen", "Unidentified Armed Group (Iraq)", 3, "generic")


def test_gunmen_at_the_place_of_an_attack_the_lead_attributes_are_that_sides() -> None:
    shooting = _lead_and_body("ISIS carried out a bombing on a crowded market in Jalawla on Friday.",
                              "Minutes later gunmen opened fire on the shoppers in Jalawla.", GUNMEN, "ISIS")
    assert shooting.roles.actor1.name == "Islamic State" and "hand-named-in-lead" in shooting.rules


def test_gunmen_elsewhere_or_in_a_report_naming_no_one_stay_unidentified() -> None:
    elsewhere = _lead_and_body("ISIS carried out a bombing on a crowded market in Jalawla on Friday.",
                               "In Dibis, gunmen opened fire on a shop.", GUNMEN, "ISIS")
    assert elsewhere.roles.actor1.name == GUNMEN[1]
    nobody = _lead_and_body("A bombing hit a crowded market in Jalawla on Friday.",
                            "Minutes later gunmen opened fire on the shoppers in Jalawla.", GUNMEN, None)
    assert nobody.roles.actor1.name == GUNMEN[1]


# --- act-just-before: an agentless shelling goes on with the side of the act told just before -----------------


def test_shells_told_with_no_hand_after_a_sides_fight_are_that_sides() -> None:
    text = ("Fighting near Harim\n"
            "Northern forces clashed with the Guards near Harim on Sunday.\n"
            "Mortar shells then fell on Saraqib, wounding two civilians.")
    assert ("Shelling/artillery/missile attack", "Military Forces of Northland", "Saraqib") in strikes(text)
    assert any("act-just-before" in d.rules for d in _code(text))


def test_shells_on_the_side_just_named_are_the_other_sides() -> None:
    text = ("Fighting near Harim\n"
            "Northern forces clashed with the Guards near Harim on Sunday.\n"
            "Mortar shells then fell on Northern forces positions in Saraqib, wounding two fighters.")
    assert ("Shelling/artillery/missile attack", "Guards Front", "Saraqib") in strikes(text)


def test_no_hand_carried_across_a_sentence_unclaimed_fire_or_from_the_headline() -> None:
    gap = ("Fighting near Harim\n"
           "Northern forces clashed with the Guards near Harim on Sunday.\n"
           "The road to the town was closed for repairs.\n"
           "Mortar shells fell on Saraqib on Monday, wounding two civilians.")
    assert ("Shelling/artillery/missile attack", None, "Saraqib") in strikes(gap)
    unclaimed = ("Fighting near Harim\n"
                 "Northern forces clashed with the Guards near Harim on Sunday.\n"
                 "Mortar shells of unknown source then fell on Saraqib, wounding two civilians.")
    assert ("Shelling/artillery/missile attack", None, "Saraqib") in strikes(unclaimed)
    headline = ("Northern forces clash with the Guards near Harim\n"
                "Mortar shells fell on Saraqib on Monday, wounding two civilians.")
    assert all(not any("act-just-before" in d.rules for d in _code(t)) for t in (gap, unclaimed, headline))
