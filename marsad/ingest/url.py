"""Reports fetched over http(s): HTML pages, feeds, JSONL or plain text, by content type and sniffing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from urllib.parse import urlsplit

import httpx

from marsad.ingest.build import Overrides, safe_doc_id
from marsad.ingest.decode import MAX_REPORT_BYTES, DecodeError, ReportError, decode_report_bytes, megabytes
from marsad.ingest.feed import looks_like_feed, reports_from_feed
from marsad.ingest.html import decode_html
from marsad.types import Report

ErrorHandler = Callable[[str, str], None]

MAX_DOWNLOAD_BYTES = 4 * MAX_REPORT_BYTES  # a feed holds many reports
USER_AGENT = "marsad/0.1 (conflict report reader)"


def is_url(value: str) -> bool:
    return "://" in value and urlsplit(value).scheme != ""


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise ReportError(url, f"unsupported URL scheme {scheme!r}; only http:// and https:// can be fetched")


def download(url: str, timeout: float) -> tuple[bytes, str, str | None]:
    """The body (at most MAX_DOWNLOAD_BYTES), the media type and the declared charset."""
    check_scheme(url)
    try:
        headers = {"User-Agent": USER_AGENT}
        with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as client:
            with client.stream("GET", url) as response:
                if response.status_code >= 400:
                    raise ReportError(url, f"HTTP {response.status_code} {response.reason_phrase}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_DOWNLOAD_BYTES:
                        raise ReportError(url, f"response larger than {megabytes(MAX_DOWNLOAD_BYTES)}")
                    chunks.append(chunk)
                content_type = response.headers.get("content-type", "")
    except httpx.TimeoutException:
        raise ReportError(url, f"no answer within {timeout:g} s; retry later or raise the timeout") from None
    except httpx.HTTPError as exc:
        raise ReportError(url, f"could not fetch it ({type(exc).__name__}: {exc})") from None
    media_type, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip("\"' ")
    return b"".join(chunks), media_type.strip().lower(), charset


def _kind(media_type: str, body: bytes) -> str | None:
    """The reader for a body from its media type; None when only sniffing can tell."""
    head = body[:2000].decode("utf-8", errors="ignore").lower()
    if looks_like_feed(head) and "<html" not in head:
        return "feed"
    if "html" in media_type:
        return "html"
    if any(word in media_type for word in ("rss", "atom", "xml")):
        return "feed"
    if any(word in media_type for word in ("ndjson", "jsonl", "json")):
        return "jsonl"
    return None


def reports_from_url(
    url: str, *, overrides: Overrides, on_error: ErrorHandler, timeout: float = 20
) -> Iterator[Report]:
    from marsad.ingest.sources import reports_from_document, sniff_kind

    body, media_type, charset = download(url, timeout)
    if not body.strip():
        raise ReportError(url, "empty response, no text to read")
    kind = _kind(media_type, body)
    doc_id = safe_doc_id(url)
    if kind == "feed":
        yield from reports_from_feed(body, origin=url, stem=doc_id, overrides=overrides, on_error=on_error)
        return
    try:
        text = decode_html(body, charset) if kind == "html" else decode_report_bytes(body, MAX_DOWNLOAD_BYTES)
    except DecodeError as exc:
        raise ReportError(url, str(exc)) from None
    yield from reports_from_document(
        text, kind or sniff_kind(text), doc_id=doc_id, origin=url, overrides=overrides, on_error=on_error,
        url=url,
    )
