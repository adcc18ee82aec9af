"""Coding a report with no language model and no gazetteer file: places from a hand-made list, sentences cut at
their end marks. Shared by the model-free tests of the events stage: reports that name places (`Reports`), and
actor mentions from a hand-made table (`actor_mentions`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.events.drafts import Draft
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import ActorMention, Candidate, Place, PlaceMention, Report, Resolution


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


class Reports:
    """Reports of one test file: the same headline before each body, places from the same hand-made list."""

    def __init__(self, headline: str, places: Iterable[Place]) -> None:
        self.headline, self.places = headline, list(places)

    def code(self, body: str) -> tuple[Analysis, list[Draft]]:
        """The analysis of the report and the drafts the rules make of it."""
        text = self.headline + body
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
        analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences,
                            places=mentions(text, self.places), actors=[], dates=[], attributions=[],
                            headline_end=len(self.headline))
        return analysis, extract_drafts(analysis, load_lexicon())

    def kinds(self, body: str) -> list[str]:
        """The kinds of the drafts coded."""
        return [d.kind for d in self.code(body)[1]]

    def place_words(self, body: str) -> list[str]:
        """The place words of each draft coded that has a place."""
        return [d.place.text for d in self.code(body)[1] if d.place is not None]

    def dropped(self, body: str) -> list[str]:
        """The rules that dropped drafts, one name per draft dropped."""
        return [name for name, _ in self.code(body)[0].dropped]


def actor_mentions(text: str, table: dict[str, tuple[str, int, str]]) -> list[ActorMention]:
    """Every whole-word occurrence (any case) of each entry's words, as the actor it names: words -> (name, inter,
    kind); a "generic" one has no actor id."""
    found = [ActorMention(m.start(), m.end(), words, name, inter, kind=kind,
                          actor_id=None if kind == "generic" else name.lower())
             for words, (name, inter, kind) in table.items()
             for m in re.finditer(rf"\b{words}\b", text, re.IGNORECASE)]
    return sorted(found, key=lambda m: m.start)
