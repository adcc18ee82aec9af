"""Words of movement and of targeting that tell no Strategic development (round 19; docs/events.md,
marsad/events/not_forces.py): the one who moves is no armed force (mover-not-forces), what is moved is no force
(moved-not-forces), forces that step into the act told to end it (move-ends-act), a patrol that is an attack's
target (target-of-attack), a security campaign's aim (campaign-aim). Reports written for these tests in the manner of
several outlets (a monitor's bulletin, Kurdish and Iraqi agencies, wire copy); places from the hand-made gazetteer of
test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from marsad.events.extract import extract_drafts
from marsad.events.lexicon import load_lexicon
from tests.events.test_same_place_acts import _analysis, code, events, report


def kinds(text: str) -> list[str]:
    return sorted(d.kind for d in code(text))


# --- who moves is no armed force (rule mover-not-forces) -----------------------------------------------------


def test_displaced_families_and_visitors_arriving_move_no_forces() -> None:
    text = report("Thousands of displaced families arrived in Saraqib from the south on Friday, the UN said.")
    assert events(text) == []
    text = report("Shafaq News/ More than two million visitors arrived in Tell Abar for the pilgrimage on Friday.")
    assert events(text) == []


def test_a_delegation_or_a_committee_sent_moves_no_forces() -> None:
    text = report("A delegation from the Ministry of Defence arrived in Harim on Monday to discuss the security plan.")
    assert "movement" not in kinds(text)
    text = report("The interior ministry said a committee had been sent to Harim to investigate the killing.")
    assert "movement" not in kinds(text)


def test_a_protest_that_moved_is_no_move_of_forces() -> None:
    text = report("Dozens of residents protested in Saraqib on Sunday.", "On Monday, the protest moved to Tell Abar.")
    assert "movement" not in kinds(text)


def test_forces_arriving_and_a_minister_sending_troops_still_move() -> None:
    assert kinds(report("Regime forces arrived in Saraqib on Friday.")) == ["movement"]
    assert kinds(report("The minister sent two battalions to Saraqib on Friday.")) == ["movement"]


# --- what is moved is no force, or the word is no motion (rule moved-not-forces) -------------------------------


def test_salaries_candidates_and_an_ambassador_moved_are_no_forces() -> None:
    assert kinds(report("The army transferred the salaries of its employees in Harim on Sunday.")) == []
    assert kinds(report("The party withdrew its candidates from the council race in Harim on Sunday.")) == []
    assert kinds(report("The ministry withdrew its ambassador from Harim for consultations on Sunday.")) == []


def test_an_agreement_that_entered_into_force_is_no_entry() -> None:
    assert "movement" not in kinds(report("The truce between the army and the militia entered into force in Harim "
                                          "on Sunday."))


def test_forces_withdrawn_and_sent_still_move() -> None:
    assert kinds(report("The militia withdrew its fighters from Harim on Sunday.")) == ["movement"]


def test_recruiting_civilians_is_still_recruitment() -> None:
    # recruitment takes people by definition: the object rule reads motion verbs only
    assert kinds(report("The militia stepped up the recruitment of civilians in Harim on Sunday.")) == ["movement"]


# --- forces that step into the act to end it (rule move-ends-act) ---------------------------------------------


def test_police_sent_to_separate_the_sides_is_part_of_the_clash() -> None:
    text = report("Shafaq News/ Two men were killed in a clash between tribal fighters in Tell Abar on Monday.",
                  "Police were sent to the area and separated the two sides by the evening.")
    assert kinds(text) == ["clash"]


def test_guards_withdrawing_to_avoid_a_confrontation_are_part_of_the_riot() -> None:
    text = report("Angry residents of Saraqib stormed the council building on Monday and set fire to tyres.",
                  "Police withdrew from the building to avoid a confrontation.")
    assert "movement" not in kinds(text)


def test_reinforcements_sent_to_contain_clashes_are_a_move_of_their_own() -> None:
    text = report("Clashes broke out between tribal fighters in Tell Abar on Monday.",
                  "The army sent reinforcements to Tell Abar on Monday to contain the clashes.")
    assert "movement" in kinds(text)


# --- a patrol attacked is the target (rule target-of-attack) ---------------------------------------------------


def test_a_patrol_fired_on_is_the_attack_target() -> None:
    # the patrol is dropped as the attack's target, not only absorbed by the attack beside it
    analysis = _analysis(report("In the evening, gunmen opened fire on an army patrol at the entrance of "
                                "Tell Abar, wounding two soldiers."))
    drafts = extract_drafts(analysis, load_lexicon())
    assert "movement" not in {d.kind for d in drafts}
    assert "target-of-attack" in [name for name, _ in analysis.dropped]


# --- a security campaign's aim (rule campaign-aim) -------------------------------------------------------------


def test_a_security_campaign_targeting_wanted_men_is_no_attack() -> None:
    text = report("The army continued on Monday its security campaign in Harim, targeting remnants of the militia.")
    assert "attack" not in kinds(text)
    text = report("Police carried out an inspection campaign in Kafr Sajna on Monday that targeted wanted persons.")
    assert "attack" not in kinds(text)


def test_warplanes_targeting_hideouts_still_attack() -> None:
    assert kinds(report("Russian warplanes targeted hideouts of ISIS in Harim on Monday.")) != []


# --- a truce told as the end of the fight in its sentence (rule truce-ends-act) --------------------------------


def test_a_truce_that_ended_the_fight_in_its_sentence_is_part_of_the_clash() -> None:
    text = report("Shafaq News/ Tribal fighters exchanged fire in Tell Abar on Friday night until elders intervened "
                  "and the two sides agreed to a three-day truce.")
    assert "agreement" not in kinds(text)


def test_a_truce_told_in_a_sentence_of_its_own_is_an_agreement() -> None:
    text = report("Shafaq News/ Tribal fighters exchanged fire in Tell Abar on Friday night.",
                  "The two clans agreed to a truce in Tell Abar on Saturday after a mediation by elders.")
    assert "agreement" in kinds(text)
