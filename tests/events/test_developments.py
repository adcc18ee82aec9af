"""Strategic developments in full reports: where a withdrawal happened, a development kept apart from the
fighting it is told beside, what a raid turned out to be, where a development told after an attack happened
and who did it, and the cues for looting and for lifted measures. Sentences written for these tests; places
and actors from hand-made lists (no model, no gazetteer file)."""

from __future__ import annotations

import re
from datetime import date

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import _told_beside
from marsad.types import ActorMention, Candidate, DateMention, Place, PlaceMention, Report, Resolution

# name -> (id, latitude, longitude, admin1); villages a few km apart
GAZETTEER = {
    "Tell Abar": ("1", 35.50, 36.60, "Hama"),
    "Kafr Sajna": ("2", 35.60, 36.70, "Hama"),
    "Jalawla": ("11", 34.27, 45.16, "Diyala"),
}
# text -> (name, inter, kind)
ACTORS = {
    "Regime forces": ("Military Forces of Syria", 1, "group"),
    "Police": ("Police Forces of Iraq", 1, "group"),
    "ISIS": ("Islamic State", 2, "group"),
    "gunmen": ("Unidentified Armed Group (Syria)", 3, "generic"),
}
HEADER = "Field report\n\n"  # a full report, not a one-paragraph brief


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for name, (geonameid, lat, lon, admin1) in GAZETTEER.items():
        place = Place(geonameid, name, lat, lon, "SY" if lon < 42 else "IQ", None, admin1,
                      feature_class="P", feature_code="PPL")
        found += [PlaceMention(m.start(), m.end(), name, Resolution(Candidate(place, name, "exact"), 1.0),
                               geo_precision=1) for m in re.finditer(rf"\b{name}\b", text)]
    return sorted(found, key=lambda m: m.start)


def _actors(text: str) -> list[ActorMention]:
    return sorted((ActorMention(m.start(), m.end(), written, name, inter, actor_id=None if kind == "generic"
                                else name.lower(), kind=kind)
                   for written, (name, inter, kind) in ACTORS.items() for m in re.finditer(rf"\b{written}\b", text)),
                  key=lambda a: a.start)


def code(body: str, header: str = HEADER) -> list:
    text = header + body
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=_actors(text), dates=[], attributions=[], headline_end=len(header.rstrip()))
    return extract_drafts(analysis, load_lexicon())


def events(body: str, header: str = HEADER) -> list[tuple[str, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None) for d in code(body, header))


# --- where a force leaves is where the development happened (rule left-place) --------------------------------

def test_a_withdrawal_from_a_village_is_placed_at_the_village() -> None:
    assert events("Regime forces withdrew from Tell Abar on Monday.") == [("Change to group/activity", "Tell Abar")]
    assert events("Regime forces retreated from the village of Kafr Sajna.") == [
        ("Change to group/activity", "Kafr Sajna")]


def test_reinforcements_sent_from_one_village_to_another_go_to_the_second() -> None:
    drafts = code("Regime forces sent reinforcements from Tell Abar to Kafr Sajna.")
    assert [(d.place.text, d.origin.text if d.origin else None) for d in drafts] == [("Kafr Sajna", "Tell Abar")]
    assert "left-place" not in drafts[0].rules


# --- a development beside fighting, told in a clause of its own, is an event of its own -----------------------

def test_reinforcements_sent_in_a_clause_with_its_own_subject_are_a_second_event() -> None:
    got = events("ISIS attacked Tell Abar, and Regime forces sent reinforcements to Tell Abar.")
    assert ("Change to group/activity", "Tell Abar") in got and len(got) == 2
    # with no subject of its own the clause goes on telling the one attack
    assert [t for t, _ in events("ISIS attacked Tell Abar, and killed two farmers in Tell Abar.")] == ["Attack"]


def test_reinforcements_sent_amid_clashes_are_a_second_event() -> None:
    got = events("Regime forces sent reinforcements to Tell Abar amid clashes with ISIS.")
    assert sorted(t for t, _ in got) == ["Armed clash", "Change to group/activity"]
    drafts = code("Regime forces sent reinforcements to Tell Abar amid clashes with ISIS.")
    assert any("development-beside" in d.rules for d in drafts)
    # a brief of one paragraph codes its acts together
    assert [t for t, _ in events("Regime forces sent reinforcements to Tell Abar amid clashes with ISIS.",
                                 header="")] == ["Armed clash"]


# --- what was done in a raid names it (rule act-told-after) -----------------------------------------------------

def test_a_raid_whose_looting_is_told_after_is_looting() -> None:
    drafts = code("Police raided Jalawla on Monday. They burned several houses and looted shops.")
    assert [d.coding.sub_event_type for d in drafts] == ["Looting/property destruction"]
    assert "act-told-after" in drafts[0].rules
    got = [d.coding.sub_event_type for d in code("Police raided Jalawla on Monday. Heavy fighting was reported.")]
    assert "Looting/property destruction" not in got


# --- a development told after an attack happened there, by the same hand (act-there, anaphor-actor) ------------

def test_houses_burned_by_the_gunmen_after_an_attack_are_burned_in_that_village_by_that_group() -> None:
    drafts = code("ISIS attacked Tell Abar on Monday, killing two farmers. The gunmen then looted the shops.")
    loot = [d for d in drafts if d.coding.sub_event_type == "Looting/property destruction"]
    assert len(drafts) == 2 and len(loot) == 1
    assert loot[0].place is not None and loot[0].place.text == "Tell Abar"
    assert loot[0].roles.actor1 is not None and loot[0].roles.actor1.name == "Islamic State"
    assert {"act-there", "anaphor-actor"} <= set(loot[0].rules)


def test_weapons_found_by_the_force_after_its_raid_were_found_at_that_place() -> None:
    """Security statements tell the search after the act with no place of its own ("A force then searched the site
    and found rockets"): the weapons were found where the act happened (act-there), not in the governorate."""
    drafts = code("Police raided Jalawla on Monday, killing two gunmen. The police then searched the site and "
                  "found two rockets and explosive belts.")
    weapons = [d for d in drafts if d.coding.sub_event_type == "Disrupted weapons use"]
    assert len(weapons) == 1 and weapons[0].place is not None and weapons[0].place.text == "Jalawla"
    assert "act-there" in weapons[0].rules


def test_gunmen_not_named_with_the_article_stay_unidentified() -> None:
    drafts = code("ISIS attacked Tell Abar on Monday. Two gunmen looted shops in Kafr Sajna.")
    loot = next(d for d in drafts if d.coding.sub_event_type == "Looting/property destruction")
    assert loot.roles.actor1.name == "Unidentified Armed Group (Syria)"
    assert loot.place.text == "Kafr Sajna"


# --- cues ------------------------------------------------------------------------------------------------------

def test_looting_told_by_its_verb_alone() -> None:
    assert events("Police looted and burned in Jalawla on Monday.") == [("Looting/property destruction", "Jalawla")]
    assert events("Gunmen robbed a shop in Jalawla.") == [("Looting/property destruction", "Jalawla")]


def test_lifted_measures_and_pulled_forces_are_changes_of_posture() -> None:
    assert events("Police removed the checkpoints in Jalawla.") == [("Change to group/activity", "Jalawla")]
    assert events("Regime forces pulled their fighters out of Tell Abar.") == [
        ("Change to group/activity", "Tell Abar")]
    # what is removed is a bomb: no change of posture
    assert "Change to group/activity" not in [t for t, _ in events("Police removed two explosive devices in Jalawla.")]
    assert events("Rescuers pulled two children from the rubble in Jalawla.") == []


def test_a_road_closed_or_a_town_besieged_is_a_change_of_posture() -> None:
    assert events("Police closed the main road in Jalawla on Monday.") == [("Change to group/activity", "Jalawla")]
    assert events("Regime forces imposed a siege on Tell Abar.") == [("Change to group/activity", "Tell Abar")]
    # a scene cordoned off after a strike is the strike's aftermath, no development of its own
    assert events("Police cordoned off the area in Jalawla after the blast.") == []
    # what is closed is no ground
    assert events("Police closed the case of the theft in Jalawla.") == []


def test_a_note_label_is_no_trigger_of_its_own() -> None:
    drafts = code("Looting: On 3 May 2024, ISIS seized 4 houses in Tell Abar.", header="")
    assert [(d.coding.sub_event_type, d.trigger.text) for d in drafts] == [("Looting/property destruction", "seized")]
    assert drafts[0].roles.actor1.name == "Islamic State"


# --- the classifier does not fold an act kept apart into the other (rule kept-apart) -----------------------------

def test_the_sentence_label_does_not_retype_the_act_kept_apart() -> None:
    drafts = code("Regime forces shelled Tell Abar, and ISIS withdrew from Tell Abar.")
    shelling = next(d for d in drafts if d.kind == "shelling")
    movement = next(d for d in drafts if d.kind == "movement")
    assert _told_beside(movement, drafts, "Shelling/artillery/missile attack")
    # and the strike never becomes the development told beside it either (rule kept-apart)
    assert _told_beside(shelling, drafts, "Change to group/activity")


# --- an act tied to the act told before happened where it did (aftermath-there) ------------------------------

def _dated(body: str) -> list:
    """The drafts of a full report whose "on Monday" and "on Tuesday" are two days of one week."""
    text = HEADER + body
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    days = [DateMention(m.start(), m.end(), m.group(0), date(2024, 11, 11 + ("Tuesday" in m.group(0))), 1)
            for m in re.finditer(r"on (?:Monday|Tuesday)", text)]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=_actors(text), dates=days, attributions=[], headline_end=len(HEADER.rstrip()))
    return extract_drafts(analysis, load_lexicon())


def test_arrests_of_men_involved_in_the_clash_are_placed_where_the_clash_was() -> None:
    drafts = _dated("Two clans clashed in Jalawla on Monday, killing three people. "
                    "Police arrested eight men involved in the clash on Tuesday.")
    arrest = next(d for d in drafts if d.coding.sub_event_type == "Arrests")
    assert arrest.place is not None and arrest.place.text == "Jalawla" and "aftermath-there" in arrest.rules


def test_arrests_not_tied_to_the_act_before_keep_their_governorate() -> None:
    drafts = _dated("Two clans clashed in Jalawla on Monday, killing three people. "
                    "Police arrested eight men on drug charges on Tuesday.")
    arrest = next(d for d in drafts if d.coding.sub_event_type == "Arrests")
    assert arrest.place is None and "aftermath-there" not in arrest.rules
