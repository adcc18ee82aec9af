"""Short invented SOHR-style reports for the crash, concurrency, backup and re-code tests.

Deterministic: report i is always the same text. Places and actors are ones the default gazetteer and the
shipped actor base know, so every report codes to one to three events.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from marsad.store import Store
from marsad.store.engine import create_store_engine
from marsad.store.integrity import integrity_problems
from marsad.store.models import ReportRow
from marsad.types import EventRecord, Evidence, Report
from tests.conftest import with_default_gazetteer
from tests.postgres import emptied_postgres_url

PLACES = [("Kansafra", "Idlib"), ("Al-Bara", "Idlib"), ("Sarmada", "Idlib"), ("Darkoush", "Idlib"),
          ("Al-Mayadeen", "Deir Ezzor"), ("Hajin", "Deir Ezzor"), ("Al-Bokamal", "Deir Ezzor"),
          ("Manbij", "Aleppo"), ("Tafas", "Daraa"), ("Palmyra", "Homs")]
ATTACKERS = ["Regime forces", "ISIS cells", "HTS fighters", "Turkish forces", "SDF forces", "Gunmen"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
COUNTS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "12"]
SENTENCES = [
    "{a} shelled {p} in the southern countryside of {g} on {d}, killing {n} civilians.",
    "{a} attacked a checkpoint near {p} on {d}, killing {n} soldiers of regime forces.",
    "Russian warplanes carried out {n} airstrikes on the outskirts of {p} in the countryside of {g}.",
    "{a} arrested {n} young men in a raid on {p} on {d}.",
    "An explosive device went off near a military vehicle in {p}, injuring {n} members of {b}.",
]


def report_text(i: int) -> str:
    """Report i: a dateline and two events; unique per i (its numbers and places follow from i)."""
    place, governorate = PLACES[i % len(PLACES)]
    other, _ = PLACES[(i * 7 + 3) % len(PLACES)]
    values = {"a": ATTACKERS[i % len(ATTACKERS)], "b": ATTACKERS[(i + 1) % len(ATTACKERS)],
              "d": DAYS[i % len(DAYS)], "g": governorate}
    first = SENTENCES[i % len(SENTENCES)].format(p=place, n=COUNTS[i % len(COUNTS)], **values)
    second = SENTENCES[(i // len(SENTENCES) + 2) % len(SENTENCES)].format(
        p=other, n=COUNTS[(i // len(COUNTS)) % len(COUNTS)], **values)
    return f"{governorate} Province – Syrian Observatory for Human Rights (report {i}): {first} {second}\n"


def write_reports(folder: Path, count: int, start: int = 0) -> Path:
    """Reports start..start+count-1 as text files in `folder` (created); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        (folder / f"sohr-{i:05d}.txt").write_text(report_text(i), encoding="utf-8")
    return folder


# Fixtures and helpers shared by test_crash_*, test_concurrent_*, test_backup_* and test_recode_*. The folder's
# conftest.py registers the fixture_* functions once, so a session fixture (the clean ingest of the corpus, the
# home) is made once a run, not once per module that imports it.

def marsad_bin() -> str:
    return str(Path(sys.executable).with_name("marsad"))


@pytest.fixture(scope="session", name="marsad_home")
def fixture_marsad_home(tmp_path_factory: pytest.TempPathFactory, default_gazetteer: Path) -> Path:
    """A MARSAD_HOME with the default gazetteer (the run's one first-use build), for the `marsad` subprocesses."""
    home = with_default_gazetteer(tmp_path_factory.mktemp("marsad-home"), default_gazetteer)
    from marsad.places.gazetteer import Gazetteer

    Gazetteer.open(home / "gazetteer.sqlite").close()
    return home


def cli_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("MARSAD_DB", "MARSAD_TEST_PG_URL")}
    env["MARSAD_HOME"] = str(home)
    env["PYTHONUNBUFFERED"] = "1"
    return env


def start_ingest(inputs: Path | list[Path], db_url: str, home: Path, log: Path) -> subprocess.Popen:
    """`marsad ingest INPUTS --db URL` in its own process, output appended to `log`."""
    paths = [str(p) for p in (inputs if isinstance(inputs, list) else [inputs])]
    with log.open("a") as handle:
        return subprocess.Popen([marsad_bin(), "ingest", *paths, "--db", db_url, "--published", "2024-03-05"],
                                stdout=handle, stderr=subprocess.STDOUT, env=cli_env(home))


CORPUS_SIZE = 120  # enough that a kill aimed mid-ingest lands there: 40 short reports take 0.6 s


@pytest.fixture(scope="session", name="corpus")
def fixture_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """CORPUS_SIZE short reports in a folder, for the subprocess tests."""
    return write_reports(tmp_path_factory.mktemp("corpus") / "reports", CORPUS_SIZE)


@pytest.fixture(scope="session", name="clean_run")
def fixture_clean_run(corpus: Path, marsad_home: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The events of one ingest of the corpus nobody disturbed (SQLite): what every store must end up with."""
    folder = tmp_path_factory.mktemp("clean")
    url = f"sqlite:///{folder / 'clean.db'}"
    process = start_ingest(corpus, url, marsad_home, folder / "clean.log")
    assert process.wait(timeout=600) == 0, (folder / "clean.log").read_text()
    events = events_by_id(url)
    assert len(report_hashes(url)) == CORPUS_SIZE and len(events) > CORPUS_SIZE  # about two events a report
    return events


def stored_reports(url: str) -> int:
    """Reports stored so far (0 while the first process is still creating the schema)."""
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count(ReportRow.id))) or 0
    except SQLAlchemyError:
        return 0
    finally:
        engine.dispose()


def assert_whole(url: str) -> None:
    engine = create_store_engine(url)
    try:
        assert integrity_problems(engine) == []  # SQLite: PRAGMA integrity_check and foreign_key_check
    finally:
        engine.dispose()


@pytest.fixture(name="any_db", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fixture_any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh store URL: a SQLite file, then the emptied PostgreSQL test database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'marsad.db'}"
    return emptied_postgres_url()


def events_by_id(db_url: str) -> dict[str, str]:
    """Every stored event as canonical JSON (all contract fields and evidence), by event_id."""
    with Store.open(db_url) as store:
        return {e["event_id"]: json.dumps(e, sort_keys=True, ensure_ascii=False) for e in store.iter_events()}


def report_hashes(db_url: str) -> list[str]:
    engine = create_store_engine(db_url)
    try:
        with engine.connect() as connection:
            return sorted(connection.scalars(select(ReportRow.content_hash)))
    finally:
        engine.dispose()


def record(report: Report, n: int, **changes: Any) -> EventRecord:
    """A hand-made event of `report` (for store-level tests that need no pipeline)."""
    fields: dict[str, Any] = dict(
        doc_id=report.doc_id, event_id=f"{report.doc_id}-{n}", event_type="Violence against civilians",
        sub_event_type="Attack", plover="ASSAULT", cameo="180", event_date="2024-03-04", time_precision=1,
        actor1="Military Forces of Syria (2000-2024)", assoc_actor_1=(), actor2="Civilians (Syria)",
        assoc_actor_2=(), inter1=1, inter2=7, country="Syria", admin1="Idlib", admin2=None, admin3=None,
        location="Kansafra", latitude=35.662, longitude=36.535, geo_precision=1, fatalities=n + 1,
        source="Syrian Observatory for Human Rights", source_attribution=None, notes=f"event {n}",
        evidence=(Evidence(0, 5, report.text[:5]),), confidence=0.8, geonameid="900001",
    )
    fields.update(changes)
    return EventRecord(**fields)
