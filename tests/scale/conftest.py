"""Shared by the scale tests: a MARSAD_HOME with the default gazetteer, a 2-process Dask cluster, and the
PostgreSQL test database when MARSAD_TEST_PG_URL names one (reports: scale_samples.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import with_default_gazetteer
from tests.postgres import emptied_postgres_url


@pytest.fixture(scope="session", autouse=True)
def marsad_home(tmp_path_factory: pytest.TempPathFactory, default_gazetteer: Path) -> Iterator[Path]:
    """A home of our own with the default gazetteer (the run's one first-use build), before any worker starts."""
    home = with_default_gazetteer(tmp_path_factory.mktemp("marsad-home"), default_gazetteer)
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


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'batch.db'}"
    return emptied_postgres_url()


@pytest.fixture
def pg_url() -> str:
    """The emptied PostgreSQL test database (for tests of PostgreSQL-only behaviour)."""
    return emptied_postgres_url()
