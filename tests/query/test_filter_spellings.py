"""One filter for the CLI, the API and the web app: places as analysts spell them, actors by their aliases."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.actors.base import ActorBase
from marsad.api import create_app
from marsad.cli import app
from marsad.query import resolve_filter
from marsad.store import Store
from marsad.store.filters import EventFilter
from marsad.types import EventRecord, Evidence, Report

TEXT = "Invented report for the filter tests."
# (event id, location, admin1, actor1): two towns whose consonants agree (Al Mayadin, Maadan) must stay apart.
EVENTS = [
    ("mayadin", "Al Mayādīn", "Deir ez-Zor", "QSD: Syrian Democratic Forces"),
    ("bukamal", "Abu Kamal", "Deir ez-Zor", "Islamic State (Syria)"),
    ("maadan", "Maadan", "Ar-Raqqa", "Fatemiyoun Brigade"),
    ("deir", "Deir ez-Zor", "Deir ez-Zor", "Military Forces of Iraq (2022-) Popular Mobilization Forces"),
    ("mayadin-road", "Al Mayadin Road Junction", "Homs", "Military Forces of Syria (2024-)"),
]


def _event(event_id: str, location: str, admin1: str, actor1: str) -> EventRecord:
    return EventRecord(
        doc_id="filters", event_id=event_id, event_type="Battles", sub_event_type="Armed clash",
        plover="FIGHT", cameo="190", event_date="2024-03-04", time_precision=1, actor1=actor1, assoc_actor_1=(),
        actor2=None, assoc_actor_2=(), inter1=3, inter2=0, country="Syria", admin1=admin1, admin2=None,
        admin3=None, location=location, latitude=35.0, longitude=40.4, geo_precision=1, fatalities=0,
        source="test", source_attribution=None, notes="invented", confidence=0.9,
        evidence=(Evidence(0, 8, TEXT[:8]),),
    )  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('filters') / 'm.db'}"
    with Store.open(url) as store:
        store.add_report(Report(doc_id="filters", text=TEXT), [_event(*e) for e in EVENTS])
    return url


def _found(db: str, **filters) -> set[str]:
    with Store.open(db) as store:
        return {e["event_id"] for e in store.query_events(resolve_filter(EventFilter(**filters), store))}


@pytest.mark.parametrize(("spelling", "expected"), [
    ("Mayadeen", {"mayadin"}),
    ("Al-Mayadeen", {"mayadin"}),
    ("al mayadin", {"mayadin"}),
    ("Bukamal", {"bukamal"}),
    ("Albu Kamal", {"bukamal"}),
    ("Deir Ezzor", {"mayadin", "bukamal", "deir"}),  # the governorate and its capital
    ("Dayr az Zawr", {"mayadin", "bukamal", "deir"}),
])
def test_place_spellings_find_their_place_not_every_name_containing_it(db, spelling, expected):
    assert _found(db, place=spelling) == expected


def test_a_governorate_in_any_spelling(db):
    assert _found(db, admin1="Dayr az Zawr") == _found(db, admin1="deir ez zor") == {"mayadin", "bukamal", "deir"}


def test_part_of_a_name_that_spells_no_place_still_matches_as_typed(db):
    assert _found(db, place="Road Junction") == {"mayadin-road"}


@pytest.mark.parametrize(("alias", "expected"), [
    ("SDF", {"mayadin"}),
    ("ISIS", {"bukamal"}),
    ("Daesh", {"bukamal"}),
    ("PMF", {"deir"}),
    ("Fatemiyoun", {"maadan"}),
])
def test_actor_aliases_find_their_actors(db, alias, expected):
    assert _found(db, actor=alias) == expected


def test_api_and_cli_filter_as_the_store_does(db):
    with TestClient(create_app(db), base_url="http://localhost") as client:
        answer = client.get("/api/events", params={"place": "Mayadeen", "actor": "SDF"})
        assert answer.status_code == 200, answer.text
        assert [e["event_id"] for e in answer.json()["events"]] == ["mayadin"]
        assert {e["event_id"] for e in client.get("/api/events", params={"admin1": "Deir Ezzor"}).json()["events"]} \
            == {"mayadin", "bukamal", "deir"}
    result = CliRunner().invoke(app, ["events", "--db", db, "--place", "Al-Mayadeen", "--actor", "SDF"])
    assert result.exit_code == 0, result.output
    assert [line for line in result.stdout.splitlines() if '"event_id": "mayadin"' in line]
    assert result.stdout.count('"event_id"') == 1


def test_a_patron_that_backs_nobody_is_said_so(db):
    result = CliRunner().invoke(app, ["events", "--db", db, "--backed-by", "Norway"])
    assert result.exit_code == 1
    assert "--backed-by 'Norway': no actor in the actor base is backed by it" in result.output


def test_a_country_as_patron_means_its_forces():
    from marsad.actors.graph import client_names

    base = ActorBase.load()
    by_country = set(client_names(base, "Iran"))
    assert by_country >= set(client_names(base, "IRGC"))
    assert "Fatemiyoun Brigade" in by_country
    assert client_names(base, "Norway") == []


def test_an_unresolved_patron_filter_is_refused_by_the_store(db):
    from marsad.errors import StoreError

    with Store.open(db) as store, pytest.raises(StoreError, match="resolve it first"):
        store.query_events(EventFilter(backed_by="IRGC"))


def test_the_store_never_loads_the_actor_base_for_a_query():
    source = (Path(__file__).parents[2] / "marsad" / "store" / "store.py").read_text(encoding="utf-8")
    assert "ActorBase" not in source and "marsad.actors" not in source


def test_a_stored_name_with_diacritics_is_found(db, tmp_path):
    url = f"sqlite:///{tmp_path / 'd.db'}"
    with Store.open(url) as store:
        store.add_report(Report(doc_id="filters", text=TEXT), [_event("albu", "Ālbū Kamāl", "Deir ez-Zor", "X")])
    assert _found(url, place="Al-Bukamal") == {"albu"}
