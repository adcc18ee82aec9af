"""A city, then the quarter of it where the act happened, is one act told twice (rule quarter-of-the-city); two acts
of one kind in two quarters of the city stay apart, and a small town has no quarters within a few kilometres.
Reports written for these tests; places and actors hand-made (test_segmentation, test_same_place_acts), the quarter
a gazetteer entry made here, no model, no gazetteer file."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.city_quarter import _quarter_of, quarter_of_the_city
from marsad.types import Candidate, Place, PlaceMention, Resolution
from tests.events.test_same_place_acts import report
from tests.events.test_second_act_at_place import code as drafts_of

CITY = Place("1", "Tell Abar", 35.50, 36.60, "SY", None, "Hama", feature_class="P", feature_code="PPL",
             population=400_000)
SOUQ = Place("q1", "Tell Abar - Souq", 35.51, 36.61, "SY", None, "Hama", feature_class="P", feature_code="PPLX")
MILLS = Place("q2", "Al-Tawahin", 35.52, 36.62, "SY", None, "Hama", feature_class="P", feature_code="PPLX")
FAR = Place("q3", "Al-Mazare", 35.90, 36.90, "SY", None, "Hama", feature_class="P", feature_code="PPLX")


def _at(draft, place: Place):
    """The draft placed at `place`, as the gazetteer would have resolved its mention."""
    mention = PlaceMention(draft.place.start, draft.place.end, draft.place.text,
                           Resolution(Candidate(place, place.name, "exact"), 1.0), geo_precision=1)
    draft.place = mention
    return draft


def test_a_section_named_after_the_city_or_near_a_large_city_is_a_quarter_of_it() -> None:
    assert _quarter_of(SOUQ, CITY) and _quarter_of(MILLS, CITY)
    assert not _quarter_of(FAR, CITY)  # tens of kilometres away
    assert not _quarter_of(MILLS, replace(CITY, population=5_000))  # a small town: a section near it is its own place
    assert _quarter_of(SOUQ, replace(CITY, population=5_000))  # named after it
    assert not _quarter_of(CITY, SOUQ)


def test_a_grenade_told_at_the_city_then_at_its_quarter_is_one_event_at_the_quarter() -> None:
    drafts = drafts_of(report("Gunmen threw a grenade at a shop in Tell Abar on Monday.",
                              "Witnesses said gunmen threw a grenade at a liquor shop in Kafr Sajna on Monday."))
    assert len(drafts) == 2
    city, quarter = _at(drafts[0], CITY), _at(drafts[1], SOUQ)
    joined = quarter_of_the_city([city, quarter])
    assert joined == [quarter] and "quarter-of-the-city" in quarter.rules


def test_two_grenades_in_two_quarters_stay_apart_from_the_city() -> None:
    drafts = drafts_of(report("Gunmen threw a grenade at a shop in Tell Abar on Monday.",
                              "Gunmen threw a grenade at a shop in Kafr Sajna on Monday.",
                              "Gunmen threw a grenade at a house in Ain Lora on Monday."))
    assert len(drafts) == 3
    placed = [_at(drafts[0], CITY), _at(drafts[1], SOUQ), _at(drafts[2], MILLS)]
    assert len(quarter_of_the_city(placed)) == 3
