"""Two events at one place: an act told with its own verb in a clause of its own stays an event of its own,
within a sentence and across sentences; what only restates or serves the stronger act is still absorbed.
And the weapon decides the type: a bombing that kills civilians is remote violence, not an attack on them.
Sentences written for these tests; places and actors from the hand-made lists of test_segmentation."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report
from tests.events import test_segmentation
from tests.events.test_segmentation import code

HEADLINE = "Reports from the countryside\n"  # a full report: a headline, then the body


def events(body: str) -> list[tuple[str, str | None]]:
    """The events of a full report whose body is `body` (one paragraph alone reads as a coder's brief)."""
    return test_segmentation.events(HEADLINE + body)

# --- within one sentence: a distinct act in its own clause --------------------------------------------------


def test_shelling_followed_by_barrel_bombs_is_two_events() -> None:
    got = events("Regime forces shelled Tell Abar, followed by dropping two barrel bombs on the village.")
    assert got == [("Air/drone strike", "Tell Abar"), ("Shelling/artillery/missile attack", "Tell Abar")]


def test_grenades_that_started_a_clash_are_an_event_of_their_own() -> None:
    got = events("Clashes broke out in Tell Abar last night when gunmen threw hand grenades at a checkpoint.")
    assert got == [("Armed clash", "Tell Abar"), ("Grenade", "Tell Abar")]


def test_a_deployment_after_an_attack_is_a_second_event() -> None:
    got = events("Regime forces deployed reinforcements to Tell Abar after gunmen attacked a school there.")
    assert got == [("Attack", "Tell Abar"), ("Change to group/activity", "Tell Abar")]


def test_looting_told_with_an_attack_is_a_second_event() -> None:
    got = events("Gunmen attacked Tell Abar at dawn, while others looted the shops of the village.")
    assert got == [("Attack", "Tell Abar"), ("Looting/property destruction", "Tell Abar")]


def test_what_serves_the_stronger_act_is_still_absorbed() -> None:
    # the missiles are the strike's, the killing is the strike's, the storming is the arrest's
    assert events("Warplanes carried out airstrikes with missiles on Tell Abar.") == [("Air/drone strike", "Tell Abar")]
    assert events("A drone struck a car in Tell Abar, killing two civilians.") == [("Air/drone strike", "Tell Abar")]
    assert events("Clashes erupted in Tell Abar when gunmen attacked a checkpoint.") == [("Armed clash", "Tell Abar")]
    assert events("Clashes erupted in Tell Abar amid mutual shelling.") == [("Armed clash", "Tell Abar")]


def test_a_coder_note_still_codes_one_event() -> None:
    text = ("On 3 May 2024, clashes broke out in Tell Abar when gunmen threw hand grenades at a checkpoint. "
            "Total fatalities coded as 2.")
    assert [d.coding.sub_event_type for d in code(text)] == ["Armed clash"]


# --- across sentences: a later act of another kind is a new event where the first happened --------------------


def test_houses_seized_by_the_reinforcements_are_looting_at_their_town() -> None:
    text = ("Regime reinforcements arrived in Tell Abar on Monday.\n"
            "The regime reinforcements also seized several houses and turned them into barracks.")
    assert events(text) == [("Change to group/activity", "Tell Abar"), ("Looting/property destruction", "Tell Abar")]
    drafts = code(HEADLINE + text)
    assert "distinct-act" in next(d for d in drafts if d.kind == "loot").rules


def test_a_strike_with_another_weapon_told_next_is_a_second_event() -> None:
    text = "Regime forces shelled Tell Abar on Monday.\nGunmen then bombed a checkpoint nearby."
    assert events(text) == [("Remote explosive/landmine/IED", "Tell Abar"),
                            ("Shelling/artillery/missile attack", "Tell Abar")]


def test_a_later_sentence_that_tells_the_same_act_still_elaborates() -> None:
    text = "Regime forces shelled Tell Abar on Monday.\nHeavy fighting was also reported."
    assert [d.coding.sub_event_type for d in code(HEADLINE + text)] == ["Armed clash"]
    text = "Regime forces arrested five men in Tell Abar on Monday.\nThe raids went on into the night."
    assert events(text) == [("Arrests", "Tell Abar")]


# --- the weapon decides: remote violence even when civilians die ---------------------------------------------


def test_a_bombing_that_kills_civilians_is_remote_violence() -> None:
    assert events("Two civilians were killed in a car bombing in Tell Abar on Monday.") == [
        ("Remote explosive/landmine/IED", "Tell Abar")]
    assert events("Gunmen bombed a checkpoint in Tell Abar, killing a civilian.") == [
        ("Remote explosive/landmine/IED", "Tell Abar")]
    # warplanes that bomb carry out an air strike; a bomb found and defused is no explosion
    assert events("Warplanes bombed Tell Abar on Monday.") == [("Air/drone strike", "Tell Abar")]


def test_an_attack_on_a_checkpoint_is_a_fight() -> None:
    assert events("Gunmen attacked a checkpoint in Tell Abar on Monday.") == [("Armed clash", "Tell Abar")]
    assert events("Gunmen attacked a wedding party in Tell Abar on Monday.") == [("Attack", "Tell Abar")]


def test_a_one_paragraph_brief_keeps_its_acts_together() -> None:
    # a brief of one paragraph, in a coder's manner, codes the one event it leads with
    got = test_segmentation.events("Clashes broke out in Tell Abar when gunmen threw hand grenades at a checkpoint.")
    assert got == [("Armed clash", "Tell Abar")]


def test_the_village_is_the_one_named_not_the_countryside_around_it() -> None:
    text = (HEADLINE + "Gunmen attacked Tell Abar village in the countryside of Saraqib on Monday.\n"
            "The gunmen then looted the houses in the village.")
    mentions = [replace(m, relation="countryside") if m.text == "Saraqib" else m
                for m in test_segmentation._mentions(text)]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                        places=mentions, actors=[], dates=[], attributions=[])
    drafts = extract_drafts(analysis, load_lexicon())
    assert sorted((d.coding.sub_event_type, d.place.text) for d in drafts) == [
        ("Attack", "Tell Abar"), ("Looting/property destruction", "Tell Abar")]


def test_reinforcements_sent_in_response_are_a_second_event() -> None:
    got = events("Gunmen attacked a school in Tell Abar, prompting the army to send reinforcements to the town.")
    assert got == [("Attack", "Tell Abar"), ("Change to group/activity", "Tell Abar")]


def test_a_remote_weapon_the_classifier_is_sure_of_types_a_generic_attack() -> None:
    # "targeting" names no weapon; the classifier reads the sentence as an air strike ("w:warhead" stands for
    # what it learned), so the attack on civilians is remote violence, not violence against civilians
    import numpy as np

    from marsad.events.classify import NONE, EventClassifier
    from marsad.events.refine import refine
    labels = [NONE, "Air/drone strike", "Attack"]
    model = EventClassifier(["w:warhead", "bias"], labels, np.array([[0.0, 12.0, 0.0], [0.0, 0.0, 0.0]]),
                            np.zeros(3))
    text = "The targeting of a flat by a warhead killed a civilian."
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))], places=[], actors=[],
                        dates=[], attributions=[])
    lexicon = load_lexicon()
    drafts = extract_drafts(analysis, lexicon)
    assert [d.kind for d in drafts] == ["attack"]
    assert [d.coding.event_type for d in refine(analysis, lexicon, drafts, model)] == ["Explosions/Remote violence"]


def test_a_second_actor_moving_in_is_a_second_movement() -> None:
    got = events("Regime forces pulled out their posts in Tell Abar on Monday, and the Police deployed in the village.")
    assert got == [("Change to group/activity", "Tell Abar"), ("Change to group/activity", "Tell Abar")]
    assert events("Regime forces pulled out their posts in Tell Abar on Monday and redeployed in the village.") == [
        ("Change to group/activity", "Tell Abar")]


def test_gunmen_shooting_beside_a_bombing_is_an_attack_of_its_own() -> None:
    got = events("Regime forces opened fire on diners in Tell Abar, followed by a car bombing outside.")
    assert got == [("Attack", "Tell Abar"), ("Remote explosive/landmine/IED", "Tell Abar")]
    # the killing told in the bombing's clause, or with nobody acting, is the bombing's
    assert events("Two men were killed in Tell Abar when a car bomb went off.") == [
        ("Remote explosive/landmine/IED", "Tell Abar")]


def test_weapons_that_arrive_with_a_movement_are_its_load() -> None:
    got = events("Regime forces deployed in Tell Abar, amid the arrival of trucks and heavy weapons to the village.")
    assert got == [("Change to group/activity", "Tell Abar")]


def test_what_makes_a_killing_remote_violence_is_the_weapon_however_told() -> None:
    assert events("A drone carrying explosives targeted a car in Tell Abar, killing two civilians.") == [
        ("Air/drone strike", "Tell Abar")]
    assert events("A civilian was killed by helicopter fire on Tell Abar.") == [("Air/drone strike", "Tell Abar")]
    # a cargo word in an earlier clause ("seized the harvest") does not make the later shells cargo
    got = events("Gunmen seized the harvest of the farmers, and Regime forces shelled Tell Abar, killing a civilian.")
    assert ("Shelling/artillery/missile attack", "Tell Abar") in got


def test_the_strike_that_killed_is_the_strike_told_before() -> None:
    text = "A drone struck a car near Tell Abar on Monday.\nThe strike killed two civilians in Kafr Sajna."
    assert events(text) == [("Air/drone strike", "Kafr Sajna")]


def test_a_battle_told_by_two_triggers_with_its_sides_in_either_order_is_one_event() -> None:
    # "the Guards clashed with the Rebels in Saraqib after the latter attacked them with heavy machine guns": the
    # clash (the Rebels started it) and the machine-gun fire (the Guards first) are one battle
    from marsad.events.merging import _same_event
    from marsad.types import ActorMention
    from tests.events.test_notes import _draft

    text = "Saraqib"
    guards = ActorMention(0, 6, "Guards", "Guards", 1, kind="group")
    rebels = ActorMention(10, 16, "Rebels", "Rebels", 2, kind="group")
    clash, fire = _draft("clash", rebels, guards, 20), _draft("clash", guards, rebels, 40)
    clash.place = fire.place = test_segmentation._mentions(text)[0]
    assert _same_event(clash, fire)
    other = _draft("clash", ActorMention(0, 6, "Tigers", "Tigers", 2, kind="group"), guards, 40)
    other.place = clash.place
    assert not _same_event(clash, other)
