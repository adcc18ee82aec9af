"""The analyst's workbench in headless Chromium: facet counts that filter, the chart following the
timeline, one row per real event, movements, the network's neighbourhood and actor panel, evidence
highlighted per field, report search, box selection and the URL round trip."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.local_server import serving
from tests.web.conftest import tiny_gazetteer
from tests.web.workbench_data import MOVEMENT_ADMIN1, MOVEMENT_PLACES, REPORTS

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def workbench_store(folder: Path) -> str:
    from marsad.api.passwords import hash_password
    from marsad.dedupe.run import dedupe
    from marsad.store import Store

    url = f"sqlite:///{folder / 'workbench.db'}"
    with Store.open(url) as store:
        for report, events in REPORTS:
            store.add_report(report, events)
        store.add_user("carl", hash_password("carl-password"), "coder")
        dedupe(store)
    return url


def movement_geoparser(folder: Path):
    """A geoparser over a gazetteer of the movement report's four places (the event page re-runs it)."""
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.geoparser import Geoparser

    index = tiny_gazetteer(folder, MOVEMENT_PLACES, MOVEMENT_ADMIN1)
    return lambda: Geoparser(Gazetteer.open(index))


@pytest.fixture(scope="module")
def workbench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    url = workbench_store(tmp_path_factory.mktemp("workbench"))
    from marsad.api import create_app

    app = create_app(url, geoparser_factory=movement_geoparser(tmp_path_factory.mktemp("movement-gazetteer")))
    with serving(app) as base:
        yield base


def log_in(page, server: str, query: str = "") -> None:
    page.goto(f"{server}/{query}")
    page.fill("#login-form input[name=name]", "carl")
    page.fill("#login-form input[name=password]", "carl-password")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#app:not([hidden])")


def rows(page) -> int:
    return page.locator("#events tbody tr").count()


def test_facet_click_filters_map_table_and_chart(page, workbench: str) -> None:
    log_in(page, workbench, "?canonical=false")
    page.wait_for_selector("#summary[data-total='5']")
    assert page.get_attribute("#summary", "data-fatalities") == "6"
    governorates = page.locator("#summary section[data-field=admin1] li").all_inner_texts()
    assert "Idleb\n2" in governorates
    page.wait_for_selector("#chart rect.bar")
    # nine weeks of events: charted per week, one bar for each week with events
    assert page.get_attribute("#chart", "data-interval") == "week"
    assert page.get_attribute("#chart", "data-bars") == "4"

    page.locator("#summary section[data-field=admin1] button", has_text="Idleb").click()
    page.wait_for_selector("#summary[data-total='2']")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 2")
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
    assert "admin1=Idleb" in page.url
    assert page.inner_text("#chips .chip") == "Governorate: Idleb ×"
    page.wait_for_function("document.getElementById('chart').dataset.bars === '1'")
    page.screenshot(path=str(ARTIFACTS / "workbench-facet.png"), full_page=True)

    page.click("#chips .chip")  # removes the facet's filter again
    page.wait_for_selector("#summary[data-total='5']")
    assert "admin1" not in page.url
    assert page.errors == []


def test_chart_follows_the_timeline_brush(page, workbench: str) -> None:
    log_in(page, workbench, "?canonical=false")
    page.wait_for_selector("#summary[data-total='5']")
    page.wait_for_function("document.querySelectorAll('#timeline .vis-item.vis-point').length === 5")
    box = page.locator("#timeline .vis-center").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.3, y)  # drag the period to later dates: March falls out
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.55, y, steps=8)
    page.mouse.move(box["x"] + box["width"] * 0.8, y, steps=8)
    page.mouse.up()
    page.wait_for_function("document.getElementById('summary').dataset.total !== '5'")
    since = page.input_value("#filters input[name=since]")
    until = page.input_value("#filters input[name=until]")
    assert since and until and until < "2024-03-12"
    total = int(page.get_attribute("#summary", "data-total"))
    page.wait_for_function(f"document.querySelectorAll('#events tbody tr').length === {total}")
    bars = page.evaluate("[...document.querySelectorAll('#chart rect.bar')].map((r) => r.dataset.period)")
    assert bars and all(period <= until for period in bars)
    assert page.errors == []


def test_canonical_rows_show_reports_and_expand_to_records(page, workbench: str) -> None:
    log_in(page, workbench)
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 4")  # 5 records, 4 events
    page.wait_for_function("document.getElementById('map').dataset.markers === '4'")
    strike = page.locator("#events tbody tr[data-event-id='sohr-b-1']")
    assert strike.locator("button.reports-toggle").inner_text() == "2 reports"
    assert "Enab Baladi" in strike.locator(".sources").inner_text()
    strike.locator("button.reports-toggle").click()
    page.wait_for_function("document.querySelectorAll('#events tbody tr.member').length === 2")
    members = page.locator("#events tbody tr.member").all_inner_texts()
    assert any("Enab Baladi" in member for member in members)
    page.screenshot(path=str(ARTIFACTS / "workbench-canonical.png"), full_page=True)
    page.select_option("#filters select[name=canonical]", "false")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 5")
    assert "canonical=false" in page.url
    csv_link = page.get_attribute("#exports a[data-format=csv]", "href")
    assert "canonical=false" in csv_link
    assert page.errors == []


def test_evidence_highlighted_per_field_with_the_original_link(page, workbench: str) -> None:
    log_in(page, workbench, "?event=sohr-m-1")
    page.wait_for_selector("#detail mark.ev-actor")
    assert page.inner_text("#detail .report-text mark.ev-actor") == "regime forces"
    assert page.inner_text("#detail .report-text mark.ev-date") == "March 12"
    # the event's sentence, cut where the places it names are highlighted in their own colours
    events = page.locator("#detail .report-text mark.ev-event").all_inner_texts()
    assert events == ["sent reinforcements from ", " and ", " to ", " and "]
    key = page.locator("#detail .evidence-key .ev-key").all_inner_texts()
    assert key == ["actors", "date", "came from", "went to", "the event"]
    assert page.get_attribute("#detail a.original", "href") == "https://example.org/sohr-m"
    assert page.get_attribute("#detail a.original", "rel") == "noopener noreferrer nofollow"
    page.screenshot(path=str(ARTIFACTS / "workbench-evidence.png"), full_page=True)
    assert page.errors == []


@pytest.fixture(scope="module")
def public_workbench(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    from marsad.api import create_app
    from marsad.store import Store

    url = workbench_store(tmp_path_factory.mktemp("public-workbench"))
    with Store.open(url) as store:
        store.review_event("sohr-m-1", "confirm", "carl")
    with serving(create_app(url, public=True)) as base:
        yield base


def test_public_view_shows_no_report_text_evidence_or_link(page, public_workbench: str) -> None:
    page.goto(f"{public_workbench}/?event=sohr-m-1")
    page.wait_for_selector("#detail h2")
    page.wait_for_selector("#summary[data-total='1']")
    assert page.locator("#detail mark, #detail .report-text, #detail a.original").count() == 0
    assert "reinforcements" not in page.inner_text("#detail .report-evidence")
    assert page.errors == []


def test_report_search_lists_matching_reports_and_their_events(page, workbench: str) -> None:
    log_in(page, workbench, "?canonical=false")
    page.wait_for_selector("#summary[data-total='5']")
    page.fill("#filters input[name=q]", "sources said")  # in one report's text, in no event's notes
    page.click("#filters button[type=submit]")
    page.wait_for_selector("#found-reports[data-total='1']")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1")
    assert page.get_attribute("#events tbody tr", "data-event-id") == "enab-b-1"
    assert "local sources said" in page.inner_text("#found-reports blockquote")
    page.click("#found-reports .report-title")
    page.click("#found-reports .report-event")
    page.wait_for_function("(document.querySelector('#detail .hint') || {textContent: ''})"
                           ".textContent.startsWith('enab-b-1')")
    page.screenshot(path=str(ARTIFACTS / "workbench-report-search.png"), full_page=True)
    assert page.errors == []


def test_box_selection_and_the_address_round_trip(page, workbench: str) -> None:
    log_in(page, workbench, "?canonical=false")
    page.wait_for_function("document.getElementById('map').dataset.markers === '5'")
    corners = page.evaluate("[[36.4, 36.5], [35.95, 36.95]].map(([lat, lon]) => "
                            "map.latLngToContainerPoint([lat, lon]))")
    box = page.locator("#map").bounding_box()
    page.click("#map .select-shape[data-shape=box]")  # the box
    page.mouse.move(box["x"] + corners[0]["x"], box["y"] + corners[0]["y"])
    page.mouse.down()
    page.mouse.move(box["x"] + corners[1]["x"], box["y"] + corners[1]["y"], steps=6)
    page.mouse.up()
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")  # the two Sarmada strikes
    page.wait_for_selector("#summary[data-total='2']")
    assert "bbox=" in page.url and page.inner_text("#chips .chip").startswith("Area: 36.4")
    zoom = page.evaluate("map.getZoom()")
    page.click(".leaflet-control-zoom-in")
    page.wait_for_function(f"(new URL(location.href).searchParams.get('map') || '').endsWith(',{zoom + 1}')")
    shared = page.url
    view = page.evaluate("[map.getZoom(), map.getCenter().lat.toFixed(4)]")

    page.goto(shared)  # the same screen from the address alone
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 2")
    assert page.evaluate("[map.getZoom(), map.getCenter().lat.toFixed(4)]") == view
    assert page.inner_text("#chips .chip").startswith("Area: 36.4")
    page.screenshot(path=str(ARTIFACTS / "workbench-box.png"), full_page=True)

    page.click("#chips .chip")  # the box removed; a circle of ~40 km around Sarmada instead (Azaz: 53 km)
    page.wait_for_function("document.getElementById('map').dataset.markers === '5'")
    centre, edge = page.evaluate("[[36.19, 36.72], [36.19, 37.17]].map(([lat, lon]) => "
                                 "map.latLngToContainerPoint([lat, lon]))")
    box = page.locator("#map").bounding_box()
    page.click("#map .select-shape[data-shape=circle]")
    page.mouse.move(box["x"] + centre["x"], box["y"] + centre["y"])
    page.mouse.down()
    page.mouse.move(box["x"] + edge["x"], box["y"] + edge["y"], steps=6)
    page.mouse.up()
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
    assert "near=" in page.url and page.inner_text("#chips .chip").startswith("Within (lat,lon,km): 36.")
    assert page.errors == []


def test_network_legend_neighbourhood_and_actor_panel(page, workbench: str) -> None:
    log_in(page, workbench, "?view=network")
    page.wait_for_function("Number(document.getElementById('network').dataset.nodes) >= 6")
    whole = int(page.get_attribute("#network", "data-nodes"))
    assert page.get_attribute("#network", "data-self-loops") == "0"
    relations = page.evaluate("[...document.querySelectorAll('#network-legend [data-relation]')]"
                              ".map((item) => item.dataset.relation)")
    assert relations == ["backed_by", "part_of", "fought"]
    # the labels of the laid-out nodes do not overlap
    overlaps = page.evaluate("""(() => { const boxes = cy.nodes().map((n) => n.boundingBox({includeLabels: true}));
        let count = 0;
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) count++;
        }
        return count; })()""")
    assert overlaps == 0
    page.screenshot(path=str(ARTIFACTS / "workbench-network.png"), full_page=True)

    target = page.evaluate("""(() => { const node = cy.nodes().filter((n) => n.data('label') === 'Hurras al-Din')[0];
        const p = node.renderedPosition(); return {x: p.x, y: p.y, id: node.id()}; })()""")
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + target["x"], box["y"] + target["y"])
    page.wait_for_selector("#actor-panel[data-actor='Hurras al-Din']")
    page.wait_for_function(f"document.getElementById('network').dataset.focus === {target['id']!r}")
    # the neighbourhood: Hurras al-Din, who fought it (the coalition), and its patrons/parents if known
    assert 2 <= int(page.get_attribute("#network", "data-nodes")) < whole
    assert "International Coalition Forces" in page.inner_text("#actor-panel")
    page.wait_for_selector("#actor-panel .actor-chart rect.bar")
    assert "Idleb: 1" in page.inner_text("#actor-panel .actor-places")  # one real event, two reports
    assert "actor=" not in page.url  # a click explains, it does not filter
    page.screenshot(path=str(ARTIFACTS / "workbench-actor.png"), full_page=True)
    page.click("#network-whole")
    page.wait_for_function(f"document.getElementById('network').dataset.nodes === '{whole}'")
    assert page.errors == []


def test_movement_arrows_legend_filter_and_evidence(page, workbench: str) -> None:
    log_in(page, workbench)
    page.wait_for_function("document.getElementById('map').dataset.markers === '4'")
    assert page.get_attribute("#map", "data-arrows") == "2"  # the Turkish convoy and the reinforcements
    assert "movement: origin → destination" in page.inner_text("#legend")
    page.select_option("#filters select[name=movements]", "true")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.getElementById('map').dataset.markers === '2'")
    page.wait_for_selector("#summary[data-total='2']")
    assert "movements=true" in page.url
    assert sorted(page.locator("#events tbody tr").evaluate_all("(rows) => rows.map((r) => r.dataset.eventId)")) == [
        "sohr-c-1", "sohr-m-1"]
    page.click("#events tbody tr[data-event-id='sohr-m-1']")
    page.wait_for_selector("#detail mark.ev-origin")
    assert page.locator("#detail .report-text mark.ev-origin").all_inner_texts() == ["Idlib", "Hama"]
    assert page.locator("#detail .report-text mark.ev-destination").all_inner_texts() == ["Lattakia", "Tartous"]
    page.screenshot(path=str(ARTIFACTS / "workbench-movements.png"), full_page=True)
    assert page.errors == []


def test_opened_movement_has_an_arrow_from_every_origin_to_every_destination(page, workbench: str) -> None:
    log_in(page, workbench, "?event=sohr-m-1&movements=true")
    page.wait_for_function("document.getElementById('map').dataset.legs === '4'")  # 2 origins × 2 destinations
    ends = page.evaluate("""(() => { const found = [];
        map.eachLayer((layer) => { if (layer.getTooltip && layer.getTooltip() && layer.getLayers) {
          found.push(layer.getTooltip().getContent().textContent); } });
        return found.sort(); })()""")
    assert ends == ["Hama → Latakia", "Hama → Tartus", "Idlib → Latakia", "Idlib → Tartus"]
    page.click("#events tbody tr[data-event-id='sohr-c-1']")  # one origin, no destination in the text
    page.wait_for_function("document.getElementById('map').dataset.legs === '0'")
    assert page.errors == []
