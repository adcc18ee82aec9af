"""A governorate named as a mention's container rules out a far homonym in another governorate."""

from tests.places.test_context_rules import parser, places  # noqa: F401  (the module's fixture)


def test_a_far_homonym_outside_the_named_governorate_is_left_unresolved(parser):  # noqa: F811
    found = places(parser, "Gunmen shot a man in Nawa village in Aleppo countryside.")
    assert "Nawa" not in found  # the only Nawa lies in Homs, far from Aleppo: a village the index lacks
    assert found["Aleppo"].place.feature_code == "ADM1"


def test_the_same_name_without_a_container_keeps_its_place(parser):  # noqa: F811
    assert places(parser, "Gunmen shot a man in Nawa village.")["Nawa"].place.geonameid == "2006"
