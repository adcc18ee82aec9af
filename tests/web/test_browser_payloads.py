"""Issue 18.4: map tooltips (markers, clusters) and timeline tooltips are built from text nodes, so a
location, sub-type or date holding HTML is shown as text: no element is injected, no handler runs.
Issue 15.7: the API documentation (/docs) works offline, under the page's Content-Security-Policy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from marsad.types import EventRecord, Report
from tests.local_server import serving

pytestmark = pytest.mark.browser
PAYLOADS = ("<img src=x id=inj-img onerror=\"document.title='pwned'\">", "<b id=inj-b>bold</b>",
            "<svg id=inj-svg onload=alert(3)></svg>")


TEXT = "Homs Province: On March 5, gunmen attacked a checkpoint."
CLASH = EventRecord(
    doc_id="p", event_id="p-1", event_type="Battles", sub_event_type="Armed clash", plover="ASSAULT", cameo="190",
    event_date="2024-03-05", time_precision=1, actor1="Unidentified Armed Group (Syria)", assoc_actor_1=(),
    actor2=None, assoc_actor_2=(), inter1=3, inter2=0, country="Syria", admin1="Homs", admin2=None,
    admin3=None, location=None, latitude=None, longitude=None, geo_precision=2, fatalities=1, source="SOHR",
    source_attribution=None, notes="Gunmen attacked a checkpoint.", evidence=(), confidence=0.5,
)

@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Open mode (no account, on 127.0.0.1), with events whose location and sub-type are HTML."""
    from marsad.api import create_app
    from marsad.store import Store

    url = f"sqlite:///{tmp_path_factory.mktemp('payloads') / 'web.db'}"
    with Store.open(url) as store:
        for n, payload in enumerate(PAYLOADS):
            # two events per payload, far enough apart to be drawn as markers, not clusters
            events = [replace(CLASH, doc_id=f"p{n}", event_id=f"p{n}-{k}", location=payload,
                              sub_event_type=f"Armed clash {payload}", latitude=33.0 + 1.5 * n,
                              longitude=37.0 + 2.5 * k) for k in range(2)]
            store.add_report(Report(doc_id=f"p{n}", text=TEXT + str(n), published=date(2024, 3, 6)), events)
    with serving(create_app(url)) as base:
        yield base


INJECTED = "document.querySelectorAll('#inj-img, #inj-b, #inj-svg').length"


def test_tooltips_show_html_as_text(browser, hostile_server: str) -> None:
    # bypass_csp (playwright evaluates strings): without the CSP's help, the text nodes alone must hold
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    page = context.new_page()
    page.set_default_timeout(15000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(hostile_server)
    page.wait_for_function("document.getElementById('map').dataset.markers === '6'")
    page.wait_for_function("document.querySelectorAll('#timeline .vis-item.vis-point').length > 0")
    # every marker's tooltip open at once
    opened = page.evaluate("""() => { let n = 0; for (const marker of markers.values()) {
        marker.openTooltip(marker.getLatLng()); n += 1; } return n; }""")
    assert opened == 6
    page.evaluate("""() => { map.eachLayer((layer) => { if (layer.getTooltip && layer.getTooltip()) {
        layer.openTooltip(); } }); }""")
    texts = page.locator(".leaflet-tooltip").all_inner_texts()
    assert any(PAYLOADS[0] in text for text in texts), texts[:3]
    assert any(PAYLOADS[1] in text for text in texts)
    # the timeline's tooltip on hovering a point
    page.hover("#timeline .vis-item.vis-point >> nth=0", force=True)
    page.wait_for_selector(".vis-tooltip", state="attached")
    page.wait_for_function("document.querySelector('.vis-tooltip').textContent.includes('Armed clash <')")
    assert page.evaluate(INJECTED) == 0
    assert page.title() != "pwned" and dialogs == []
    context.close()


def test_api_docs_work_offline_under_the_csp(browser, hostile_server: str) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # the CSP kept
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    violations: list[str] = []
    page.on("console", lambda message: violations.append(message.text)
            if "Content Security Policy" in message.text else None)
    page.goto(f"{hostile_server}/docs")
    page.locator(".opblock").first.wait_for(timeout=15000)
    assert page.locator(".opblock").count() >= 20  # every operation of the spec
    assert [url for url in requests if not url.startswith(hostile_server)] == []
    assert violations == []
    context.close()
