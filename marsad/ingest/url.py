"""Reports fetched over http(s): HTML pages, feeds, JSONL or plain text, by content type and sniffing.

Fetching is bounded: MARSAD_FETCH_TIMEOUT per connect and per read, four times that for the whole
download, MARSAD_MAX_DOWNLOAD_MB for the body, at most MAX_REDIRECTS redirects, each checked again.
With `allow_private=False` (what the API passes for URLs users submit) a URL whose host resolves to a
loopback, private, link-local or otherwise non-public address is refused, and the connection goes to
the address that was checked, so a DNS answer cannot change between the check and the fetch.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable, Iterator
from urllib.parse import urljoin, urlsplit

import httpx

from marsad.ingest.build import Overrides, safe_doc_id
from marsad.ingest.decode import DecodeError, ReportError, decode_report_bytes, megabytes
from marsad.ingest.feed import looks_like_feed, reports_from_feed
from marsad.ingest.html import decode_html
from marsad.settings import input_limits
from marsad.types import Report

ErrorHandler = Callable[[str, str], None]
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

USER_AGENT = "marsad/0.1 (conflict report reader)"
MAX_REDIRECTS = 5
_WHOLE_FETCH_TIMEOUTS = 4  # the whole download may take this many per-read timeouts


def is_url(value: str) -> bool:
    return "://" in value and urlsplit(value).scheme != ""


def check_scheme(url: str) -> None:
    scheme = urlsplit(url).scheme.lower()
    if scheme not in {"http", "https"}:
        raise ReportError(url, f"unsupported URL scheme {scheme!r}; only http:// and https:// can be fetched")


# IPv6 prefixes whose last 32 bits are an IPv4 address a router or the host itself will reach.
_LAST_32_BITS_IPV4 = (
    ipaddress.IPv6Network("::ffff:0:0/96"),  # IPv4-mapped
    ipaddress.IPv6Network("::ffff:0:0:0/96"),  # IPv4-translated (RFC 2765)
    ipaddress.IPv6Network("::/96"),  # IPv4-compatible (deprecated, still routed by some stacks)
    ipaddress.IPv6Network("64:ff9b::/96"),  # NAT64 well-known prefix (RFC 6052)
    ipaddress.IPv6Network("64:ff9b:1::/48"),  # NAT64 local-use prefix (RFC 8215)
)
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")  # 6to4: the IPv4 address in bits 16-48


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """Every IPv4 address an IPv6 address carries (mapped, translated, compatible, NAT64, 6to4, Teredo)."""
    found = []
    if any(address in network for network in _LAST_32_BITS_IPV4):
        found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    if address in _SIX_TO_FOUR:
        found.append(ipaddress.IPv4Address((int(address) >> 80) & 0xFFFFFFFF))
    if address.teredo is not None:
        found.extend(address.teredo)  # (server, client)
    return found


def address_problem(address: IPAddress) -> str | None:
    """Why an address must not be fetched for someone else ("a loopback address"), or None if public.
    An IPv6 address that carries an IPv4 one is judged by that one too; only global unicast passes."""
    if isinstance(address, ipaddress.IPv6Address) and not (address.is_loopback or address.is_unspecified):
        if address.is_site_local:
            return "a site-local address"
        for inner in embedded_ipv4(address):
            problem = address_problem(inner)
            if problem:
                return f"{problem} ({inner}) inside an IPv6 address"
        if any(address in network for network in _LAST_32_BITS_IPV4):
            return None  # only a translation of the public IPv4 address just checked (DNS64 gives these)
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_private:
        return "a private address"
    if not address.is_global or address.is_multicast or address.is_reserved or address.is_unspecified:
        return "not a public address"
    return None


def check_url(url: str, *, allow_private: bool) -> IPAddress | None:
    """Raise ReportError unless `url` may be fetched; without `allow_private`, the checked public address.

    `allow_private=True` is for the CLI (a user's own machine may read the intranet); the API passes False.
    """
    check_scheme(url)
    parts = urlsplit(url)
    host = parts.hostname
    if not host:
        raise ReportError(url, "the URL names no host")
    if allow_private:
        return None
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError) as exc:
        raise ReportError(url, f"cannot resolve the host {host!r} ({exc})") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]
    for address in addresses:
        problem = address_problem(address)
        if problem:
            raise ReportError(url, f"refused: {host} is {problem} ({address}); only public addresses are fetched")
    if not addresses:
        raise ReportError(url, f"cannot resolve the host {host!r}")
    return addresses[0]


def _request(url: str, pinned: IPAddress | None) -> httpx.Request:
    """A GET for `url`, sent to `pinned` (if given) with the URL's host in the Host header and TLS SNI."""
    target = httpx.URL(url)
    headers = {"User-Agent": USER_AGENT}
    if pinned is None:
        return httpx.Request("GET", target, headers=headers)
    headers["Host"] = target.netloc.decode("ascii").rsplit("@", 1)[-1]
    extensions = {"sni_hostname": target.host}
    return httpx.Request("GET", target.copy_with(host=str(pinned)), headers=headers, extensions=extensions)


def download(url: str, timeout: float | None = None, *, allow_private: bool = True) -> tuple[bytes, str, str | None]:
    """The body, the media type and the declared charset; ReportError (with `url` as origin) on any failure."""
    limits = input_limits()
    timeout = limits.fetch_timeout if timeout is None else timeout
    deadline = time.monotonic() + timeout * _WHOLE_FETCH_TIMEOUTS
    current = url
    try:
        with httpx.Client(follow_redirects=False, timeout=timeout) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                try:
                    pinned = check_url(current, allow_private=allow_private)
                except ReportError as exc:
                    raise ReportError(url, exc.reason if current == url else f"redirected to {current}: "
                                      f"{exc.reason}") from None
                response = client.send(_request(current, pinned), stream=True)
                try:
                    if response.is_redirect and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return _read_body(url, response, limits.max_download_bytes, deadline, timeout)
                finally:
                    response.close()
            raise ReportError(url, f"more than {MAX_REDIRECTS} redirects; give the final address")
    except httpx.TimeoutException:
        raise ReportError(url, f"no answer within {timeout:g} s; retry later or raise the timeout") from None
    except httpx.HTTPError as exc:
        raise ReportError(url, f"could not fetch it ({type(exc).__name__}: {exc})") from None


def _read_body(
    url: str, response: httpx.Response, max_bytes: int, deadline: float, timeout: float
) -> tuple[bytes, str, str | None]:
    if response.status_code >= 400:
        raise ReportError(url, f"HTTP {response.status_code} {response.reason_phrase}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise ReportError(url, f"response larger than {megabytes(max_bytes)} (MARSAD_MAX_DOWNLOAD_MB)")
        if time.monotonic() > deadline:  # a server dripping one byte per read never hits the read timeout
            raise ReportError(url, f"download not finished within {timeout * _WHOLE_FETCH_TIMEOUTS:g} s; "
                                   "retry later or raise MARSAD_FETCH_TIMEOUT")
        chunks.append(chunk)
    content_type = response.headers.get("content-type", "")
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
    url: str, *, overrides: Overrides, on_error: ErrorHandler, timeout: float | None = None,
    allow_private: bool = True,
) -> Iterator[Report]:
    from marsad.ingest.sources import reports_from_document, sniff_kind

    body, media_type, charset = download(url, timeout, allow_private=allow_private)
    if not body.strip():
        raise ReportError(url, "empty response, no text to read")
    kind = _kind(media_type, body)
    doc_id = safe_doc_id(url)
    if kind == "feed":
        yield from reports_from_feed(body, origin=url, stem=doc_id, overrides=overrides, on_error=on_error)
        return
    try:
        text = decode_html(body, charset) if kind == "html" else decode_report_bytes(body, len(body))
    except DecodeError as exc:
        raise ReportError(url, str(exc)) from None
    yield from reports_from_document(
        text, kind or sniff_kind(text), doc_id=doc_id, origin=url, overrides=overrides, on_error=on_error,
        url=url,
    )
