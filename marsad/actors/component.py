"""The `marsad_actors` spaCy component: `doc._.actors` = the report's ActorMentions.

Reads the day from `doc._.report.published` and the country from the config, else from the places
already resolved on the Doc (`doc._.places`), else none. An undated report's era, read from its words
(actors/era.py), goes to `doc._.era`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer
from marsad.doc import doc_text, register_extensions
from marsad.types import Actor


class ActorTagger:
    """Finds the actors of a Doc's text with an `ActorRecognizer` and sets `doc._.actors`."""

    def __init__(self, base: ActorBase, country: str | None = None, actor_paths: list[str] | None = None):
        self.recognizer = ActorRecognizer(base)
        self.country = country
        self.actor_paths = actor_paths
        self.extra: tuple[Actor, ...] = ()

    def use_extra_actors(self, extra: Sequence[Actor]) -> None:
        """Join `extra` actors (the store's: the user's and accepted discoveries) to the YAML base.

        The caller hands them in (it owns the database); the component never opens one."""
        extra = tuple(extra)
        if extra != self.extra:
            self.recognizer = ActorRecognizer(load_base(self.actor_paths, extra))
            self.extra = extra

    def __call__(self, doc: Doc) -> Doc:
        report = doc._.report
        day = report.published if report is not None and report.published else None  # the day, not only its year
        doc._.actors, doc._.era = self.recognizer.find_with_era(
            doc_text(doc), year=day, country=self.country or _doc_country(doc)
        )
        return doc


def _doc_country(doc: Doc) -> str | None:
    """The country most of the report's resolved places lie in."""
    countries = Counter(
        m.place.country for m in doc._.places or () if m.place is not None and m.place.country
    )
    return countries.most_common(1)[0][0] if countries else None


def load_base(actor_paths: list[str] | None = None, extra: Sequence[Actor] = ()) -> ActorBase:
    """The YAML base (given files, else the shipped ones) plus `extra` actors."""
    paths = [Path(p) for p in actor_paths] if actor_paths else None
    return ActorBase.load(paths, extra=list(extra))


@Language.factory(
    "marsad_actors",
    assigns=["doc._.actors"],
    default_config={"actor_paths": [], "country": None},
)
def make_actor_tagger(nlp: Language, name: str, actor_paths: list[str], country: str | None) -> ActorTagger:
    register_extensions()
    return ActorTagger(load_base(actor_paths), country=country, actor_paths=actor_paths)
