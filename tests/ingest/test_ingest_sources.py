from __future__ import annotations

import io
import json
import sys
from datetime import date

import pytest
from conftest import SOHR_REPORT

from marsad.errors import InputError
from marsad.ingest import read_reports


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_directory_recursive_sorted_hidden_skipped(tmp_path, errors):
    (tmp_path / "b-sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "c.txt").write_text("Daraa: An IED exploded near Tafas today.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Shelling\n\nIdlib: Shelling on Kansafra.", encoding="utf-8")
    (tmp_path / "b-sub" / "b.txt").write_text("Raqqa: The SDF arrested five men.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hama: hidden", encoding="utf-8")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref: refs/heads/main", encoding="utf-8")
    (tmp_path / "x.bin").write_bytes(b"\x00\x01\x02\x03" * 10)
    reports = list(read_reports([tmp_path], on_error=errors))
    assert [r.doc_id for r in reports] == ["a", "b", "c"]
    assert errors == [(str(tmp_path / "x.bin"), "binary file, not a report")]
    assert [r.doc_id for r in read_reports([tmp_path], on_error=errors)] == ["a", "b", "c"]


def test_inputs_keep_their_order_and_missing_paths_are_reported(tmp_path, errors):
    first = tmp_path / "z.txt"
    second = tmp_path / "a.txt"
    first.write_text("Hasakah: A drone struck a car.", encoding="utf-8")
    second.write_text("Quneitra: Israeli artillery shelled Jubata Al-Khashab.", encoding="utf-8")
    reports = list(read_reports([first, tmp_path / "missing.txt", str(second)], on_error=errors))
    assert [r.doc_id for r in reports] == ["z", "a"]
    assert errors == [(str(tmp_path / "missing.txt"), "no such file or directory")]


def test_stdin_plain_text(monkeypatch):
    _stdin(monkeypatch, SOHR_REPORT.encode("utf-8"))
    (report,) = read_reports(["-"], published=date(2024, 3, 5))
    assert report.doc_id == "stdin"
    assert report.origin == "<stdin>"
    assert report.text == SOHR_REPORT
    assert report.published == date(2024, 3, 5)
    assert report.dateline_place == "Idlib"


def test_stdin_jsonl(monkeypatch, errors):
    lines = [json.dumps({"id": "s1", "text": "Daraa: Gunmen killed a man in Tafas."}), "{oops",
             json.dumps({"id": "s2", "text": "Idlib: Shelling on Al-Bara."})]
    _stdin(monkeypatch, ("\n".join(lines) + "\n").encode("utf-8"))
    reports = list(read_reports(["-"], on_error=errors))
    assert [r.doc_id for r in reports] == ["s1", "s2"]
    assert [origin for origin, _ in errors] == ["<stdin>:2"]


def test_stdin_empty_and_binary(monkeypatch, errors):
    _stdin(monkeypatch, b"")
    assert list(read_reports(["-"], on_error=errors)) == []
    _stdin(monkeypatch, b"\x00\x00\x01binary")
    assert list(read_reports(["-"], on_error=errors)) == []
    assert errors == [("<stdin>", "empty input, no text to read"), ("<stdin>", "binary file, not a report")]


def test_stdin_html_is_sniffed(monkeypatch):
    page = (
        "<html><head><title>Clashes in Dhiban</title></head><body><article><p>Deir Ezzor: Clashes erupted"
        " between the SDF and clan gunmen in Dhiban yesterday, killing three.</p></article></body></html>"
    )
    _stdin(monkeypatch, page.encode("utf-8"))
    (report,) = read_reports(["-"])
    assert report.title == "Clashes in Dhiban"
    assert "<p>" not in report.text and report.dateline_place == "Deir Ezzor"


def test_unknown_extension_plain_text_is_read(tmp_path):
    path = tmp_path / "report.log"
    path.write_text("Aleppo: Turkish forces shelled Tal Rifaat.", encoding="utf-8")
    (report,) = read_reports([path])
    assert report.doc_id == "report" and report.dateline_place == "Aleppo"


def test_errors_raise_input_error_without_handler(tmp_path):
    with pytest.raises(InputError, match="nowhere.txt: no such file or directory"):
        list(read_reports([tmp_path / "nowhere.txt"]))


def test_unreadable_file(tmp_path, errors, monkeypatch):
    from pathlib import Path

    path = tmp_path / "locked.txt"
    path.write_text("Hama: shelling.", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Homs: clashes.", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # chmod does not stop root, so refuse the read here
        if self.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    reports = list(read_reports([tmp_path], on_error=errors))
    assert [r.doc_id for r in reports] == ["other"]
    assert errors == [(str(path), "cannot read it (permission denied)")]


def test_linked_folders_are_not_followed(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_text("Homs: Clashes near Palmyra.", encoding="utf-8")
    (tmp_path / "reports" / "loop").symlink_to(tmp_path / "reports", target_is_directory=True)
    assert [r.doc_id for r in read_reports([tmp_path / "reports"])] == ["a"]


def test_utf16_jsonl_and_binary_jsonl(tmp_path, errors):
    utf16 = tmp_path / "wide.jsonl"
    utf16.write_bytes((json.dumps({"id": "w1", "text": "Raqqa: An IED exploded."}) + "\n").encode("utf-16"))
    binary = tmp_path / "zz.jsonl"
    binary.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 50)
    reports = list(read_reports([utf16, binary], on_error=errors))
    assert [r.doc_id for r in reports] == ["w1"]
    assert errors == [(str(binary), "gzip archive, not a report")]
