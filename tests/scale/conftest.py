"""Shared by the scale tests: a MARSAD_HOME with the default gazetteer, a 2-process Dask cluster,
invented SOHR-style reports, and the PostgreSQL test database when MARSAD_TEST_PG_URL names one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.store.engine import create_store_engine, downgrade
from marsad.types import Report

SOURCE = "Syrian Observatory for Human Rights"

# Invented reports in the SOHR manner: places and actors Marsad knows, several events each.
TEXTS = {
    "sohr-mayadin": (
        "Deir Ezzor Province – Syrian Observatory for Human Rights: ISIS cells attacked a checkpoint of "
        "regime forces near Al-Mayadeen city on Monday, killing four soldiers. Meanwhile, Russian warplanes "
        "carried out airstrikes on ISIS positions in the desert near Al-Bokamal."
    ),
    "sohr-idlib": (
        "Idlib Province – Syrian Observatory for Human Rights: Regime forces shelled Kansafra and Al-Bara "
        "villages in Jabal Al-Zawiya in the southern countryside of Idlib, killing a child. HTS fighters "
        "targeted regime positions in Kafr Nabl with rocket launchers."
    ),
    "sohr-daraa": (
        "Daraa Province – Syrian Observatory for Human Rights: An explosive device went off near a military "
        "vehicle on the road between Nawa and Jasim in the western countryside of Daraa, injuring three "
        "soldiers. Gunmen shot dead a former opposition fighter in Tafas city."
    ),
    "sohr-manbij": (
        "Aleppo Province – Syrian Observatory for Human Rights: Turkish forces shelled villages near Manbij "
        "in the eastern countryside of Aleppo, where SDF fighters are deployed. Clashes erupted between "
        "Turkish-backed factions and Manbij Military Council near Arima."
    ),
    "sohr-raqqa": (
        "Raqqa Province – Syrian Observatory for Human Rights: SDF forces arrested five people in a raid on "
        "Al-Karama town in the eastern countryside of Raqqa. Residents protested in Raqqa city against "
        "the rising prices of fuel."
    ),
    "sohr-homs": (
        "Homs Province – Syrian Observatory for Human Rights: ISIS cells ambushed a bus of regime soldiers "
        "in the Badia near Palmyra, killing seven soldiers. Russian warplanes carried out more than 20 "
        "airstrikes on the desert of Homs."
    ),
}


def make_reports(prefix: str = "") -> list[Report]:
    return [
        Report(doc_id=f"{prefix}{doc_id}", text=text, title=text.split(":")[0], published=date(2024, 3, 5),
               source=SOURCE, dateline_place=text.split(" – ")[0], dateline_source=SOURCE,
               origin=f"reports/{doc_id}.txt")
        for doc_id, text in TEXTS.items()
    ]


@pytest.fixture(scope="session", autouse=True)
def marsad_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A home of our own with the default gazetteer built once, before any worker starts."""
    home = tmp_path_factory.mktemp("marsad-home")
    saved = os.environ.get("MARSAD_HOME")
    os.environ["MARSAD_HOME"] = str(home)
    from marsad.places.gazetteer import Gazetteer
    from marsad.settings import get_settings

    Gazetteer.open(get_settings().gazetteer_path).close()
    yield home
    if saved is None:
        os.environ.pop("MARSAD_HOME", None)
    else:
        os.environ["MARSAD_HOME"] = saved


@pytest.fixture(scope="session")
def cluster_client(marsad_home: Path):
    """Two worker processes, one thread each (as on a 2-core laptop); shared by the batch tests."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as client:
            yield client


@pytest.fixture(scope="session")
def pipeline(marsad_home: Path):
    from marsad.nlp.pipeline import Pipeline

    return Pipeline()


def postgres_url() -> str:
    """The emptied PostgreSQL test database, or a skip saying PostgreSQL is not available."""
    url = os.environ.get("MARSAD_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL not available (set MARSAD_TEST_PG_URL to a test database URL)")
    try:
        engine = create_store_engine(url)
        try:
            downgrade(engine, "base")
        finally:
            engine.dispose()
    except StoreError as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'batch.db'}"
    return postgres_url()
