"""HTML pages (.html, .htm, or a fetched page): main text via trafilatura, publication date via htmldate.

The stored text is the title line, then the article text as trafilatura extracts it, one blank line
between paragraphs; the title is not repeated when the article already opens with it.
"""

from __future__ import annotations

import html as html_lib
import re
from datetime import date

import trafilatura

from marsad.ingest.build import Overrides, make_report
from marsad.ingest.decode import DecodeError, ReportError, check_size, decode_report_bytes, normalise_newlines
from marsad.types import Report

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# htmldate, run by trafilatura: the date the page states, never a guess from "Copyright 2024".
MIN_ARTICLE_WORDS = 5
_HOST_LIKE = re.compile(r"^[\w.-]+(:\d+)?$")
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def decode_html(data: bytes, charset: str | None = None) -> str:
    """UTF-8/UTF-16 as any report; else the charset the server or the page's <meta> declares."""
    try:
        return decode_report_bytes(data)
    except DecodeError:
        declared = charset
        if declared is None:
            match = _META_CHARSET.search(data[:4096])
            declared = match.group(1).decode("ascii") if match else None
        if not declared or b"\x00" in data[:8192]:
            raise
        try:
            return normalise_newlines(data.decode(declared, errors="replace"))
        except LookupError:
            raise DecodeError(f"unknown charset {declared!r} declared by the page") from None


def report_from_html(
    page: str, *, doc_id: str, origin: str | None, overrides: Overrides, url: str | None = None
) -> Report:
    where = origin or doc_id
    try:
        check_size(len(page))
    except DecodeError as exc:
        raise ReportError(where, str(exc)) from None
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except (ValueError, TypeError) as exc:  # lxml gives up on some broken markup
        raise ReportError(where, f"cannot parse the HTML ({exc})") from exc
    body = (doc.text or "").strip() if doc is not None else ""
    if len(body.split()) < MIN_ARTICLE_WORDS:  # a menu or a cookie banner is all trafilatura found
        raise ReportError(where, "no article text found in the HTML page")
    raw_title = _TITLE_TAG.search(page)
    page_title = " ".join(html_lib.unescape(raw_title.group(1)).split()) if raw_title else None
    title = page_title or doc.title
    short_title = doc.title or page_title
    # One blank line between paragraphs, as in text files and feed entries.
    text = "\n\n".join(line.strip() for line in normalise_newlines(body).split("\n") if line.strip())
    if short_title and not text.startswith(short_title):
        text = f"{short_title}\n\n{text}"
    # Without og:site_name trafilatura names the site after the host ("www.example.org"): a last resort.
    host_like = bool(doc.sitename) and _HOST_LIKE.match(doc.sitename) is not None
    published = date.fromisoformat(doc.date[:10]) if doc.date else None
    return make_report(
        doc_id=doc_id,
        text=text,
        origin=origin,
        overrides=overrides,
        title=title,
        published=published,
        site_name=None if host_like else doc.sitename,
        url=url or doc.url,
        fallback_source=doc.sitename if host_like else None,
    )
