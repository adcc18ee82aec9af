"""Iraqi reports of round 22 (odd10i): the pictures a crowd carries name where the dead fell, not where it gathered
(rule demand-place); a truce still to be concluded is no agreement (rule modal-after); shots fired at people named
with the article in a protest's telling are fired at the crowd told before (rule crowd-named-again). Sentences
written for these tests (never taken from a report); no language model, no gazetteer file."""

from __future__ import annotations

from marsad.events.lexicon import load_lexicon
from marsad.events.merging import merge_drafts
from marsad.events.rules import rule
from tests.events import handmade

PLACES = [handmade.place("Kut", 32.51, 45.82), handmade.place("Badra", 33.11, 45.95)]
REPORTS = handmade.Reports("Mourners rally in the south\n", PLACES)


def test_the_pictures_a_crowd_carries_name_where_the_dead_fell():
    assert rule("demand-place").search("Hundreds rallied outside the court, carrying pictures of policemen killed at ")
    assert rule("demand-place").search("The mourners marched carrying portraits of the fighters who died in ")
    # the crowd's own place is still read where it gathered
    assert not rule("demand-place").search("Hundreds of mourners carrying flags rallied in ")
    body = ("In Kut, several hundred people rallied peacefully outside the court on Sunday, carrying pictures of "
            "policemen killed at Badra.\n")
    events = merge_drafts(REPORTS.code(body)[1], load_lexicon().kinds)
    protests = [e for e in events if e.coding.event_type == "Protests"]
    assert protests and all(e.place is not None and e.place.place.name == "Kut" for e in protests)


def test_a_truce_still_to_be_concluded_is_no_agreement():
    assert rule("modal-after").match(" between the two clans would be concluded within days")
    assert rule("modal-after").match(" with the armed group will be signed next week")
    assert not rule("modal-after").match(" between the two clans was concluded on Monday")


def test_people_named_with_the_article_are_the_crowd_told_before():
    assert rule("crowd-named-again").search("then live rounds were fired directly at the young men")
    assert rule("crowd-named-again").search("police fired at the crowd")
    assert not rule("crowd-named-again").search("police fired at two young men")
    assert not rule("crowd-named-again").search("gunmen fired at a shepherd")
