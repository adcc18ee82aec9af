"""Two weak places (locating.py): the town a road leads to (rule road-toward) and the place a protest's demand or
cause names (rule demand-place) yield to another place of the sentence as precise; alone, each still places the
event. Sentences written for these tests; coded with no language model and no gazetteer file (places from a
hand-made list)."""

from __future__ import annotations

import pytest

from tests.events import handmade

PLACES = [handmade.place("Kalar", 34.63, 45.32), handmade.place("Jalawla", 34.27, 45.17),
          handmade.place("Sulaimani", 35.56, 45.41), handmade.place("Tikrit", 34.60, 43.68),
          handmade.place("Alam", 34.68, 43.75), handmade.place("Kut", 32.51, 45.82)]
REPORTS = handmade.Reports("", PLACES)


@pytest.mark.parametrize(("body", "place"), [
    ("Residents in Kalar protested on Tuesday against power cuts, blocking the main road to Sulaimani.", "Kalar"),
    ("Dozens of residents blocked the main road leading to Sulaimani in Kalar on Tuesday.", "Kalar"),
    ("A roadside bomb went off on the highway leading to Tikrit near Alam, wounding two soldiers.", "Alam"),
])
def test_the_town_a_road_leads_to_yields_to_a_place_on_it(body, place):
    assert REPORTS.place_words(body) == [place]


def test_the_town_a_road_leads_to_places_a_blast_when_it_is_the_only_place():
    assert REPORTS.place_words(
        "A roadside bomb went off on the highway leading to Tikrit, wounding two soldiers.") == ["Tikrit"]


@pytest.mark.parametrize("body", [
    "Displaced families in Kalar protested, calling for their return to Jalawla.",
    "Hundreds of people in Kalar demonstrated on Sunday in solidarity with Jalawla.",
    "Students in Kalar staged a protest condemning the shelling of Jalawla.",
])
def test_the_place_a_protest_asks_for_or_mourns_is_not_where_it_gathered(body):
    assert REPORTS.place_words(body) == ["Kalar"]


def test_a_demand_does_not_weaken_the_place_of_a_strike():
    # not a crowd: "in solidarity with" a place says nothing here, and the strike's own place stands
    assert REPORTS.place_words("Warplanes struck Jalawla on Sunday, days after Kalar was hit.") == ["Jalawla"]


def test_a_protest_whose_only_place_is_its_demand_is_placed_there():
    assert REPORTS.place_words(
        "Hundreds of relatives protested on Monday, demanding the release of men held in Kut.") == ["Kut"]


# --- a place that only locates a weak place is as weak (rule locator-of-weak) ------------------------------------

LOCATED = handmade.Reports("", [handmade.place("Shura", 35.99, 43.22), handmade.place("Mosul", 36.34, 43.15),
                                handmade.place("Bashiqa", 36.45, 43.35)])


def test_the_town_that_locates_a_launch_site_is_not_where_the_rockets_landed():
    _, drafts = LOCATED.code("Rockets fired from the Shura area south of Mosul hit a base in Bashiqa on Monday.")
    assert [d.place.text for d in drafts if d.place is not None] == ["Bashiqa"]
    assert "locator-of-weak" in drafts[0].rules


def test_a_town_named_on_its_own_after_a_launch_site_still_stands():
    # "and Mosul": listed beside the launch site, not locating it
    _, drafts = LOCATED.code("Rockets fired from Shura hit Mosul and Bashiqa on Monday.")
    assert "locator-of-weak" not in [r for d in drafts for r in d.rules]
    assert "Mosul" in [d.place.text for d in drafts if d.place is not None]
