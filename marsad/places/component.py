"""The spaCy component `marsad_places`: sets `doc._.places` (list[PlaceMention]) with the Geoparser."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from marsad.doc import doc_text
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser
from marsad.places.index import country_name

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)
if not Doc.has_extension("story_country"):
    Doc.set_extension("story_country", default=None)
if not Doc.has_extension("dateline_place"):
    Doc.set_extension("dateline_place", default=None)


class PlaceResolver:
    """Finds and resolves the places of a Doc; the dateline province (`doc._.dateline_place`) is context."""

    def __init__(
        self, nlp: Language, name: str, gazetteer_path: str | None = None, gazetteer: Gazetteer | None = None
    ) -> None:
        self.name = name
        self._path = Path(gazetteer_path) if gazetteer_path else None
        self._geoparser = Geoparser(gazetteer) if gazetteer is not None else None

    @property
    def geoparser(self) -> Geoparser:
        # The index is opened on first use, not when the pipeline is built.
        if self._geoparser is None:
            self._geoparser = Geoparser(Gazetteer.open(self._path))
        return self._geoparser

    def __call__(self, doc: Doc) -> Doc:
        doc._.places, story = self.geoparser.parse_with_story(doc_text(doc), context_place=doc._.dateline_place)
        doc._.story_country = country_name(story.code) if story is not None else None
        return doc


@Language.factory("marsad_places", assigns=["doc._.places"], default_config={"gazetteer_path": None})
def make_place_resolver(nlp: Language, name: str, gazetteer_path: str | None) -> PlaceResolver:
    return PlaceResolver(nlp, name, gazetteer_path=gazetteer_path)
