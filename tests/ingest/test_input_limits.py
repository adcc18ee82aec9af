"""Limits on what one input may cost, and the SSRF guard for URLs submitted through the API."""

from __future__ import annotations

import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from marsad.errors import ConfigError, InputError
from marsad.ingest import fetch_url, read_reports
from marsad.ingest import url as url_module
from marsad.settings import get_settings
from tests.local_server import local_server

ARTICLE = (
    "<p>Idlib Province – Syrian Observatory for Human Rights: Regime forces shelled Kansafra village at dawn "
    "today, killing a shepherd and injuring two children, according to local sources.</p>"
)


def test_html_nesting_depth_is_refused_with_the_limit(tmp_path, errors, monkeypatch):
    monkeypatch.setenv("MARSAD_MAX_HTML_DEPTH", "50")
    deep = tmp_path / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 60 + ARTICLE + "</div>" * 60 + "</body></html>", encoding="utf-8")
    shallow = tmp_path / "shallow.html"
    # Unclosed <p> and <li> do not nest: real pages leave them open by the hundred.
    shallow.write_text("<html><body><div>" + "<p>x" * 300 + "<ul>" + "<li>y" * 300 + "</ul>" + ARTICLE
                       + "</div></body></html>", encoding="utf-8")
    reports = list(read_reports([deep, shallow], on_error=errors))
    assert [r.doc_id for r in reports] == ["shallow"]
    assert errors == [(str(deep), "HTML nested more than 50 elements deep; not an article page "
                                  "(MARSAD_MAX_HTML_DEPTH raises the limit)")]


def test_feed_item_count_is_refused(tmp_path, errors, monkeypatch):
    monkeypatch.setenv("MARSAD_MAX_FEED_ITEMS", "3")
    items = "".join(f"<item><title>Shelling {n}</title><description>Shells hit Kansafra.</description></item>"
                    for n in range(5))
    feed = tmp_path / "feed.rss"
    feed.write_text(f'<rss version="2.0"><channel><title>SOHR</title>{items}</channel></rss>', encoding="utf-8")
    assert list(read_reports([feed], on_error=errors)) == []
    assert errors[0][0] == str(feed) and "limit is 3" in errors[0][1] and "MARSAD_MAX_FEED_ITEMS" in errors[0][1]


def test_jsonl_line_length_is_refused_and_the_next_line_read(tmp_path, errors, monkeypatch):
    monkeypatch.setenv("MARSAD_MAX_JSONL_LINE_MB", "0.001")  # 1048 bytes
    path = tmp_path / "batch.jsonl"
    long_text = "Shelling on Kansafra. " * 200
    path.write_text(f'{{"id": "a", "text": "{long_text}"}}\n{{"id": "b", "text": "Daraa: an IED exploded."}}\n',
                    encoding="utf-8")
    assert [r.doc_id for r in read_reports([path], on_error=errors)] == ["b"]
    assert errors[0][0] == f"{path}:1" and errors[0][1].startswith("line too long")


def test_jsonl_without_line_breaks_is_not_read_whole(tmp_path, errors, monkeypatch):
    monkeypatch.setenv("MARSAD_MAX_JSONL_LINE_MB", "0.001")
    path = tmp_path / "one-line.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 50_000 + b'"}')
    assert list(read_reports([path], on_error=errors)) == []
    assert [origin for origin, _ in errors] == [f"{path}:1"]


@pytest.mark.parametrize("line", ["[" * 100_000, '{"text": 1' + "0" * 5000 + "}"])
def test_jsonl_pathological_json_is_one_error(tmp_path, errors, line):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "ok", "text": "Daraa: an IED exploded."}\n' + line + "\n", encoding="utf-8")
    assert [r.doc_id for r in read_reports([path], on_error=errors)] == ["ok"]
    assert len(errors) == 1 and errors[0][0] == f"{path}:2"


@pytest.mark.parametrize("value", ["abc", "-1", "0", "inf", "nan"])
def test_a_bad_limit_setting_is_a_config_error(monkeypatch, value):
    monkeypatch.setenv("MARSAD_MAX_FEED_ITEMS", value)
    with pytest.raises(ConfigError, match="MARSAD_MAX_FEED_ITEMS"):
        get_settings()


# URLs --------------------------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/to-private":
            self.send_response(302)
            self.send_header("Location", "http://10.20.30.40/internal")
            self.end_headers()
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
        elif self.path == "/to-file":
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
        elif self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(40):  # a byte every 0.1 s: each read answers in time, the whole never ends
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
        else:
            body = b"Daraa: An IED exploded near Tafas."
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with local_server(_Handler) as url:
        yield url


@pytest.fixture
def loopback_counts_as_public(monkeypatch):
    """The test server lives on 127.0.0.1: let that one address pass the guard, nothing else."""
    original = url_module.address_problem
    monkeypatch.setattr(url_module, "address_problem",
                        lambda address: None if str(address) == "127.0.0.1" else original(address))


def test_the_cli_may_fetch_loopback_but_the_api_setting_may_not(server):
    assert [r.dateline_place for r in fetch_url(f"{server}/note")] == ["Daraa"]
    with pytest.raises(InputError, match=r"refused: 127\.0\.0\.1 is a loopback address"):
        fetch_url(f"{server}/note", allow_private=False)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://localhost/admin", "loopback"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://192.168.1.1/", "private"),
        ("http://[::1]:8000/", "loopback"),
        ("http://2130706433/", "loopback"),  # 127.0.0.1 written as one number
        ("file:///etc/passwd", "only http:// and https://"),
    ],
)
def test_private_addresses_and_file_urls_are_refused(url, reason, errors):
    assert list(read_reports([url], on_error=errors, allow_private=False)) == []
    assert errors[0][0] == url and reason in errors[0][1]


def test_redirects_are_checked_again(server, loopback_counts_as_public, errors):
    assert [r.dateline_place for r in fetch_url(f"{server}/note", allow_private=False)] == ["Daraa"]
    urls = [f"{server}/to-private", f"{server}/to-file", f"{server}/loop"]
    assert list(read_reports(urls, on_error=errors, allow_private=False)) == []
    reasons = dict(errors)
    assert reasons[urls[0]].startswith("redirected to http://10.20.30.40/internal: refused: 10.20.30.40 is a "
                                       "private address")
    assert "only http:// and https://" in reasons[urls[1]]
    assert reasons[urls[2]].startswith("more than 5 redirects")


def test_a_dripping_server_is_cut_off(server, errors):
    assert list(read_reports([f"{server}/drip"], on_error=errors, timeout=0.5)) == []
    assert errors[0][1].startswith("download not finished within 2 s")


def test_gazetteer_zip_limits_are_one_line(tmp_path, monkeypatch):
    from marsad.errors import GazetteerError
    from marsad.places.importers import detect_kind

    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as archive:
        for n in range(5):
            archive.writestr(f"part{n}.txt", "x")
    monkeypatch.setenv("MARSAD_MAX_ZIP_ENTRIES", "3")
    with pytest.raises(GazetteerError, match=r"many\.zip: the zip holds 5 files \(the limit is 3\)"):
        detect_kind(many)
