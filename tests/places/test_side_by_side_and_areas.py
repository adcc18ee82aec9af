"""Two governorates' names side by side hold nothing ("a deal between Baghdad, Erbil and the companies" does not put
Baghdad in Erbil), and "the X area" is GeoNames' cluster of villages (PPLS) of that name before a hamlet that only
folds alike. Hand-made gazetteer (GeoNames rows, CC BY 4.0, alternate names shortened); sentences written for the
tests."""

from __future__ import annotations

import pytest

from marsad.places.geoparser import Geoparser
from marsad.places.mentions import Span
from marsad.places.scoring import _feature_bonus
from marsad.types import Place

from .conftest import gazetteer_from_rows, places_in

ADMIN1 = [("IQ.07", "Baghdad"), ("IQ.11", "Erbil"), ("IQ.08", "Duhok"), ("SY.10", "Hama"), ("SY.11", "Homs")]
ROWS = [
    ("98182", "Baghdad", "Baghdad", "Bagdad,بغداد", 33.38738, 44.33298, "PPLC", "IQ", "07", 7216000),
    ("95446", "Erbil", "Erbil", "Arbil,Hewler,أربيل", 36.19257, 44.01062, "PPLA", "IQ", "11", 932800),
    ("97560", "Būgad", "Bugad", "Būkad,بوكد", 35.90442, 44.86220, "PPL", "IQ", "11", 0),  # folds as "Baghdad" does
    ("98463", "Duhok", "Duhok", "Dahuk,Dohuk", 36.86709, 42.94885, "PPLA", "IQ", "08", 340000),
    # "Houla" is a cluster of villages (PPLS) in the Homs countryside (GeoNames gives it Hama's admin-1 code);
    # Al Khullā is a hamlet of Hama that the fold writes alike
    ("11287703", "Houla", "Houla", "al-Houlah,Hula", 34.89368, 36.50027, "PPLS", "SY", "10", 0),
    ("173644", "Al Khullā", "Al Khulla", "Khoulla,Al Khullah", 35.17901, 36.89600, "PPL", "SY", "10", 0),
    ("163596", "Talldaww", "Talldaww", "Taldou,Tall Daww", 34.87632, 36.52400, "PPLA3", "SY", "11", 0),
    ("163640", "Ḩimş", "Hims", "Homs,حمص", 34.72682, 36.72339, "PPLA", "SY", "11", 775404),
    ("170063", "Ḩamāh", "Hamah", "Hama,حماة", 35.13179, 36.75783, "PPLA", "SY", "10", 696863),
]


@pytest.fixture(scope="module")
def parser(tmp_path_factory) -> Geoparser:
    gazetteer = gazetteer_from_rows(tmp_path_factory.mktemp("side-by-side"), ROWS, admin1_names=ADMIN1)
    yield Geoparser(gazetteer)
    gazetteer.close()


def _score_of(parser, text: str, mention: str, geonameid: str) -> float:
    found = places_in(parser, text)[mention]
    return next(c.score for c in found.resolution.candidates if c.place.geonameid == geonameid)


def test_a_governorate_beside_another_is_no_container_of_it(parser):
    opening = "Drones struck an oil field in Erbil on Tuesday. Exports resumed last year under a deal between "
    listed = opening + "Baghdad, Erbil and foreign oil companies."
    found = places_in(parser, listed)
    assert found["Baghdad"].place.geonameid == "98182"  # the capital, not the hamlet of Erbil that folds alike
    # the comma makes Erbil no container of Baghdad: the capital loses nothing, the hamlet gains nothing, as when
    # "and" joins the two
    joined = opening + "Baghdad and Erbil."
    assert _score_of(parser, listed, "Baghdad", "98182") == _score_of(parser, joined, "Baghdad", "98182")
    assert _score_of(parser, listed, "Baghdad", "97560") == _score_of(parser, joined, "Baghdad", "97560")


def test_a_closing_governorate_still_holds_its_town(parser):
    found = places_in(parser, "A drone struck a car near Bugad, Erbil, on Tuesday.")
    assert found["Bugad"].place.geonameid == "97560"


def test_the_x_area_is_the_cluster_of_villages(parser):
    found = places_in(parser, "Security forces raided homes in the Al-Houla area in the Homs countryside and "
                              "arrested two men, while Hama saw no raids.")
    assert found["Al-Houla"].place.geonameid == "11287703"
    cluster = Place("11287703", "Houla", 34.89, 36.5, "SY", "Syria", "Hama", feature_class="P", feature_code="PPLS")
    hamlet = Place("173644", "Al Khullā", 35.18, 36.9, "SY", "Syria", "Hama", feature_class="P", feature_code="PPL")
    area = Span(0, 8, "Al-Houla", "area", None, False, "area")
    bare = Span(0, 8, "Al-Houla", "in", None, False, None)
    # rule area-of-villages: "the X area" favours the cluster over a hamlet; a bare name weighs them alike
    assert _feature_bonus(area, cluster) > _feature_bonus(area, hamlet)
    assert _feature_bonus(bare, cluster) == _feature_bonus(bare, hamlet)
