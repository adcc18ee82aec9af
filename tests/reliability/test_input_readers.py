"""Property-based tests: whatever bytes a user hands a reader, the result is reports or one InputError.

Hypothesis writes the files (random bytes, and text shaped like each format: markup, feeds, JSONL rows)
and every reader must end in `Report`s or a one-line `InputError` — never another exception. With an
`on_error` handler nothing may be raised at all, and every reason is a single line. The batch's safety
net ("could not read it (TypeError: ...)", for a parser failing in a way nobody foresaw) counts as a crash.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import InputError
from marsad.ingest import read_reports, read_text
from marsad.types import Report

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
UNFORESEEN = "could not read it ("  # the reason `guarded` gives an exception no reader turned into an error
SUFFIXES = [".txt", ".md", ".html", ".jsonl", ".rss", ".xml", ".atom", ".dat", ""]

# Text with the characters readers trip on: Arabic, BOMs, control bytes, markup, quotes, line breaks.
_ALPHABET = st.sampled_from(list("ab <>/&;=\"'{}[]:,\n\r\t\x00\ufeff\u200fحلب–#") + ["\ud800"])
tricky_text = st.text(alphabet=st.one_of(_ALPHABET, st.characters()), max_size=400)
_TAGS = st.sampled_from(["p", "div", "span", "script", "style", "article", "title", "html", "body", "br", "a"])


@st.composite
def html_pages(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(_TAGS)
        kind = draw(st.integers(0, 3))
        parts.append(f"<{tag}>" if kind == 0 else f"</{tag}>" if kind == 1 else f"<{tag} x='{draw(tricky_text)}'>"
                     if kind == 2 else draw(tricky_text))
    return "<html><body>" + "".join(parts)


@st.composite
def feeds(draw) -> str:
    items = "".join(
        f"<item><title>{draw(tricky_text)}</title><description>{draw(tricky_text)}</description>"
        f"<pubDate>{draw(tricky_text)}</pubDate><guid>{draw(tricky_text)}</guid></item>"
        for _ in range(draw(st.integers(0, 4)))
    )
    root = draw(st.sampled_from(['<rss version="2.0"><channel>', '<feed xmlns="http://www.w3.org/2005/Atom">']))
    return f"{root}<title>{draw(tricky_text)}</title>{items}"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | tricky_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(tricky_text, inner, max_size=4),
    max_leaves=12,
)
report_rows = st.fixed_dictionaries(
    {},
    optional={"id": json_values, "text": st.one_of(tricky_text, json_values), "title": json_values,
              "published": st.one_of(tricky_text, json_values), "source": json_values, "url": json_values},
)
jsonl_lines = st.lists(st.one_of(report_rows.map(json.dumps), tricky_text.map(lambda t: t.replace("\n", " "))),
                       max_size=6).map("\n".join)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


contents = st.one_of(
    st.binary(max_size=600),
    st.tuples(st.one_of(tricky_text, html_pages(), feeds(), jsonl_lines),
              st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1256", "latin-1"])).map(lambda p: _encode(*p)),
)


def _read_strictly(path: Path) -> list[Report]:
    """Reports, or the InputError the first bad input raises; any other exception fails the test."""
    try:
        return list(read_reports([path]))
    except InputError as exc:
        assert "\n" not in str(exc), str(exc)
        assert str(exc).startswith(str(path)), str(exc)
        assert UNFORESEEN not in str(exc), str(exc)
        return []


@FUZZ
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_input_files_give_reports_or_one_input_error(tmp_path, data, suffix):
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    reports = _read_strictly(path)
    for report in reports:
        assert isinstance(report, Report) and report.text.strip()


@FUZZ
@given(data=contents, suffix=st.sampled_from(SUFFIXES))
def test_input_errors_go_to_the_handler_one_line_each(tmp_path, data, suffix):
    path = tmp_path / f"report{suffix}"
    path.write_bytes(data)
    problems: list[tuple[str, str]] = []
    list(read_reports([path], on_error=lambda origin, reason: problems.append((origin, reason))))
    for origin, reason in problems:
        assert origin.startswith(str(path)) and reason and "\n" not in reason, (origin, reason)
        assert not reason.startswith(UNFORESEEN), (origin, reason)


@FUZZ
@given(text=st.one_of(tricky_text, html_pages(), feeds(), jsonl_lines), doc_id=tricky_text)
def test_input_text_for_the_api_gives_a_report_or_one_input_error(text, doc_id):
    try:
        report = read_text(text, doc_id=doc_id or "upload")
    except InputError as exc:
        assert "\n" not in str(exc).strip("\n") or "\n" in doc_id
        return
    assert report.text.strip()


@pytest.mark.parametrize("value", [None, 42, b"bytes", ["a list"]])
def test_input_text_that_is_not_a_string_is_an_input_error(value):
    with pytest.raises(InputError, match="must be a string"):
        read_text(value, doc_id="upload")  # type: ignore[arg-type]


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".rss", ".html"])
def test_input_nothing_but_a_bom_is_an_empty_file(tmp_path, suffix):
    path = tmp_path / f"bom{suffix}"
    path.write_bytes(b"\xef\xbb\xbf")
    with pytest.raises(InputError, match=r"bom\.\w+(:1)?: (empty|not an RSS|no article)"):
        list(read_reports([path]))
