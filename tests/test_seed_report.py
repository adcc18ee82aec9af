"""The founding report end to end against its gold (../shared/eval/seed), with the full gazetteer.

Marked full_gazetteer: it reads ../shared (the GeoNames/OCHA files and the scorer), which users
download themselves; it skips with the reason where they are not beside the checkout.
"""

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from tests.scripts import load_script

SHARED = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[1] / ".." / "shared").resolve()
SEED = SHARED / "000_f52b13d2b83b53d2.txt"
GAZETTEER_FILES = ["SY.txt", "IQ.txt", "admin1CodesASCII.txt", "syr_pplp_adm4_unocha_20210113.csv"]

pytestmark = [
    pytest.mark.full_gazetteer,
    pytest.mark.skipif(not SEED.exists() or not (SHARED / "gazetteer" / "SY.txt").exists(),
                       reason="../shared (seed report and gazetteer files) is not here (set MARSAD_SHARED)"),
]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    folder = tmp_path_factory.mktemp("home")
    previous = os.environ.get("MARSAD_HOME")
    os.environ["MARSAD_HOME"] = str(folder)
    result = CliRunner().invoke(app, ["gazetteer", "import", *[str(SHARED / "gazetteer" / f) for f in GAZETTEER_FILES]])
    assert result.exit_code == 0, result.output
    yield folder
    if previous is None:
        os.environ.pop("MARSAD_HOME", None)
    else:
        os.environ["MARSAD_HOME"] = previous
    shutil.rmtree(folder, ignore_errors=True)


def _scorer():
    return load_script(SHARED / "eval" / "score.py", "score")


def _extract(*args):
    result = CliRunner().invoke(app, ["extract", str(SEED), *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_seed_report_scores_f1_one(home):
    score = _scorer()
    events = _extract()
    result = score.score_events(score.load_gold(SHARED / "eval" / "seed"), events)
    assert result["f1"] == 1.0, result
    assert result["on_matched"]["sub_event_type"] == 1.0 and result["on_matched"]["actor1"] == 1.0
    arrival = next(e for e in events if e["location"] and abs(e["latitude"] - 34.45) < 0.05)
    assert arrival["plover"] == "MOBILIZE" and arrival["source_attribution"] == "Reliable sources in Al-Bokamal city"
    assert arrival["actor1"] == "Al-Haj Qassem Soleimani Regiment"  # the militia that arrived, not its backer
    formation = next(e for e in events if e["latitude"] and abs(e["latitude"] - 36.379) < 0.05)  # Nubl
    assert formation["geo_precision"] == 2 and formation["time_precision"] == 3
    meeting = next(e for e in events if e["plover"] == "CONSULT")
    assert meeting["sub_event_type"] == "Other" and meeting["actor1"] == "Al-Sheikh Brigade"


def test_seed_meeting_date_with_publication(home):
    meeting = next(e for e in _extract("--published", "2021-02-08") if e["plover"] == "CONSULT")
    assert meeting["event_date"] == "2021-02-03"


def test_seed_places_all_resolved(home):
    result = CliRunner().invoke(app, ["geoparse", str(SEED)])
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    score = _scorer()
    places = score.score_places(score.load_gold(SHARED / "eval" / "seed"), rows)
    assert places["recall"] == 1.0 and places["accuracy"] == 1.0, places


@pytest.fixture(scope="module")
def default_home(tmp_path_factory):
    """A fresh MARSAD_HOME with no import: the default gazetteer is built on first use."""
    folder = tmp_path_factory.mktemp("default-home")
    previous = os.environ.get("MARSAD_HOME")
    os.environ["MARSAD_HOME"] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop("MARSAD_HOME", None)
    else:
        os.environ["MARSAD_HOME"] = previous
    shutil.rmtree(folder, ignore_errors=True)


def test_seed_places_all_resolved_with_the_default_gazetteer(default_home):
    result = CliRunner().invoke(app, ["geoparse", str(SEED)])
    assert result.exit_code == 0, result.output
    assert not (default_home / ".full").exists()
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    score = _scorer()
    places = score.score_places(score.load_gold(SHARED / "eval" / "seed"), rows)
    assert places["gold_places"] == 7 and places["recall"] == 1.0 and places["accuracy"] == 1.0, places
