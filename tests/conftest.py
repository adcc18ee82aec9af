"""Shared fixtures. A small gazetteer written here (approximate public coordinates), so pipeline tests
need no download."""

import fcntl
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from marsad.places.build import build

# geonameid, name, alternate names, latitude, longitude, feature code, admin1 code, population
PLACES = [
    (900001, "Kansafra", "Kansafrah,Kafr Nasafra", 35.662, 36.535, "PPL", "12", 5000),
    (900002, "Al Bara", "Al-Bara,Bara", 35.682, 36.541, "PPL", "12", 9000),
    (900003, "Sarmada", "Sarmadah", 36.178, 36.722, "PPL", "12", 15000),
    (900004, "Darkush", "Darkoush,Darkosh", 35.992, 36.394, "PPL", "12", 10000),
    (900005, "Idlib", "Idleb", 35.930, 36.634, "PPLA", "12", 165000),
    (900006, "Abu Kamal", "Albu Kamal,Al Bukamal,Bukamal", 34.452, 40.918, "PPL", "07", 50000),
    (900007, "Al Mayadin", "Mayadin,Al-Mayadin", 35.020, 40.451, "PPL", "07", 45000),
    (900008, "Deir ez-Zor", "Dayr az Zawr,Deir Ezzor", 35.336, 40.141, "PPLA", "07", 240000),
    (900009, "Hajin", "Hajeen", 34.687, 40.839, "PPL", "07", 35000),
    (900010, "Aleppo", "Halab", 36.201, 37.161, "PPLA", "09", 1600000),
    (900011, "Manbij", "Menbij,Minbij", 36.526, 37.956, "PPL", "09", 100000),
]
ADMIN1 = {"07": "Deir ez-Zor", "09": "Aleppo", "12": "Idlib"}
FRESH_HOME = "MARSAD_TEST_FRESH_HOME"  # the run's own MARSAD_HOME, when the caller chose none
_made_home: str | None = None  # that home, in the process that made it


def pytest_configure(config):
    """Tests never read or write the user's own ~/.marsad: unless the caller chose a MARSAD_HOME, the run gets a
    fresh one (the default gazetteer index is then built there once, as on a new machine). Under pytest-xdist the
    workers inherit the home the first process made, and share it."""
    global _made_home
    if not os.environ.get("MARSAD_HOME"):
        _made_home = os.environ["MARSAD_HOME"] = os.environ[FRESH_HOME] = tempfile.mkdtemp(prefix="marsad-test-home-")


def pytest_unconfigure(config):
    """The fresh home goes when the run ends (it holds a 25 MB index): removed by the process that made it, the
    only one that outlives the pytest-xdist workers sharing it; never a home the caller chose."""
    if _made_home is not None and os.environ.get("MARSAD_HOME") == _made_home:
        shutil.rmtree(_made_home, ignore_errors=True)


def geonames_line(geonameid, name, alternates, lat, lon, code, admin1, population, country="SY") -> str:
    """One row of a GeoNames dump (a populated place of this feature code)."""
    columns = [str(geonameid), name, name, alternates, str(lat), str(lon), "P", code, country, "", admin1,
               "", "", "", str(population), "", "300", "Asia/Damascus", "2024-01-01"]
    return "\t".join(columns)


def gazetteer_index(folder: Path, lines: list[str], admin1: dict[str, str]) -> Path:
    """An index of just these GeoNames rows and admin-1 names ("SY.07" -> "Deir ez-Zor"), without the shipped data."""
    dump = folder / "SY.txt"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    codes = folder / "admin1CodesASCII.txt"
    codes.write_text("".join(f"{c}\t{n}\t{n}\t{100 + i}\n" for i, (c, n) in enumerate(admin1.items())),
                     encoding="utf-8")
    index = folder / "gazetteer.sqlite"
    build(index, [dump, codes], with_default=False)
    return index


@pytest.fixture(scope="session")
def small_gazetteer(tmp_path_factory) -> Path:
    return gazetteer_index(tmp_path_factory.mktemp("gazetteer"), [geonames_line(*p) for p in PLACES],
                           {f"SY.{c}": n for c, n in ADMIN1.items()})


def run_temp_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder every process of this test run sees: under pytest-xdist (`make test` runs on several
    workers) the run's own temp root, which holds each worker's folder; else this process's."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@contextmanager
def exclusive(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock_file` (other processes of the run wait for it)."""
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def default_gazetteer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The index a fresh MARSAD_HOME builds on first use (the shipped gazetteer, no import), built once per
    test run and shared: the build takes ~25 s of CPU, and several areas need a home with it. The first
    worker to ask builds it; the others wait for the lock, then find it built. It is the run's own fresh
    home's index where the run made one (tests that use the default home build or find the same file)."""
    from marsad.places.gazetteer import Gazetteer

    folder = Path(os.environ.get(FRESH_HOME) or run_temp_dir(tmp_path_factory) / "default-gazetteer")
    folder.mkdir(exist_ok=True)
    with exclusive(folder / ".default-gazetteer.lock"):
        Gazetteer.open(folder / "gazetteer.sqlite").close()  # the first-use build, or a check that it is done
    return folder / "gazetteer.sqlite"


def with_default_gazetteer(home: Path, default_gazetteer: Path) -> Path:
    """`home` holding a copy of the first-use default index, as if Marsad had built it there; returns home."""
    home.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(default_gazetteer, home / "gazetteer.sqlite")
    return home
