"""URLs served by a local http.server on the loopback interface, in a thread."""

from __future__ import annotations

from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest
from test_ingest_feed import RSS

from marsad.errors import InputError
from marsad.ingest import fetch_url, read_reports
from tests.local_server import local_server

PAGE = """<html><head>
<title>Deir Ezzor | Militia convoy arrives in Al-Mayadeen • The Syrian Observatory For Human Rights</title>
<meta property='article:published_time' content='2024-02-08'></head>
<body><nav>Home | News</nav><article><h1>Deir Ezzor | Militia convoy arrives in Al-Mayadeen</h1>
<p>Deir Ezzor Province – Syrian Observatory for Human Rights: A convoy of Iranian-backed militiamen arrived
in Al-Mayadeen city yesterday coming from Al-Bokamal, reliable sources said.</p></article>
<footer>All rights reserved</footer></body></html>"""
ROUTES: dict[str, tuple[str, bytes]] = {
    "/report": ("text/html; charset=utf-8", PAGE.encode("utf-8")),
    "/feed": ("application/rss+xml", RSS.encode("utf-8")),
    "/feed-as-html": ("text/html", RSS.encode("utf-8")),
    "/note.txt": ("text/plain; charset=utf-8", b"Daraa: An IED exploded near Tafas."),
    "/image": ("image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
    "/empty": ("text/plain", b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        content_type, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(_Handler) as url:
        yield url


def test_html_page_by_url(server):
    (report,) = fetch_url(f"{server}/report")
    assert report.doc_id == "127.0.0.1-" + server.rsplit(":", 1)[1] + "-report"
    assert report.url == f"{server}/report" and report.origin == f"{server}/report"
    assert report.title == "Deir Ezzor | Militia convoy arrives in Al-Mayadeen"
    assert report.source == "Syrian Observatory for Human Rights"
    assert str(report.published) == "2024-02-08"
    assert report.dateline_place == "Deir Ezzor"
    assert "Home | News" not in report.text and "All rights reserved" not in report.text


@pytest.mark.parametrize("path", ["/feed", "/feed-as-html"])
def test_feed_by_url(server, path):
    reports = list(read_reports([f"{server}{path}"], on_error=lambda origin, reason: None))
    assert [r.title for r in reports] == ["Drone strike kills two near Qamishli", "Protest in Amuda"]


def test_plain_text_by_url(server):
    (report,) = read_reports([f"{server}/note.txt"], source="Field notes")
    assert report.source == "Field notes" and report.dateline_place == "Daraa"


def test_url_failures_are_one_line_each(server, errors):
    urls = [f"{server}/missing", f"{server}/image", f"{server}/empty", "ftp://example.org/report.txt",
            "http://127.0.0.1:9/closed"]
    assert list(read_reports(urls, on_error=errors, timeout=2)) == []
    reasons = dict(errors)
    assert reasons[f"{server}/missing"] == "HTTP 404 Not Found"
    assert reasons[f"{server}/image"] == "PNG image, not a report"
    assert reasons[f"{server}/empty"] == "empty response, no text to read"
    assert "only http:// and https://" in reasons["ftp://example.org/report.txt"]
    assert reasons["http://127.0.0.1:9/closed"].startswith("could not fetch it")
    assert len(errors) == len(urls)


def test_fetch_url_raises_input_error(server):
    with pytest.raises(InputError, match="/missing: HTTP 404"):
        fetch_url(f"{server}/missing")
