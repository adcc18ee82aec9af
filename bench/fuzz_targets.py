"""Fuzz targets for bench/fuzz.py: each takes raw bytes and raises `Unforeseen` (or any non-Marsad error)
when an input ends in anything but a result or one clear MarsadError line.

A target is built once per worker process by its factory (a temporary folder, a base gazetteer index, an
API app); `SEEDS` gives each a few valid inputs to start from.
"""

from __future__ import annotations

import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

from marsad.errors import MarsadError

Target = Callable[[bytes], None]
UNFORESEEN = "could not read it ("  # the reason `guarded` gives an exception no reader turned into an error


class Unforeseen(AssertionError):  # noqa: N818 - the name reads well in crash reports
    """An input ended in something other than a result or one MarsadError line."""


SOHR = (
    "Shelling on Jabal Al-Zawiya • The Syrian Observatory For Human Rights\n\nIdlib Province – Syrian Observatory "
    "for Human Rights: Regime forces shelled Kansafra (كنصفرة) at dawn today, killing a shepherd.\n"
)
HTML = (
    "<html><head><title>Shelling on Kansafra</title><meta charset='utf-8'></head><body><nav>Home</nav><article>"
    f"<h1>Shelling on Kansafra</h1><p>{SOHR}</p><p>Two children were injured.</p></article></body></html>"
)
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>SOHR</title><item><title>Shelling</title>'
    f"<link>https://example.org/1</link><pubDate>Mon, 03 Jun 2024 08:00:00 +0300</pubDate><description>{SOHR}"
    "</description></item></channel></rss>"
)
JSONL = json.dumps({"id": "a1", "title": "Shelling", "text": SOHR, "published": "2024-06-03"}) + "\n"
GEONAMES = "\t".join(["900101", "Kafr Nabl", "Kafr Nabl", "Kafranbel,Kafr Nubl", "35.613", "36.561", "P", "PPL",
                      "SY", "", "12", "", "", "", "12000", "", "400", "Asia/Damascus", "2023-05-01"]) + "\n"
OCHA = ("PP_PCODE,PP_NAME_EN,PP_REF_NAM,PP_ALT1_EN,PP_ALT2_EN,ADM3_EN,ADM2_EN,ADM1_EN,latitude,longitude\n"
        "C9999,Ein Laruz,Ein Larouz,,,Kafr Nabl,Maarrat An Nu'man,Idleb,35.67,36.51\n")
ACTORS = ("actors:\n- id: liwa-test\n  name: Liwa Test\n  inter: 2\n  kind: rebel\n  country: Syria\n"
          "  aliases: [LT]\n  backed_by: [{id: liwa-test, since: 2015}]\n  active: [2013, null]\n")


def _zip(name: str, data: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "GeoNames")
        archive.writestr(name, data)
    return buffer.getvalue()


SEEDS: dict[str, list[bytes]] = {
    "text": [SOHR.encode(), SOHR.encode("utf-16"), SOHR.encode("cp1256"), b"\xef\xbb\xbf" + SOHR.encode()],
    "html": [HTML.encode(), HTML.encode("cp1256")],
    "feed": [FEED.encode(), FEED.replace("rss", "feed").encode()],
    "jsonl": [JSONL.encode(), (JSONL * 3).encode()],
    "sniffed": [SOHR.encode(), HTML.encode(), FEED.encode(), JSONL.encode()],
    "api_text": [SOHR.encode()],
    "gazetteer": [GEONAMES.encode(), OCHA.encode(), b"SY.12\tIdlib\tIdlib\t169388\n"],
    "gazetteer_zip": [_zip("SY.txt", GEONAMES), _zip("syr.csv", OCHA)],
    "actors_yaml": [ACTORS.encode()],
    "api_json": [json.dumps({"text": SOHR, "title": "Shelling", "published": "2024-06-03"}).encode()],
    "api_upload": [SOHR.encode(), HTML.encode()],
}


def _file_reader(suffix: str) -> Target:
    from marsad.ingest import read_reports

    folder = Path(tempfile.mkdtemp(prefix="marsad-fuzz-"))
    path = folder / f"input{suffix}"

    def run(data: bytes) -> None:
        path.write_bytes(data)
        problems: list[str] = []
        reports = list(read_reports([path], on_error=lambda origin, reason: problems.append(reason)))
        for reason in problems:
            if reason.startswith(UNFORESEEN) or "\n" in reason:
                raise Unforeseen(reason)
        if any(not r.text.strip() for r in reports):
            raise Unforeseen("a report without text")

    return run


def _api_text() -> Target:
    from marsad.ingest import read_text

    def run(data: bytes) -> None:
        try:
            read_text(data.decode("utf-8", errors="surrogateescape"), doc_id="upload")
        except MarsadError:
            pass

    return run


def _gazetteer(zipped: bool) -> Target:
    from marsad.places.build import build

    folder = Path(tempfile.mkdtemp(prefix="marsad-fuzz-gaz-"))
    base = folder / "base.sqlite"
    seed = folder / "SY.txt"
    seed.write_text(GEONAMES, encoding="utf-8")
    build(base, [seed], with_default=False)
    home = folder / "home"
    home.mkdir()
    target = home / "gazetteer.sqlite"
    upload = folder / ("SY.zip" if zipped else "SY.txt")

    def run(data: bytes) -> None:
        shutil.copyfile(base, target)
        before = target.read_bytes()
        upload.write_bytes(data)
        try:
            build(target, [upload], with_default=False)
        except MarsadError as exc:
            if target.read_bytes() != before:
                raise Unforeseen(f"the index changed after a failed import: {exc}") from None
        leftovers = [p.name for p in home.iterdir() if p.name != "gazetteer.sqlite"]
        if leftovers:
            raise Unforeseen(f"temporary files left behind: {leftovers}")

    return run


def _actors_yaml() -> Target:
    from marsad.actors.base import ActorBase

    folder = Path(tempfile.mkdtemp(prefix="marsad-fuzz-actors-"))
    path = folder / "mine.yaml"

    def run(data: bytes) -> None:
        path.write_bytes(data)
        try:
            ActorBase.load([path])
        except MarsadError as exc:
            if "\n" in str(exc):
                raise Unforeseen(f"a message of several lines: {exc!r}") from None

    return run


class _NoEvents:
    """The API's pipeline stand-in: the fuzz is about the HTTP layer, not extraction."""

    def process(self, report) -> list:
        return []


def _api(kind: str) -> Target:
    from fastapi.testclient import TestClient

    from marsad.api import create_app

    folder = Path(tempfile.mkdtemp(prefix="marsad-fuzz-api-"))
    client = TestClient(create_app(f"sqlite:///{folder / 'api.db'}", pipeline_factory=_NoEvents))
    client.__enter__()
    headers = {"X-CSRF-Token": client.get("/api/session").json()["csrf_token"]}

    def check(response) -> None:
        if response.status_code >= 500:
            raise Unforeseen(f"HTTP {response.status_code}: {response.text[:200]}")

    def run(data: bytes) -> None:
        if kind == "json":
            json_headers = {**headers, "Content-Type": "application/json"}
            check(client.post("/api/reports", content=data, headers=json_headers))
            check(client.patch("/api/events/1", content=data, headers=json_headers))
        else:
            files = {"file": ("report.txt", data, "text/plain")}
            check(client.post("/api/reports/upload", files=files, headers=headers))

    return run


FACTORIES: dict[str, Callable[[], Target]] = {
    "text": lambda: _file_reader(".txt"),
    "html": lambda: _file_reader(".html"),
    "feed": lambda: _file_reader(".rss"),
    "jsonl": lambda: _file_reader(".jsonl"),
    "sniffed": lambda: _file_reader(".dat"),
    "api_text": _api_text,
    "gazetteer": lambda: _gazetteer(zipped=False),
    "gazetteer_zip": lambda: _gazetteer(zipped=True),
    "actors_yaml": _actors_yaml,
    "api_json": lambda: _api("json"),
    "api_upload": lambda: _api("upload"),
}
