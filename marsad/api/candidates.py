"""The places the geoparser weighed for an event, recomputed at display time.

The pipeline's candidates (`PlaceMention.resolution.candidates`) are not stored; the geoparser is
deterministic and needs no spaCy, so re-running it on the stored report text gives them back in ~30 ms.
If the gazetteer has changed since the report was coded, the answer is what it would weigh today
(`chosen_now` may then differ from the stored event).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.geoparser import Geoparser
    from marsad.types import Candidate, Place, PlaceMention

MAX_CANDIDATES = 10
SEARCH_LIKENESS = 70  # rapidfuzz ratio of the vowel-folded names, for place search


def default_geoparser() -> Geoparser:
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.geoparser import Geoparser

    return Geoparser(Gazetteer.open())


class CandidateExplainer:
    """Opens the gazetteer on first use (never at start-up) and shares one geoparser across requests."""

    def __init__(self, factory: Callable[[], Geoparser] = default_geoparser) -> None:
        self._factory = factory
        self._geoparser: Geoparser | None = None
        self._lock = threading.Lock()

    def _parser(self) -> Geoparser:
        with self._lock:
            if self._geoparser is None:
                self._geoparser = self._factory()
            return self._geoparser

    def gazetteer(self) -> Gazetteer:
        """The geoparser's gazetteer (opened on first use): review edits and place search read it too."""
        return self._parser().gazetteer

    def search(self, name: str, limit: int = MAX_CANDIDATES) -> list[Place]:
        """Places of the gazetteer a typed name may mean, most populous first (the edit form's autocomplete)."""
        from rapidfuzz import fuzz

        from marsad.places.constraints import DISTRICT_CODES, DISTRICT_SPELLING
        from marsad.text.fold import compact, is_arabic, vowel_fold

        gazetteer = self.gazetteer()
        with self._lock:  # the gazetteer's lookup cache is a plain dict
            candidates = gazetteer.lookup(name)
        typed = compact(vowel_fold(name))
        # A folded key is shared by names spelt quite differently ("Mayadin", "Muthanna"): keep the alike.
        alike = [(fuzz.ratio(typed, compact(vowel_fold(c.matched_name))), c.place) for c in candidates]
        # A district (Iraq's, in marsad/data/places) only when spelled as it is, as the geoparser weighs it.
        places = [
            place
            for score, place in alike
            if (score >= SEARCH_LIKENESS or is_arabic(name))
            and (place.feature_code not in DISTRICT_CODES or score >= 100 * DISTRICT_SPELLING)
        ]
        return sorted(places, key=lambda place: -place.population)[:limit]

    def explain(self, event: dict[str, Any]) -> dict[str, Any]:
        report = event["report"]
        parser = self._parser()
        with self._lock:  # the gazetteer's lookup cache is a plain dict
            mentions = parser.parse(report["text"], context_place=report.get("dateline_place"))
        index, how = _event_mention(event, mentions)
        return {
            "event_id": event["event_id"],
            "how": how,
            "location_mention": index,
            "mentions": [_mention_dict(m, n == index) for n, m in enumerate(mentions)],
        }


def _event_mention(event: dict[str, Any], mentions: list[PlaceMention]) -> tuple[int | None, str]:
    """Which mention is the event's location: its evidence span, else the same place, else the same name."""
    span = (event.get("field_evidence") or {}).get("location")
    if span:
        overlapping = [n for n, m in enumerate(mentions) if m.start < span["end"] and span["start"] < m.end]
        if overlapping:
            return overlapping[0], "evidence"
    geonameid = event.get("geonameid")
    if geonameid:
        for n, mention in enumerate(mentions):
            if mention.place is not None and mention.place.geonameid == geonameid:
                return n, "same place"
    location = (event.get("location") or "").casefold()
    if location:
        for n, mention in enumerate(mentions):
            if mention.place is not None and mention.place.name.casefold() == location:
                return n, "same name"
    return None, "not found"


def _mention_dict(mention: PlaceMention, is_event_location: bool) -> dict[str, Any]:
    chosen = mention.resolution.chosen
    candidates = sorted(mention.resolution.candidates, key=lambda c: -c.score)[:MAX_CANDIDATES]
    return {
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "relation": mention.relation,
        "geo_precision": mention.geo_precision,
        "event_location": is_event_location,
        "chosen_now": chosen.place.geonameid if chosen else None,
        "score": round(mention.resolution.score, 4),
        "candidates": [_candidate_dict(c, chosen) for c in candidates],
    }


def _candidate_dict(candidate: Candidate, chosen: Candidate | None) -> dict[str, Any]:
    place = candidate.place
    return {
        "geonameid": place.geonameid,
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "admin2": place.admin2,
        "feature_code": place.feature_code,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "matched_name": candidate.matched_name,
        "method": candidate.method,
        "score": round(candidate.score, 4),
        "chosen": chosen is not None and place.geonameid == chosen.place.geonameid,
    }
