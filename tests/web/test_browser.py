"""The web app in headless Chromium: log in, filter, map and timeline agree, evidence highlighted,
a place corrected and audited, a report submitted. Screenshots go to test-artifacts/."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def log_in(page, server: str, query: str = "") -> None:
    page.goto(f"{server}/{query}")
    page.fill("#login-form input[name=name]", "carl")
    page.fill("#login-form input[name=password]", "carl-password")
    page.click("#login-form button[type=submit]")
    page.wait_for_selector("#app:not([hidden])")


def test_login_filter_map_timeline_agree(page, server: str) -> None:
    page.goto(server)
    assert page.is_visible("#login") and not page.is_visible("#app")
    log_in(page, server)
    page.wait_for_function("document.querySelectorAll('#events tbody tr').length === 3")
    page.wait_for_function("document.getElementById('map').dataset.markers === '3'")
    page.wait_for_function("document.querySelectorAll('#timeline .vis-item.vis-point').length === 3")
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
