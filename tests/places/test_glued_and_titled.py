"""Names as transliterations write them: an article glued onto the name ("Almashraf"), and villages named after
a man with his title ("Hajj Kazim village"). Fixtures are invented."""

from __future__ import annotations

from tests.places.conftest import places_in

ROWS = [
    ("4001", "Al Mashrafah", "Al Mashrafah", "Mashrafa", 36.020, 42.100, "PPL", "IQ", "15", 0),
    ("4002", "Ḩājj Kāz̧im", "Hajj Kazim", "", 32.600, 44.100, "PPL", "IQ", "12", 0),
    ("4003", "Alqūsh", "Alqush", "Alqosh", 36.730, 43.100, "PPL", "IQ", "15", 6000),
    ("4004", "Qūsh", "Qush", "", 33.100, 44.500, "PPL", "IQ", "07", 0),
]
ADMIN1 = [("IQ.15", "Nineveh"), ("IQ.12", "Karbala"), ("IQ.07", "Baghdad")]


def test_an_article_glued_onto_an_unknown_name_is_read_apart(parser):
    for text in ("Gunmen attacked a checkpoint in Almashrafah village, Nineveh.",
                 "Gunmen attacked a checkpoint near Elmashrafah in Nineveh."):
        found = places_in(parser, text)
        name = next(n for n in found if n.lower().endswith("mashrafah"))
        assert found[name].resolution.chosen.place.geonameid == "4001"


def test_a_known_name_that_opens_with_al_stays_whole(parser):
    found = places_in(parser, "Protesters gathered in Alqosh, Nineveh.")
    assert found["Alqosh"].resolution.chosen.place.geonameid == "4003"  # not Qush in Baghdad


def test_a_village_named_after_a_man_with_his_title_is_a_place_where_the_text_says_so(parser):
    for text, name in (("ISIS attacked an army post in Hajj Kazim village in Karbala.", "Hajj Kazim"),
                       ("A drone struck the village of Haji Kazim in Karbala.", "Haji Kazim")):
        assert places_in(parser, text)[name].resolution.chosen.place.geonameid == "4002"
    assert "Hajj Kazim" not in places_in(parser, "Hajj Kazim, a tribal elder, said the road was closed.")
