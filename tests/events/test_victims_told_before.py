"""Civilians told before the act that hurt them (rule victim-told-before): the people named as the subject of a
passive verb of harm ("two brothers were killed when gunmen opened fire") are the ones hit, and the side the
clause after it names is who did it, so the act is one-sided violence as when they are named after it; fighters
told the same way keep a fight. Sentences written for the test; the mentions stand in for the actor base."""

from __future__ import annotations

import pytest

from marsad.events.drafts import choose_coding
from marsad.events.lexicon import load_lexicon
from marsad.events.roles import assign_roles
from marsad.events.victims_before import victim_told_before
from marsad.types import ActorMention


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(("text", "trigger", "victims"), [
    ("Two brothers were killed when gunmen opened fire on their car near Tell Adam.", "killed", "Two brothers"),
    ("Two brothers were killed when gunmen opened fire on their car near Tell Adam.", "opened fire", "Two brothers"),
    ("A shepherd, aged 50, was shot dead by masked men near the well.", "shot", "A shepherd"),
    ("Three passengers were wounded as unknown men fired on the minibus.", "fired", "Three passengers"),
    ("A woman and her daughter were killed after a gang stormed the farmhouse.", "stormed", "her daughter"),
])
def test_civilians_named_before_a_passive_act_are_its_victims(text, trigger, victims):
    found = victim_told_before(text, (0, len(text)), _span(text, trigger))
    assert found is not None and found.group(0) == victims


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two soldiers were killed when gunmen opened fire on their checkpoint.", "opened fire"),
    ("Two brothers said that gunmen opened fire on the patrol.", "opened fire"),
    ("Gunmen opened fire on a car carrying two brothers near the mill.", "opened fire"),
    ("The two brothers who run the bakery were not there when gunmen opened fire on it.", "opened fire"),
])
def test_no_civilians_told_before_the_act(text, trigger):
    assert victim_told_before(text, (0, len(text)), _span(text, trigger)) is None


def _gunmen(text: str) -> ActorMention:
    start, end = _span(text, "gunmen")
    return ActorMention(start=start, end=end, text="gunmen", name="Unidentified Armed Group", inter=3, kind="generic")


def test_an_armed_group_firing_on_civilians_told_before_is_an_attack_on_civilians():
    text = "Two brothers were killed when gunmen opened fire on their car near Tell Adam."
    roles = assign_roles(text, (0, len(text)), _span(text, "killed"), [_gunmen(text)])
    assert roles.actor2 is None and roles.victim_phrase == "Two brothers" and not roles.fighter_victim
    assert roles.rules == ("victim-told-before",)  # cited in the draft's coded_by
    kind = load_lexicon().kinds["attack"]
    assert choose_coding(kind, roles).event_type == "Violence against civilians"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Two farmers were killed in clashes between the army and the rebels near the mill.", "clashes"),
    ("A woman was wounded in crossfire between two clans near the mill.", "crossfire"),
])
def test_casualties_of_a_fight_are_not_told_victims(text, trigger):
    assert victim_told_before(text, (0, len(text)), _span(text, trigger)) is None


def test_fighters_told_before_stay_a_fight():
    text = "Two fighters were killed when gunmen opened fire on their post near Tell Adam."
    roles = assign_roles(text, (0, len(text)), _span(text, "killed"), [_gunmen(text)])
    assert roles.victim_phrase is None and roles.rules == ()
    assert choose_coding(load_lexicon().kinds["attack"], roles).event_type != "Violence against civilians"
