"""A place the text locates by a side of another ("the X sub-district, north-east of Y", "X village, 12 km south of
Y") or by the area it lies in ("the town of X, in the Y area") is where the act happened: Y only says where X lies
(rule container). Sentences written for these tests; coded with no language model and no gazetteer file (places
from a hand-made list)."""

from __future__ import annotations

import pytest

from tests.events import handmade

PLACES = [handmade.place("Rifai", 31.72, 46.11), handmade.place("Nasiriyah", 31.06, 46.26),
          handmade.place("Tarmiyah", 33.67, 44.39), handmade.place("Baghdad", 33.34, 44.40),
          handmade.place("Kafr Laha", 34.89, 36.50), handmade.place("Houla", 34.89, 36.50),
          handmade.place("Qalaat Saleh", 31.51, 47.27), handmade.place("Amarah", 31.84, 47.14),
          handmade.place("Abu Saida", 33.86, 44.76), handmade.place("Baquba", 33.75, 44.64)]
REPORTS = handmade.Reports("", PLACES)


@pytest.mark.parametrize(("body", "place"), [
    ("A tribal dispute in the Rifai sub-district, north-east of Nasiriyah, turned into a gunfight on Monday.",
     "Rifai"),
    ("Gunmen attacked an army checkpoint in Tarmiyah town, 30 km north-west of Baghdad, killing a soldier.",
     "Tarmiyah"),
    ("Police raided the town of Kafr Laha, in the Houla area, and arrested two wanted men.", "Kafr Laha"),
    ("A quarrel in the Qalaat Saleh district, south-east of Amarah, left one man dead when relatives opened fire.",
     "Qalaat Saleh"),
    ("In Abu Saida, a town about 15 km north-east of Baquba, gunmen shot dead a farmer on Monday.", "Abu Saida"),
])
def test_the_place_located_by_a_side_or_an_area_is_the_acts(body, place):
    assert place in REPORTS.place_words(body)
    assert not {"Nasiriyah", "Baghdad", "Houla", "Amarah", "Baquba"} & set(REPORTS.place_words(body))



HOMES = handmade.Reports("", [handmade.place("Qardaha", 35.45, 36.06, "SY"),
                              handmade.place("Kawm", 35.21, 38.85, "SY")])


def test_a_soldiers_home_town_is_not_where_he_was_killed():
    # rule people-from: a soldier's or an officer's home yields to the place of the ambush
    _, drafts = HOMES.code("A landmine killed a soldier from Qardaha near Kawm on Sunday.")
    assert [d.place.text for d in drafts if d.place is not None] == ["Kawm"]
