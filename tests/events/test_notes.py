"""Generated notes read as sentences: no holes, unknown sides said in words, never one side twice."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.events.extract import Analysis, Draft
from marsad.events.lexicon import load_lexicon
from marsad.events.notes import PHRASES, write_notes
from marsad.events.records import build_record
from marsad.events.roles import Roles
from marsad.types import ActorMention, Evidence, Place, Report

KINDS = sorted(load_lexicon().kinds)
ACTORS = ["Islamic State (Syria)", "Military Forces of Syria (2024-)", "Unidentified Armed Group (Syria)",
          "Civilians (Iraq)", "Protesters (Iraq)", "SDF: Syrian Democratic Forces"]
AL_BAB = Place("1", "Al-Bab", 36.37, 37.51, country_code="SY", country="Syria", admin1="Aleppo")
PLACES = [None, AL_BAB, Place("2", "Aleppo", 36.2, 37.15, country_code="SY", country="Syria", admin1="Aleppo"),
          Place("3", "Tiba", 33.0, 36.0, country_code="SY", country="Syria")]
DANGLING = re.compile(r"\b(?:on|with|of|against|at|to|by|from|in|and)\s*(?:[.,]|$)|\b(?:on|to|at|with) in\b")


def test_every_kind_has_its_phrasing():
    assert set(KINDS) <= set(PHRASES)


@settings(max_examples=400, deadline=None)
@given(kind=st.sampled_from(KINDS), actor1=st.sampled_from(ACTORS), actor2=st.sampled_from([None, *ACTORS]),
       place=st.sampled_from(PLACES), day=st.sampled_from([None, "2024-03-05"]), killed=st.integers(0, 3))
def test_notes_never_have_holes(kind, actor1, actor2, place, day, killed):
    notes = write_notes(kind, actor1, actor2, place, day, killed)
    assert "  " not in notes and not DANGLING.search(notes), notes
    assert notes[0].isupper() and notes.rstrip().endswith(".")
    if actor1.startswith("Unidentified"):
        assert "an unidentified armed group" in notes.lower(), notes
    if actor2 == actor1:  # one side named twice is told as one side
        assert notes == write_notes(kind, actor1, None, place, day, killed)


def test_unknown_attacker_is_said_in_words():
    notes = write_notes("attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", AL_BAB, None, 0)
    assert notes == "An unidentified armed group attacked civilians in Al-Bab, Aleppo."


def test_an_unknown_attacker_after_the_date_reads_mid_sentence():
    notes = write_notes("attack", "Unidentified Armed Group (Syria)", "Civilians (Syria)", AL_BAB, "2024-03-05", 0)
    assert notes.startswith("On 5 March 2024, an unidentified armed group attacked civilians in Al-Bab")


def test_strike_with_no_target_has_no_hole():
    notes = write_notes("air", "Military Forces of Turkey (2016-)", None, PLACES[3], "2024-03-05", 1)
    assert notes == ("On 5 March 2024, Military Forces of Turkey (2016-) carried out an air/drone strike in Tiba. "
                     "1 person was reported killed.")


def _mention(name: str, start: int) -> ActorMention:
    return ActorMention(start, start + 5, name[:5], name, 2, kind="group")


def test_record_never_names_one_side_twice():
    text = "Islamic State met Islamic State leaders in the desert."
    draft = Draft(kind="meeting", coding=load_lexicon().kinds["meeting"].codings[0],
                  trigger=Evidence(14, 17, "met"), sentence=(0, len(text)),
                  roles=Roles(_mention("Islamic State (Syria)", 0), _mention("Islamic State (Syria)", 18)),
                  place=None, place_fallback=None, geo_precision=3, date=None, fatalities=None, injured=None,
                  detained=None, fighters=None, vehicles=None, attribution=None, rules=["cue:meeting"])
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=[(0, len(text))], places=[], actors=[],
                        dates=[], attributions=[])
    record = build_record(analysis, draft)
    assert record.actor1 == "Islamic State (Syria)" and record.actor2 is None
    assert "actor2" not in record.field_evidence  # no evidence left for a side no longer named
    assert record.coded_by == ["cue:meeting", "distinct-sides"]
    assert record.notes == "Islamic State (Syria) held a meeting."


def _draft(kind: str, actor1, actor2, start: int) -> Draft:
    lexicon = load_lexicon()
    roles = Roles(actor1, actor2)
    return Draft(kind=kind, coding=lexicon.kinds[kind].codings[-1], trigger=Evidence(start, start + 3, "xxx"),
                 sentence=(start, start + 50), roles=roles, place=None, place_fallback=None, geo_precision=3,
                 date=None, fatalities=None, injured=None, detained=None, fighters=None, vehicles=None,
                 attribution=None, rules=[f"cue:{kind}"])


def test_the_side_a_bomb_hit_does_not_become_its_bomber_when_it_fires_back():
    from marsad.events.merging import merge_drafts

    army = ActorMention(60, 65, "army", "Military Forces of Syria (2024-)", 1, kind="group")
    unit = ActorMention(70, 80, "the brigade", "Military Forces of Syria (2024-) 5th Brigade", 1, kind="group")
    bomb, fire_back = _draft("ied", None, army, 10), _draft("attack", unit, None, 61)
    merged = merge_drafts([bomb, fire_back], load_lexicon().kinds)
    assert len(merged) == 1 and merged[0].roles.actor1 is None and merged[0].roles.actor2 is army
    assert "victim-not-attacker" in merged[0].rules


def test_fighters_named_in_a_second_telling_make_the_attack_a_clash():
    from dataclasses import replace

    from marsad.events.merging import merge_drafts

    kinds = load_lexicon().kinds
    attack, again = _draft("attack", None, None, 10), _draft("attack", None, None, 61)
    again.roles = replace(again.roles, fighter_victim=True)  # "The attack killed two soldiers."
    merged = merge_drafts([attack, again], kinds)
    assert len(merged) == 1 and merged[0].roles.fighter_victim
    assert merged[0].coding.sub_event_type == "Armed clash"
