"""A part of a town named with its noun ("X Square", "Y Street", "Z Roundabout") is found in the gazetteer under its
own name or not at all: a village whose name, loosely folded, sounds alike (a Syrian hamlet for an Iraqi square) is
never it, and pulls no namesake of the town after it into another country. Hand-made gazetteer; sentences written
for the tests."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser
from marsad.places.precision import admissible
from marsad.types import Candidate, Place

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("SY.09", "Aleppo"), ("IQ.09", "Dhi Qar")]
ROWS = [  # GeoNames rows (CC BY 4.0), alternate names shortened: an abandoned Syrian hamlet whose folded name sounds
    # like "Haboubi Square", Syrian namesakes of the city in the same governorate, and the Iraqi city
    ("170165", "Ḩabbūbah Şaghīrah", "Habbubah Saghirah", "Ḩabbūbah Şaghīr,Habbouba Sérhîre", 36.15501, 38.04967,
     "PPLQ", "SY", "09", 0),
    ("166384", "An Nāşirīyah", "An Nasiriyah", "Nassiriyé,Nāşirīyah", 36.10835, 37.47241, "PPL", "SY", "09", 0),
    ("173174", "An Nāşirīyah", "An Nasiriyah", "En Nassirié", 36.10871, 37.29564, "PPL", "SY", "09", 0),
    ("10304604", "An Nāşirīyah", "An Nasiriyah", "", 36.78613, 38.04591, "PPL", "SY", "09", 0),
    ("98854", "An Nāşirīyah", "An Nasiriyah", "Nasiriya,Nasiriyah,Nassiriya,An-Nasiriya", 31.05799, 46.25726,
     "PPL", "IQ", "09", 400249),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory) -> Geoparser:
    gazetteer = gazetteer_from_rows(tmp_path_factory.mktemp("town-parts"), ROWS, admin1_names=ADMIN1)
    yield Geoparser(gazetteer)
    gazetteer.close()


def test_a_square_is_no_village_that_sounds_alike(parser):
    found = places_in(parser, "Hundreds of teachers gathered in Haboubi Square in Nasiriyah on Monday.")
    assert "170165" not in {r.place.geonameid for r in found.values()}
    assert found["Nasiriyah"].place.geonameid == "98854"  # the Iraqi city, not the Syrian hamlet's neighbour


def _candidate(row: tuple, matched: str, method: str) -> Candidate:
    geonameid, name, _, _, lat, lon, code, country, admin1, population = row
    place = Place(geonameid, name, lat, lon, country, None, admin1, feature_class="P", feature_code=code,
                  population=population)
    return Candidate(place, matched, method)


def test_a_town_part_keeps_no_loosely_folded_village():
    hamlet = _candidate(ROWS[0], "Habbubah Saghirah", "folded")
    assert admissible([hamlet], "Haboubi Square", common=False, partial=False, facility_word=None) == []
    # a village of that very name, or a name with no town-part noun, is still read
    assert admissible([hamlet], "Habbubah Saghirah", common=False, partial=False, facility_word=None) == [hamlet]
    square = _candidate(ROWS[0], "Haboubi Square", "exact")
    assert admissible([square], "Haboubi Square", common=False, partial=False, facility_word=None) == [square]
