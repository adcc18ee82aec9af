""""X (Y)": two names of one place; the homonym that bears both wins."""

from __future__ import annotations

ROWS = [
    # two villages called Kharab; only the one in Aleppo is also called Tell Sawda
    ("3001", "Kharab", "Kharab", "Kharab", 34.700, 36.800, "PPL", "SY", "11", 3000),
    ("3002", "Kharab", "Kharab", "Kharab,Tell Sawda", 36.400, 37.900, "PPL", "SY", "09", 500),
    ("3003", "Tell Sawda", "Tell Sawda", "", 35.100, 40.300, "PPL", "SY", "07", 200),
]


def test_the_place_bearing_both_names_wins(parser):
    found = {m.text: m.place.geonameid for m in parser.parse("Shelling hit Kharab (Tell Sawda) at dawn.")}
    assert found == {"Kharab": "3002", "Tell Sawda": "3002"}


def test_without_the_second_name_the_larger_village_wins(parser):
    found = {m.text: m.place.geonameid for m in parser.parse("Shelling hit Kharab at dawn.")}
    assert found == {"Kharab": "3001"}
