"""An index imported by an older Marsad, whose importers read fewer names from the same files: the user's own
files are named for import again (once per process, nothing lost); an index of the shipped files alone is
rebuilt from them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from marsad.places.gazetteer import ensure_index
from marsad.places.index import IMPORT_VERSION, IMPORT_VERSION_KEY, import_outdated
from tests.conftest import with_default_gazetteer

from .conftest import ROWS, gazetteer_from_rows


def _as_older_marsad_left_it(path: Path, version: str | None) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (IMPORT_VERSION_KEY,))
        if version is not None:
            conn.execute("INSERT INTO meta VALUES (?, ?)", (IMPORT_VERSION_KEY, version))


def _counts(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        return (conn.execute("SELECT count(*) FROM places").fetchone()[0],
                conn.execute("SELECT count(*) FROM names").fetchone()[0])


def _built(folder: Path) -> Path:
    gazetteer = gazetteer_from_rows(folder, ROWS)
    gazetteer.close()
    return gazetteer.path


def test_an_import_records_the_importers_version_and_opens_silently(tmp_path, capsys):
    path = _built(tmp_path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key = ?", (IMPORT_VERSION_KEY,)).fetchone() == (
            str(IMPORT_VERSION),)
        assert not import_outdated(conn)
    ensure_index(path)
    assert capsys.readouterr().err == ""


def test_an_older_import_names_the_files_to_import_again_once_and_keeps_the_index(tmp_path, capsys):
    path = _built(tmp_path)
    _as_older_marsad_left_it(path, str(IMPORT_VERSION - 1))
    before = _counts(path)
    ensure_index(path)
    told = capsys.readouterr().err
    assert "older Marsad" in told and "SY.txt" in told and "marsad gazetteer import" in told
    assert told.count("\n") == 1
    ensure_index(path)
    assert capsys.readouterr().err == ""  # once per process
    assert _counts(path) == before


def test_an_index_with_no_version_recorded_is_an_older_import(tmp_path, capsys):
    path = _built(tmp_path)
    _as_older_marsad_left_it(path, None)
    ensure_index(path)
    assert "older Marsad" in capsys.readouterr().err


def test_an_index_of_the_shipped_files_alone_is_rebuilt_from_them(tmp_path, default_gazetteer, capsys):
    fresh = with_default_gazetteer(tmp_path / "home", default_gazetteer) / "gazetteer.sqlite"  # first-use build
    ensure_index(fresh)  # current: left as it is
    older = fresh.with_name("older.sqlite")
    shutil.copy(fresh, older)
    _as_older_marsad_left_it(older, str(IMPORT_VERSION - 1))
    ensure_index(older)
    with sqlite3.connect(older) as conn:
        assert not import_outdated(conn)
    assert "older Marsad" not in capsys.readouterr().err
    assert _counts(older) == _counts(fresh)
