"""Plain text and Markdown reports (.txt, .md).

The stored text is the whole content with line endings normalised and nothing else changed, so the
title line stays in `text` and evidence offsets point into exactly what is stored.
"""

from __future__ import annotations

from marsad.ingest.build import Overrides, make_report
from marsad.ingest.decode import ReportError, normalise_newlines
from marsad.ingest.publishers import canonical_publisher
from marsad.types import Report

# A first line longer than this is a paragraph (an ACLED note, say), not a title.
MAX_TITLE_CHARS = 300


def title_and_site(text: str) -> tuple[str | None, str | None]:
    """The first non-empty line as the title; a leading site banner ("The Syrian Observatory For
    Human Rights" alone on a line) is taken as the site name and the next line as the title."""
    site = None
    for line in text.split("\n", 40)[:40]:
        stripped = line.strip().lstrip("#").strip()
        if not stripped:
            continue
        if site is None and canonical_publisher(stripped):
            site = stripped
            continue
        return (stripped if len(stripped) <= MAX_TITLE_CHARS else None), site
    return None, site


def report_from_text(
    text: str,
    *,
    doc_id: str,
    origin: str | None,
    overrides: Overrides,
    url: str | None = None,
    published=None,
    source: str | None = None,
) -> Report:
    text = normalise_newlines(text.lstrip("\ufeff"))
    if not text.strip():
        raise ReportError(origin or doc_id, "empty report, no text to read")
    title, site = title_and_site(text)
    return make_report(
        doc_id=doc_id,
        text=text,
        origin=origin,
        overrides=overrides,
        title=title,
        published=published,
        source=source,
        site_name=site,
        url=url,
    )
