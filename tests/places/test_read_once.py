"""Rule name-read-once (marsad/places/read_once.py): the mentions of one name follow the reading that the
sentence evidence gave one of them."""

from __future__ import annotations

from marsad.places.read_once import RULE, read_once
from marsad.types import Candidate, Place, Resolution

NORTH = Candidate(Place("7001", "Qarya", 35.3, 40.1, "SY", admin1="Deir ez-Zor", feature_class="P"), "Qarya", "exact",
                  6.6)
SOUTH = Candidate(Place("7002", "Qarya", 32.9, 36.1, "SY", admin1="Daraa", feature_class="P"), "Qarya", "exact", 6.5)
OTHER = Candidate(Place("7003", "Kafr", 33.0, 36.0, "SY", admin1="Daraa", feature_class="P"), "Kafr", "exact", 5.0)


def _read(chosen: Candidate) -> Resolution:
    return Resolution(chosen=chosen, score=chosen.score, candidates=(NORTH, SOUTH))


def test_the_headline_mention_follows_the_sentence_that_names_the_governorate():
    before = [_read(NORTH), _read(NORTH)]
    after = [_read(NORTH), _read(SOUTH)]  # the second mention's sentence named Daraa
    out = read_once(["qarya|point", "qarya|point"], before, after, held=set())
    assert [r.chosen.place.geonameid for r in out] == ["7002", "7002"]
    assert out[0].rule == RULE


def test_readings_that_disagree_leave_every_mention_as_it_was():
    third = Candidate(Place("7004", "Qarya", 36.0, 37.0, "SY", admin1="Aleppo", feature_class="P"), "Qarya", "exact",
                      6.0)
    before = [_read(NORTH), _read(NORTH), _read(NORTH)]
    after = [_read(NORTH), _read(SOUTH), Resolution(chosen=third, score=6.0, candidates=(NORTH, SOUTH, third))]
    out = read_once(["q|point"] * 3, before, after, held=set())
    assert out[0].chosen.place.geonameid == "7001"


def test_a_mention_held_by_its_container_or_of_another_name_stays():
    before = [_read(NORTH), _read(NORTH), Resolution(chosen=OTHER, score=5.0, candidates=(OTHER,))]
    after = [_read(NORTH), _read(SOUTH), before[2]]
    out = read_once(["q|point", "q|point", "kafr|point"], before, after, held={0})
    assert out[0].chosen.place.geonameid == "7001"
    assert out[2].chosen.place.geonameid == "7003"
