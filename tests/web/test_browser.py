"""The web app in headless Chromium: log in, filter, map and timeline agree, evidence highlighted,
a place corrected and audited, a report submitted. Screenshots go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def log_in(page, server: str, query: str = "", name: str = "carl") -> None:
    page.goto(f"{server}/{query}")
    page.fill("#login-form input[name=name]", name)
    page.fill("#login-form input[name=password]", f"{name}-password")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#app:not([hidden])")


def test_login_filter_map_timeline_agree(page, server: str) -> None:
    page.goto(server)
    page.wait_for_selector("#login", state="visible")  # shown once the page has asked who is there
    assert not page.is_visible("#app")
    log_in(page, server)
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 3")
    page.wait_for_function("document.getElementById('map').dataset.markers === '3'")
    page.wait_for_function("document.querySelectorAll('#timeline .vis-item.vis-point').length === 3")
    # governorate outlines, offline: 15 Syrian (with the UNDOF zone) and 18 Iraqi
    page.wait_for_function("document.getElementById('map').dataset.admin1 === '33'")
    page.screenshot(path=str(ARTIFACTS / "explore.png"), full_page=True)

    page.fill("#filters input[name=actor]", "coalition")
    page.fill("#filters input[name=since]", "2024-01-15")
    page.fill("#filters input[name=until]", "2024-02-28")
    page.click("#filters button[type=submit]")
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 1")
    page.wait_for_function("document.getElementById('map').dataset.markers === '1'")
    assert page.inner_text("#events tbody tr td:nth-child(2)") == "Explosions/Remote violence"
    # the timeline shows the actor's events (one) with the window on the chosen period
    page.wait_for_function("document.querySelectorAll('#timeline .vis-item.vis-point').length === 1")
    assert "actor=coalition" in page.url and "since=2024-01-15" in page.url  # shareable address
    page.screenshot(path=str(ARTIFACTS / "filtered.png"), full_page=True)
    assert page.errors == [] and page.dialogs == []


def test_event_evidence_edit_place_and_audit(page, server: str) -> None:
    log_in(page, server)
    page.click("#events tbody tr[data-event-id='sohr-a-1']")
    page.wait_for_selector("#detail mark")
    marks = page.locator("#detail mark").all_inner_texts()
    assert "gunmen of ISIS attacked a checkpoint" in marks and "killing four soldiers" in marks
    # the <script> and onerror in the report are shown as text, never run
    assert "<script>alert('x')</script>" in page.inner_text("#detail .report-text")
    assert page.locator("#detail .report-text img").count() == 0 and page.dialogs == []

    page.click("#detail button[data-action=edit]")
    page.fill("#detail form.edit input[name=location]", "Deir ez-Zor")
    page.fill("#detail form.edit input[name=latitude]", "35.336")
    page.fill("#detail form.edit input[name=longitude]", "40.14")
    page.fill("#detail form.edit input[name=note]", "the clash was in the city")
    page.click("#detail form.edit button[type=submit]")
    page.wait_for_selector("#detail .audit li")
    audit = page.inner_text("#detail .audit")
    assert "edit by carl" in audit and '"Al Mayadin" → "Deir ez-Zor"' in audit
    page.screenshot(path=str(ARTIFACTS / "event-edited.png"), full_page=True)

    page.goto(f"{server}/?event=sohr-a-1")  # persisted, and the address opens the event again
    page.wait_for_selector("#detail .audit li")
    assert "Deir ez-Zor" in page.inner_text("#detail .fields")


def test_submit_report_and_see_its_event(page, server: str) -> None:
    log_in(page, server, "?view=submit")
    page.fill("#submit-form textarea[name=text]", "Daraa Province – SOHR: Gunmen attacked a post in Busra.")
    page.click("#submit-form button[type=submit]")
    page.wait_for_selector("#jobs .job.done")
    link = page.locator("#jobs a").first
    assert link.inner_text().startswith("web-")
    page.screenshot(path=str(ARTIFACTS / "submitted.png"), full_page=True)
    link.click()
    page.wait_for_selector("#detail mark")
    assert page.locator("#detail mark").all_inner_texts() == [
        "Daraa Province – SOHR: Gunmen attacked a post in Busra."
    ]


def test_review_queue_keyboard_and_network(page, server: str) -> None:
    log_in(page, server, "?view=review")
    page.wait_for_selector("#review-detail h2")
    first = page.inner_text("#queue li.selected")
    count = page.locator("#queue li").count()
    page.keyboard.press("c")
    page.wait_for_function(f"document.querySelectorAll('#queue li').length === {count - 1}")
    assert page.inner_text("#queue li.selected") != first
    page.screenshot(path=str(ARTIFACTS / "review.png"), full_page=True)
    page.click("#views a[data-view=network]")
    page.wait_for_function("Number(document.getElementById('network').dataset.nodes) >= 4")
    page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
    assert page.errors == []


def test_pending_actors_accepted_and_rejected_with_keys(page, server: str) -> None:
    log_in(page, server, "?view=review", name="ada")
    page.wait_for_selector("#pending li.pending-actor")
    assert page.locator("#pending li").count() == 2
    assert page.inner_text("#pending li.selected strong") == "Liwa al-Baqir"
    assert "backed by Iran" in page.inner_text("#pending li.selected")
    assert page.locator("#pending b").count() == 0  # a name with markup is text, not HTML
    page.screenshot(path=str(ARTIFACTS / "pending-actors.png"), full_page=True)
    page.keyboard.press("a")
    page.wait_for_function("document.querySelectorAll('#pending li').length === 1")
    assert "added to the actor base as liwa-al-baqir" in page.inner_text("#status")
    actor = page.evaluate("fetch('/api/actors/liwa-al-baqir').then((r) => r.json())")
    assert actor["name"] == "Liwa al-Baqir"
    assert page.inner_text("#pending li.selected strong") == "Saraya <b>al-Fajr</b>"
    page.keyboard.press("x")
    page.wait_for_function("document.querySelectorAll('#pending li').length === 0")
    assert page.inner_text("#pending-count") == "(none)"
    assert page.errors == []


def test_event_page_shows_the_candidates_weighed_and_moves_the_event(page, server: str) -> None:
    log_in(page, server, "?event=sohr-a-1")
    page.wait_for_selector("#detail .weighed table.candidates tr.chosen")
    rows = page.locator("#detail .weighed table.candidates").first.locator("tbody tr")
    assert rows.count() == 2
    assert "Deir ez-Zor" in page.inner_text("#detail .weighed tr.chosen")
    assert "For “Al-Mayadeen” (near)" in page.inner_text("#detail .weighed")
    page.locator("#detail .weighed tr[data-geonameid='2001']").first.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "event-candidates.png"), full_page=True)
    page.locator("#detail .weighed tr[data-geonameid='2002'] button").first.click()
    page.wait_for_function("document.querySelector('#detail .audit').textContent.includes('Homs')")
    assert "geoparser's candidates (2002)" in page.inner_text("#detail .audit")
    assert page.errors == []


def test_map_clusters_dense_events_and_splits_them_on_zoom(page, server: str) -> None:
    log_in(page, server)
    page.wait_for_function("Number(document.getElementById('map').dataset.markers) >= 3")
    markers = int(page.get_attribute("#map", "data-markers"))
    groups = page.evaluate("""M.gridCluster([{x: 1, y: 1, item: 'a'}, {x: 40, y: 30, item: 'b'},
        {x: 50, y: 1, item: 'c'}, {x: 3, y: 43, item: 'd'}], 44).map((g) => g.items.join(''))""")
    assert groups == ["abd", "c"]
    assert page.get_attribute("#map", "data-clusters") == "0"  # far apart at the fitted zoom: no cluster
    for _ in range(6):  # zooming out until they crowd together
        zoom = page.get_attribute("#map", "data-zoom")
        page.click(".leaflet-control-zoom-out")
        page.wait_for_function(f"document.getElementById('map').dataset.zoom !== '{zoom}'")
        if page.get_attribute("#map", "data-clusters") != "0":
            break
    assert 3 <= int(page.inner_text("#map .cluster")) <= markers  # text only, coloured by the commonest type
    page.screenshot(path=str(ARTIFACTS / "map-cluster.png"))
    zoom = int(page.get_attribute("#map", "data-zoom"))
    page.click("#map .cluster")  # zooms in towards its events
    page.wait_for_function(f"Number(document.getElementById('map').dataset.zoom) > {zoom}")
    assert page.errors == []


HOSTILE = (
    "Hama Province – SOHR: <script>alert(1)</script><img src=x onerror=alert(2)>"
    "<a href=\"javascript:alert(3)\">details</a><svg onload=alert(4)></svg>"
    "<iframe src=\"javascript:alert(5)\"></iframe>"
    "<b onmouseover=alert(6) style=\"display:block;width:2000px;height:2000px\">gunmen</b> "
    "attacked a post in Kafr Zita. "
    "<form action=\"javascript:alert(7)\"><button>go</button></form><details open ontoggle=alert(8)></details>"
)
INJECTED = ("script:not([src])", "img[src=x]", "svg[onload]", "iframe", "a[href^='javascript:']", "b[onmouseover]",
            "details[ontoggle]", "form[action^='javascript:']")
# Every attribute whose name starts with "on" anywhere in the document, and inline script elements.
HANDLERS_IN_DOM = """[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]
    .filter((a) => a.name.startsWith('on')).map((a) => el.tagName + ' ' + a.name))"""


def test_hostile_report_runs_nothing_anywhere(page, server: str) -> None:
    """A report full of <script>, javascript: links and event handlers, submitted and then shown on the
    event page, in the table and in the review queue: it is text, and nothing of it runs (CSP bypassed)."""
    log_in(page, server, "?view=submit")
    page.fill("#submit-form textarea[name=text]", HOSTILE)
    page.click("#submit-form button[type=submit]")
    page.wait_for_selector("#jobs .job.done")
    page.locator("#jobs a").first.click()
    page.wait_for_selector("#detail mark")
    page.mouse.move(300, 300)  # over where the <b onmouseover> would be, had it been rendered
    assert "<script>alert(1)</script>" in page.inner_text("#detail .report-text")
    assert "<a href=\"javascript:alert(3)\">" in page.inner_text("#detail mark")  # evidence highlighted as text
    shown = {"event page": page.evaluate(HANDLERS_IN_DOM)}
    page.screenshot(path=str(ARTIFACTS / "hostile-event.png"), full_page=True)
    for selector in INJECTED:
        assert page.locator(selector).count() == 0, selector

    # every record (canonical=false): the fake pipeline codes each report alike, so de-duplication makes this
    # report's event a duplicate of the one submitted before it
    page.goto(f"{server}/?q=Kafr+Zita&canonical=false")  # the table, with the notes
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length >= 1")
    shown["table"] = page.evaluate(HANDLERS_IN_DOM)
    page.goto(f"{server}/?view=review")
    page.wait_for_selector("#review-detail h2")
    shown["review"] = page.evaluate(HANDLERS_IN_DOM)
    for selector in INJECTED:
        assert page.locator(selector).count() == 0, selector
    assert shown == {"event page": [], "table": [], "review": []}
    assert page.dialogs == [] and page.errors == []
