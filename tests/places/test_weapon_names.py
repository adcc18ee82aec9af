"""Weapons named after a man whose name a gazetteer keeps as a place's old name: "Molotov cocktails" (Perm was
Molotov from 1940 to 1957). Hand-made gazetteer and sentences written for the tests."""

from __future__ import annotations

from .conftest import places_in

ROWS = [
    ("4101", "Ḩalab", "Halab", "Aleppo", 36.202, 37.161, "PPLA", "SY", "09", 1600000),
    ("4102", "Perm", "Perm", "Molotov", 36.300, 37.400, "PPL", "SY", "09", 0),
]


def test_a_molotov_cocktail_is_no_place(parser):
    found = places_in(parser, "Protesters threw Molotov cocktails at the police in Aleppo on Monday.")
    assert "Molotov" not in found and "Aleppo" in found
    assert places_in(parser, "Perm was hit on Monday.")["Perm"].place.geonameid == "4102"
