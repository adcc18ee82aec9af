"""The Doc extension attributes through which Marsad's components hand results to each other.

Below every stage (places, actors, events and nlp all use it), so none depends on another to share a Doc.
"""

from __future__ import annotations

from spacy.tokens import Doc

# source_text: the string the Doc was tokenized from (see doc_text)
# era: the ReportEra an undated report's own words tell (actors/era.py), None for a dated one
# story_country: the country abroad a report is told from (places/foreign_story.py), None for Syria and Iraq
EXTENSIONS = ("report", "source_text", "places", "actors", "era", "dates", "attributions", "events", "story_country")


def register_extensions() -> None:
    """Idempotent: each attribute is registered once per process, default None."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """The Doc's text: the string it was made from when the pipeline's `make_doc` recorded it.

    `Doc.text` joins every token anew at each call (a Python Token object per token: ~1.5 ms for a
    400-word report, and components read it several times), while the tokenizer never changes the text.
    """
    text = doc._.source_text if Doc.has_extension("source_text") else None
    return text if text is not None else doc.text
