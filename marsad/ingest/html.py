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
from marsad.settings import input_limits
from marsad.types import Report

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# htmldate, run by trafilatura: the date the page states, never a guess from "Copyright 2024".
MIN_ARTICLE_WORDS = 5
_HOST_LIKE = re.compile(r"^[\w.-]+(:\d+)?$")
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
# Tags for the nesting check. `[^<>]*` (not `[^>]*`) keeps the scan linear on "<a<a<a..." without any ">".
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")
_VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
                        "track", "wbr", "param", "keygen", "command", "basefont", "frame", "isindex"})
# Elements HTML closes by itself ("<p>a<p>b", "<li>"): pages rarely close them, so they do not nest.
_SELF_ENDING_TAGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody",
                               "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body"})


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
        except (LookupError, UnicodeError, ValueError):  # unknown, or not a text codec ("base64", "idna")
            raise DecodeError(f"unknown charset {declared!r} declared by the page") from None


def nesting_depth(page: str, stop_above: int) -> int:
    """How deep elements nest in `page` (an estimate from the tags; stops counting above `stop_above`)."""
    depth = deepest = 0
    for match in _TAG.finditer(page):
        name = match.group(2).lower()
        if name in _VOID_TAGS or name in _SELF_ENDING_TAGS:
            continue
        if match.group(1):
            depth = max(0, depth - 1)
        elif not match.group(3):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > stop_above:
                    break
    return deepest


def report_from_html(
    page: str, *, doc_id: str, origin: str | None, overrides: Overrides, url: str | None = None
) -> Report:
    where = origin or doc_id
    try:
        check_size(len(page))
    except DecodeError as exc:
        raise ReportError(where, str(exc)) from None
    max_depth = input_limits().max_html_depth
    if nesting_depth(page, max_depth) > max_depth:
        raise ReportError(where, f"HTML nested more than {max_depth} elements deep; not an article page "
                                 "(MARSAD_MAX_HTML_DEPTH raises the limit)")
    try:
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except Exception as exc:  # noqa: BLE001 - lxml and trafilatura give up on broken markup in many ways
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ReportError(where, f"cannot parse the HTML ({reason})") from exc
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
    try:
        published = date.fromisoformat(doc.date[:10]) if doc.date else None
    except ValueError:  # a date htmldate could not normalise is no date
        published = None
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
