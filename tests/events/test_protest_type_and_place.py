"""Where a protest happened and what it was, as ACLED codes it: where its people gathered (a governorate's
building stands in its capital; the governments a crowd chants against and the place of the wrong it protests
are no place of it); live rounds fired into the air disperse a crowd, they do not hit it; a clash is the crowd's
only where the crowd is a side of it; a wire's dateline with its day is a dateline, and "the shooting happened in
X" places the act the dateline placed. Reports written for these tests in the styles of Kurdish, southern Iraqi,
Suwayda and Syrian outlets (never taken from a report); no language model, places from a hand-made list."""

from __future__ import annotations

import pytest

from marsad.events.lexicon import load_lexicon
from marsad.events.refine import _retype
from marsad.events.rules import rule
from marsad.places.mentions import _key, find_spans
from tests.events import handmade
from tests.events.test_iraqi_outlets import _code

PLACES = [handmade.place("Halabja", 35.18, 45.98), handmade.place("Kafr Sahl", 34.9, 36.7, "SY"),
          handmade.place("Tell Abar", 34.8, 36.6, "SY"), handmade.place("Erbil", 36.19, 44.01),
          handmade.place("Baghdad", 33.34, 44.4), handmade.place("Qalat Salih", 31.51, 47.27),
          handmade.place("Amarah", 31.84, 47.14), handmade.place("Shahba", 32.85, 36.63, "SY")]
REPORTS = handmade.Reports("Protests\n", PLACES)


@pytest.mark.parametrize("text", [
    "Hundreds gathered in front of the Sulaymaniyah governorate building on Sunday.",
    "Teachers rallied outside the Sulaymaniyah provincial council, demanding their salaries.",
    "Contract workers staged a sit-in at the Sulaymaniyah governorate headquarters.",
])
def test_a_governorate_building_stands_in_the_city(text):
    spans = find_spans(text, lambda key: key == _key("Sulaymaniyah"))
    assert [(s.text, s.relation) for s in spans] == [("Sulaymaniyah", "city")]


def test_the_governorate_itself_stays_a_province():
    spans = find_spans("Clashes in the Sulaymaniyah governorate left two dead.",
                       lambda key: key == _key("Sulaymaniyah"))
    assert [s.relation for s in spans] == ["province"]


def test_the_governments_a_crowd_chants_against_are_no_place_of_it():
    body = ("Hundreds of teachers protested in Halabja on Sunday, demanding their salaries. "
            "The protesters chanted slogans against both Erbil and Baghdad.")
    assert REPORTS.place_words(body) == ["Halabja"]


def test_a_crowd_that_names_no_government_keeps_its_place():
    assert REPORTS.place_words("The protesters chanted slogans in Halabja on Sunday.") == ["Halabja"]


def test_the_place_of_the_wrong_a_road_blocking_protests_is_not_where_it_was():
    body = ("Villagers of Tell Abar blocked the main road with burning tyres on Wednesday, demanding the release "
            "of a shepherd abducted by gunmen two days earlier near Kafr Sahl.")
    assert REPORTS.place_words(body) == ["Tell Abar"]


def test_the_place_of_an_act_not_a_demand_stays():
    body = "Gunmen abducted a shepherd near Kafr Sahl on Wednesday."
    assert REPORTS.place_words(body) == ["Kafr Sahl"]


def test_live_rounds_fired_into_the_air_disperse_a_crowd():
    body = ("Protesters gathered in front of the council in Amarah on Monday. "
            "Police fired live bullets into the air to disperse the protesters.")
    kinds = REPORTS.kinds(body)
    assert "excessive_force" not in kinds and "protest_intervention" in kinds


def test_live_rounds_fired_at_a_crowd_are_excessive_force():
    body = ("Protesters gathered in front of the council in Amarah on Monday. "
            "Police fired live bullets at the protesters, wounding four.")
    assert "excessive_force" in REPORTS.kinds(body)


def test_a_clash_told_beside_a_crowd_but_not_with_it_is_no_riot():
    body = ("Hundreds of residents demonstrated in Shahba on Friday. The demonstrators demanded the withdrawal of "
            "the forces from the villages where clashes took place last month.")
    assert "riot" not in REPORTS.kinds(body)


def test_a_wire_dateline_with_its_day_is_a_dateline():
    assert rule("dateline-place").match("AMARAH, Iraq, Aug 5 (Wire) - Police fired on a crowd.")
    assert rule("dateline-place").match("TIKRIT, Iraq, March 3 - Gunmen shot a farmer.")
    assert not rule("dateline-place").match("Police fired on a crowd on Aug 5 - witnesses said.")


def test_the_shooting_told_after_a_dateline_takes_the_place_it_happened():
    text = ("AMARAH, Iraq, Aug 5 - Police opened fire on protesters in the south on Tuesday, killing one. "
            "The shooting happened in the town of Qalat Salih, where hundreds had gathered outside the water "
            "directorate.")
    reports = handmade.Reports("Protester killed\n", [*PLACES, handmade.place("AMARAH", 31.84, 47.14)])
    _, drafts = reports.code(text)
    force = [d for d in drafts if d.kind == "excessive_force"]
    assert force and force[0].place is not None and force[0].place.text == "Qalat Salih"
    assert "place-told-after" in force[0].rules
    assert "attack" not in [d.kind for d in drafts]  # "the shooting" named again is the same force


def test_a_protest_against_raids_is_placed_where_the_crowd_gathered():
    body = ("Residents of Tell Abar staged a protest on Tuesday against raids carried out by the militia in the "
            "town of Kafr Sahl, during which three young men were taken.")
    assert REPORTS.place_words(body)[:1] == ["Tell Abar"]


def test_a_protest_told_by_its_own_words_is_not_retyped_to_the_act_it_protests():
    lexicon = load_lexicon()
    text = ("Residents of the town staged a protest on Tuesday against the raids, during which three young men "
            "were arrested.")
    draft = next(d for d in _code(text)[1] if d.kind == "protest")
    assert not _retype(lexicon, draft, "Arrests", ("protest", "arrest"), text)
    assert draft.kind == "protest"


def test_a_crowd_named_by_its_people_may_be_retyped():
    lexicon = load_lexicon()
    text = "Ten protesters were arrested after the march on Tuesday."
    drafts = [d for d in _code(text)[1] if d.kind == "protest" and d.trigger.text == "protesters"]
    assert drafts and _retype(lexicon, drafts[0], "Arrests", ("protest", "arrest"), text)


def test_the_strike_named_again_at_no_place_is_not_force_on_the_protest():
    body = ("Residents gathered in the centre of Halabja on Wednesday to condemn the strike. "
            "The ministry said it rejects the attack.")
    assert "protest_intervention" not in REPORTS.kinds(body)
