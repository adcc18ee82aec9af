from datetime import date

import spacy

import marsad.actors.component  # noqa: F401  (registers the factory)
from marsad.doc import register_extensions
from marsad.types import Report

from .conftest import FIXTURE


def test_component_on_blank_pipeline():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("marsad_actors", config={"actor_paths": [str(FIXTURE)], "country": "Syria"})
    text = "The Syrian army clashed with IS cells near the town."
    doc = nlp.make_doc(text)
    doc._.report = Report(doc_id="t1", text=text, published=date(2016, 5, 1))
    doc = nlp(doc)
    assert [m.name for m in doc._.actors] == ["Military Forces of Syria (2000-2024)", "Islamic State (Syria)"]
