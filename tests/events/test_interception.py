"""The sides of an interception (rule interceptor-first): the side that brought a drone or a missile down is
actor1, the side that launched it actor2 (ACLED's Disrupted weapons use). Reports written for these tests;
hand-made places and actor mentions, no model."""

from __future__ import annotations

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.interception import interception_roles, launched
from marsad.events.lexicon import load_lexicon
from marsad.events.records import build_record
from marsad.events.roles import assign_roles
from marsad.types import Report
from tests.events import test_segmentation
from tests.events.test_other_side import _actors


def _sides(text: str) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, actor1, actor2) of each event record of a report coded whole."""
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                        places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                        headline_end=0)
    records = [build_record(analysis, d) for d in extract_drafts(analysis, load_lexicon())]
    return [(r.sub_event_type, r.actor1, r.actor2) for r in records]


def _turned(text: str, trigger: str) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    span, mentions = (start, start + len(trigger)), _actors(text)
    roles = assign_roles(text, (0, len(text)), span, mentions)
    turned = interception_roles(text, (0, len(text)), span, mentions, roles) or roles
    return (turned.actor1.name if turned.actor1 else None, turned.actor2.name if turned.actor2 else None)


def test_the_side_that_shot_a_drone_down_acts_and_the_launcher_is_acted_upon() -> None:
    text = "US forces shot down a drone launched by the Rebels toward a base near the river."
    assert _turned(text, "shot down") == ("Military Forces of the United States", "Rebel Union")
    text = "The army intercepted two rockets fired by the Guards at the airport."
    assert _turned(text, "intercepted") == ("Military Forces of Iraq", "Guards Front")


def test_the_by_agent_of_a_passive_interception_acts() -> None:
    text = "A drone launched by the Rebels toward the base was shot down by US forces."
    assert _turned(text, "was shot down") == ("Military Forces of the United States", "Rebel Union")


def test_the_owner_named_with_the_weapon_launched_it() -> None:
    text = "US forces shot down a Guards drone over the village."
    assert _turned(text, "shot down") == ("Military Forces of the United States", "Guards Front")
    text = "The Guards said they had shot down one of the Northern warplanes over the village."
    assert _turned(text, "shot down") == ("Guards Front", "Military Forces of Northland")


def test_with_no_interceptor_named_the_launcher_is_not_the_doer() -> None:
    text = "Air defences intercepted a missile fired by the Guards toward the hills."
    assert _turned(text, "intercepted") == (None, "Guards Front")


def test_a_side_named_as_the_place_or_target_does_not_launch() -> None:
    text = "US forces shot down a drone over the base of the Guards."
    guards = next(m for m in _actors(text) if m.name == "Guards Front")
    assert not launched(text, guards, 0)


def test_records_of_an_interception_put_the_interceptor_first() -> None:
    sides = _sides("Kafr Zeta: US forces shot down a drone launched by the Rebels over Kafr Zeta on Monday.")
    assert ("Disrupted weapons use", "Military Forces of the United States", "Rebel Union") in sides


def test_an_attack_keeps_its_attacker_first() -> None:
    sides = _sides("Kafr Zeta: The Rebels launched a drone at US forces in Kafr Zeta on Monday, wounding two soldiers.")
    assert sides and all(a1 == "Rebel Union" for _, a1, _ in sides)


def test_a_state_force_telling_of_a_passive_interception_made_it() -> None:
    text = "Two drones were shot down over the base near the river, the army said on Monday."
    assert _turned(text, "were shot down")[0] == "Military Forces of Iraq"
    text = "Two drones were shot down over the base of the army near the river, a witness said."
    assert _turned(text, "were shot down")[0] != "Military Forces of Iraq"
