"""Places listed together lie together: a member whose best spelling is a namesake far away takes its
candidate among the other members, spelled about as well. A town, or a list of fewer than three others
that agree, moves nothing. Fixtures are invented."""

from __future__ import annotations

from marsad.places.coherence import place_lists, toward_list
from marsad.places.mentions import Span
from marsad.types import Candidate, Place, Resolution


def _village(pid: str, lat: float, lon: float, population: int = 0, code: str = "PPL") -> Candidate:
    place = Place(pid, pid, lat, lon, "SY", admin1="Deir ez-Zor", feature_class="P", feature_code=code,
                  population=population)
    return Candidate(place=place, matched_name=pid, method="folded", score=3.0)


CLUSTER = [Resolution(chosen=_village(f"v{i}", 35.30 + i / 100, 40.20), score=3.0) for i in range(3)]
FAR = _village("far", 34.74, 40.74)  # 80 km down the river, spelled exactly
NEAR = _village("near", 35.31, 40.22)  # among the others, spelled a little less alike
SPELLING = {"far": 1.0, "near": 0.88, "nearer-but-loose": 0.6}.get


def test_a_member_far_from_where_the_others_cluster_takes_its_candidate_among_them():
    moved = toward_list(Resolution(chosen=FAR, score=3.0), [FAR, NEAR], CLUSTER, lambda c: SPELLING(c.place.geonameid))
    assert moved.chosen.place.geonameid == "near"


def test_nothing_moves_without_three_others_together_or_a_close_spelling_among_them():
    spelled = lambda c: SPELLING(c.place.geonameid, 0.6)  # noqa: E731
    two = CLUSTER[:2]
    assert toward_list(Resolution(chosen=FAR, score=3.0), [FAR, NEAR], two, spelled).chosen is FAR
    loose = _village("nearer-but-loose", 35.31, 40.22)
    assert toward_list(Resolution(chosen=FAR, score=3.0), [FAR, loose], CLUSTER, spelled).chosen is FAR
    town = _village("far", 34.74, 40.74, population=30_000)
    assert toward_list(Resolution(chosen=town, score=3.0), [town, NEAR], CLUSTER, spelled).chosen is town


def test_a_list_is_three_or_more_names_joined_by_commas_and_and():
    text = "Villages: Alif, Ba, Jim and Dal. Then Ha and Waw."
    spans = [Span(text.index(w), text.index(w) + len(w), w, None, None, False, None)
             for w in ("Alif", "Ba", "Jim", "Dal", "Ha", "Waw")]
    assert place_lists(text, spans) == [[0, 1, 2, 3]]
