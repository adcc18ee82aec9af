"""The bundled examples (what `make run` ingests and the README shows) all read cleanly."""

from __future__ import annotations

from pathlib import Path

from marsad.ingest import read_reports

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"


def test_every_example_reads_without_error(errors):
    reports = list(read_reports([EXAMPLES], on_error=errors))
    assert errors == []
    assert len(reports) == 10  # 5 text files, 1 HTML page, 2 JSONL rows, 2 feed items
    assert len({r.doc_id for r in reports}) == len(reports)
    for report in reports:
        assert report.title, report.doc_id
        assert report.dateline_place, report.doc_id
        assert len(report.text.split()) >= 50, report.doc_id
    kinds = {Path(r.origin.split(":")[0].split("#")[0]).suffix for r in reports}
    assert kinds == {".txt", ".html", ".jsonl", ".xml"}
