"""A fresh clone's `make run`: the bundled examples ingested with the default gazetteer alone (no import),
served, and opened in headless Chromium. Every event lies in the country and governorate its report
names, and the map opens on Syria and Iraq with the data's attribution."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import with_default_gazetteer
from tests.local_server import serving
from tests.web.conftest import ARTIFACTS

pytestmark = pytest.mark.browser
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "reports"
# The governorate each bundled example report names in its dateline or title (by doc id prefix).
NAMED_GOVERNORATE = {
    "bokamal-militia-convoy-tribal-meeting": ("Syria", "Deir ez-Zor"),
    "brief-hama-shelling": ("Syria", "Hama"),
    "brief-salahuddin-ied": ("Iraq", "Salah ad-Din"),
    "daraa-ied-and-protest": ("Syria", "Daraa"),
    "deir-ezzor-drone-strike-mayadeen": ("Syria", "Deir ez-Zor"),
    "idlib-shelling-jabal-al-zawiya": ("Syria", "Idlib"),
    "manbij-turkish-shelling": ("Syria", "Aleppo"),
    "raqqa-arrest-campaign": ("Syria", "Ar-Raqqah"),
    "example.org-en-p-5101": ("Syria", "Homs"),
    "example.org-en-p-5102": ("Syria", "Quneitra"),
}


@pytest.fixture(scope="module")
def examples_server(tmp_path_factory: pytest.TempPathFactory,
                    default_gazetteer: Path) -> Iterator[tuple[str, list[dict]]]:
    from marsad.api import create_app
    from marsad.cli import app as cli
    from marsad.store import Store

    # no `marsad gazetteer import`: the default gazetteer as first use builds it (built once per test run)
    home = with_default_gazetteer(tmp_path_factory.mktemp("fresh-home"), default_gazetteer)
    saved = os.environ.get("MARSAD_HOME")
    os.environ["MARSAD_HOME"] = str(home)
    url = f"sqlite:///{home / 'marsad.db'}"
    try:
        result = CliRunner().invoke(cli, ["ingest", str(EXAMPLES), "--db", url])
        assert result.exit_code == 0, result.output
        with Store.open(url) as store:
            events = list(store.iter_events())
        with serving(create_app(url)) as base:
            yield base, events
    finally:
        if saved is None:
            os.environ.pop("MARSAD_HOME", None)
        else:
            os.environ["MARSAD_HOME"] = saved


def _named(doc_id: str) -> tuple[str, str]:
    return next(place for prefix, place in NAMED_GOVERNORATE.items() if doc_id.startswith(prefix))


def test_every_example_event_lies_in_the_governorate_its_report_names(examples_server):
    _url, events = examples_server
    assert len(events) > 20 and {_named(e["doc_id"]) for e in events} == set(NAMED_GOVERNORATE.values())
    misplaced = [(e["doc_id"], e["location"], e["country"], e["admin1"]) for e in events
                 if (e["country"], e["admin1"]) != _named(e["doc_id"])]
    assert misplaced == []


def test_the_map_opens_on_syria_and_iraq_with_attribution(browser, examples_server):
    url, events = examples_server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)  # evaluate()
    page = context.new_page()
    page.set_default_timeout(30000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_selector("#app:not([hidden])")
    located = sum(1 for e in events if e["latitude"] is not None)
    page.wait_for_function(f"document.getElementById('map').dataset.markers === '{min(located, 1000)}'")
    south, west, north, east, zoom = page.evaluate(
        "(() => { const b = map.getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast(),"
        " map.getZoom()]; })()")
    # all of Syria and Iraq in view, centred on them, and not zoomed out to the whole Middle East
    assert south <= 29.5 and west <= 35.8 and north >= 37.3 and east >= 48.5, (south, west, north, east)
    assert 31 < (south + north) / 2 < 36 and 38 < (west + east) / 2 < 46, (south, west, north, east)
    assert zoom >= 5 and north - south < 20, (zoom, south, north)
    attribution = page.inner_text(".leaflet-control-attribution")
    assert "GeoNames" in attribution and "OCHA" in attribution and "Natural Earth" in attribution
    page.screenshot(path=str(ARTIFACTS / "examples-map.png"), full_page=True)
    assert errors == []
    context.close()
