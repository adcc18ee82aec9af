"""The events stage parses the trigger sentences of a whole batch of reports in one run of the model
(EventCoder.pipe): every report's events are those it gets when coded alone, and a report that fails is
handed to the error handler while the rest of its batch is coded."""

from datetime import date

from marsad.ingest import read_text
from tests.nlp.test_pipeline import DEIR_REPORT, IDLIB_REPORT

# invented reports, in the style of the pipeline tests: triggers with actors (parsed), one with none
OTHER_TEXTS = [
    "Clashes in Sarmada\n\nIdlib Province: HTS members clashed with regime forces near Sarmada town on Monday, "
    "and regime forces shelled Kansafra village the same day.",
    "Quiet day in Darkush\n\nResidents of Darkush said the town was calm and the market opened as usual.",
    "Gunmen kidnap a trader\n\nIdlib Province: Unknown gunmen kidnapped a trader near Al-Bara village and took him "
    "to an unknown place, local sources said.",
]


def _reports():
    texts = [IDLIB_REPORT, DEIR_REPORT, *OTHER_TEXTS]
    return [read_text(text, doc_id=f"r{number}", published=date(2024, 3, 10)) for number, text in enumerate(texts)]


def _as_dicts(events):
    return [e.as_dict() for e in events]


def test_a_batch_codes_each_report_as_it_is_coded_alone(pipeline):
    reports = _reports()
    together = {report.doc_id: _as_dicts(found) for report, found in pipeline.pipe(reports)}
    alone = {report.doc_id: _as_dicts(pipeline.process(report)) for report in reports}
    assert together == alone
    assert sum(map(len, together.values())) >= 5  # the reports tell events: the parse had work to do


def test_the_batch_parse_is_the_parse_made_when_first_asked(pipeline):
    # the component called on one doc parses a report's sentences when a role first asks (sentence_parser)
    coder = pipeline.nlp.get_pipe("marsad_events")
    reports = _reports()
    docs = list(pipeline.analyse(reports))
    for report, doc in zip(reports, docs, strict=True):
        assert _as_dicts(coder.code(doc)) == _as_dicts(doc._.events), report.doc_id


def test_the_batch_parses_only_the_sentences_a_role_may_ask_for(pipeline):
    coder = pipeline.nlp.get_pipe("marsad_events")
    docs = list(pipeline.analyse(_reports()))
    prepared = [coder._sentences_and_actors(doc) for doc in docs]
    parsed = coder._parse_wanted(prepared, coder._statistical_components())
    for (text, spans, actors), parses in zip(prepared, parsed, strict=True):
        assert set(parses) == {s for s in spans if coder._may_ask(text, s, actors)}
        for (start, end), (doc, offset) in parses.items():
            assert (doc.text, offset) == (text[start:end], start) and doc.has_annotation("DEP")
    assert parsed[3] == {}  # the calm report: no trigger, nothing parsed


def test_a_failing_report_goes_to_the_error_handler_and_the_batch_goes_on(pipeline, monkeypatch):
    coder = pipeline.nlp.get_pipe("marsad_events")
    code = coder.code_with_drops
    failed = []

    def code_or_fail(doc, **kwargs):
        if doc._.report.doc_id == "r1":
            raise RuntimeError("broken")
        return code(doc, **kwargs)

    monkeypatch.setattr(coder, "code_with_drops", code_or_fail)
    monkeypatch.setattr(pipeline, "on_error", lambda doc_id, reason: failed.append((doc_id, reason)))
    coded = [report.doc_id for report, _ in pipeline.pipe(_reports())]
    assert coded == ["r0", "r2", "r3", "r4"]
    assert failed == [("r1", "marsad_events failed: RuntimeError: broken")]
