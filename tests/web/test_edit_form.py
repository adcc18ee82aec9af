"""The edit form in headless Chromium: ACLED's types and sub-types as dropdowns, a place chosen from the
gazetteer's suggestions (its admin names and coordinates follow), fields for associated actors, a movement's
origin and time precision; an unknown type typed through the API is refused."""

from __future__ import annotations

import pytest

from tests.web.test_browser import log_in

pytestmark = pytest.mark.browser


def test_edit_form_offers_choices_and_a_chosen_place_brings_its_coordinates(page, server: str) -> None:
    log_in(page, server, "?event=sohr-c-1")
    page.click("#detail button[data-action=edit]")
    form = "#detail form.edit"
    page.wait_for_function(f"document.querySelectorAll('{form} select[name=event_type] option').length === 6")
    assert page.input_value(f"{form} select[name=event_type]") == "Strategic developments"
    assert page.input_value(f"{form} select[name=sub_event_type]") == "Headquarters or base established"
    page.select_option(f"{form} select[name=event_type]", "Battles")
    subs = page.locator(f"{form} select[name=sub_event_type] option").all_inner_texts()
    assert subs == ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"]
    page.select_option(f"{form} select[name=sub_event_type]", "Armed clash")
    assert page.locator(f"{form} select[name=time_precision] option").count() == 3
    page.select_option(f"{form} select[name=time_precision]", "2")
    page.fill(f"{form} input[name=assoc_actor_1]", "Liwa One; Liwa Two")
    page.fill(f"{form} input[name=origin_location]", "Deir ez-Zor")
    # the location's suggestions come from the gazetteer: two towns called Mayadin, in two governorates
    page.fill(f"{form} input[name=location]", "Al-Mayadeen")
    page.wait_for_function("document.querySelectorAll('#suggest-location option').length === 2")
    shown = [o.get_attribute("value") for o in page.locator("#suggest-location option").all()]
    homs = next(value for value in shown if "Homs" in value)
    page.fill(f"{form} input[name=location]", homs)
    # latitude, longitude and governorate left as they were: the chosen place's replace them
    page.click(f"{form} button[type=submit]")
    page.wait_for_selector("#detail .audit li")
    event = page.evaluate("fetch('/api/events/sohr-c-1').then((r) => r.json())")
    assert (event["event_type"], event["sub_event_type"], event["time_precision"]) == ("Battles", "Armed clash", 2)
    assert event["assoc_actor_1"] == ["Liwa One", "Liwa Two"] and event["origin_location"] == "Deir ez-Zor"
    assert (event["origin_latitude"], event["origin_longitude"]) == (35.336, 40.141)  # from the gazetteer
    assert (event["location"], event["geonameid"], event["admin1"]) == ("Mayādīn", "2002", "Homs")
    assert (event["latitude"], event["longitude"]) == (34.6, 36.9)
    assert page.errors == []


def test_an_unknown_type_is_refused_with_a_clear_message(page, server: str) -> None:
    log_in(page, server)
    answer = page.evaluate("""M.api('/api/events/sohr-a-1', {method: 'PATCH', json: {action: 'edit',
        fields: {event_type: 'Banana'}}}).then(() => [200, 'saved'], (error) => [error.status, error.message])""")
    status, body = answer
    assert status in (400, 422) and "unknown event type 'Banana'" in body, answer
