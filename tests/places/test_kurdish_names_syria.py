"""Kurdish names of Syrian towns (marsad/data/places/kurdish-names-syria.yaml): a file of alias entries gives
places of the gazetteer more names, and a refresh leaves no name behind on a place an entry no longer names."""

from __future__ import annotations

import sqlite3

import yaml

from marsad.places.build import DATA_DIR, _add_extra_names, _drop_extra_names, place_files

# hand-made rows bearing two GeoNames ids the file names (Ras al-Ayn, Tall Abu Rasayn) and a namesake hamlet
ROWS = [
    ("165509", "Raʼs al ʻAyn", "Ra's al 'Ayn", "Ras al-Ain", 36.85, 40.07, "PPLA2", "SY", "01", 30000),
    ("163755", "Tall Abu Rasayn", "Tall Abu Rasayn", "", 36.85, 40.33, "PPL", "SY", "01", 0),
    ("4002", "Sirkan", "Sirkan", "", 36.60, 37.60, "PPL", "SY", "09", 0),
]
ADMIN1 = [("SY.01", "Al-Hasakah"), ("SY.09", "Aleppo")]


def test_every_entry_names_a_place_and_a_source():
    entries = yaml.safe_load((DATA_DIR / "kurdish-names-syria.yaml").read_text(encoding="utf-8"))
    assert entries and all(e.get("geonameid") and e.get("aliases") and e.get("source") for e in entries)
    assert DATA_DIR / "kurdish-names-syria.yaml" in place_files()  # alias entries only, and still read


def test_the_kurdish_name_finds_the_town(gazetteer):
    assert {c.place.geonameid for c in gazetteer.lookup("Serê Kaniyê")} >= {"165509"}
    assert "163755" in {c.place.geonameid for c in gazetteer.lookup("Zirgan")}


def test_the_kurdish_name_alone_resolves_to_the_town(parser):
    found = {m.text: m.place.geonameid for m in parser.parse("Artillery shelled villages west of Serêkaniyê.")}
    assert found == {"Serêkaniyê": "165509"}


def test_a_refresh_drops_the_names_an_entry_gave_before():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE names (key TEXT, vkey TEXT, place_id TEXT, name TEXT, script TEXT, is_preferred INT)")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO names VALUES ('zrgn', 'zirgan', '1', 'Zirgan', 'latin', 0)")  # the place's own name
    rows = [("zrgn", "zirgan", place, "Zirgan", "latin", 0) for place in ("1", "2")]
    _add_extra_names(conn, rows)
    assert conn.execute("SELECT count(*) FROM names").fetchone()[0] == 2
    _drop_extra_names(conn)  # the entry moved: only the name the place bore before stays
    assert conn.execute("SELECT place_id FROM names").fetchall() == [("1",)]
