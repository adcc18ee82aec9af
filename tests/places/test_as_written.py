"""Rules spelled-as-written and bracketed-other-name (marsad/places/as_written.py), with hand-made places
and a hand-made gazetteer."""

from __future__ import annotations

from marsad.places.as_written import BRACKET_RULE, RULE, other_name, spelled_as_written
from marsad.places.scoring import _spelling
from marsad.types import Candidate, Place, Resolution

# a town written exactly as the mention, and a hamlet elsewhere whose consonants fold alike
TOWN = Place("9001", "Al Sakhira", 34.90, 38.80, "SY", admin1="Homs", feature_class="P", feature_code="PPLA3")
HAMLET = Place("9002", "Shawkharan", 35.90, 39.00, "SY", admin1="Ar-Raqqah", feature_class="P", feature_code="PPL")


def _resolution(*cands: Candidate) -> Resolution:
    return Resolution(chosen=cands[0], score=cands[0].score, candidates=cands)


def test_a_name_spelled_as_written_wins_over_a_loose_likeness():
    loose = Candidate(HAMLET, "Shawkharan", "folded", 4.7)
    written = Candidate(TOWN, "Al Sakhira", "folded", 4.6)
    resolved = spelled_as_written("Al-Sakhira", _resolution(loose, written), _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9001"
    assert resolved.rule == RULE


def test_a_close_spelling_keeps_the_rankers_choice():
    # "Sakhirah" is a spelling of the same name, not a likeness: the context may pick it
    near = Candidate(HAMLET, "Al Sakhirah", "folded", 4.7)
    written = Candidate(TOWN, "Al Sakhira", "folded", 4.6)
    resolved = spelled_as_written("Al-Sakhira", _resolution(near, written), _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9002"
    assert resolved.rule is None


def test_a_place_abroad_written_alike_does_not_win():
    abroad = Place("9003", "Al Sakhira", 30.0, 10.0, "TN", feature_class="P", feature_code="PPL")
    loose = Candidate(HAMLET, "Shawkharan", "folded", 4.7)
    resolved = spelled_as_written("Al-Sakhira", _resolution(loose, Candidate(abroad, "Al Sakhira", "exact", 2.0)),
                                  _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9002"


def test_a_bracketed_name_the_gazetteer_lacks_is_the_place_before_it():
    town = Candidate(TOWN, "Al Sakhira", "folded", 6.0)
    misread = Candidate(HAMLET, "Shawkharan", "folded", 3.0)  # "Kani Spi" read loosely as some hamlet
    resolved = other_name("Kani Spi", _resolution(misread), "Al-Sakhira", _resolution(town), _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9001"
    assert resolved.rule == BRACKET_RULE


def test_a_bracketed_governorate_is_no_other_name():
    governorate = Place("adm1:SY.11", "Homs", 34.7, 36.7, "SY", admin1="Homs", feature_class="A", feature_code="ADM1")
    village = Candidate(HAMLET, "Shawkharan", "folded", 3.0)
    resolved = other_name("Shuwakhr", _resolution(village), "Homs",
                          _resolution(Candidate(governorate, "Homs", "exact", 6.0)), _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9002"


def test_a_bracketed_name_of_its_own_place_stays():
    other = Place("9004", "Tall Hamra", 35.0, 39.0, "SY", admin1="Homs", feature_class="P", feature_code="PPL")
    own = Candidate(other, "Tall Hamra", "exact", 4.0)
    resolved = other_name("Tall Hamra", _resolution(own), "Al-Sakhira",
                          _resolution(Candidate(TOWN, "Al Sakhira", "folded", 6.0)), _spelling)
    assert resolved.chosen is not None and resolved.chosen.place.geonameid == "9004"


# the same in a parse over a hand-made gazetteer: a town, and a hamlet whose key a Kurdish name folds to
ROWS = [
    ("4001", "Raʼs al ʻAyn", "Ra's al 'Ayn", "Ras al-Ain", 36.85, 40.07, "PPLA2", "SY", "01", 30000),
    ("4002", "Sirkan", "Sirkan", "", 36.60, 37.60, "PPL", "SY", "09", 0),
]
ADMIN1 = [("SY.01", "Al-Hasakah"), ("SY.09", "Aleppo")]


def test_parse_reads_the_kurdish_name_in_brackets_as_the_town(parser):
    found = {m.text: m.place.geonameid for m in parser.parse("Shelling hit Ras al-Ain (Sere Kaniye) on Monday.")}
    assert found == {"Ras al-Ain": "4001", "Sere Kaniye": "4001"}


def test_parse_without_brackets_keeps_the_loose_reading_apart(parser):
    # no brackets: the unknown name is no other name of the town beside it
    found = {m.text: m.place.geonameid for m in parser.parse("Shelling hit Ras al-Ain and Sere Kaniye on Monday.")}
    assert found == {"Ras al-Ain": "4001", "Sere Kaniye": "4002"}
