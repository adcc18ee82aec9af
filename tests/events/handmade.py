"""Coding a report with no language model and no gazetteer file: places from a hand-made list, sentences cut at
their end marks. Shared by the model-free tests of the events stage whose reports name only places (no actors,
no dates)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.events.drafts import Draft
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Candidate, Place, PlaceMention, Report, Resolution


def place(name: str, latitude: float, longitude: float, country_code: str = "IQ", feature_code: str = "PPL") -> Place:
    """A hand-made gazetteer entry; an ADM1 is a governorate (class A, its own admin1), anything else a town."""
    region = feature_code == "ADM1"
    return Place(name.lower(), name, latitude, longitude, country_code, None, name if region else None,
                 feature_class="A" if region else "P", feature_code=feature_code)


def mentions(text: str, places: Iterable[Place]) -> list[PlaceMention]:
    """Every whole-word occurrence of each place's name, resolved to it (a governorate at precision 3)."""
    found = []
    for entry in places:
        precision = 3 if entry.feature_code == "ADM1" else 1
        found += [PlaceMention(m.start(), m.end(), entry.name, Resolution(Candidate(entry, entry.name, "exact"), 1.0),
                               geo_precision=precision) for m in re.finditer(rf"\b{entry.name}\b", text)]
    return sorted(found, key=lambda m: m.start)


def code(headline: str, body: str, places: Iterable[Place]) -> tuple[Analysis, list[Draft]]:
    """The analysis of a report (`headline` then `body`) and the drafts the rules make of it."""
    text = headline + body
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=mentions(text, places),
                        actors=[], dates=[], attributions=[], headline_end=len(headline))
    return analysis, extract_drafts(analysis, load_lexicon())
