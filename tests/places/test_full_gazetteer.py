"""With the real SY/IQ/OCHA files from ../shared/gazetteer (marked full_gazetteer)."""

from __future__ import annotations

import json

import pytest

from marsad.places.build import build
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser

from .conftest import SHARED

FILES = ["SY.txt", "IQ.txt", "admin1CodesASCII.txt", "syr_pplp_adm4_unocha_20210113.csv"]
pytestmark = [
    pytest.mark.full_gazetteer,
    pytest.mark.skipif(
        not all((SHARED / "gazetteer" / f).exists() for f in FILES),
        reason="../shared/gazetteer is not here (set MARSAD_SHARED)",
    ),
]


@pytest.fixture(scope="module")
def full_gazetteer(tmp_path_factory):
    index = tmp_path_factory.mktemp("full") / "gazetteer.sqlite"
    # How long the build takes is measured by bench/geoparse.py, never by a timed test (shared, noisy machines).
    build(index, [SHARED / "gazetteer" / f for f in FILES])
    return Gazetteer.open(index)


def test_seed_report_every_place(full_gazetteer):
    from marsad.places.importers import distance_km

    text = (SHARED / "000_f52b13d2b83b53d2.txt").read_text(encoding="utf-8")
    gold = json.loads(next((SHARED / "eval" / "seed").glob("*.json")).read_text(encoding="utf-8"))["places"]
    found = {}
    for mention in Geoparser(full_gazetteer).parse(text, context_place="Deir Ezzor"):
        found.setdefault(mention.text.lower(), []).append(mention.place)
    for place in gold:
        resolved = found.get(place["mention"].lower())
        assert resolved, place["mention"]
        for p in resolved:
            assert distance_km(p.latitude, p.longitude, place["latitude"], place["longitude"]) <= 10, place


def test_a_capital_the_dump_left_without_population_is_the_town(full_gazetteer):
    """Rule known-population: Daraa comes in the dump with population 0; with its cities500 population it is
    the city "Daraa city" names and the governorate's capital, not the hamlet beside it."""
    from marsad.places.importers import distance_km

    daraa = next(m for m in Geoparser(full_gazetteer).parse("Regime forces shelled Daraa city on Monday.")
                 if m.text == "Daraa")
    assert daraa.place is not None and daraa.place.population > 50_000
    governorate = full_gazetteer.governorate("Daraa")
    assert governorate is not None
    assert distance_km(governorate.latitude, governorate.longitude, daraa.place.latitude, daraa.place.longitude) < 1
