"""Where a strike or a fight happened, not where it came from (events/locating.py, rules launch-origin,
from-positions, stationed-at, agent-stationed-at, road-name, list-before-trigger, headline-place,
care-destination, people-from): ACLED
locates remote violence where the munitions land and a battle where it is fought. Sentences written for these
tests; places from a hand-made gazetteer (no model, no gazetteer file)."""

from __future__ import annotations

import re

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Candidate, Place, PlaceMention, Report, Resolution

# name -> (id, latitude, longitude, admin1, country); a Syrian village, the base it is shelled from 40 km away,
# the towns of a road's name, an Iraqi town and the Turkish base that launches drones at it
GAZETTEER = {
    "Tell Abar": ("1", 36.50, 38.20, "Ar-Raqqah", "SY"),
    "Kafr Sajna": ("2", 36.80, 38.50, "Aleppo", "SY"),
    "Ain Lora": ("3", 36.52, 38.25, "Ar-Raqqah", "SY"),
    "Sabkha": ("4", 35.95, 39.20, "Ar-Raqqah", "SY"),
    "Maadan": ("5", 35.70, 39.60, "Ar-Raqqah", "SY"),
    "Wadi Ghar": ("6", 35.85, 39.40, "Ar-Raqqah", "SY"),
    "Sinune": ("7", 36.48, 41.82, "Nineveh", "IQ"),
    "Bamarne": ("8", 37.12, 43.27, "Duhok", "IQ"),
    "BEIRUT": ("9", 33.89, 35.50, "Beirut", "LB"),
    "Raqqa": ("10", 35.95, 39.01, "Ar-Raqqah", "SY"),  # the governorate
    "Gaza": ("11", 31.50, 34.47, "Gaza", "PS"),
}
REGIONS = {"Raqqa"}


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for name, (geonameid, lat, lon, admin1, country) in GAZETTEER.items():
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            region = name in REGIONS
            place = Place(geonameid, name, lat, lon, country, None, admin1, feature_class="A" if region else "P",
                          feature_code="ADM1" if region else "PPL")
            resolution = Resolution(Candidate(place, name, "exact"), 1.0)
            found.append(PlaceMention(match.start(), match.end(), name, resolution, geo_precision=3 if region else 1))
    return sorted(found, key=lambda m: m.start)


def _code(text: str, headline: str = "Reports from the countryside") -> list:
    """The drafts of a full report: a headline, then `text` as its body."""
    text = f"{headline}\n{text}"
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=[], dates=[], attributions=[], headline_end=len(headline) + 1)
    return extract_drafts(analysis, load_lexicon())


def events(text: str, headline: str = "Reports from the countryside") -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in _code(text, headline))


def rules_of(text: str) -> set[str]:
    return {name for d in _code(text) for name in d.rules}


# --- a launch site is not the target ------------------------------------------------------------------------

def test_a_strike_is_placed_where_it_landed_not_where_it_was_launched() -> None:
    assert events("A drone launched from Kafr Sajna struck a car in Tell Abar.") == [("Air/drone strike", "Tell Abar")]
    assert events("Missiles fired by the militias from positions in Kafr Sajna hit Tell Abar on Monday.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]
    assert events("A Turkish drone took off from the Turkish base in Bamarne and struck a car in Sinune.") == [
        ("Air/drone strike", "Sinune")]
    assert events("Two rockets launched from near Kafr Sajna fell in Tell Abar.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_a_weapon_told_after_its_target_comes_from_the_place_after_it() -> None:
    # "targeted B with missiles from A": the weapon's trigger is told after B, and A is where it came from
    assert events("Turkish forces targeted Tell Abar with missiles from Kafr Sajna on Friday.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_fire_from_the_shooters_positions_lands_elsewhere() -> None:
    assert events("Regime forces shelled Tell Abar from their positions in Kafr Sajna.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]
    assert "from-positions" in rules_of("Regime forces shelled Tell Abar from their positions in Kafr Sajna.")
    # the shooters' positions named as the target stay the place
    assert events("Regime forces shelled their positions in Kafr Sajna.") == [
        ("Shelling/artillery/missile attack", "Kafr Sajna")]


def test_where_the_subject_is_stationed_is_not_where_its_fire_lands() -> None:
    assert events("Turkish troops stationed in Kafr Sajna shelled Tell Abar on Monday.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]
    # one strike, not a second one at the firing position the weapon noun is told with
    assert events("Regime artillery positions in Kafr Sajna shelled Tell Abar.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]
    assert events("Turkish artillery deployed in Kafr Sajna shelled the village of Tell Abar.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_forces_stationed_somewhere_and_hit_there_are_the_target() -> None:
    # told after the verb, the forces stationed in a place are what was hit: the place stays
    assert events("A drone struck Turkish troops stationed in Kafr Sajna.") == [("Air/drone strike", "Kafr Sajna")]


def test_the_agent_of_a_passive_strike_is_stationed_elsewhere() -> None:
    assert events("Tell Abar came under heavy shelling by Turkish troops stationed in Kafr Sajna.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_a_movement_deployed_in_a_place_is_there() -> None:
    # stationing words are a movement's own place: the rule stationed-at is for strikes and fights
    assert events("Fresh reinforcements were deployed in Tell Abar on Monday.") == [
        ("Change to group/activity", "Tell Abar")]


def test_reinforcements_from_a_unit_in_a_town_went_elsewhere() -> None:
    assert events("Army reinforcements from the 5th Division in Kafr Sajna reached Tell Abar.") == [
        ("Change to group/activity", "Tell Abar")]


# --- where the wounded were taken ----------------------------------------------------------------------------

def test_the_hospital_the_wounded_were_taken_to_is_not_where_the_blast_was() -> None:
    # the place told first, the hospital town after the trigger: the blast stays at the first (care-destination)
    text = "In Tell Abar, a roadside bomb wounded two soldiers, who were taken to a hospital in Kafr Sajna."
    assert events(text) == [("Remote explosive/landmine/IED", "Tell Abar")]
    assert "care-destination" in rules_of(text)
    assert events("Near Tell Abar a landmine exploded under a car and the wounded were rushed to the military "
                  "hospital of Kafr Sajna.") == [("Remote explosive/landmine/IED", "Tell Abar")]


def test_the_hospital_town_yields_even_to_a_region() -> None:
    # "in the countryside of Raqqa" says less, but the hospital town says nothing of where the mine went off
    assert events("A landmine exploded in the countryside of Raqqa, wounding two shepherds who were rushed to a "
                  "hospital in Tell Abar.") == [("Remote explosive/landmine/IED", "Raqqa")]


def test_a_hospital_that_was_hit_or_the_only_place_stays_the_place() -> None:
    assert events("A drone struck a hospital in Tell Abar on Monday.") == [("Air/drone strike", "Tell Abar")]
    # with no other place in the sentence the hospital town is the nearest the report says
    assert events("A roadside bomb wounded two soldiers, who were taken to a hospital in Tell Abar.") == [
        ("Remote explosive/landmine/IED", "Tell Abar")]


def test_a_named_hospital_or_a_death_in_hospital_is_no_place_of_the_act_told_before() -> None:
    # a clash told at Tell Abar; the next sentence names only the hospital town: no second clash there
    text = ("Two clans clashed with rifles in Tell Abar on Sunday. The quarrel turned into an exchange of fire, and "
            "the wounded were taken to Al-Nour Teaching Hospital in Sabkha.")
    assert ("Armed clash", "Sabkha") not in events(text)
    assert ("Armed clash", "Tell Abar") in events(text)
    assert "care-destination" in rules_of(text)
    text = ("Gunmen clashed with a patrol in Tell Abar on Sunday. Two men were killed and one of the wounded died "
            "in the Saad General Hospital in Sabkha the next day.")
    assert all(place != "Sabkha" for _, place in events(text))


def test_the_place_of_the_wrong_an_act_answers_is_not_its_place() -> None:
    text = "A drone struck a base near Sinune in retaliation for the war in Gaza."
    assert events(text) == [("Air/drone strike", "Sinune")]
    # named alone, the grievance's place is dropped all the same: the act falls back to the report's region
    text = "Drones struck a base in Bamarne. The group launched rockets in retaliation for the shelling of Gaza."
    assert all(place != "Gaza" for _, place in events(text))
    assert "grievance-place" in rules_of(text)
    # the reason clause ends at its comma: the act told after it is at the place named after it
    assert events("In response to the attack, artillery shelled Tell Abar on Monday.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_where_the_people_hit_came_from_is_not_where_they_were_hit() -> None:
    text = "A landmine exploded on Sunday, killing a young man from Kafr Sajna in the fields near Tell Abar."
    assert events(text) == [("Remote explosive/landmine/IED", "Tell Abar")]
    assert "people-from" in rules_of(text)
    assert events("A drone hit a minibus carrying workers from Sinune near Bamarne.") == [
        ("Air/drone strike", "Bamarne")]
    # alone in its sentence, where they came from is the nearest the report says
    assert events("A landmine killed two shepherds from Kafr Sajna on Sunday.") == [
        ("Remote explosive/landmine/IED", "Kafr Sajna")]


# --- roads, lists ------------------------------------------------------------------------------------------

def test_the_towns_a_road_is_named_after_yield_to_the_place_on_it() -> None:
    assert events("A roadside bomb exploded on the Sabkha-Maadan road near Wadi Ghar, killing two.") == [
        ("Remote explosive/landmine/IED", "Wadi Ghar")]


def test_a_trigger_told_after_its_places_names_them_all() -> None:
    assert events("Regime forces bombed the villages of Tell Abar and Ain Lora with heavy artillery.") == [
        ("Shelling/artillery/missile attack", "Ain Lora"), ("Shelling/artillery/missile attack", "Tell Abar")]


# --- the headline's place -----------------------------------------------------------------------------------

def test_an_event_with_no_place_of_its_own_takes_its_headlines() -> None:
    drafts = _code("A Turkish drone struck a motorcycle on Tuesday, killing two men.",
                   headline="Turkish drone kills two in Sinune")
    assert [(d.place.text if d.place else None, "headline-place" in d.rules) for d in drafts] == [("Sinune", True)]


def test_a_dateline_abroad_is_never_the_events_place() -> None:
    assert events("BEIRUT (Reuters) - Regime forces shelled rebel-held areas on Sunday, a war monitor said.") == [
        ("Shelling/artillery/missile attack", None)]
    assert events("BEIRUT (Reuters) - Regime forces shelled Tell Abar on Sunday.") == [
        ("Shelling/artillery/missile attack", "Tell Abar")]


def test_a_battle_on_a_villages_axis_is_at_the_village() -> None:
    # "the X axis" is the front at X, not a part of the town the sentence names next
    assert events("Violent clashes broke out between regime forces and rebels on the Tell Abar axis, amid shelling "
                  "on Kafr Sajna.") == [("Armed clash", "Tell Abar")]


def test_a_sentence_that_says_where_a_regional_event_happened_places_it() -> None:
    text = ("Turkish drones struck positions in the countryside of Raqqa on Monday. One of the strikes hit a car near "
            "Tell Abar, wounding two people.")
    assert events(text) == [("Air/drone strike", "Tell Abar")]
    # a sentence that tells nothing of the event's place leaves it in its region
    assert events("Turkish drones struck positions in the countryside of Raqqa. Tell Abar lies on the road.") == [
        ("Air/drone strike", "Raqqa")]


def test_an_arrest_of_a_man_from_a_town_keeps_the_town() -> None:
    # the rule people-from is for strikes and fights: an arrest told with a place of something else stays at the
    # home of the man arrested
    assert ("Arrests", "Kafr Sajna") in events(
        "Police arrested a civilian from Kafr Sajna and confiscated his car in Tell Abar.")
