"""Where reports come from: files, directories, stdin; which reader reads what.

Readers are picked by file extension; unknown extensions, stdin and URL bodies are sniffed
(feed, HTML, JSONL or plain text). Every failure goes to `on_error(origin, reason)` and the batch
goes on with the next file (or the next JSONL line, or the next feed entry).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from marsad.ingest.build import Overrides
from marsad.ingest.decode import (
    MAX_COLLECTION_BYTES,
    DecodeError,
    ReportError,
    check_size,
    decode_report_bytes,
    megabytes,
    reject_binary,
    report_limit,
)
from marsad.ingest.feed import looks_like_feed, reports_from_feed
from marsad.ingest.html import decode_html, report_from_html
from marsad.ingest.jsonl import reports_from_jsonl
from marsad.ingest.plaintext import report_from_text
from marsad.settings import input_limits
from marsad.types import Report

ErrorHandler = Callable[[str, str], None]

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
STDIN_ORIGIN = "<stdin>"
STDIN_DOC_ID = "stdin"


def sniff_kind(text: str) -> str:
    """"feed", "html", "jsonl" or "text" from the first characters of a document."""
    head = text.lstrip("\ufeff \t\r\n")[:2000]
    lower = head.lower()
    if lower.startswith("<") and looks_like_feed(lower) and "<html" not in lower:
        return "feed"
    if lower.startswith(("<!doctype html", "<html")) or "<body" in lower or "<html" in lower:
        return "html"
    first_line = head.split("\n", 1)[0].strip()
    if first_line.startswith("{"):
        try:
            if isinstance(json.loads(first_line), dict):
                return "jsonl"
        except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
            pass
    return "text"


def reports_from_document(
    text: str,
    kind: str,
    *,
    doc_id: str,
    origin: str,
    overrides: Overrides,
    on_error: ErrorHandler,
    url: str | None = None,
) -> Iterator[Report]:
    """Reports from a decoded document of a known kind (used for sniffed files, stdin and URL bodies)."""
    if kind == "feed":
        yield from reports_from_feed(text, origin=origin, stem=doc_id, overrides=overrides, on_error=on_error)
    elif kind == "jsonl":
        yield from reports_from_jsonl(
            text.split("\n"), origin=origin, stem=doc_id, overrides=overrides, on_error=on_error
        )
    elif kind == "html":
        yield report_from_html(text, doc_id=doc_id, origin=origin, overrides=overrides, url=url)
    else:
        yield report_from_text(text, doc_id=doc_id, origin=origin, overrides=overrides, url=url)


def _jsonl_lines(path: Path, max_line: int) -> Iterator[bytes]:
    """Lines of a JSONL file; an over-long line is cut at `max_line + 1` bytes (the reader refuses it)
    and the rest of it skipped, so a file without line breaks never sits in memory whole."""
    with path.open("rb") as handle:
        while line := handle.readline(max_line + 1):
            if len(line) > max_line and not line.endswith(b"\n"):
                while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                    pass
            yield line


def _read_file(path: Path, origin: str, overrides: Overrides, on_error: ErrorHandler) -> Iterator[Report]:
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size == 0:
        raise ReportError(origin, "empty file, no text to read")
    if suffix in JSONL_SUFFIXES:
        with path.open("rb") as handle:
            head = handle.read(8192)
        try:
            reject_binary(head)
        except DecodeError as exc:
            raise ReportError(origin, str(exc)) from None
        if not head.startswith((b"\xff\xfe", b"\xfe\xff")):
            # Streamed line by line: a large JSONL file never sits in memory whole.
            lines = _jsonl_lines(path, input_limits().max_jsonl_line_bytes)
            yield from reports_from_jsonl(
                lines, origin=origin, stem=path.stem, overrides=overrides, on_error=on_error
            )
            return
    max_report = report_limit()
    limit = max_report if suffix in TEXT_SUFFIXES | HTML_SUFFIXES else MAX_COLLECTION_BYTES
    try:
        check_size(size, limit)
    except DecodeError as exc:
        raise ReportError(origin, str(exc)) from None
    data = path.read_bytes()
    try:
        if suffix in HTML_SUFFIXES:
            yield report_from_html(decode_html(data), doc_id=path.stem, origin=origin, overrides=overrides)
            return
        if suffix in FEED_SUFFIXES:
            reject_binary(data)
            yield from reports_from_feed(
                data, origin=origin, stem=path.stem, overrides=overrides, on_error=on_error
            )
            return
        text = decode_report_bytes(data, limit=limit)
    except DecodeError as exc:
        raise ReportError(origin, str(exc)) from None
    kind = "text" if suffix in TEXT_SUFFIXES else "jsonl" if suffix in JSONL_SUFFIXES else sniff_kind(text)
    if kind in ("text", "html") and suffix not in TEXT_SUFFIXES and size > max_report:
        raise ReportError(origin, f"too large ({megabytes(size)}; the limit is "
                                  f"{megabytes(max_report)} per report): split it into reports")
    yield from reports_from_document(
        text, kind, doc_id=path.stem, origin=origin, overrides=overrides, on_error=on_error
    )


def guarded(origin: str, reports: Iterable[Report], on_error: ErrorHandler) -> Iterator[Report]:
    """Turn any failure while reading one input into an error for that input, so the batch goes on."""
    try:
        yield from reports
    except ReportError as exc:
        on_error(exc.origin, exc.reason)
    except PermissionError:
        on_error(origin, "cannot read it (permission denied)")
    except OSError as exc:
        on_error(origin, f"cannot read it ({exc.strerror or exc})")
    except Exception as exc:  # noqa: BLE001 - a third-party parser failing on one file must not stop the batch
        on_error(origin, f"could not read it ({type(exc).__name__}: {exc})")


def _walk(directory: Path) -> Iterator[Path]:
    """Files under `directory`, recursively, sorted by name, hidden files and folders skipped.

    Linked folders are not followed (a link to a parent would never end); linked files are read.
    """
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.is_symlink():
                continue
            yield from _walk(entry)
        elif entry.is_file():
            yield entry


def reports_from_path(
    path: Path, origin: str, overrides: Overrides, on_error: ErrorHandler
) -> Iterator[Report]:
    if path.is_dir():
        for file in _walk(path):
            yield from guarded(str(file), _read_file(file, str(file), overrides, on_error), on_error)
    elif path.is_file():
        yield from guarded(origin, _read_file(path, origin, overrides, on_error), on_error)
    elif path.exists():
        on_error(origin, "not a regular file or directory")
    else:
        on_error(origin, "no such file or directory")


def _stdin_text() -> str:
    buffer = getattr(sys.stdin, "buffer", None)
    if buffer is not None:
        data = buffer.read()
        if not data:
            raise ReportError(STDIN_ORIGIN, "empty input, no text to read")
        try:
            return decode_report_bytes(data, limit=MAX_COLLECTION_BYTES)
        except DecodeError as exc:
            raise ReportError(STDIN_ORIGIN, str(exc)) from None
    text = sys.stdin.read()
    if not text.strip():
        raise ReportError(STDIN_ORIGIN, "empty input, no text to read")
    return text


def reports_from_stdin(overrides: Overrides, on_error: ErrorHandler) -> Iterator[Report]:
    def read() -> Iterator[Report]:
        text = _stdin_text()
        yield from reports_from_document(
            text, sniff_kind(text), doc_id=STDIN_DOC_ID, origin=STDIN_ORIGIN, overrides=overrides,
            on_error=on_error,
        )

    yield from guarded(STDIN_ORIGIN, read(), on_error)
