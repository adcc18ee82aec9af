from __future__ import annotations

import json
from datetime import date

from marsad.ingest import read_reports


def _row(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False)


def test_jsonl_rows_become_reports(tmp_path, errors):
    path = tmp_path / "batch.jsonl"
    text = "Hama Province – SOHR: Regime forces shelled Al-Ziyarah yesterday, injuring two farmers."
    path.write_text(
        _row(id="r1", title="Shelling in Al-Ghab", text=text, published="2024-06-03", source="SOHR",
             url="https://example.org/r1") + "\n"
        + _row(id=42, text="On 4 June 2024, gunmen killed a man in Jasim (Daraa).", published=None) + "\n",
        encoding="utf-8",
    )
    first, second = read_reports([path], on_error=errors)
    assert errors == []
    assert (first.doc_id, first.title, first.published) == ("r1", "Shelling in Al-Ghab", date(2024, 6, 3))
    assert first.text == text  # verbatim: offsets from others stay valid
    assert first.source == "Syrian Observatory for Human Rights"  # known alias, canonical name
    assert (first.dateline_place, first.dateline_source) == ("Hama", "SOHR")
    assert first.url == "https://example.org/r1"
    assert first.origin == f"{path}:1"
    assert (second.doc_id, second.published, second.title, second.source) == ("42", None, None, None)


def test_unknown_sources_are_kept_as_written(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(_row(id="a", text="Clashes in Idlib.", source="SHAAM; SOHR") + "\n", encoding="utf-8")
    (report,) = read_reports([path])
    assert report.source == "SHAAM; SOHR"


def test_a_bad_line_does_not_stop_the_others(tmp_path, errors):
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join(
            [
                _row(id="ok-1", text="Daraa: An IED exploded near Tafas."),
                '{"id": "broken", "text": "unterminated',
                "",
                _row(id="no-text", title="Only a title"),
                _row(id="bad-date", text="Aleppo: shelling.", published="03/06/2024"),
                "[1, 2, 3]",
                _row(id="ok-2", text="Raqqa: The SDF arrested five men."),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    reports = list(read_reports([path], on_error=errors))
    assert [r.doc_id for r in reports] == ["ok-1", "ok-2"]
    assert [origin for origin, _ in errors] == [f"{path}:2", f"{path}:4", f"{path}:5", f"{path}:6"]
    reasons = [reason for _, reason in errors]
    assert reasons[0].startswith("not valid JSON")
    assert "text" in reasons[1]
    assert "YYYY-MM-DD" in reasons[2]
    assert reasons[3] == "expected a JSON object, got list"


def test_published_override_and_missing_id(tmp_path):
    path = tmp_path / "notes.jsonl"
    path.write_text(_row(text="Idlib: Russian warplanes struck the outskirts of Jisr Al-Shughur.",
                         published="not a date") + "\n", encoding="utf-8")
    (report,) = read_reports([path], published=date(2024, 1, 2), source="Field notes")
    assert report.doc_id == "notes-1"
    assert (report.published, report.source) == (date(2024, 1, 2), "Field notes")


def test_non_utf8_line_and_bom(tmp_path, errors):
    path = tmp_path / "enc.jsonl"
    good = _row(id="g", text="Hasakah: A drone struck a car.").encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + good + b"\n" + b'{"id": "x", "text": "\xff\xfe bad"}\n')
    reports = list(read_reports([path], on_error=errors))
    assert [r.doc_id for r in reports] == ["g"]
    assert errors[0][0] == f"{path}:2" and errors[0][1].startswith("not UTF-8 text")


def test_empty_jsonl(tmp_path, errors):
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    assert list(read_reports([path], on_error=errors)) == []
    assert errors == [(str(path), "empty file, no JSONL rows to read")]


def test_jsonl_many_rows_read_in_order(tmp_path):
    # Speed is measured by bench/throughput.py, not here; this checks that every row of a long file arrives intact.
    body = ("Deir Ezzor Province – Syrian Observatory for Human Rights: Reliable sources reported that "
            "militiamen clashed with gunmen near Al-Mayadeen. ") * 8
    rows = [_row(id=f"r{i}", title=f"Report {i}", text=body, published="2024-02-08", source="SOHR")
            for i in range(300)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    reports = list(read_reports([path]))
    assert [r.title for r in reports] == [f"Report {i}" for i in range(300)]
    assert all(r.text.strip() == body.strip() for r in reports)
