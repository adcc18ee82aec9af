from __future__ import annotations

from datetime import date

import pytest
from conftest import SOHR_REPORT

from marsad.errors import InputError
from marsad.ingest import read_reports, read_text


def _one(path, **kwargs):
    reports = list(read_reports([path], **kwargs))
    assert len(reports) == 1
    return reports[0]


def test_text_file_title_doc_id_dateline_and_source(tmp_path):
    path = tmp_path / "idlib-shelling.txt"
    path.write_text(SOHR_REPORT, encoding="utf-8")
    report = _one(path)
    assert report.doc_id == "idlib-shelling"
    assert report.title == "Shelling on Jabal Al-Zawiya | Regime forces target Kansafra at dawn"
    assert report.text == SOHR_REPORT  # the title line stays in, nothing else is touched
    assert report.dateline_place == "Idlib"
    assert report.dateline_source == "Syrian Observatory for Human Rights"
    assert report.source == "Syrian Observatory for Human Rights"
    assert report.published is None
    assert report.origin == str(path)


def test_offsets_point_into_the_stored_text(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(SOHR_REPORT.replace("\n", "\r\n").encode("utf-8"))
    report = _one(path)
    assert "\r" not in report.text
    start = report.text.index("Kansafra village")
    assert report.text[start : start + 8] == "Kansafra"
    assert report.text == SOHR_REPORT


def test_overrides_win_over_the_report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(SOHR_REPORT, encoding="utf-8")
    report = _one(path, published=date(2024, 3, 4), source="My archive")
    assert report.published == date(2024, 3, 4)
    assert report.source == "My archive"


def test_markdown_title_drops_hashes(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# Clashes in Dhiban\n\nDeir Ezzor: Clashes broke out in Dhiban.\n", encoding="utf-8")
    report = _one(path)
    assert report.title == "Clashes in Dhiban"
    assert report.dateline_place == "Deir Ezzor"


def test_site_banner_line_is_not_the_title(tmp_path):
    path = tmp_path / "r.txt"
    text = ("The Syrian Observatory For Human Rights\n\nDrone strike near Tal Tamr\n\n"
            "Hasakah: A Turkish drone struck a car near Tal Tamr today.\n")
    path.write_text(text, encoding="utf-8")
    report = _one(path)
    assert report.title == "Drone strike near Tal Tamr"
    assert report.source == "Syrian Observatory for Human Rights"
    assert report.dateline_place == "Hasakah"


def test_a_paragraph_first_line_is_not_a_title(tmp_path):
    note = "On 3 May 2024, " + "regime forces shelled the outskirts of Kafr Nabl in southern Idlib, " * 6
    path = tmp_path / "note.txt"
    path.write_text(note, encoding="utf-8")
    assert _one(path).title is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbfDaraa: Gunmen shot a man in Tafas.", "Daraa: Gunmen shot a man in Tafas."),
        ("Daraa: Gunmen shot a man in Tafas.".encode("utf-16"), "Daraa: Gunmen shot a man in Tafas."),
        ("Hama: قصف على قرية الزيارة".encode("cp1256"), "Hama: قصف على قرية الزيارة"),
    ],
    ids=["utf8-bom", "utf16-bom", "cp1256-arabic"],
)
def test_encodings(tmp_path, data, expected):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    report = _one(path)
    assert report.text == expected
    assert report.dateline_place in {"Daraa", "Hama"}


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("x.bin", b"\x00\x01\x02 some bytes \x00\x00", "binary file, not a report"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image, not a report"),
        ("empty.txt", b"", "empty file, no text to read"),
        ("blank.txt", b"  \n\n \t\n", "empty file, no text to read"),
        ("latin.txt", bytes(range(0x80, 0xFF)) * 3, "not UTF-8 text"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, errors, name, data, reason):
    path = tmp_path / name
    path.write_bytes(data)
    assert list(read_reports([path], on_error=errors)) == []
    assert len(errors) == 1
    origin, message = errors[0]
    assert origin == str(path)
    assert message.startswith(reason)
    assert "\n" not in message


def test_without_on_error_the_first_bad_input_raises(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(b"\x00\x00\x00\x00")
    with pytest.raises(InputError, match=r"x\.bin: binary file, not a report$"):
        list(read_reports([path]))


def test_size_limit(tmp_path, errors, monkeypatch):
    from marsad.ingest import decode

    monkeypatch.setenv("MARSAD_MAX_REPORT_MB", "0.001")  # 1048 bytes
    path = tmp_path / "big.txt"
    path.write_text("Aleppo: shelling.\n" * 200, encoding="utf-8")
    assert list(read_reports([path], on_error=errors)) == []
    assert "too large" in errors[0][1] and "split it" in errors[0][1] and "MARSAD_MAX_REPORT_MB" in errors[0][1]
    with pytest.raises(InputError, match="too large"):
        read_text("Aleppo: shelling.\n" * 200, doc_id="upload")
    assert decode.MAX_REPORT_BYTES == 5 * 1024 * 1024


def test_read_text_for_the_api():
    report = read_text(SOHR_REPORT, doc_id="upload-1", published=date(2024, 2, 1), url="https://example.org/1")
    assert report.doc_id == "upload-1"
    assert report.published == date(2024, 2, 1)
    assert report.url == "https://example.org/1"
    assert report.dateline_place == "Idlib"
    assert report.origin is None
    with pytest.raises(InputError, match="upload-2: empty report"):
        read_text("   \n", doc_id="upload-2")


def test_same_input_same_report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(SOHR_REPORT, encoding="utf-8")
    assert _one(path) == _one(path)
    assert _one(path).content_hash == read_text(SOHR_REPORT, doc_id="other").content_hash
