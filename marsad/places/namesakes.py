"""Namesakes: two or more villages of one name in one governorate, which the spelling cannot tell apart.

Syria and Iraq repeat village names within a governorate ("Tall Tawil", "Qayrawan", "Shaykh Ali" each
name several villages of Al-Hasakah). The ranker scores such namesakes within a few tenths of each other,
on small things (GeoNames before OCHA, a few inhabitants more, the name as the place's own or an alternate
one), none of which says which village the report means. What does is the report's other places: a
report that also names the Al-Hol camp means the Qayrawan beside it, not the one 70 km away on the
Turkish border; a note about Tal Tamer means the Tall Tawil by Tal Tamer. So, among namesakes that score
about alike, the one nearest the report's other resolved places wins; with no other place, or none
clearly nearer, the ranker's choice stays (the order of the ranking keeps the choice deterministic).
"""

from __future__ import annotations

from collections.abc import Callable

from marsad.geo import distance_km
from marsad.places.constraints import same_point
from marsad.places.index import name_vkey
from marsad.places.scoring import well_known
from marsad.types import Candidate, Place, Resolution

NAMESAKE_MARGIN = 0.6  # namesakes that score within this of the best are told apart by the other places
SPELLING_SLACK = 0.02  # ... when spelled as well as the best
CLEARLY_NEARER_KM = 5.0  # and one lies this much nearer the other places than the ranker's choice
SAME_PLACE_KM = 5.0  # two records this close are one place (GeoNames and OCHA often both hold a village)
_DISTRICT_CODES = frozenset({"ADM2", "ADM3"})
_NOT_POINTS = frozenset({"ADM1", "ADM2", "ADM3", "PCLI"})  # a governorate or country locates no village


def context_points(resolutions: list[Resolution], capitals: frozenset[str] = frozenset()) -> list[Place]:
    """The points of a report's resolved mentions that can say where a village lies: settled ones (no
    candidate elsewhere scores about as well: a contested reading says nothing), not governorates, districts
    or countries, nor a governorate's capital (its name is often the governorate's: "in Homs")."""
    return [
        r.chosen.place
        for r in resolutions
        if r.chosen is not None
        and (r.chosen.place.feature_code or "") not in _NOT_POINTS
        and r.chosen.place.geonameid not in capitals
        and _settled(r)
    ]


def _settled(resolution: Resolution) -> bool:
    chosen = resolution.chosen
    assert chosen is not None
    place = chosen.place
    return not any(
        c.score >= chosen.score - NAMESAKE_MARGIN
        and distance_km(place.latitude, place.longitude, c.place.latitude, c.place.longitude) > SAME_PLACE_KM
        for c in resolution.candidates
    )


def _village(place: Place, seats: tuple[Place, ...] = ()) -> bool:
    """A village or hamlet: not a well-known town, nor the seat of a sub-district ("Tall Tamr" is the town
    of that name, whatever hamlet elsewhere shares it). GeoNames often lists an Iraqi sub-district's seat as a
    plain PPL; lying at the point of a district or sub-district of its name (`seats`: the mention's candidates
    of those codes, Marsad's own iraq-admin entries among them) tells it is the seat (rule seat-is-no-namesake)."""
    return place.feature_class == "P" and not well_known(place) and not (place.feature_code or "").startswith("PPLA") \
        and not any(same_point(place, seat) for seat in seats)


def nearest_namesake(
    resolution: Resolution, others: list[Place], spelling: Callable[[Candidate], float]
) -> Resolution:
    """The namesake of the chosen village nearest the report's other places, when it is clearly nearer."""
    chosen = resolution.chosen
    seats = tuple(c.place for c in resolution.candidates if c.place.feature_code in _DISTRICT_CODES)
    if chosen is None or not others or not _village(chosen.place, seats) or chosen.method in ("data", "container"):
        return resolution
    floor = spelling(chosen) - SPELLING_SLACK
    rivals = [
        c
        for c in resolution.candidates
        if c.score >= chosen.score - NAMESAKE_MARGIN
        and c.place.admin1 == chosen.place.admin1
        and _village(c.place)  # a seat may still be the namesake nearer the report's places
        and name_vkey(c.matched_name) == name_vkey(chosen.matched_name)
        and spelling(c) >= floor
    ]

    def reach(cand: Candidate) -> float:
        place = cand.place
        return min(distance_km(place.latitude, place.longitude, o.latitude, o.longitude) for o in others)

    others = [o for o in others if all(o.geonameid != c.place.geonameid for c in rivals)]
    if len(rivals) < 2 or not others:
        return resolution
    best = min(rivals, key=reach)  # min keeps the ranking's order among equals: deterministic
    if best.place.geonameid == chosen.place.geonameid or reach(best) > reach(chosen) - CLEARLY_NEARER_KM:
        return resolution
    return Resolution(chosen=best, score=resolution.score, candidates=resolution.candidates)
