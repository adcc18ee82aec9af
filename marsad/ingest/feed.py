"""RSS and Atom feeds (file or URL): each entry becomes one Report.

An entry's text is its title, a blank line, then its content (or summary) with the HTML stripped and
paragraph breaks kept. doc_id comes from the entry id, else its link, made filesystem-safe.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

import feedparser

from marsad.ingest.build import Overrides, make_report, safe_doc_id
from marsad.settings import input_limits
from marsad.types import Report

ErrorHandler = Callable[[str, str], None]

_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
               "table", "section", "article", "figure", "figcaption", "pre", "hr"}
_SKIP_TAGS = {"script", "style", "noscript"}
_WHITESPACE = re.compile(r"\s+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:  # line breaks inside HTML text are spaces; only tags break paragraphs
            self.parts.append(_WHITESPACE.sub(" ", data))


def strip_html(fragment: str) -> str:
    """Text of an HTML fragment: tags dropped, entities decoded, one blank line between paragraphs."""
    parser = _TextExtractor()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def looks_like_feed(head: str) -> bool:
    head = head[:2000].lower()
    return "<rss" in head or "<feed" in head or "<rdf:rdf" in head


def _entry_date(entry: dict) -> date | None:
    """The date as the publisher wrote it: feedparser's own parse shifts it to UTC, which can move the day."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return parsedate_to_datetime(raw).date()
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _entry_body(entry: dict) -> str:
    contents = entry.get("content") or []
    html_parts = [c.get("value", "") for c in contents if c.get("value")]
    if not html_parts and entry.get("summary"):
        html_parts = [entry["summary"]]
    return strip_html("\n".join(html_parts))


def _too_many(origin: str, count: int, limit: int, on_error: ErrorHandler) -> None:
    on_error(origin, f"feed with about {count} entries; the limit is {limit}: split it or raise "
                     "MARSAD_MAX_FEED_ITEMS")


def reports_from_feed(
    data: bytes | str, *, origin: str, stem: str, overrides: Overrides, on_error: ErrorHandler
) -> Iterator[Report]:
    """Reports of a feed's entries; an entry with neither id nor link gets `stem-N`.

    A feed with more than MARSAD_MAX_FEED_ITEMS entries is refused whole (counted before parsing, so a
    feed of a million items costs a scan, not a parse)."""
    max_items = input_limits().max_feed_items
    raw = data.encode("utf-8", errors="replace") if isinstance(data, str) else data
    rough_count = raw.count(b"<item") + raw.count(b"<entry")  # over-counts "<items>" tags; exact below
    if rough_count > max_items:
        _too_many(origin, rough_count, max_items, on_error)
        return
    parsed = feedparser.parse(data)
    if not parsed.get("version"):  # feedparser reads <item> in any XML; only a known feed format counts
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        on_error(origin, f"not an RSS/Atom feed{detail}")
        return
    if not parsed.entries:
        reason = getattr(parsed, "bozo_exception", None)
        detail = f" ({str(reason).splitlines()[0]})" if reason else ""
        on_error(origin, f"feed with no entries{detail}")
        return
    if len(parsed.entries) > max_items:
        _too_many(origin, len(parsed.entries), max_items, on_error)
        return
    site_name = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{number}"
        title = " ".join((entry.get("title") or "").split()) or None
        body = _entry_body(entry)
        if not body and not title:
            on_error(where, "feed entry has neither title nor text")
            continue
        if not body:
            on_error(where, "feed entry has a title but no text")
            continue
        key = entry.get("id") or entry.get("link")
        doc_id = safe_doc_id(key) if key else f"{stem}-{number}"
        text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
        yield make_report(
            doc_id=doc_id,
            text=text,
            origin=where,
            overrides=overrides,
            title=title,
            published=None if overrides.published else _entry_date(entry),
            site_name=site_name,
            url=entry.get("link") or None,
        )
