"""Rule `dam-or-wadi-place` (events/placing.py): a dam or a named valley is a place an event is coded at, a river
or a lake is not. Sentences written for these tests; places from a hand-made gazetteer (no model, no gazetteer
file)."""

from __future__ import annotations

import re

import pytest

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Candidate, Place, PlaceMention, Report, Resolution

# name -> (id, latitude, longitude, feature class, feature code); invented features of one governorate
GAZETTEER = {
    "Kafr Sajna Dam": ("d1", 36.40, 38.20, "H", "DAM"),
    "Wadi Ghar": ("w1", 35.85, 39.40, "H", "WAD"),
    "Nahr Sajna": ("r1", 36.10, 38.60, "H", "STM"),
    "Lake Sajna": ("l1", 36.20, 38.40, "H", "LK"),
    "Raqqa": ("g1", 35.95, 39.01, "A", "ADM1"),
}


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for name, (geonameid, lat, lon, feature_class, code) in GAZETTEER.items():
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            place = Place(geonameid, name, lat, lon, "SY", "Syria", "Ar-Raqqah", feature_class=feature_class,
                          feature_code=code)
            precision = 3 if code == "ADM1" else 2
            found.append(PlaceMention(match.start(), match.end(), name,
                                      Resolution(Candidate(place, name, "data"), 1.0), geo_precision=precision))
    return sorted(found, key=lambda m: m.start)


def places_of(body: str) -> list[str | None]:
    text = f"Reports from the countryside\n{body}"
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=[], dates=[], attributions=[], headline_end=len("Reports from the countryside") + 1)
    return [d.place.text if d.place else None for d in extract_drafts(analysis, load_lexicon())]


@pytest.mark.parametrize("feature", ["Kafr Sajna Dam", "Wadi Ghar"])
def test_a_fight_at_a_dam_or_in_a_valley_is_placed_there(feature: str) -> None:
    assert places_of(f"Rebels clashed with regime forces near {feature} in the countryside of Raqqa.") == [feature]


@pytest.mark.parametrize("water", ["Nahr Sajna", "Lake Sajna"])
def test_a_river_or_a_lake_is_no_place_of_an_event(water: str) -> None:
    assert places_of(f"Rebels clashed with regime forces near {water} in the countryside of Raqqa.") == ["Raqqa"]
