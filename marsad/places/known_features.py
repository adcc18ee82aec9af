"""Rule known-feature-over-namesake: a mountain area, valley, plain or region that Marsad's own feature data
holds (``features.yaml``, ``features-iraq.yaml``) is a name reports use without saying where it lies, as they
use a well-known town's. "Turkish drones struck Qandil" under an Erbil dateline means the Qandil mountains,
not the hamlet called Qandil in Erbil: the dateline's governorate is a hint among villages, not a reason to
take a village over the named feature. The ranker treats such a feature as it treats a well-known town: a
village namesake gains nothing from lying in a governorate the report names (``namesake_of_known``).

A word that names a settlement ("Qandil village", "the town of X") or a container the text ties to the name
("X village in Erbil") still picks the village; the ranker checks both before the rule applies."""

from __future__ import annotations

from collections.abc import Sequence

from marsad.places.mentions import Span, lexicon
from marsad.types import Candidate

DATA_METHOD = "data"  # a candidate matched on Marsad's own entries (see Gazetteer)
FEATURE_SPELLING = 0.95  # written as the entry's name or alias, not a loose likeness
_SETTLEMENT_RELATIONS = ("village", "town", "city", "hamlet")


def area_feature_codes() -> frozenset[str]:
    return frozenset(lexicon().get("area_feature_codes", ()))


def is_known_area_feature(cand: Candidate) -> bool:
    """A mountain area, valley or wadi, plain or region of Marsad's own data (not a base, camp, field or crossing)."""
    return cand.method == DATA_METHOD and (cand.place.feature_code or "") in area_feature_codes()


def known_feature_spelling(span: Span, candidates: Sequence[Candidate], spelling_of) -> float | None:
    """The best spelling among the known area features a mention is written as, or None: a settlement word
    ("Qandil village") names the village, so no feature counts then."""
    if span.relation in _SETTLEMENT_RELATIONS:
        return None
    spellings = [spelling_of(span.text, c) for c in candidates if is_known_area_feature(c)]
    spellings = [s for s in spellings if s >= FEATURE_SPELLING]
    return max(spellings, default=None)
