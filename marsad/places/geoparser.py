"""The geoparser: mentions (mentions.py) -> candidates (gazetteer) -> a ranked Resolution per mention.

Ranking reads the whole report: the dateline province and the governorates the text names, the
places that resolve without doubt (anchors: a nearby candidate is likelier), the country most
places fall in, the feature and population, and how closely the spelling matches. Every mention
with the same folded text resolves the same way within a report. Candidates and the winning score
are kept in the Resolution for the review screen.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from marsad.places.gazetteer import Gazetteer
from marsad.places.importers import distance_km
from marsad.places.mentions import Span, find_spans
from marsad.text.fold import compact, fold, vowel_fold
from marsad.types import Candidate, Place, PlaceMention, Resolution

CORE_COUNTRIES = ("SY", "IQ")
MIN_SCORE = 1.0
GOVERNORATE_SPELLING = 0.92  # a governorate name spelled closely enough to mean it
REGION_RELATIONS = {"countryside": 3, "province": 3, "desert": 3}
NEAR_RELATIONS = {"near": 2, "outskirts": 2, "between": 2, "front": 2}
_POINT_CODES = {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLL", "STLMT"}


@dataclass
class _Context:
    governorates: set[str]  # admin1 names
    anchors: list[Place]
    country: str | None


class Geoparser:
    """Finds and resolves the places of a report. `parse` is deterministic and needs no spaCy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def parse(self, text: str, *, context_place: str | None = None) -> list[PlaceMention]:
        spans = find_spans(text, self.gazetteer.has_key, self._fuzzy_known)
        spans = _mark_between(text, spans)
        candidates = {span.text: self.gazetteer.lookup(span.text) for span in spans}
        context = self._context(spans, candidates, context_place)
        by_key: dict[str, Resolution] = {}
        mentions = []
        for span in spans:
            key = compact(fold(span.text)) + "|" + _kind(span)
            if key not in by_key:
                by_key[key] = self._resolve(span, candidates[span.text], context)
            resolution = by_key[key]
            if resolution.chosen is None:
                continue
            precision = REGION_RELATIONS.get(span.relation or "", NEAR_RELATIONS.get(span.relation or "", 1))
            if resolution.chosen.place.feature_code in {"REGION", "ADM1", "MT", "PLN", "STM"}:
                precision = max(precision, 2 if resolution.chosen.place.feature_code != "ADM1" else 3)
            mentions.append(
                PlaceMention(
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    resolution=resolution,
                    geo_precision=precision,
                    relation=span.relation,
                    direction=span.direction,
                )
            )
        return mentions

    def _fuzzy_known(self, text: str) -> bool:
        return any(c.place.country_code in CORE_COUNTRIES for c in self.gazetteer.lookup(text))

    # -- context -------------------------------------------------------------------------------

    def _context(
        self, spans: list[Span], candidates: dict[str, list[Candidate]], context_place: str | None
    ) -> _Context:
        governorates: set[str] = set()
        if context_place:
            gov = self.gazetteer.governorate(_strip_admin_words(context_place))
            if gov and gov.admin1:
                governorates.add(gov.admin1)
        anchors: list[Place] = []
        for span in spans:
            cands = [c for c in candidates[span.text] if c.place.country_code in CORE_COUNTRIES]
            govs = [c for c in cands if c.place.feature_code == "ADM1"]
            if govs and (
                span.relation in ("countryside", "province")
                or len(cands) <= 3
                or _spelling(span.text, govs[0]) >= GOVERNORATE_SPELLING
            ):
                governorates.add(govs[0].place.admin1 or govs[0].place.name)
            points = [c for c in cands if c.place.feature_code != "ADM1" and _spelling(span.text, c) >= 0.75]
            if points and _spread_km([c.place for c in points]) <= 15:
                anchors.append(points[0].place)
        countries = Counter(p.country_code for p in anchors)
        country = countries.most_common(1)[0][0] if countries else None
        return _Context(governorates, anchors, country)

    # -- ranking -------------------------------------------------------------------------------

    def _resolve(self, span: Span, candidates: list[Candidate], context: _Context) -> Resolution:
        if not candidates:
            return Resolution(chosen=None, score=0.0, candidates=())
        capitals = {
            self.gazetteer.capitals.get(c.place.geonameid)
            for c in candidates
            if c.place.feature_code == "ADM1" and _spelling(span.text, c) >= GOVERNORATE_SPELLING
        }
        scored = sorted(
            ((self._score(span, c, context, capitals), c) for c in candidates),
            key=lambda item: (-item[0], item[1].place.geonameid),
        )
        ranked = tuple(
            Candidate(place=c.place, matched_name=c.matched_name, method=c.method, score=round(s, 3))
            for s, c in scored[:10]
        )
        best_score, best = scored[0]
        if best_score < MIN_SCORE:
            return Resolution(chosen=None, score=round(best_score, 3), candidates=ranked)
        return Resolution(chosen=ranked[0], score=round(best_score, 3), candidates=ranked)

    def _score(self, span: Span, cand: Candidate, context: _Context, capitals: set[str | None]) -> float:
        place = cand.place
        spelling = _spelling(span.text, cand)
        score = 4.0 * spelling - 2.0  # spelling decides between towns of one folded key
        if cand.method == "exact":
            score += 0.3
        if cand.method == "data" and spelling >= 0.95:
            score += 1.5  # Marsad's own entries (countries, bases, fields) are written to be matched
        if place.geonameid in capitals or (place.feature_code == "ADM1" and spelling >= GOVERNORATE_SPELLING):
            score += 2.0  # a governorate's name means its capital (or the governorate itself)
        if cand.method == "fuzzy":
            score -= 0.3
        if place.country_code in CORE_COUNTRIES:
            score += 1.0
            if context.country and place.country_code == context.country:
                score += 0.3
        elif place.country_code is not None:
            score -= 0.3
        score += min(place.population, 2_000_000) ** 0.25 / 90  # 0 .. ~0.4: big towns win ties
        if place.country_code == "SY" and not context.country:
            score += 0.2  # Marsad's reports are mostly about Syria
        if place.admin1 and place.admin1 in context.governorates:
            score += 1.5
        score += _anchor_bonus(place, context.anchors)
        score += _feature_bonus(span, place)
        if place.geonameid.startswith("ocha:"):
            score -= 0.15  # GeoNames coordinates are the reference; OCHA fills gaps
        if (
            span.sentence_start
            and span.relation is None
            and len(span.text.split()) == 1
            and place.population < 10_000
            and cand.method != "exact"
            and place.geonameid not in capitals
        ):
            score -= 2.0  # a capitalised word opening a sentence is often no name at all
        return score


def _spelling(mention: str, cand: Candidate) -> float:
    if cand.method == "arabic":
        return 1.0
    return fuzz.ratio(compact(vowel_fold(mention)), compact(vowel_fold(cand.matched_name))) / 100


def _anchor_bonus(place: Place, anchors: list[Place]) -> float:
    others = [a for a in anchors if a.geonameid != place.geonameid]
    if not others:
        return 0.0
    nearest = min(distance_km(place.latitude, place.longitude, a.latitude, a.longitude) for a in others)
    if nearest <= 25:
        return 0.7
    if nearest <= 60:
        return 0.4
    if nearest <= 120:
        return 0.15
    return 0.0


def _feature_bonus(span: Span, place: Place) -> float:
    code = place.feature_code or ""
    relation = span.relation
    if code == "ADM1":
        return 1.0 if relation in ("countryside", "province") else -0.1
    if relation in ("countryside", "province"):
        return -0.2
    if code in _POINT_CODES or place.feature_class == "P":
        bonus = 0.2 if relation in ("city", "town", "village") else 0.1
        return bonus + (0.1 if code.startswith("PPLA") else 0.0)
    if span.cue_word and span.cue_word in (place.name or "").lower():
        return 0.5
    return 0.0


def _spread_km(places: list[Place]) -> float:
    first = places[0]
    return max(distance_km(first.latitude, first.longitude, p.latitude, p.longitude) for p in places)


def _kind(span: Span) -> str:
    return "gov" if span.relation in ("countryside", "province") else "point"


def _strip_admin_words(name: str) -> str:
    words = [w for w in name.split() if w.lower() not in {"province", "governorate", "countryside", "city"}]
    return " ".join(words)


def _mark_between(text: str, spans: list[Span]) -> list[Span]:
    """ "between X and Y": Y is near too, not only X."""
    out = list(spans)
    for index in range(1, len(out)):
        previous, span = out[index - 1], out[index]
        if previous.relation == "between" and text[previous.end : span.start].strip(" ,-").lower() == "and":
            out[index] = Span(
                span.start, span.end, span.text, "between", span.direction, span.sentence_start, span.cue_word
            )
    return out
