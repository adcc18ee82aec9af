"""Reading reports: text, Markdown, HTML, JSONL, RSS/Atom, directories, stdin and URLs -> `Report`.

    for report in read_reports(["examples/reports"], on_error=print):
        ...

Each bad input (unreadable, empty, binary, malformed; or one bad JSONL line or feed entry) goes to
`on_error(origin, reason)` and the rest is read; without `on_error` the first one raises InputError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path

from marsad.errors import InputError
from marsad.ingest.build import Overrides, safe_doc_id
from marsad.ingest.dateline import Dateline, find_dateline, parse_dateline_line, split_title
from marsad.ingest.decode import MAX_REPORT_BYTES, ReportError, megabytes, report_limit
from marsad.ingest.plaintext import report_from_text
from marsad.ingest.sources import guarded, reports_from_path, reports_from_stdin
from marsad.ingest.url import is_url, reports_from_url
from marsad.types import Report

__all__ = [
    "MAX_REPORT_BYTES",
    "Dateline",
    "fetch_url",
    "find_dateline",
    "parse_dateline_line",
    "read_reports",
    "read_text",
    "safe_doc_id",
    "split_title",
]

ErrorHandler = Callable[[str, str], None]


def _raise(origin: str, reason: str) -> None:
    raise ReportError(origin, reason)


def read_reports(
    inputs: Sequence[str | Path],
    *,
    published: date | None = None,
    source: str | None = None,
    on_error: ErrorHandler | None = None,
    timeout: float | None = None,
    allow_private: bool = True,
) -> Iterator[Report]:
    """Reports from files, directories (recursive, sorted, hidden files skipped), "-" (stdin) and URLs.

    `published` and `source` override what the inputs say. `timeout` (default MARSAD_FETCH_TIMEOUT) bounds
    URL fetches; `allow_private=False` refuses URLs on loopback/private/link-local addresses (the API's
    setting for URLs users submit; the CLI may read the intranet). Order is deterministic: inputs in the
    order given, directory entries by name, JSONL rows and feed entries in file order.
    """
    handler = on_error if on_error is not None else _raise
    overrides = Overrides(published=published, source=source)
    for item in inputs:
        name = str(item)
        if name == "-":
            yield from reports_from_stdin(overrides, handler)
        elif isinstance(item, str) and is_url(item):
            reports = reports_from_url(
                item, overrides=overrides, on_error=handler, timeout=timeout, allow_private=allow_private
            )
            yield from guarded(item, reports, handler)
        else:
            yield from reports_from_path(Path(item), name, overrides, handler)


def read_text(
    text: str,
    *,
    doc_id: str,
    published: date | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Report:
    """A report from text given directly (the API's upload); raises InputError when the text is empty."""
    if not isinstance(text, str):
        raise InputError(f"{doc_id}: report text must be a string, not {type(text).__name__}")
    limit = report_limit()
    # Characters are at most 4 bytes: count bytes only when the text could be over the limit.
    if len(text) > limit // 4 and len(text.encode("utf-8", errors="surrogatepass")) > limit:
        raise ReportError(doc_id, f"too large (over {megabytes(limit)}, the limit per report): split it "
                                  "or raise MARSAD_MAX_REPORT_MB")
    return report_from_text(
        text, doc_id=doc_id, origin=None, overrides=Overrides(published=published, source=source), url=url
    )


def fetch_url(url: str, *, timeout: float | None = None, allow_private: bool = True) -> list[Report]:
    """Reports at an http(s) URL: one for a page, one per entry for a feed. Raises InputError on failure.

    The API passes `allow_private=False`: no loopback, private or link-local hosts, redirects included."""
    reports = reports_from_url(
        url, overrides=Overrides(), on_error=_raise, timeout=timeout, allow_private=allow_private
    )
    return list(guarded(url, reports, _raise))
