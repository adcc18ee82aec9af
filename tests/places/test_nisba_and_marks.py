"""Rules nisba-not-place and exact-without-marks, without a gazetteer file."""

from __future__ import annotations

import pytest

from marsad.places.gazetteer import _method
from marsad.places.scoring import is_nisba_of


@pytest.mark.parametrize(("mention", "name", "nisba"), [
    ("Al-Baghdadi", "Baghdad", True),   # "of Baghdad"
    ("Tikriti", "Tikrit", True),
    ("Hole", "Al Hawl", False),         # a final -e the vowel key also reads as "i": Al-Hol itself
    ("Baghdad", "Baghdad", False),
    ("Al-Baghdadi", "Al Baghdadi", False),  # the town of that very name
])
def test_a_name_with_the_adjective_ending_is_no_name_of_the_place(mention, name, nisba):
    assert is_nisba_of(mention, name) is nisba


def test_a_name_written_without_its_marks_is_exact():
    assert _method("Hīt", "hit", "hit") == "exact"
    assert _method("Ḩadīthah", "hadithah", "hadita") == "exact"
    assert _method("Hīt", "hayt", "hayt") == "folded"
