"""A governorate named in a mention's own sentence breaks a near tie between namesakes in two governorates
(places/sentence_governorate.py). Places, scores and sentences made up for the test."""

from __future__ import annotations

from marsad.places.mentions import Span
from marsad.places.sentence_governorate import toward_sentence_governorate
from marsad.types import Candidate, Place, Resolution

HOMS = Place("1", "Homs", 34.73, 36.72, "SY", "Syria", "Homs", feature_class="P", feature_code="PPLA")
ALEPPO = Place("2", "Aleppo", 36.20, 37.16, "SY", "Syria", "Aleppo", feature_class="P", feature_code="PPLA")
DESERT_TOWN = Place("3", "As Sukhnah", 34.89, 38.87, "SY", "Syria", "Homs", feature_class="P", feature_code="PPLA3")
HAMLET = Place("4", "As Sakhanah", 36.50, 37.90, "SY", "Syria", "Aleppo", feature_class="P", feature_code="PPL")
CAPITALS = frozenset({"1", "2"})


def _span(text: str, name: str, after: int = 0) -> Span:
    start = text.index(name, after)
    return Span(start, start + len(name), name, None, None, False, None)


def _resolved(place: Place, *others: tuple[Place, float], score: float = 8.0) -> Resolution:
    chosen = Candidate(place, place.name, "exact", score)
    return Resolution(chosen, score, [chosen, *(Candidate(p, p.name, "folded", s) for p, s in others)])


def _move(text: str, town_scores: tuple[float, float]) -> Place | None:
    spans = [_span(text, "Aleppo"), _span(text, "Homs"), _span(text, "Sukhnah")]
    hamlet, town = town_scores
    resolutions = [_resolved(ALEPPO), _resolved(HOMS),
                   _resolved(HAMLET, (DESERT_TOWN, town), score=hamlet)]
    moved = toward_sentence_governorate(text, spans, resolutions, CAPITALS, set(), lambda s, c: 1.0)
    return moved[2].chosen.place if moved[2].chosen else None


def test_a_near_tie_goes_to_the_governorate_the_sentence_names():
    text = "In Aleppo, police arrested four men. In the Homs desert, cells attacked a post near Sukhnah."
    assert _move(text, (6.3, 6.15)) == DESERT_TOWN


def test_a_clear_call_of_the_ranker_stands():
    text = "In Aleppo, police arrested four men. In the Homs desert, cells attacked a post near Sukhnah."
    assert _move(text, (8.0, 6.0)) == HAMLET


def test_a_governorate_named_in_another_sentence_does_not_move_it():
    text = "In the Homs desert, cells attacked a post. In Aleppo, police arrested four men near Sukhnah."
    assert _move(text, (6.3, 6.15)) == HAMLET
