"""What a report's other places say about a mention: the country its sure places lie in, and the longer
name that a short mention abbreviates.

- A report's places cluster. When the mentions spelled as the gazetteer writes them lie mostly in one of
  Syria and Iraq, a loosely spelled mention resolved to the other country is a namesake, not the place
  meant: the best candidate in the report's country takes its place, or the mention is left unresolved
  (a wrong point makes a wrong event; no point makes none). A report about Deir ez-Zor and Al-Mayadin
  does not place a militia camp in Diyala; one about Mosul and Erbil does not place a village in Aleppo.
- "a base in X village between Y and Z": X lies near both Y and Z; a namesake far from them is never meant,
  and when the gazetteer has no X there, the mention is placed near Y (precision 2).
- "the villages of A, B, C, D and E": places listed together lie together. A member resolved far from where
  the others cluster, when one of its candidates lies among them, is that candidate (the namesake by the
  others, not one 80 km away that the spelling alone preferred).
- "checkpoints near Kafr Sous al-Gharbi ... men from Kafr Sous": a one-word mention that opens a longer
  name the report gives a village means that village, unless a candidate of its own lies beside it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from marsad.geo import CORE_COUNTRIES, distance_km
from marsad.places.constraints import MIN_SCORE, TOWN_POPULATION
from marsad.places.mentions import Span
from marsad.types import Candidate, Resolution

SURE_SPELLING = 0.95  # spelled as the gazetteer writes the name (diacritics and articles aside)
_DOMINANCE = 3  # the report's country holds three times the sure places of the other
SHORT_FORM_KM = 10.0


def report_country(
    spans: list[Span], resolution_of: Callable[[Span], Resolution], spelling: Callable[[Span, Candidate], float]
) -> str | None:
    """The core country most of the report's surely spelled places lie in (at least two, and three times
    as many as in the other), else None."""
    counts: Counter[str] = Counter()
    seen: set[str] = set()
    for span in spans:
        chosen = resolution_of(span).chosen
        if chosen is None or span.text in seen or chosen.place.country_code not in CORE_COUNTRIES:
            continue
        seen.add(span.text)
        if chosen.method == "data" or spelling(span, chosen) >= SURE_SPELLING:
            counts[chosen.place.country_code] += 1
    if not counts:
        return None
    (top, count), *rest = counts.most_common()
    second = rest[0][1] if rest else 0
    return top if count >= 2 and count >= _DOMINANCE * second else None


def in_report_country(resolution: Resolution, span: Span, country: str, spelling: float) -> Resolution:
    """A loosely spelled mention resolved to the other core country than the report's: the best candidate
    in the report's country instead, or none."""
    chosen = resolution.chosen
    if (
        chosen is None
        or chosen.method in ("data", "fallback")
        or chosen.place.country_code not in CORE_COUNTRIES
        or chosen.place.country_code == country
        or spelling >= SURE_SPELLING
        or span.facility_after
        or chosen.place.population >= TOWN_POPULATION  # a town across the border is often the place meant
    ):
        return resolution
    home = [c for c in resolution.candidates if c.place.country_code == country and c.score >= MIN_SCORE]
    return Resolution(chosen=home[0] if home else None, score=resolution.score, candidates=resolution.candidates)


def short_forms(spans: list[Span]) -> dict[int, int]:
    """Index of a one-word mention -> index of a longer mention it opens ("Kafr Sous" ... "Kafr Sous al-Gharbi"
    is two words; "Jbata" ... "Jbata al-Khashab")."""
    found: dict[int, int] = {}
    for index, span in enumerate(spans):
        if len(span.text.split()) != 1 or "-" in span.text:
            continue
        for other_index, other in enumerate(spans):
            words = other.text.replace("-", " ").split()
            if len(words) >= 2 and words[0].lower() == span.text.lower() and other_index != index:
                found[index] = other_index
                break
    return found


def as_short_form(resolution: Resolution, longer: Resolution) -> Resolution:
    """The village the longer name resolved to, or a candidate of the short mention beside it."""
    place = longer.chosen.place if longer.chosen else None
    if place is None or place.feature_class != "P" or place.population >= 10_000:
        return resolution
    for cand in resolution.candidates:
        if distance_km(cand.place.latitude, cand.place.longitude, place.latitude, place.longitude) <= SHORT_FORM_KM:
            return Resolution(chosen=cand, score=resolution.score, candidates=resolution.candidates)
    return Resolution(chosen=longer.chosen, score=longer.score, candidates=resolution.candidates)


_BETWEEN_GAP = re.compile(
    r"^\s*,?\s*(?:[a-z]+\s+){0,3}?between\s+(?:the\s+)?(?:(?:town|city|village)s?\s+of\s+)?$", re.I
)
BETWEEN_KM = 25.0  # how far beyond the two ends a place "between" them may lie


def between_pair(text: str, spans: list[Span], index: int) -> tuple[int, int] | None:
    """ "X village between Y and Z": the indexes of Y and Z when the text puts span `index` between them."""
    if index + 2 >= len(spans) or not _BETWEEN_GAP.match(text[spans[index].end : spans[index + 1].start]):
        return None
    joint = text[spans[index + 1].end : spans[index + 2].start].lower()
    if not re.fullmatch(r"\s*(?:,\s*)?and\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?", joint):
        return None
    return index + 1, index + 2


def near_both(resolution: Resolution, first: Resolution, second: Resolution) -> Resolution:
    """A place said to lie between two others lies near both: else the mention is placed near the first
    end (precision 2 is set by the caller), never at a namesake far from either."""
    ends = [r.chosen.place for r in (first, second) if r.chosen is not None]
    if len(ends) < 2:
        return resolution
    reach = distance_km(ends[0].latitude, ends[0].longitude, ends[1].latitude, ends[1].longitude) + BETWEEN_KM

    def fits(cand: Candidate) -> bool:
        place = cand.place
        return all(distance_km(place.latitude, place.longitude, e.latitude, e.longitude) <= reach for e in ends)

    chosen = resolution.chosen
    for cand in ([chosen] if chosen else []) + [c for c in resolution.candidates if c.score >= MIN_SCORE]:
        if fits(cand):
            return Resolution(chosen=cand, score=resolution.score, candidates=resolution.candidates)
    near = Candidate(place=ends[0], matched_name=ends[0].name, method="container", score=resolution.score)
    return Resolution(chosen=near, score=resolution.score, candidates=resolution.candidates)


LIST_KM = 40.0  # how far from the others a member of a list of places may lie
LIST_CLUSTER = 3  # how many of the other members must lie together to say where the list lies
_GONE_CODES = ("PPLQ", "PPLH", "PPLX")  # abandoned, historical places and city sections
_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?", re.I)


def place_lists(text: str, spans: list[Span]) -> list[list[int]]:
    """Runs of three or more mentions listed side by side ("Hatlah, Marrat, Mazloum and Khesham")."""
    runs: list[list[int]] = []
    run = [0] if spans else []
    for index in range(1, len(spans)):
        if _LIST_JOINT.fullmatch(text[spans[index - 1].end : spans[index].start]):
            run.append(index)
            continue
        runs.append(run)
        run = [index]
    runs.append(run)
    return [r for r in runs if len(r) >= 3]


def toward_list(
    resolution: Resolution, found: list[Candidate], others: list[Resolution], spelling: Callable[[Candidate], float]
) -> Resolution:
    """A member of a list resolved far from the point where the other members cluster: its best-spelled
    candidate among them (of all it was `found` to have), spelled about as well, if it has one; else the
    reading it had."""
    points = [r.chosen.place for r in others if r.chosen is not None and r.chosen.place.feature_class == "P"]
    chosen = resolution.chosen
    if (
        chosen is None
        or chosen.method in ("data", "fallback")
        or chosen.place.population >= TOWN_POPULATION  # a town is named for itself, listed or not
        or len(points) < LIST_CLUSTER
    ):
        return resolution

    def near(place, other) -> bool:
        return distance_km(place.latitude, place.longitude, other.latitude, other.longitude) <= LIST_KM

    centre = max(points, key=lambda p: sum(near(p, q) for q in points))
    if sum(near(centre, q) for q in points) < LIST_CLUSTER or near(chosen.place, centre):
        return resolution
    floor = spelling(chosen) - 0.15
    among = [
        c
        for c in found
        if c.place.admin1 == centre.admin1
        and c.place.feature_code not in _GONE_CODES
        and near(c.place, centre)
    ]
    best = max(among, key=spelling, default=None)
    if best is None or spelling(best) < floor:
        return resolution
    return Resolution(chosen=best, score=resolution.score, candidates=resolution.candidates)
