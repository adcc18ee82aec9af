"""The gazetteer index on disk: one SQLite file, written by `IndexBuilder`, read by `Gazetteer`.

Tables: `places` (the fields of `marsad.types.Place`), `names` (folded key -> place, raw name, script,
is_preferred), `admin1` (code -> governorate name and capital), `sources` (what was loaded).
A build always writes a temporary copy and swaps it in at the end, so a failed import never
damages the index a user already has.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import pycountry

from marsad.errors import GazetteerError
from marsad.text.fold import EXONYMS_FILE, compact, fold, fold_arabic, is_arabic, vowel_fold
from marsad.types import Place

SCHEMA = """
CREATE TABLE IF NOT EXISTS places (
    geonameid TEXT PRIMARY KEY, name TEXT NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL,
    country_code TEXT, country TEXT, admin1_code TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT,
    feature_class TEXT, feature_code TEXT, population INTEGER NOT NULL DEFAULT 0, pcode TEXT,
    bbox TEXT, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, vkey TEXT NOT NULL, place_id TEXT NOT NULL, name TEXT NOT NULL,
    script TEXT NOT NULL, is_preferred INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS admin1 (
    code TEXT PRIMARY KEY, country_code TEXT, name TEXT NOT NULL, capital_id TEXT);
CREATE TABLE IF NOT EXISTS sources (name TEXT PRIMARY KEY, kind TEXT, places INTEGER, loaded_at TEXT);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""
_NAME_INDEXES = """
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS names_place ON names(place_id);
CREATE INDEX IF NOT EXISTS places_admin1 ON places(admin1_code);
"""
COUNTRY_NAMES = {
    "SY": "Syria",
    "IQ": "Iraq",
    "TR": "Turkey",
    "LB": "Lebanon",
    "JO": "Jordan",
    "IL": "Israel",
    "PS": "Palestine",
    "IR": "Iran",
    "SA": "Saudi Arabia",
    "KW": "Kuwait",
    "RU": "Russia",  # ACLED's name, not ISO's "Russian Federation"
}


@cache
def _world_names() -> dict[str, str]:
    """Country names as ACLED writes them, from marsad/data/places/countries.yaml (code -> name)."""
    import yaml

    path = Path(__file__).resolve().parents[1] / "data" / "places" / "countries.yaml"
    return {entry["country_code"]: entry["name"] for entry in yaml.safe_load(path.read_text(encoding="utf-8"))}


@cache
def country_name(country_code: str | None) -> str | None:
    """The English name of a country code: Marsad's own for the region, else ISO 3166's common name
    ("KE" -> "Kenya"), so a place abroad still names its country (a report from Nairobi is no Syrian one)."""
    if not country_code:
        return None
    if country_code in COUNTRY_NAMES:
        return COUNTRY_NAMES[country_code]
    if country_code in _world_names():  # ACLED's names: "Democratic Republic of Congo", "Russia"
        return _world_names()[country_code]
    found = pycountry.countries.get(alpha_2=country_code)
    return (getattr(found, "common_name", None) or found.name) if found is not None else None


PLACE_COLUMNS = (
    "geonameid",
    "name",
    "latitude",
    "longitude",
    "country_code",
    "country",
    "admin1_code",
    "admin1",
    "admin2",
    "admin3",
    "feature_class",
    "feature_code",
    "population",
    "pcode",
    "bbox",
    "source",
)


FORM_SCRIPT = "form"  # a name's other form (name_forms.py): looked up by its key, never matched loosely
FORM_METHOD = "form"  # the Candidate.method of a place found by such a form


def name_rows(
    place_id: str, names: Iterable[str], preferred: str | None = None, forms: Iterable[str] = ()
) -> list[tuple]:
    """Rows of the names table for one place: Latin names by folded key, Arabic ones apart, other
    scripts dropped (they never occur in the reports Marsad reads). `forms` are other forms of its Latin
    names ("ar Rashad" of "Qaryat ar Rashad"): keyed alike but with no vowel key, so that fuzzy matching,
    which runs on vowel keys, never reaches them (a short form would meet many a loose spelling)."""
    rows: list[tuple] = []
    seen: set[tuple[str, str]] = set()
    for raw in names:
        raw = raw.strip()
        if not raw or len(raw) > 80:
            continue
        if is_arabic(raw):
            if not all(_arabic_or_neutral(c) for c in raw):
                continue
            key, vkey, script = "ar:" + fold_arabic(raw), "", "arabic"
        elif _is_latin(raw):
            key, vkey, script = latin_key(raw), name_vkey(raw), "latin"
        else:
            continue
        if len(key) < 2 or (key, raw.lower()) in seen:
            continue
        seen.add((key, raw.lower()))
        rows.append((key, vkey, place_id, raw, script, int(raw == preferred)))
    for raw in forms:
        key = latin_key(raw) if _is_latin(raw) else ""
        if len(key) >= 2 and (key, raw.lower()) not in seen:
            seen.add((key, raw.lower()))
            rows.append((key, "", place_id, raw, FORM_SCRIPT, 0))
    return rows


KEY_VERSION = 6  # bump when `latin_key` or `fold` change the keys an index holds
KEYS_HASH_KEY = "keys_hash"
# Bump when an importer reads other names from the same files (2: OCHA names also without the sub-district or
# district OCHA appends to them). Keys can be computed again from the names an index holds; names an importer
# did not read cannot, so an index imported by an older Marsad must be imported again (index_upkeep.ensure_index).
# 3: GeoNames names opening with a village noun ("Qaryat ar Rashad") also without it (name_forms.py).
IMPORT_VERSION = 3
IMPORT_VERSION_KEY = "import_version"


@lru_cache(maxsize=1)
def keys_hash() -> str:
    """A digest of what the Latin keys depend on besides the code: the key version and the exonym table."""
    return hashlib.sha256(str(KEY_VERSION).encode() + EXONYMS_FILE.read_bytes()).hexdigest()[:16]


def keys_stale(conn: sqlite3.Connection) -> bool:
    """True when an index's Latin keys were computed by another fold (an older key version, or another
    exonym table): they must be computed again from the raw names."""
    return index_key_version(conn) < KEY_VERSION or index_meta(conn, KEYS_HASH_KEY) != keys_hash()


def import_outdated(conn: sqlite3.Connection) -> bool:
    """True when the index's gazetteer files were read by an older importer (no version recorded: version 1)."""
    value = index_meta(conn, IMPORT_VERSION_KEY) or "1"
    return int(value) < IMPORT_VERSION if value.isdigit() else True


def index_meta(conn: sqlite3.Connection, key: str) -> str | None:
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


# OCHA glues the article "El" to the word after it inside a name ("Um Elkeif", "Rasm Eljahsh", "Maaret
# Elartiq"), where reports write it apart ("Umm al-Kayf"). Only after a first word: a name that opens with
# "El" ("Elkana") may be a word of its own. A glued "Al" is left alone: "Tal Alwan" is a name, not an article.
_GLUED_ARTICLE = re.compile(r"(?<=[\s-])El(?=[a-z]{3,})")


@lru_cache(maxsize=200_000)
def unglue(name: str) -> str:
    """The name with a glued article inside it written apart: "Um Elkeif" -> "Um El keif"."""
    return _GLUED_ARTICLE.sub(lambda m: m.group() + " ", name)


def name_vkey(name: str) -> str:
    """The vowel-keeping key of a Latin name, for ranking candidates that share a folded key."""
    return compact(vowel_fold(unglue(name)))


@lru_cache(maxsize=200_000)
def latin_key(name: str) -> str:
    """The index key of a Latin-script name: its folded skeleton without spaces. A name whose
    skeleton is one letter ("Nawa", "Foah", "Al Bab") keys on its vowel fold instead ("v:bab"):
    the skeleton alone would meet every short word."""
    name = unglue(name)
    key = compact(fold(name))
    if len(key) >= 2:
        return key
    vkey = compact(vowel_fold(name))
    return "v:" + vkey if len(vkey) >= 3 else ""


def index_key_version(conn: sqlite3.Connection) -> int:
    """The `KEY_VERSION` an index was written with (1 for indexes older than the meta table)."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'key_version'").fetchone()
    except sqlite3.Error:
        return 1
    return int(row[0]) if row else 1


def _is_latin(text: str) -> bool:
    return all(
        ord(c) < 0x250
        or c in "\u02bb\u02bc\u02be\u02bf\u2018\u2019\u1e0d\u1e25\u1e63\u1e6d\u1e93"
        or 0x1E00 <= ord(c) <= 0x1EFF
        for c in text
    )


def _arabic_or_neutral(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or not char.isalpha()


def place_row(place: Place, admin1_code: str | None, source: str) -> tuple:
    bbox = json.dumps(list(place.bbox)) if place.bbox else None
    return (
        place.geonameid,
        place.name,
        place.latitude,
        place.longitude,
        place.country_code,
        place.country,
        admin1_code,
        place.admin1,
        place.admin2,
        place.admin3,
        place.feature_class,
        place.feature_code,
        place.population,
        place.pcode,
        bbox,
        source,
    )


def place_from_row(row: sqlite3.Row | tuple) -> Place:
    (
        geonameid,
        name,
        lat,
        lon,
        cc,
        country,
        _admin1_code,
        admin1,
        admin2,
        admin3,
        fclass,
        fcode,
        pop,
        pcode,
        bbox,
        _source,
    ) = tuple(row)
    return Place(
        geonameid=geonameid,
        name=name,
        latitude=lat,
        longitude=lon,
        country_code=cc,
        # the name the index was built with may be ISO's ("Congo, The Democratic Republic of the"): ACLED's wins
        country=(country_name(cc) if cc else None) or country,
        admin1=admin1,
        admin2=admin2,
        admin3=admin3,
        feature_class=fclass,
        feature_code=fcode,
        population=pop or 0,
        pcode=pcode,
        bbox=tuple(json.loads(bbox)) if bbox else None,
    )


class IndexBuilder:
    """Writes a new version of the index next to `target` and swaps it in on `commit()`."""

    def __init__(self, target: Path, *, start_from_existing: bool = True) -> None:
        self.target = target
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
        os.close(handle)
        self.tmp_path = Path(tmp)
        if start_from_existing and target.exists():
            shutil.copyfile(target, self.tmp_path)
        self.conn = sqlite3.connect(self.tmp_path)
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.executescript(SCHEMA)
        if keys_stale(self.conn):
            self._rekey()
        # Bulk inserts are much faster without the name indexes; they are rebuilt in commit().
        self.conn.executescript("DROP INDEX IF EXISTS names_key; DROP INDEX IF EXISTS names_place;")

    def add_places(self, rows: list[tuple], names: list[tuple]) -> None:
        """Insert or replace places (rows from `place_row`) and add their name rows."""
        if self._has_names():
            self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS replaced (id TEXT PRIMARY KEY)")
            self.conn.execute("DELETE FROM replaced")
            self.conn.executemany("INSERT OR IGNORE INTO replaced VALUES (?)", [(row[0],) for row in rows])
            self.conn.execute("DELETE FROM names WHERE place_id IN (SELECT id FROM replaced)")
        self.conn.executemany(
            f"INSERT OR REPLACE INTO places VALUES ({','.join('?' * len(PLACE_COLUMNS))})", rows
        )
        self.conn.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)", names)

    def _has_names(self) -> bool:
        return self.conn.execute("SELECT 1 FROM names LIMIT 1").fetchone() is not None

    def remove_source_country(self, source: str, country_code: str) -> None:
        """Drop places of one country from a weaker source (the default cities) before a full dump replaces
        them, so one town does not stand twice under two ids."""
        self.conn.execute(
            "DELETE FROM names WHERE place_id IN (SELECT geonameid FROM places "
            "WHERE source = ? AND country_code = ?)",
            (source, country_code),
        )
        self.conn.execute("DELETE FROM places WHERE source = ? AND country_code = ?", (source, country_code))

    def record_source(self, name: str, kind: str, places: int) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO sources VALUES (?,?,?,datetime('now'))", (name, kind, places)
        )

    def _rekey(self) -> None:
        """An index written by an older Marsad: its Latin keys are computed again from the raw names."""
        rows = self.conn.execute(
            "SELECT rowid, name, script FROM names WHERE script IN ('latin', ?)", (FORM_SCRIPT,)
        ).fetchall()
        self.conn.executemany(
            "UPDATE names SET key = ?, vkey = ? WHERE rowid = ?",
            [
                (latin_key(name), "" if script == FORM_SCRIPT else compact(vowel_fold(name)), rowid)
                for rowid, name, script in rows
            ],
        )

    def commit(self) -> None:
        try:
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('key_version', ?)", (str(KEY_VERSION),))
            self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (KEYS_HASH_KEY, keys_hash()))
            self.conn.executescript(_NAME_INDEXES)
            self.conn.commit()
            self.conn.execute("ANALYZE")
            self.conn.close()
            os.replace(self.tmp_path, self.target)
        except sqlite3.Error as err:
            self.abort()
            raise GazetteerError(
                f"could not write the gazetteer index {self.target}: {err}; check disk space and permissions"
            ) from err

    def abort(self) -> None:
        try:
            self.conn.close()
        finally:
            self.tmp_path.unlink(missing_ok=True)
