"""The gazetteer's look-up shortcuts give what the plain path gives: places read in one query are the places
`get` reads one by one, and a name without marks is its own unmarked form."""

from __future__ import annotations

import unicodedata

from marsad.places.gazetteer import PLACES_A_QUERY, Gazetteer, _method, _unmarked


def _plain_unmarked(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def test_unmarked_shortcut_matches_the_normal_form():
    for name in ["hit", "Hīt", "ḩadīthah", "Deir ez-Zor", "al-qa'im", "Çemçemal", "", "Tell 'Abyad"]:
        assert _unmarked(name) == _plain_unmarked(name), name
    assert _method("Hīt", "hit", "hit") == "exact"
    assert _method("Hit", "hīt", "hit") == "exact"
    assert _method("Hīt", "hayt", "hayt") == "folded"


def test_places_read_together_are_the_places_read_alone(small_gazetteer):
    ids = [row[0] for row in small_gazetteer._conn.execute("SELECT geonameid FROM places")]
    assert len(ids) > 3
    alone = Gazetteer.open(small_gazetteer.path)
    try:
        expected = {i: alone.get(i) for i in ids}
    finally:
        alone.close()
    small_gazetteer._places.clear()
    small_gazetteer._load_places(ids + ["no-such-place", ids[0]])
    assert small_gazetteer._places == {**expected, "no-such-place": None}
    assert small_gazetteer.get("no-such-place") is None


def test_many_places_are_read_in_chunks(small_gazetteer, monkeypatch):
    ids = [row[0] for row in small_gazetteer._conn.execute("SELECT geonameid FROM places")]
    monkeypatch.setattr("marsad.places.gazetteer.PLACES_A_QUERY", 2)
    small_gazetteer._places.clear()
    small_gazetteer._load_places(ids)
    assert set(small_gazetteer._places) == set(ids) and None not in small_gazetteer._places.values()
    assert PLACES_A_QUERY <= 999  # SQLite's default limit of variables in one statement


def test_lookup_candidates_unchanged_by_reading_ahead(small_gazetteer, monkeypatch):
    alone = Gazetteer.open(small_gazetteer.path)
    monkeypatch.setattr(alone, "_load_places", lambda ids: None)  # each place read by `get`, as before
    try:
        for mention in ["Al-Bokamal", "Deir Ezzor", "Nebl", "Mayadin", "Albu Kamal"]:
            ahead = [(c.place, c.matched_name, c.method) for c in small_gazetteer.lookup(mention)]
            assert ahead == [(c.place, c.matched_name, c.method) for c in alone.lookup(mention)], mention
            assert ahead, mention
    finally:
        alone.close()
