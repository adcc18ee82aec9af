"""Property-based tests: a gazetteer import ends in counts or one GazetteerError, and a failed one leaves
the index in use byte for byte as it was (no partial write, no temporary file left behind)."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.errors import GazetteerError
from marsad.places.build import build

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

GEONAMES_ROW = ["900101", "Kafr Nabl", "Kafr Nabl", "Kafranbel,Kafr Nubl", "35.613", "36.561", "P", "PPL", "SY",
                "", "12", "", "", "", "12000", "", "400", "Asia/Damascus", "2023-05-01"]
ADMIN1_ROW = ["SY.12", "Idlib", "Idlib", "169388"]
OCHA_HEADER = ["PP_PCODE", "PP_NAME_EN", "PP_REF_NAM", "PP_ALT1_EN", "PP_ALT2_EN", "ADM3_EN", "ADM2_EN", "ADM1_EN",
               "latitude", "longitude"]
OCHA_ROW = ["C9999", "Ein Laruz", "Ein Larouz", "", "", "Kafr Nabl", "Maarrat An Nu'man", "Idleb", "35.67", "36.51"]

cells = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", "nan", "inf", "-91", "1e400", "9" * 5000, "\x00", "\ufeff", "\"", "a\tb", "a,b", "حلب"]),
)


@st.composite
def mutated_rows(draw, row: list[str]) -> list[str]:
    """A valid row with some cells replaced, dropped or added: what truncation and bad exports look like."""
    cells_out = list(row)
    for _ in range(draw(st.integers(0, 3))):
        action = draw(st.integers(0, 2))
        index = draw(st.integers(0, max(len(cells_out) - 1, 0)))
        if action == 0 and cells_out:
            cells_out[index] = draw(cells)
        elif action == 1 and cells_out:
            del cells_out[index]
        else:
            cells_out.insert(index, draw(cells))
    return cells_out


@st.composite
def gazetteer_texts(draw) -> tuple[str, str]:
    """(file name, content) for a GeoNames dump, admin1 codes or an OCHA table, more or less broken."""
    kind = draw(st.sampled_from(["geonames", "admin1", "ocha"]))
    if kind == "ocha":
        header = draw(st.one_of(st.just(OCHA_HEADER), mutated_rows(OCHA_HEADER)))
        rows = draw(st.lists(mutated_rows(OCHA_ROW), max_size=4))
        return "syr_pplp_test.csv", "\n".join(",".join(r) for r in [header, *rows])
    row = GEONAMES_ROW if kind == "geonames" else ADMIN1_ROW
    rows = draw(st.lists(mutated_rows(row), min_size=1, max_size=4))
    name = "SY.txt" if kind == "geonames" else "admin1CodesASCII.txt"
    return name, "\n".join("\t".join(r) for r in rows) + draw(st.sampled_from(["\n", "", "\r\n"]))


def _zipped(name: str, data: bytes, cut: int | None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("readme.txt", "GeoNames readme")
        archive.writestr(name, data)
    whole = buffer.getvalue()
    return whole if cut is None else whole[: cut % max(len(whole), 1)]


gazetteer_files = st.one_of(
    st.tuples(gazetteer_texts(), st.sampled_from(["utf-8", "utf-16", "cp1256"]), st.none() | st.integers(0, 4000),
              st.booleans()).map(
        lambda t: (t[0][0], t[0][1].encode(t[1], errors="replace")) if not t[3]
        else (Path(t[0][0]).stem + ".zip", _zipped(t[0][0], t[0][1].encode(t[1], errors="replace"), t[2]))
    ),
    st.tuples(st.sampled_from(["SY.txt", "SY.zip", "syr.csv"]), st.binary(max_size=300)),
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def base_index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("base")
    dump = folder / "SY.txt"
    dump.write_text("\t".join(GEONAMES_ROW) + "\n", encoding="utf-8")
    index = folder / "gazetteer.sqlite"
    build(index, [dump], with_default=False)
    return index


@FUZZ
@given(file=gazetteer_files)
def test_input_gazetteer_import_succeeds_or_leaves_the_index_intact(tmp_path, base_index, file):
    name, data = file
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    target = home / "gazetteer.sqlite"
    shutil.copyfile(base_index, target)
    before = _digest(target)
    upload = tmp_path / name
    upload.write_bytes(data)
    try:
        counts = build(target, [upload], with_default=False)
    except GazetteerError as exc:
        assert "\n" not in str(exc) and str(upload) in str(exc), str(exc)
        assert _digest(target) == before
    else:
        with sqlite3.connect(target) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            recorded = dict(conn.execute("SELECT name, places FROM sources"))
        assert recorded[name] == counts[name]  # what the import reports is what the index says it loaded
    assert sorted(p.name for p in home.iterdir()) == ["gazetteer.sqlite"]  # no temporary copy left


def _bomb(path: Path, size: int) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("SY.txt", "w", force_zip64=True) as member:
            block = b"\n" * (1024 * 1024)
            for _ in range(size // len(block)):
                member.write(block)


def test_input_zip_bomb_is_refused_before_expanding(tmp_path, base_index, monkeypatch):
    target = tmp_path / "gazetteer.sqlite"
    shutil.copyfile(base_index, target)
    before = _digest(target)
    bomb = tmp_path / "SY.zip"
    _bomb(bomb, 64 * 1024 * 1024)  # 64 MB of newlines deflate to ~64 KB
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(GazetteerError, match=r"SY\.zip: SY\.txt expands \d+ times; that is a zip bomb"):
        build(target, [bomb], with_default=False)
    monkeypatch.setenv("MARSAD_MAX_ZIP_MB", "16")
    with pytest.raises(GazetteerError, match=r"the zip expands to 64 MB \(the limit is 16 MB\)"):
        build(target, [bomb], with_default=False)
    assert _digest(target) == before


def test_input_encrypted_zip_member_is_refused(tmp_path):
    from marsad.places.importers import detect_kind

    path = tmp_path / "SY.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("SY.txt", "\t".join(GEONAMES_ROW))
    data = bytearray(buffer.getvalue())
    # Set the "encrypted" flag in the local and central headers, as an encrypting zip tool would.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature) + offset
        data[at] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerError, match="encrypted"):
        detect_kind(path)


def test_input_gazetteer_line_without_end_is_refused(tmp_path):
    from marsad.places import importers

    path = tmp_path / "SY.txt"
    path.write_bytes(b"x" * (importers.MAX_LINE_BYTES + 10))
    with pytest.raises(GazetteerError, match=r"SY\.txt:1: line longer than 1024 KB"):
        importers.detect_kind(path)


def test_input_zip_with_undecodable_file_names_is_one_error(tmp_path):
    """Found by bench/fuzz.py: a zip flagging UTF-8 names that are not UTF-8 raised UnicodeDecodeError."""
    from marsad.places.importers import detect_kind

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("SY.txt", "\t".join(GEONAMES_ROW))
    data = bytearray(buffer.getvalue().replace(b"SY.txt", b"S\xca.txt"))
    for signature, offset in ((b"PK\x03\x04", 7), (b"PK\x01\x02", 9)):
        data[data.index(signature) + offset] |= 0x08  # general purpose flag bit 11: names are UTF-8
    path = tmp_path / "SY.zip"
    path.write_bytes(bytes(data))
    with pytest.raises(GazetteerError, match=r"SY\.zip: cannot be read \(UnicodeDecodeError"):
        detect_kind(path)


def test_input_download_over_the_limit_leaves_no_file(tmp_path, monkeypatch):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from marsad.places.download import download

    served = tmp_path / "served"
    served.mkdir()
    (served / "SY.zip").write_bytes(b"PK" + b"\x00" * (2 * 1024 * 1024))
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    monkeypatch.setenv("MARSAD_MAX_ZIP_MB", "1")
    folder = tmp_path / "downloads"
    try:
        with pytest.raises(GazetteerError, match=r"SY\.zip: larger than 1 MB; raise MARSAD_MAX_ZIP_MB"):
            download(["SY"], folder, geonames_base=f"http://127.0.0.1:{httpd.server_address[1]}", ocha_url=None)
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert list(folder.iterdir()) == []
