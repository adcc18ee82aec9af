"""A governorate named as a mention's container rules out a far homonym in another governorate: the
mention falls back to the governorate."""

from tests.places.test_context_rules import OCHA_ROWS, ROWS, places  # noqa: F401  (its rows make this module's gazetteer)


def test_a_far_homonym_outside_the_named_governorate_falls_back_to_the_governorate(parser):
    found = places(parser, "Gunmen shot a man in Nawa village in Aleppo countryside.")
    # the only Nawa lies in Homs, far from Aleppo: a village the index lacks, placed at its governorate
    assert found["Nawa"].place.geonameid == found["Aleppo"].place.geonameid
    assert found["Nawa"].place.feature_code == "ADM1" and found["Nawa"].geo_precision == 3


def test_the_same_name_without_a_container_keeps_its_place(parser):
    assert places(parser, "Gunmen shot a man in Nawa village.")["Nawa"].place.geonameid == "2006"
