"""A name spelled as a governorate's, with nothing in the text tying it to a hamlet, means the governorate or its
capital (rule governorate-namesake): a village or an abandoned hamlet that shares the name gains nothing from lying
in a governorate the report names or near its other places. The capital itself is no namesake. Hand-made
gazetteer; sentences written for the tests."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser

from .conftest import gazetteer_from_rows

ADMIN1 = [("IQ.08", "Duhok"), ("SY.03", "Quneitra")]
ROWS = [
    ("9001", "Kānī Zard", "Kani Zard", "Kani Zerd", 37.10, 43.57, "PPL", "IQ", "08", 0),
    ("9002", "Dahūk", "Dahuk", "Duhok,Dohuk", 37.10, 43.75, "PPLQ", "IQ", "08", 0),  # an abandoned hamlet
    ("9003", "Bāmarnī", "Bamarni", "Bamerne", 37.12, 43.62, "PPL", "IQ", "08", 0),
    ("99611", "Al ‘Amādīyah", "Al Amadiyah", "Amadiya,Amedi", 37.09, 43.49, "PPL", "IQ", "08", 0),  # Claw-Lock's
    ("9101", "Al Qunayţirah", "Al Qunaytirah", "Quneitra", 33.126, 35.824, "PPL", "SY", "03", 0),  # the capital
    ("9102", "Jubbātā", "Jubbata", "Jubata", 33.23, 35.77, "PPL", "SY", "03", 0),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory) -> Geoparser:
    gazetteer = gazetteer_from_rows(tmp_path_factory.mktemp("governorate-namesake"), ROWS, admin1_names=ADMIN1)
    yield Geoparser(gazetteer)
    gazetteer.close()


def test_a_governorate_name_is_not_a_hamlet_near_the_reports_villages(parser):
    text = ("DUHOK, Kurdistan Region - A Turkish drone struck a car near Kani Zard village in Duhok province's "
            "Amadiya district on Monday, where Turkey wages its Claw-Lock operation. Officials in Duhok said "
            "shepherds from Bamarni had fled.")
    found = parser.parse(text)
    for mention in (m for m in found if m.text.lower() == "duhok"):
        assert mention.place is not None and mention.place.geonameid != "9002"
        assert mention.place.feature_code == "ADM1"


def test_a_container_tying_the_name_to_a_village_still_means_the_hamlet(parser):
    found = parser.parse("Shells fell on Duhok village in the countryside of Duhok near Kani Zard.")
    assert found[0].text == "Duhok" and found[0].place.geonameid == "9002"


def test_the_governorates_capital_is_no_namesake_of_it(parser):
    text = ("Israeli forces arrested two shepherds near Jubata in the countryside of Quneitra. "
            "Later, troops staged an incursion into Quneitra.")
    found = parser.parse(text)
    town = [m for m in found if m.text == "Quneitra" and m.relation != "countryside"]
    assert town and town[-1].place.geonameid == "9101"
