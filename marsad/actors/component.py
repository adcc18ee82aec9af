"""The `marsad_actors` spaCy component: `doc._.actors` = the report's ActorMentions.

Reads the year from `doc._.report.published` and the country from the config, else from the places
already resolved on the Doc (`doc._.places`), else none.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer
from marsad.nlp.extensions import register_extensions


class ActorTagger:
    """Finds the actors of a Doc's text with an `ActorRecognizer` and sets `doc._.actors`."""

    def __init__(self, base: ActorBase, country: str | None = None):
        self.recognizer = ActorRecognizer(base)
        self.country = country

    def __call__(self, doc: Doc) -> Doc:
        report = doc._.report
        year = report.published.year if report is not None and report.published else None
        doc._.actors = self.recognizer.find(
            doc.text, year=year, country=self.country or _doc_country(doc), doc=doc
        )
        return doc


def _doc_country(doc: Doc) -> str | None:
    """The country most of the report's resolved places lie in."""
    countries = Counter(
        m.place.country for m in doc._.places or () if m.place is not None and m.place.country
    )
    return countries.most_common(1)[0][0] if countries else None


def load_base(actor_paths: list[str] | None = None, db_url: str | None = None) -> ActorBase:
    """The YAML base (given files, else the shipped ones) plus the store's user and accepted actors."""
    paths = [Path(p) for p in actor_paths] if actor_paths else None
    extra = []
    if db_url:
        from marsad.actors.userbase import stored_actors  # the store is optional for the component

        extra = stored_actors(db_url)
    return ActorBase.load(paths, extra=extra)


@Language.factory(
    "marsad_actors",
    assigns=["doc._.actors"],
    default_config={"actor_paths": [], "db_url": None, "country": None},
)
def make_actor_tagger(
    nlp: Language, name: str, actor_paths: list[str], db_url: str | None, country: str | None
) -> ActorTagger:
    register_extensions()
    return ActorTagger(load_base(actor_paths, db_url), country=country)
