"""The spaCy components of the events stage: dates, then events, both reading `doc._.report`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

from marsad.doc import doc_text, register_extensions
from marsad.events.attribution import find_attributions
from marsad.events.city_quarter import quarter_of_the_city
from marsad.events.classify import MODEL_PATH, load_classifier
from marsad.events.dates import find_dates
from marsad.events.dropped import dropped_drafts
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.modality import is_comment, is_recap, is_tally
from marsad.events.one_detention import one_detention
from marsad.events.records import build_record
from marsad.events.refine import refine
from marsad.events.unowned import drop_unowned_developments
from marsad.types import EventRecord, Place, Report

# The model's own components, in the order the model runs them.
# (the lemmatizer is left out: roles read dependencies and coarse POS, which attribute_ruler sets)
SYNTAX_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler")
Sentence = tuple[int, int]
Parses = dict[Sentence, tuple[Doc, int]]  # a report's parsed sentences: (sentence Doc, its offset in the report)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z“\"(])")


class DateFinder:
    """Finds date expressions and resolves them against `doc._.report.published`."""

    def __call__(self, doc: Doc) -> Doc:
        report: Report | None = doc._.report
        text = doc_text(doc)
        doc._.dates = find_dates(text, report.published if report else None)
        doc._.attributions = find_attributions(text)
        return doc


class EventCoder:
    """Codes the events of a report from what the places, actors and dates components found."""

    def __init__(self, nlp: Language | None = None, lexicon_dir: str | None = None, region_lookup=None,
                 classifier_path: str | None = str(MODEL_PATH), name: str = "marsad_events") -> None:
        self.name = name  # the component's name in the Language, for the error handler
        self.lexicon = load_lexicon(lexicon_dir)
        # the event classifier that checks and completes the rules' drafts (None: the rules code alone)
        self.classifier = load_classifier(classifier_path) if classifier_path else None
        # region_lookup(name, country_code=None) -> Place | None: the governorate a dateline names
        self.region_lookup = region_lookup
        # The model's statistical components, kept in the Language but run only on the sentences that
        # hold a trigger (the parse is what roles need; the rest of a report needs none of it).
        self.nlp = nlp

    def _statistical_components(self) -> list:
        if self.nlp is None:
            return []
        names = [n for n in self.nlp.component_names if n in SYNTAX_COMPONENTS]
        return [self.nlp.get_pipe(n) for n in names] if "parser" in names else []

    def sentence_parser(self, text: str, spans: list[Sentence], actors: list | None = None):
        """parse(sentence) for the sentences of `text`: the first call parses, in one batch, every
        sentence a parse may be asked for; the others are never parsed. Asked for: a sentence that holds
        a trigger, that `_extract` reads (no tally, recap or comment) and, when `actors` is given, where
        an actor is named (`assign_roles` parses no sentence without one)."""
        components = self._statistical_components()
        if not components:
            return None
        cache: Parses = {}

        def parse(sentence: Sentence) -> tuple[Doc, int] | None:
            if not cache:
                cache.update(self._parse_wanted([(text, spans, actors)], components)[0])
            return cache.get(sentence)

        return parse

    def _parse_wanted(self, reports: list[tuple[str, list[Sentence], list | None]], components: list) -> list[Parses]:
        """The parses of the sentences a parse may be asked for (`sentence_parser`), of several reports in one
        run of the model's components; each sentence is parsed on its own, so its parse is the same in any batch."""
        wanted = [[s for s in spans if self._may_ask(text, s, actors)] for text, spans, actors in reports]
        docs = [self.nlp.make_doc(text[start:end])
                for (text, _, _), sentences in zip(reports, wanted, strict=True) for start, end in sentences]
        for component in components:
            docs = list(component.pipe(docs)) if hasattr(component, "pipe") else [component(d) for d in docs]
        in_order = iter(docs)
        return [{span: (next(in_order), span[0]) for span in sentences} for sentences in wanted]

    def _may_ask(self, text: str, sentence: tuple[int, int], actors: list | None) -> bool:
        start, end = sentence
        if actors is not None and not any(start <= m.start < end for m in actors):
            return False
        if not self.lexicon.find(text, start, end):
            return False
        sentence_text = text[start:end]
        return not (is_tally(sentence_text) or is_recap(sentence_text) or is_comment(sentence_text))

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = self.code(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        """The events of a stream of reports. The sentences a batch of reports needs parsed go through the model
        together (one run of tok2vec, tagger and parser a batch, not one a report: the same parses, less of the
        model's cost per call). A report that fails goes to the Language's error handler, as spaCy does for a
        component without `pipe`, and the batch goes on."""
        handler = self.nlp.default_error_handler if self.nlp is not None else raise_error
        components = self._statistical_components()
        for batch in minibatch(docs, batch_size):
            parses: list[Parses | None] = [None] * len(batch)
            if components:
                try:
                    parses = list(self._parse_wanted([self._sentences_and_actors(d) for d in batch], components))
                except Exception:  # each report is tried alone below, and its own error handled
                    parses = [None] * len(batch)
            for doc, parsed in zip(batch, parses, strict=True):
                try:
                    doc._.events = self.code_with_drops(doc, parsed=parsed)[0]
                except Exception as error:  # spaCy's own contract for a failed doc
                    handler(self.name, self, [doc], error)
                    continue
                yield doc

    def code(self, doc: Doc) -> list[EventRecord]:
        return self.code_with_drops(doc)[0]

    def _sentences_and_actors(self, doc: Doc) -> tuple[str, list[Sentence], list]:
        text = doc_text(doc)
        return text, sentences(doc), reconcile_actors_with_places(text, doc._.actors or [], doc._.places or [])

    def code_with_drops(self, doc: Doc, *, drops: bool = False, parsed: Parses | None = None
                        ) -> tuple[list[EventRecord], list[tuple[str, EventRecord]]]:
        """The report's events and, when `drops` is asked, the events the rules dropped, each with the rule that
        dropped it (events/dropped.py; for the drop ledger of bench/drops.py). `parsed`: the report's sentences
        parsed already (`pipe`); without it they are parsed when first asked for."""
        text, spans, actors = self._sentences_and_actors(doc)
        report: Report = doc._.report or Report(doc_id="doc", text=text)
        places = doc._.places or []
        region: Place | None = None
        if report.dateline_place and self.region_lookup is not None:
            region = self.region_lookup(report.dateline_place)
        if region is None and self.region_lookup is not None:
            # no dateline: the governorate the report names most stands in for it
            region = self.region_lookup(*main) if (main := _main_governorate(places, doc._.actors or [])) else None
        # a report from abroad whose places the gazetteer lacks still names its country (rule foreign-story)
        country = region.country if region else _majority_country(places) or doc._.story_country
        analysis = Analysis(
            report=report,
            sentences=spans,
            places=places,
            actors=actors,
            dates=doc._.dates or [],
            attributions=doc._.attributions or [],
            region=region,
            country=country,
            headline_end=headline_end(text, report.title),
            parse=self.sentence_parser(text, spans, actors) if parsed is None else parsed.get,
            era=doc._.era,
        )
        drafts = extract_drafts(analysis, self.lexicon)
        if self.classifier is not None:
            drafts = refine(analysis, self.lexicon, drafts, self.classifier)
        drafts = one_detention(analysis, self.lexicon, drafts)  # one act told as an arrest and an abduction
        drafts = quarter_of_the_city(drafts)  # an act at a city told again at the quarter of it where it happened
        drafts = drop_unowned_developments(analysis, drafts)  # a move of forces no side is told making
        events = [build_record(analysis, draft) for draft in drafts]
        if not drops:
            return events, []
        return events, [(rule, build_record(analysis, draft)) for rule, draft in dropped_drafts(analysis, self.lexicon)]


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|from|to|near|at|on|towards|into|outskirts of|village of|town of|city of)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)


def reconcile_actors_with_places(text: str, actors: list, places: list) -> list:
    """A name both stages claimed ("coming from Albu Kamal": a town, or the Al Bu Kamil tribe?) is the
    place when a locative word introduces it; otherwise the actor keeps it."""
    claimed = {(p.start, p.end) for p in places if p.resolution.chosen is not None}
    kept = []
    for actor in actors:
        if (actor.start, actor.end) in claimed and actor.kind != "person" and \
                _LOCATIVE_BEFORE.search(text[max(0, actor.start - 25):actor.start]):
            continue
        kept.append(actor)
    return kept


_COUNTRY_OF_ACTOR = {"SY": re.compile(r"\(Syria\)|\bof Syria\b"),
                     "IQ": re.compile(r"\(Iraq\)|\bof Iraq\b")}


def _main_governorate(places, actors=()) -> tuple[str, str] | None:
    """The governorate (and its country code) the report names most (rule region-fallback). Its places' country
    comes first: a report whose places split between Syria and Iraq (a headline's name read as a namesake across
    the border) is of the country its state actors belong to ("Military Forces of Iraq"), so its fallback is never
    a governorate of the other country because of an alphabetical tie."""
    counts: dict[tuple[str, str], int] = {}
    for mention in places:
        chosen = mention.place
        if chosen is not None and chosen.admin1 and chosen.country_code in {"SY", "IQ"}:
            key = (chosen.country_code, chosen.admin1)
            counts[key] = counts.get(key, 0) + 1
    if not counts:
        return None
    by_country = {code: sum(n for (c, _), n in counts.items() if c == code) for code in {"SY", "IQ"}}
    by_actor = {code: sum(1 for a in actors if pattern.search(a.name or "")) for code, pattern in
                _COUNTRY_OF_ACTOR.items()}
    country = max(sorted(by_country), key=lambda code: (by_country[code], by_actor[code]))
    within = sorted(name for (code, name) in counts if code == country)
    name = max(within, key=lambda n: counts[(country, n)])
    return name, country


def _majority_country(places) -> str | None:
    counts: dict[str, int] = {}
    for mention in places:
        if mention.place is not None and mention.place.country:
            counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
    return max(sorted(counts), key=lambda c: counts[c]) if counts else None


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans: the parser's sentences where it ran, never crossing a line break."""
    text = doc_text(doc)
    if doc.has_annotation("SENT_START"):
        rough = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        rough, start = [], 0
        for match in _SENTENCE_END.finditer(text):
            rough.append((start, match.start()))
            start = match.end()
        rough.append((start, len(text)))
    spans = []
    for start, end in rough:
        position = start
        for line in re.split(r"(\n)", text[start:end]):
            if line and line != "\n" and line.strip():
                offset = position + (len(line) - len(line.lstrip()))
                spans.append((offset, position + len(line.rstrip())))
            position += len(line)
    return spans


def headline_end(text: str, title: str | None = None) -> int:
    """Where the headline lines end: the leading short lines that do not end a sentence, and at least
    the line that repeats the report's title ("SOHR: 28 killed in two attacks" reads like a sentence) unless
    it ends as a sentence does (plain-text readers take the first line as the title, whatever it is)."""
    position = 0
    title_key = " ".join((title or "").split()).lower()
    lines = text.splitlines(keepends=True)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if title_key and " ".join(stripped.split()).lower() == title_key and not stripped.endswith("."):
            position += len(line)
            continue
        # "Daily round-up: a bomb in Daraa and a mine in Idlib" set apart by a blank line is a headline: a label
        # and its colon do not make a sentence of it when nothing ends it as one
        set_apart = index + 1 < len(lines) and not lines[index + 1].strip()
        inner_stop = r"[.]\s" if set_apart else r"[.:]\s"
        if stripped and (len(stripped) > 250 or stripped.endswith((".", ":")) or re.search(inner_stop, stripped)):
            return position
        position += len(line)
    return 0


@Language.factory("marsad_dates", assigns=["doc._.dates", "doc._.attributions"], requires=["doc._.report"])
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    register_extensions()
    return DateFinder()


@Language.factory(
    "marsad_events",
    assigns=["doc._.events"],
    requires=["doc._.report", "doc._.places", "doc._.actors", "doc._.dates"],
    default_config={"lexicon_dir": None},
)
def make_event_coder(nlp: Language, name: str, lexicon_dir: str | None) -> EventCoder:
    register_extensions()
    return EventCoder(nlp, lexicon_dir, name=name)
