"""How sentences become event drafts and where the drafts are placed: one event per place a trigger lists,
a second kind at the same place when the guide keeps it apart, the dateline and a person's home village as
the weakest places. Sentences written for these tests; places from a hand-made gazetteer (no model, no
gazetteer file)."""

from __future__ import annotations

import re

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import ActorMention, Candidate, Place, PlaceMention, Report, Resolution

# name -> (id, latitude, longitude, admin1, feature code); villages a few km apart unless said otherwise
GAZETTEER = {
    "Tell Abar": ("1", 35.50, 36.60, "Hama", "PPL"),
    "Kafr Sajna": ("2", 35.60, 36.70, "Hama", "PPL"),
    "Ain Lora": ("3", 35.70, 36.50, "Hama", "PPL"),
    "Hama": ("4", 35.13, 36.75, "Hama", "ADM1"),
    "Harim": ("5", 36.20, 36.52, "Idlib", "PPL"),
    "Idlib": ("6", 35.93, 36.63, "Idlib", "ADM1"),
    "KIRKUK": ("7", 35.47, 44.39, "Kirkuk", "PPLA"),
    "Kurdistan Region": ("8", 36.19, 44.01, "Erbil", "REGION"),
    "Dibis": ("9", 35.65, 44.07, "Kirkuk", "PPLA2"),
    "Qara Tepe": ("10", 34.42, 44.93, "Diyala", "PPL"),
    "Jalawla": ("11", 34.27, 45.16, "Diyala", "PPL"),
    "Diyala": ("12", 33.75, 44.60, "Diyala", "ADM1"),
    "Saraqib": ("13", 35.86, 36.80, "Idlib", "PPL"),
    # towns that bear their governorate's name, and a town in each
    "Latakia": ("14", 35.52, 35.79, "Latakia", "PPL"),
    "Jableh": ("15", 35.36, 35.93, "Latakia", "PPL"),
    "Tartus": ("16", 34.89, 35.89, "Tartus", "PPL"),
    "Baniyas": ("17", 35.18, 35.94, "Tartus", "PPL"),
    "Kirkuk": ("18", 35.47, 44.39, "Kirkuk", "ADM1"),
    "DIBIS": ("9", 35.65, 44.07, "Kirkuk", "PPLA2"),  # Dibis, as a dateline spells it
}
REGIONS = {"ADM1"}


def _place(name: str) -> Place:
    geonameid, lat, lon, admin1, code = GAZETTEER[name]
    return Place(geonameid, name, lat, lon, "SY" if lon < 42 else "IQ",
                 None, admin1, feature_class="A" if code in REGIONS else "P", feature_code=code)


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for name in sorted(GAZETTEER, key=len, reverse=True):
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(m.start <= match.start() < m.end for m in found):
                continue
            place = _place(name)
            province = GAZETTEER[name][4] in REGIONS
            found.append(PlaceMention(match.start(), match.end(), name,
                                      Resolution(Candidate(place, name, "exact"), 1.0),
                                      geo_precision=3 if province else 1))
    return sorted(found, key=lambda m: m.start)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]


ACTORS = {"Regime forces": ("Military Forces of Syria", 1), "Police": ("Police Forces of Iraq", 1),
          "regime": ("Military Forces of Syria", 1)}


def _actors(text: str) -> list[ActorMention]:
    return [ActorMention(m.start(), m.end(), name, ACTORS[name][0], ACTORS[name][1], actor_id=name.lower())
            for name in ACTORS for m in re.finditer(rf"\b{name}\b", text)]


def code(text: str, region: str | None = None) -> list:
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=_sentences(text), places=_mentions(text),
                        actors=_actors(text), dates=[], attributions=[], region=_place(region) if region else None)
    return extract_drafts(analysis, load_lexicon())


def events(text: str, region: str | None = None) -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in code(text, region))


def places(text: str) -> list[str | None]:
    return [d.place.text if d.place else None for d in code(text)]


# --- 1. places coordinated under one trigger: one event per place -------------------------------------------

def test_fighting_in_two_villages_is_two_events() -> None:
    assert events("Heavy fighting broke out in Tell Abar and Kafr Sajna on Monday.") == [
        ("Armed clash", "Kafr Sajna"), ("Armed clash", "Tell Abar")]
    # a containment is no list
    assert events("Clashes erupted in Harim, Idlib province, at dawn.") == [("Armed clash", "Harim")]
    assert events("Clashes erupted in the village of Tell Abar in the countryside of Hama.") == [
        ("Armed clash", "Tell Abar")]


def test_reinforcements_to_a_list_of_villages_are_one_movement_per_village() -> None:
    got = events("Fresh reinforcements were deployed in the villages of Tell Abar, Kafr Sajna and Ain Lora.")
    assert got == [("Change to group/activity", "Ain Lora"), ("Change to group/activity", "Kafr Sajna"),
                   ("Change to group/activity", "Tell Abar")]


def test_strikes_on_one_village_and_another_on_a_second() -> None:
    got = events("Warplanes carried out three strikes on Tell Abar and another one on the village of Kafr Sajna.")
    assert got == [("Air/drone strike", "Kafr Sajna"), ("Air/drone strike", "Tell Abar")]



def test_places_listed_as_one_area_make_one_event_near_the_first() -> None:
    drafts = code("Warplanes struck the areas of Tell Abar, Kafr Sajna and Ain Lora on Monday.")
    assert [(d.place.text, d.geo_precision) for d in drafts] == [("Tell Abar", 2)]
    drafts = code("Fresh reinforcements were deployed in Tell Abar and Kafr Sajna areas.")
    assert [(d.place.text, d.geo_precision) for d in drafts] == [("Tell Abar", 2)]


# --- 3. the dateline and a person's home are the weakest places -------------------------------------------------

def test_the_dateline_is_no_event_place_when_the_sentence_names_another() -> None:
    text = "KIRKUK, Kurdistan Region – Police arrested two smugglers in Dibis on Sunday."
    assert places(text) == ["Dibis"]
    # a region named in the sentence beats the dateline too
    text = "KIRKUK, Kurdistan Region – A drone struck a car in Diyala province on Sunday."
    assert [(d.place.text, d.geo_precision) for d in code(text)] == [("Diyala", 3)]
    # with no other place the dateline stays
    assert places("KIRKUK, Kurdistan Region – Police arrested two smugglers on Sunday.") == ["KIRKUK"]
    # the governorate the dateline's town lies in is no better place: the town stays (a point within it)
    text = "KIRKUK, Kurdistan Region – Police arrested two smugglers in Kirkuk province on Sunday."
    assert [(d.place.text, d.geo_precision) for d in code(text)] == [("KIRKUK", 1)]
    assert "dateline-place" not in code(text)[0].rules


def test_of_the_two_ends_of_a_stretch_the_datelines_is_the_place() -> None:
    text = "DIBIS, Kurdistan Region – Police arrested two smugglers on the road between Qara Tepe and Dibis."
    assert places(text) == ["Dibis"]
    assert "dateline-end" in code(text)[0].rules
    # a dateline that names neither end leaves the first
    text = "KIRKUK, Kurdistan Region – Police arrested two smugglers on the road between Qara Tepe and Dibis."
    assert places(text) == ["Qara Tepe"]



def test_a_persons_home_is_weaker_than_the_events_own_place() -> None:
    text = "In Qara Tepe, gunmen attacked a checkpoint at dawn, said Omar Khalil, a resident of Jalawla village."
    assert places(text) == ["Qara Tepe"]
    # the residents a trigger acts on live where it happened; "men from X" are placed there
    assert places("Gunmen attacked residents of Jalawla village at dawn.") == ["Jalawla"]
    text = "Police arrested two men from Jalawla at a checkpoint, accusing them of contacts with a cell in Qara Tepe."
    assert places(text) == ["Jalawla"]


# --- 2. two kinds at one place: absorb only what is the same act ----------------------------------------------

def test_air_raids_are_the_strikes_not_a_security_raid() -> None:
    assert events("Warplanes carried out two raids on Tell Abar at dawn.") == [("Air/drone strike", "Tell Abar")]



# --- movements: every place of a "from" list is an origin -----------------------------------------------------

def test_a_movement_is_placed_where_it_went_not_at_each_origin() -> None:
    text = "The army sent reinforcements from Harim, Saraqib and Idlib to Tell Abar and Kafr Sajna."
    assert places(text) == ["Tell Abar", "Kafr Sajna"]


def test_the_ends_of_a_road_are_one_place() -> None:
    drafts = code("A drone struck a car on the road linking Tell Abar and Kafr Sajna on Monday.")
    assert [(d.place.text, d.geo_precision) for d in drafts] == [("Tell Abar", 2)]



# --- 4. merging: a summary at a governorate and its detail with the actor unnamed are one event -----------------

def test_a_governorate_summary_joins_its_detail_told_with_no_actor() -> None:
    text = ("Regime forces shelled rebel positions in Hama on Monday.\n"
            "In detail, shells fell on Tell Abar in the Hama countryside.")
    drafts = code(text)
    assert [(d.place.text, d.roles.actor1 is not None) for d in drafts] == [("Tell Abar", True)]


def test_governorates_listed_in_a_summary_join_the_details_told_after() -> None:
    text = ("Regime forces launched drone strikes on rebel positions in Latakia and Tartus on Monday.\n"
            "In Latakia, a drone struck Jableh.\n"
            "In Tartus, a drone struck Baniyas.")
    assert places(text) == ["Jableh", "Baniyas"]



def test_a_bracketed_other_name_does_not_end_a_list() -> None:
    text = "Warplanes carried out airstrikes in Tell Abar (Ain Lora) and Kafr Sajna on Tuesday evening."
    assert sorted(places(text)) == ["Kafr Sajna", "Tell Abar"]
