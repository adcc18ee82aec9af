"""Containers a report ties a name to ("Hasaka province's X village", "X area within Y governorate"), Kurdish
c = j, the two ends of a road ("the Kirkuk-Hewler road"), and a city's quarter the gazetteer lacks, placed at
the town named around it. Hand-made gazetteer; sentences written for the tests."""

from __future__ import annotations

from .conftest import places_in

ADMIN1 = [("SY.01", "Al-Hasakah"), ("SY.09", "Aleppo"), ("IQ.05", "Sulaymaniyah"), ("IQ.08", "Duhok"),
          ("IQ.11", "Erbil"), ("IQ.13", "Kirkuk"), ("IQ.18", "Salah ad-Din")]
ROWS = [
    ("5001", "Qayrawān", "Qayrawan", "", 36.60, 41.40, "PPL", "SY", "01", 0),
    ("5002", "Qayrawān", "Qayrawan", "", 36.20, 44.10, "PPL", "IQ", "11", 500),  # a namesake near Erbil
    ("5003", "Arbīl", "Arbil", "Erbil,Irbil", 36.191, 44.009, "PPLA", "IQ", "11", 900000),
    ("5004", "Sukkarīyāt", "Sukkariyat", "", 35.60, 45.40, "PPL", "IQ", "05", 0),  # only in Sulaymaniyah
    ("5005", "Jindayris", "Jindayris", "Jindires,Jandairis", 36.393, 36.689, "PPLA3", "SY", "09", 13000),
    ("5006", "‘Afrīn", "Afrin", "Afrin", 36.512, 36.869, "PPLA2", "SY", "09", 36000),
    ("5007", "Karkūk", "Karkuk", "Kirkuk", 35.468, 44.392, "PPLA", "IQ", "13", 600000),
    ("5008", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    ("5010", "Sarūr", "Sarur", "", 37.20, 43.30, "PPL", "IQ", "08", 0),  # in Amadiya district, another name
    ("5011", "Tūkē", "Tuke", "Turki", 37.10, 42.70, "PPL", "IQ", "08", 0),
    ("5009", "Banī Zayd", "Bani Zayd", "Bani Zaid", 34.90, 38.50, "PPL", "SY", "09", 0),  # a village far away
]


def test_a_possessive_province_holds_the_village_after_it(parser):
    found = places_in(parser, "ERBIL - A drone struck a car in Hasaka province’s Qayrawan village, Erbil said.")
    assert found["Qayrawan"].place.geonameid == "5001"


def test_within_names_the_container_like_in(parser):
    found = places_in(parser, "A bomb went off in the Sukkariyat area within the Salah al-Din Governorate.")
    sukkariyat = found["Sukkariyat"]  # the only Sukkariyat lies in Sulaymaniyah: never the place meant
    assert sukkariyat.place.admin1 == "Salah ad-Din" and sukkariyat.geo_precision == 3


def test_kurdish_c_reads_as_j(parser):
    found = places_in(parser, "Gunmen abducted a farmer in Cindirês district of Afrin.")
    assert found["Cindirês"].place.geonameid == "5005"


def test_the_two_ends_of_a_road_are_both_places(parser):
    found = places_in(parser, "Protesters blocked the Kirkuk-Hewler road for hours.")
    assert found["Kirkuk"].place.geonameid == "5007" and found["Hewler"].place.geonameid == "5003"


def test_a_quarter_is_placed_at_the_town_named_before_it(parser):
    found = places_in(parser, "Shelling hit Aleppo on Monday. Two died. A shell fell in the Hamdaniya neighbourhood.")
    quarter = found["Hamdaniya"]  # no such place in the gazetteer: the city, near-precision
    assert quarter.place.geonameid == "5008" and quarter.geo_precision == 2
    found = places_in(parser, "In Aleppo, gunmen shot a man in the Bani Zaid neighbourhood.")
    assert found["Bani Zaid"].place.geonameid == "5008"  # not the namesake village far away


def test_a_loosely_spelled_namesake_in_a_named_district_gives_way_to_the_district(parser):
    found = places_in(parser, "Turkish drones struck Sararu village in Amadiya district, Duhok.")
    assert found["Sararu"].place.feature_code == "ADM2" and found["Sararu"].geo_precision == 2


def test_a_quarter_of_a_governorates_name_is_in_the_city(parser):
    found = places_in(parser, "Shelling hit the Ashrafiyah neighbourhood of Aleppo.")
    assert found["Ashrafiyah"].place.geonameid == "5008"  # the city, not the governorate


def test_a_country_at_the_end_of_a_border_lies_in_no_governorate(parser):
    found = places_in(parser, "Trucks queued at the crossing on the Iraq-Turkey border (Zakho, Duhok).")
    assert found["Turkey"].place.feature_code == "PCLI"


def test_listed_quarters_lie_in_the_town_named_before_them(parser):
    # rule listed-quarters: the first of "X and Y neighbourhoods" is a quarter too, not the namesake village
    found = places_in(parser, "Rockets hit the city of Aleppo on Monday. They landed in Bani Zaid and New Salah "
                              "neighbourhoods, damaging cars.")
    assert found["Bani Zaid"].place.geonameid == "5008" and found["Bani Zaid"].geo_precision == 2
    found = places_in(parser, "Shelling hit Aleppo. Shells fell in the Bani Zaid and Jamiliyah quarters.")
    assert found["Bani Zaid"].place.geonameid == "5008"


def test_a_list_closed_by_districts_or_naming_a_city_is_no_list_of_quarters(parser):
    found = places_in(parser, "Shelling hit Aleppo. Gunmen fired on Bani Zaid and Qayrawan districts.")
    assert found["Bani Zaid"].place.geonameid == "5009"  # districts of a governorate, not a town's quarters
    found = places_in(parser, "Shelling hit Aleppo. Curfews were imposed in Erbil and Kirkuk neighbourhoods.")
    assert found["Erbil"].place.geonameid == "5003"  # a city is no quarter of the town named before
