"""Whole reports through the whole pipeline (model, geoparser, coder): a strike is coded where it landed, not
where it was fired from. Short reports written for these tests in the styles of SOHR, a Kurdish agency, a wire
and an Iraqi outlet; a hand-made gazetteer (approximate public coordinates), no download."""

from __future__ import annotations

import datetime

import pytest

from marsad.nlp.pipeline import Pipeline
from marsad.types import Report
from tests.conftest import gazetteer_index, geonames_line

# geonameid, name, alternate names, latitude, longitude, country, admin1 code, population
PLACES = [
    (910001, "Kansafrah", "Kansafra,Kafr Nasafra", 35.662, 36.535, "SY", "12", 5000),
    (910002, "Kafr Nabl", "Kafranbel,Kafr Nabel", 35.613, 36.561, "SY", "12", 15000),
    (910003, "Ayn Isa", "Ain Issa,Ain Eissa", 36.385, 38.859, "SY", "04", 12000),
    (910004, "Tall Abyad", "Tal Abyad,Tell Abyad", 36.697, 38.954, "SY", "04", 15000),
    (910005, "Umm al Kayf", "Um al-Kaif,Um Elkeif", 36.700, 40.350, "SY", "01", 0),
    (910006, "Tall Shanan", "Tal Shanan", 36.690, 40.330, "SY", "01", 0),
    (910007, "Tall Tamr", "Tal Tamr,Tal Tamer", 36.650, 40.371, "SY", "01", 7000),
    (910008, "Ras al Ayn", "Ras al-Ain,Serekaniye", 36.850, 40.070, "SY", "01", 30000),
    (910009, "Sinuni", "Sinune,Snune", 36.480, 41.820, "IQ", "15", 10000),
    (910010, "Bashiqa", "Bashiqah,Baashiqa", 36.450, 43.350, "IQ", "15", 20000),
]
ADMIN1 = {"SY.01": "Al-Hasakah", "SY.04": "Ar-Raqqah", "SY.12": "Idlib", "IQ.15": "Nineveh"}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory) -> Pipeline:
    lines = [geonames_line(i, name, alt, lat, lon, "PPL", admin1, population, country)
             for i, name, alt, lat, lon, country, admin1, population in PLACES]
    return Pipeline(gazetteer_path=gazetteer_index(tmp_path_factory.mktemp("locating-gazetteer"), lines, ADMIN1))


def coded(pipeline: Pipeline, title: str, body: str) -> list[tuple[str, str | None]]:
    report = Report(doc_id="t", text=f"{title}\n\n{body}", title=title, published=datetime.date(2024, 3, 12))
    return sorted((r.sub_event_type, r.location) for r in pipeline.process(report))


def test_sohr_shelling_by_artillery_stationed_elsewhere(pipeline):
    body = ("Idlib province: SOHR activists have reported that regime artillery stationed in Kafr Nabl shelled "
            "Kansafra town in Jabal Al-Zawiya with more than 20 shells, wounding a woman.")
    assert coded(pipeline, "Regime forces shell Jabal Al-Zawiya", body) == [
        ("Shelling/artillery/missile attack", "Kansafrah")]


def test_kurdish_agency_artillery_from_bases_on_a_list_of_villages(pipeline):
    body = ("The Turkish occupation army and its mercenaries bombed the villages of Um al-Kaif and Tal Shanan in "
            "Tal Tamr countryside with heavy artillery from their bases in occupied Ras al-Ain on Tuesday.")
    assert coded(pipeline, "Occupation army shells Tal Tamr countryside", body) == [
        ("Shelling/artillery/missile attack", "Tall Shanan"), ("Shelling/artillery/missile attack", "Umm al Kayf")]


def test_wire_drone_launched_from_a_town_held_by_the_other_side(pipeline):
    body = ("A drone launched from Turkish-held Tal Abyad struck a car in Ain Issa on Monday, killing two people, "
            "a war monitor said.")
    assert coded(pipeline, "Drone strike kills two in northern Syria", body) == [("Air/drone strike", "Ayn Isa")]


def test_iraqi_outlet_rockets_fired_from_the_outskirts_of_a_town(pipeline):
    body = ("A security source said on Sunday that two Katyusha rockets launched from the outskirts of Bashiqa fell "
            "in Sinune, causing no casualties.")
    assert coded(pipeline, "Rockets fall in Sinjar district", body) == [
        ("Shelling/artillery/missile attack", "Sinuni")]
