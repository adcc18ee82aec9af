"""GeoNames names many Iraqi sub-district seats "Nahiyat X" / "Nahiyah X"; a report writes "the X sub-district"
(rule `subdistrict-seat-name`). Hand-made gazetteer, invented names; no ../shared needed."""

from __future__ import annotations

from marsad.places.name_forms import subdistrict_seat_names, without_subdistrict_noun

from .conftest import places_in

ADMIN1 = [("IQ.18", "Salah ad-Din"), ("IQ.14", "Maysan"), ("SY.08", "Al-Hasakah")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("7001", "Nāḩiyah Ḩamdūn", "Nahiyah Hamdun", "", 34.540, 44.370, "PPL", "IQ", "18", 0),
    ("7002", "Ḩamdān", "Hamdan", "", 31.350, 47.440, "PPL", "IQ", "14", 0),  # a loose namesake far south
    ("7003", "Tikrīt", "Tikrit", "", 34.600, 43.680, "PPLA", "IQ", "18", 150000),
    ("7004", "Nāḩiyat Salmān", "Nahiyat Salman", "", 34.700, 44.100, "PPL", "IQ", "18", 0),
    ("7005", "Salmān", "Salman", "", 36.500, 41.000, "PPL", "SY", "08", 0),  # the name as written, in Syria
]


def test_the_seat_names_are_the_mention_after_each_noun():
    assert subdistrict_seat_names("Hamdun") == ["nahiyat Hamdun", "nahiyah Hamdun"]
    assert without_subdistrict_noun("Nāḩiyah Ḩamdūn") == "Ḩamdūn"
    assert without_subdistrict_noun("Tikrīt") == "Tikrīt"


def test_a_sub_district_named_so_is_its_nahiya_seat(parser):
    text = "Fighters of the PMF repelled an infiltration attempt in the Hamdun sub-district near Tikrit on Tuesday."
    assert places_in(parser, text)["Hamdun"].place.geonameid == "7001"


def test_the_bare_name_is_not_read_as_the_seat(parser):
    found = places_in(parser, "Gunmen attacked a farm near Hamdun on Tuesday, Tikrit police said.")
    assert "Hamdun" not in found or found["Hamdun"].place is None or found["Hamdun"].place.geonameid != "7001"


def test_a_place_that_bears_the_name_as_written_leaves_no_gap_to_fill(parser):
    found = places_in(parser, "Clashes broke out in the Salman sub-district on Monday.")
    assert found["Salman"].place is None or found["Salman"].place.geonameid != "7004"
