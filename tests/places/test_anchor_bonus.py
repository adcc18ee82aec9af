"""The anchor bonus skips far anchors' distances without changing any bonus."""

import random

from marsad.places.importers import distance_km
from marsad.places.scoring import _anchor_bonus
from marsad.types import Place


def _place(geonameid: str, latitude: float, longitude: float) -> Place:
    return Place(geonameid=geonameid, name=geonameid, latitude=latitude, longitude=longitude, country_code="SY")


def _bonus_from_every_distance(place: Place, anchors: list[Place]) -> float:
    others = [a for a in anchors if a.geonameid != place.geonameid]
    if not others:
        return 0.0
    nearest = min(distance_km(place.latitude, place.longitude, a.latitude, a.longitude) for a in others)
    return 0.7 if nearest <= 25 else 0.4 if nearest <= 60 else 0.15 if nearest <= 120 else 0.0


def test_same_bonus_as_measuring_every_anchor():
    rng = random.Random(7)
    for trial in range(2000):
        place = _place("p", rng.uniform(32.0, 37.5), rng.uniform(35.5, 42.5))
        # anchors around the thresholds: 1.08 degrees of latitude is ~120 km
        anchors = [_place(f"a{i}", place.latitude + rng.uniform(-1.3, 1.3), place.longitude + rng.uniform(-1.5, 1.5))
                   for i in range(rng.randint(0, 4))]
        assert _anchor_bonus(place, anchors) == _bonus_from_every_distance(place, anchors), trial


def test_an_anchor_just_inside_120_km_due_north_still_counts():
    place = _place("p", 35.0, 38.0)
    north = _place("a", 35.0 + 119.5 / 111.195, 38.0)
    assert _anchor_bonus(place, [north]) == 0.15
    assert _anchor_bonus(place, [_place("b", 35.0 + 121.5 / 111.195, 38.0)]) == 0.0
