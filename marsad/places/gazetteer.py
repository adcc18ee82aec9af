"""The gazetteer: folded-name lookup over the SQLite index, built from the default on first use.

`lookup` finds candidates by the folded key (exact), then, only when nothing matched, by bounded
fuzzy matching (rapidfuzz) among the keys that share the mention's first two letters: never a scan
over all names. Names are held in memory after `open` (a dict of keys), places are read on demand.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections import defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process

from marsad.errors import GazetteerError
from marsad.geo import CORE_COUNTRIES
from marsad.places.ayn_marks import has_inner_mark, marked_ratio
from marsad.places.index import FORM_METHOD, keys_stale, latin_key, name_vkey, place_from_row
from marsad.places.index_upkeep import ensure_index
from marsad.places.kurdish_readings import c_as_j, ch_as_j, j_as_c
from marsad.places.name_forms import subdistrict_seat_names, without_subdistrict_noun
from marsad.settings import get_settings
from marsad.text.fold import fold_arabic, is_arabic
from marsad.types import Candidate, Place

FUZZY_CUTOFF = 88.0
SEAT_METHOD = "subdistrict-seat"  # the Candidate.method of a place found as "Nahiyat X" for a mention X
FUZZY_LIMIT = 5
MIN_FUZZY_LENGTH = 5  # short keys match too much by accident
WITHIN_CUTOFF = 82.0  # looser, but only among the places of one governorate
PLACES_A_QUERY = 500  # ids read in one SELECT ... IN (...), under SQLite's limit of 999 variables


# "Almashraf", "Elhamra": an article written onto the name, as transliterations often do; read apart only when
# the name as written is unknown and a consonant and four more letters follow ("Alqosh", "Alton" stay whole).
_GLUED_OPENING = re.compile(r"^(Al|El|AL|EL)(?=[bcdfghjklmnpqrstvwxyz][a-z]{3,}\b)")
_GLUED_KEY = "ol"  # the key the fold gives "Al" and "El"
_GLUED_REST = 4  # letters of key left once the article is off: shorter ones meet too many names


class Gazetteer:
    """Read side of the index. Use `Gazetteer.open()`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.path = path
        self._conn = conn
        self._names: dict[str, list[tuple[str, str, str]]] = defaultdict(
            list
        )  # key -> (place_id, name, vkey)
        stale = keys_stale(conn)  # written by an older Marsad (and not refreshed): key names again
        for key, vkey, place_id, name in conn.execute("SELECT key, vkey, place_id, name FROM names"):
            if stale and not key.startswith("ar:"):
                key, vkey = latin_key(name), name_vkey(name) if vkey else ""  # a name's other form has none
            if key:
                self._names[key].append((place_id, name, vkey))
        self._blocks: dict[str, list[str]] | None = None
        self._places: dict[str, Place | None] = {}
        self._lookups: dict[str, list[Candidate]] = {}
        self._governorates: dict[str, Place] = {}
        # governorate(name, country) answers, read many times a report ("Deir Ezzor countryside", datelines)
        self._governorate_of: dict[tuple[str, str | None], Place | None] = {}
        self._within: dict[str, tuple[list[str], dict[str, list[tuple[str, str]]]]] = {}
        self._deserts: list[Place] | None = None
        self.capitals: dict[str, str] = {  # "adm1:SY.07" -> the capital's place id
            f"adm1:{code}": capital
            for code, capital in conn.execute(
                "SELECT code, capital_id FROM admin1 WHERE capital_id IS NOT NULL"
            )
        }
        for row in conn.execute("SELECT * FROM places WHERE feature_code = 'ADM1'"):
            place = place_from_row(row)
            self._places[place.geonameid] = place
            self._governorates[place.geonameid.split(":", 1)[1]] = place

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the index at `path` (default: MARSAD_HOME/gazetteer.sqlite), building the default index
        (the shipped Syria + Iraq gazetteer, world cities, Marsad's data) when it does not exist yet or
        was built by an older Marsad from the cities alone, and reading marsad/data/places again when
        those files changed since the index was built."""
        path = Path(path) if path else get_settings().gazetteer_path
        ensure_index(path)
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            return cls(conn, path)
        except sqlite3.Error as err:
            raise GazetteerError(
                f"cannot read the gazetteer index {path}: {err}; delete it and run "
                "`marsad gazetteer import` again"
            ) from err

    def close(self) -> None:
        self._conn.close()

    # -- lookups ---------------------------------------------------------------------------------

    def lookup(self, mention: str) -> list[Candidate]:
        """Candidates for a mention: one per place, best-matching name first-come; [] when none."""
        cached = self._lookups.get(mention)
        if cached is None:
            cached = self._lookup(mention)
            seats = self._subdistrict_seats(mention, {c.place.geonameid for c in cached})
            cached = cached + seats if seats else cached
            self._lookups[mention] = cached
        return cached

    def _subdistrict_seats(self, mention: str, found: set[str]) -> list[Candidate]:
        """Rule `subdistrict-seat-name`: the places GeoNames names "Nahiyat X" for a mention X, found by
        that name's key and matched as "X" (the ranker takes them only for "X sub-district")."""
        if is_arabic(mention):
            return []
        out = []
        for name in subdistrict_seat_names(mention):
            for pid, hit, _vkey in self._names.get(latin_key(name), []):
                place = self.get(pid)
                if place is not None and pid not in found:
                    found.add(pid)
                    out.append(Candidate(place=place, matched_name=without_subdistrict_noun(hit),
                                         method=SEAT_METHOD))
        return out

    def own_names(self) -> list[tuple[str, str]]:
        """(place id, name) of every name of Marsad's own entries (bases, fields, crossings...)."""
        return [(pid, name) for hits in self._names.values() for pid, name, _v in hits if pid.startswith("marsad:")]

    def has_key(self, key: str) -> bool:
        """True when a folded, compacted key names some place (used by the geoparser's phrase matcher), or
        does once a glued article is taken off it ("Almashraf", "Elmashraf": Al Mashraf)."""
        return key in self._names or (
            key.startswith(_GLUED_KEY) and len(key) - len(_GLUED_KEY) >= _GLUED_REST and key[2:] in self._names
        )

    def _lookup(self, mention: str) -> list[Candidate]:
        if is_arabic(mention):
            hits = self._names.get("ar:" + fold_arabic(mention), [])
            return self._candidates([(pid, name, "arabic") for pid, name, _v in hits])
        key = latin_key(mention)
        if not key:
            return []
        hits = self._names.get(key)
        kurdish = c_as_j(mention)
        if hits and kurdish != mention and self._names.get(latin_key(kurdish)):
            # Latin Kurdish c is j: "Calkah" is Jalkah, though some village's key is also "clk" (the
            # gazetteer itself writes Kurdish "Culal" for Jalal); both readings compete on spelling.
            return self._merged(kurdish, self._found(mention, key, hits))
        jim = ch_as_j(mention)  # rule `kurdish-readings`: "Duchan" is GeoNames' Dujan (Duçan, an Arabic jim)
        if hits:
            found = self._found(mention, key, hits)
            if jim != mention and self._names.get(latin_key(jim)) and not _spelled_as_written(mention, found):
                return self._merged(jim, found)
            return found
        if kurdish != mention and self._names.get(latin_key(kurdish)):
            return self._lookup(kurdish)  # Latin Kurdish c is j: "Cindirês" is Jindayris, "Cizîrê" Jazira
        for reading in (jim, j_as_c(mention)):  # "Jamrikan": the Hawar "Cemrîkan" GeoNames writes
            if reading != mention and self._names.get(latin_key(reading)):
                return self._lookup(reading)
        apart = _GLUED_OPENING.sub(r"\1 ", mention, count=1)
        if apart != mention and self._names.get(latin_key(apart)):
            return self._lookup(apart)  # "Almashraf", "Elhamra": the article written onto the name
        return self._fuzzy(key, name_vkey(mention))

    def _merged(self, reading: str, found: list[Candidate]) -> list[Candidate]:
        """The candidates of another reading of the mention and those of the mention as written, each place
        once, the closest to the reading first: both readings compete on spelling in the ranker."""
        merged = {c.place.geonameid: c for c in self._lookup(reading)}
        for cand in found:
            merged.setdefault(cand.place.geonameid, cand)
        vkey = name_vkey(reading)
        return sorted(merged.values(), key=lambda c: -fuzz.ratio(vkey, name_vkey(c.matched_name)))

    def _found(self, mention: str, key: str, hits: list[tuple[str, str, str]]) -> list[Candidate]:
        if hits:
            lowered = mention.lower()
            # Per place, the name spelled closest to the mention comes first and is the one kept.
            vkey = name_vkey(mention)
            hits = sorted(hits, key=lambda hit: -fuzz.ratio(vkey, hit[2]))
            if has_inner_mark(mention):  # rule `ayn-mark-agrees`: the name that writes the ayn too
                hits = sorted(hits, key=lambda hit: -(marked_ratio(mention, hit[1]) if hit[2] else 0.0))
            return self._candidates(
                [(pid, name, _method(name, lowered, v)) for pid, name, v in hits]
            )
        return []

    def _fuzzy(self, key: str, vkey: str) -> list[Candidate]:
        if len(key) < MIN_FUZZY_LENGTH - 2 or len(vkey) < MIN_FUZZY_LENGTH:
            return []
        block = self._block(key[:2])
        matches = process.extract(
            vkey, block, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT
        )
        found = []
        for matched_vkey, _score, _index in matches:
            for hit_key in self._vkey_index[matched_vkey]:
                found.extend(
                    (pid, name, "fuzzy") for pid, name, v in self._names[hit_key] if v == matched_vkey
                )
        return self._candidates(found)

    def warm(self) -> None:
        """Build the fuzzy-matching tables now instead of at the first fuzzy lookup (a one-time cost of
        about a second with SY+IQ loaded), so a long run's first reports are not slower."""
        self._block("")
        if not self._within:
            self._build_within()

    def fuzzy_within(self, mention: str, admin1: str) -> list[Candidate]:
        """Candidates spelled at least 75% alike among the places of one governorate (for a mention whose
        container names the governorate, when no candidate of the plain lookup lies there)."""
        vkey = name_vkey(mention)
        if is_arabic(mention) or len(vkey) < MIN_FUZZY_LENGTH:
            return []
        if not self._within:
            self._build_within()
        if admin1 not in self._within:
            return []
        keys, by_vkey = self._within[admin1]
        matches = process.extract(
            vkey, keys, scorer=fuzz.ratio, score_cutoff=WITHIN_CUTOFF, limit=FUZZY_LIMIT
        )
        found = [(pid, name, "fuzzy") for matched, _score, _i in matches for pid, name in by_vkey[matched]]
        return self._candidates(found)

    def _build_within(self) -> None:
        """Latin names grouped by governorate, in one pass over the names already in memory."""
        admin1_of = dict(self._conn.execute("SELECT geonameid, admin1 FROM places WHERE admin1 IS NOT NULL"))
        grouped: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
        for key, hits in self._names.items():
            if key.startswith("ar:"):
                continue
            for place_id, name, vkey in hits:
                admin1 = admin1_of.get(place_id)
                if admin1 and vkey:  # a name's other form (no vowel key) is never matched loosely
                    grouped[admin1][vkey].append((place_id, name))
        self._within = {admin1: (sorted(by_vkey), by_vkey) for admin1, by_vkey in grouped.items()}

    def _block(self, prefix: str) -> list[str]:
        if self._blocks is None:
            blocks: dict[str, set[str]] = defaultdict(set)
            self._vkey_index: dict[str, set[str]] = defaultdict(set)
            for key, hits in self._names.items():
                if key.startswith("ar:"):
                    continue
                for _pid, _name, vkey in (hit for hit in hits if hit[2]):
                    blocks[key[:2]].add(vkey)
                    self._vkey_index[vkey].add(key)
            self._blocks = {p: sorted(v) for p, v in blocks.items()}
        return self._blocks.get(prefix, [])

    def _candidates(self, hits: list[tuple[str, str, str]]) -> list[Candidate]:
        self._load_places([place_id for place_id, _, _ in hits])
        seen: set[str] = set()
        out = []
        for place_id, name, method in hits:
            if place_id in seen:
                continue
            place = self.get(place_id)
            if place is None:
                continue
            seen.add(place_id)
            out.append(
                Candidate(
                    place=place,
                    matched_name=name,
                    method="data" if place_id.startswith("marsad:") else method,
                )
            )
        return out

    def _load_places(self, ids: list[str]) -> None:
        """The places of `ids` not read yet, read in a few queries: a name's key may hold a hundred places,
        each read alone by `get` ~3x slower (the same rows, so the same places)."""
        missing = [i for i in dict.fromkeys(ids) if i not in self._places]
        for at in range(0, len(missing), PLACES_A_QUERY):
            chunk = [str(i) for i in missing[at:at + PLACES_A_QUERY]]
            rows = {row[0]: row for row in self._conn.execute(
                f"SELECT * FROM places WHERE geonameid IN ({','.join('?' * len(chunk))})", chunk)}
            for place_id, key in zip(missing[at:at + PLACES_A_QUERY], chunk, strict=True):
                row = rows.get(key)
                self._places[place_id] = place_from_row(row) if row else None

    def get(self, geonameid: str) -> Place | None:
        """The place with this id ("170794", "ocha:C1234", "adm1:SY.07", "marsad:t4-airbase"), or None."""
        if geonameid not in self._places:
            row = self._conn.execute("SELECT * FROM places WHERE geonameid = ?", (str(geonameid),)).fetchone()
            self._places[geonameid] = place_from_row(row) if row else None
        return self._places[geonameid]

    def deserts(self) -> list[Place]:
        """Marsad's desert regions with a bounding box (the Syrian Badia, Al-Bukamal's desert...)."""
        if self._deserts is None:
            rows = self._conn.execute(
                "SELECT * FROM places WHERE feature_code = 'REGION' AND bbox IS NOT NULL "
                "AND (lower(name) LIKE '%desert%' OR lower(name) LIKE '%badia%')"
            )
            self._deserts = [place_from_row(row) for row in rows]
        return self._deserts

    def governorate(self, name_or_admin1: str, country_code: str | None = None) -> Place | None:
        """The governorate as a Place at its capital's coordinates, from a name ("Deir Ezzor", "Idleb",
        "Rural Damascus") or a GeoNames admin-1 code ("SY.07")."""
        if name_or_admin1 in self._governorates:
            return self._governorates[name_or_admin1]
        asked = (name_or_admin1, country_code)
        if asked not in self._governorate_of:
            if len(self._governorate_of) >= _REMEMBERED_GOVERNORATE_NAMES:
                self._governorate_of.clear()  # a bound for a long run; names of governorates recur within it
            self._governorate_of[asked] = self._read_governorate(name_or_admin1, country_code)
        return self._governorate_of[asked]

    def _read_governorate(self, name_or_admin1: str, country_code: str | None) -> Place | None:
        key, vkey = latin_key(name_or_admin1), name_vkey(name_or_admin1)
        for place_id, _name, name_v in self._names.get(key, []):
            place = (
                self._governorates.get(place_id.split(":", 1)[1]) if place_id.startswith("adm1:") else None
            )
            if place and (country_code is None or place.country_code == country_code) and _alike(vkey, name_v):
                return place
        for place in self._governorates.values():  # an admin1 name as another gazetteer spells it
            if (
                latin_key(place.admin1 or "") == key
                and (country_code in (None, place.country_code))
                and _alike(vkey, name_vkey(place.admin1 or ""))
            ):
                return place
        return None

    def governorates(self) -> list[Place]:
        return list(self._governorates.values())

    def status(self) -> dict:
        """What is loaded: counts by source and country, the files imported, the index path and size."""
        conn = self._conn
        by_source = dict(conn.execute("SELECT source, count(*) FROM places GROUP BY source ORDER BY source"))
        by_country = dict(
            conn.execute(
                "SELECT country_code, count(*) FROM places WHERE country_code IN "
                "('SY', 'IQ') GROUP BY country_code ORDER BY country_code"
            )
        )
        sources = [
            {"name": n, "kind": k, "places": c, "loaded_at": t}
            for n, k, c, t in conn.execute("SELECT * FROM sources ORDER BY loaded_at, name")
        ]
        return {
            "path": str(self.path),
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
            "places": sum(by_source.values()),
            "names": sum(len(v) for v in self._names.values()),
            "by_source": by_source,
            "syria_iraq": by_country,
            "governorates": len(self._governorates),
            "with_admin2": conn.execute("SELECT count(*) FROM places WHERE admin2 IS NOT NULL").fetchone()[0],
            "sources": sources,
        }


# A governorate's name read from a shared consonant key must also share most of its vowels: the key alone
# makes "Ad Dawr" (a district of Salah al-Din) the governorate of Daraa, "Dir" and "Dara" one word. Spellings
# of one governorate stay well above it (Deraa/Daraa 0.75, Hasakeh/Hasakah 0.83, Slemani/Sulaymaniyah 0.82).
GOVERNORATE_SPELLING = 75
_REMEMBERED_GOVERNORATE_NAMES = 10_000


def _spelled_as_written(mention: str, found: list[Candidate]) -> bool:
    """Whether a place of Syria or Iraq bears the name as the mention spells it, vowels and all ("Chaddadi" is
    Shaddadi): then the mention is read as written and no other reading is tried."""
    vkey = name_vkey(mention)
    return any(c.place.country_code in CORE_COUNTRIES and name_vkey(c.matched_name) == vkey for c in found)


def _method(name: str, lowered_mention: str, vkey: str) -> str:
    """How a name was found by its key: written as the mention, folded alike, or as another form of a
    name (no vowel key: "ar Rashad" of "Qaryat ar Rashad", which the ranker takes only for a village)."""
    if not vkey and not is_arabic(name):
        return FORM_METHOD
    # "Hīt" is "Hit" written letter for letter: reports never write GeoNames' diacritics (rule exact-without-marks)
    return "exact" if _unmarked(name.lower()) == _unmarked(lowered_mention) else "folded"


def _unmarked(name: str) -> str:
    """The name without combining marks (macrons, dots below): "hīt" -> "hit", "ḩadīthah" -> "hadithah"."""
    if name.isascii():  # nothing to take off (most names; a look-up compares every name of a key: ~80 a name)
        return name
    return "".join(char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))


def _alike(vkey: str, name_vkey_: str) -> bool:
    return fuzz.ratio(vkey, name_vkey_) >= GOVERNORATE_SPELLING
