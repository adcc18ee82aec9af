"""One act told twice stays one event; two acts told in one sentence stay two (ACLED: one event per act, place and
day). A battle told with one side whose other side a later sentence names (rule missing-side-named), the day fighting
lasted until (rule day-it-ended), an act named as the time of another (rule named-as-time), a draft the classifier
retypes into the act its sentence already tells (rule retyped-folds). Reports written for these tests in the manner of
a wire, a monitor and an Iraqi outlet; places from the hand-made gazetteer of test_segmentation, actors from
test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from marsad.events.acts_apart import missing_side_named
from marsad.events.extract import extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.merging import merge_drafts
from marsad.events.refine import refine
from marsad.events.retyped_fold import folded_into_sibling, label_of_another_act
from marsad.types import ActorMention, Evidence
from tests.events.test_days_apart import _analysis, code, events
from tests.events.test_same_place_acts import _classifier, report


def _side(name: str, inter: int = 3) -> ActorMention:
    return ActorMention(0, 1, name, name, inter, kind="group", actor_id=name.lower())


SDF, MILITIA, ISIS = _side("Syrian Democratic Forces", 2), _side("Local Militia"), _side("Islamic State", 2)


def _battle(text: str, actor1: ActorMention | None, actor2: ActorMention | None):
    """The one battle draft `text` makes, with the sides a parse would have given it."""
    draft = next(d for d in code(text) if d.coding.event_type == "Battles")
    draft.roles = replace(draft.roles, actor1=actor1, actor2=actor2)
    return draft


# --- a battle told with one side, then as an attack on that side (rule missing-side-named) --------------------


def test_an_attack_on_the_one_side_of_a_battle_told_before_names_its_other_side() -> None:
    first = _battle(report("Two fighters of the SDF were killed in clashes in Tell Abar on Wednesday night."),
                    SDF, None)
    second = _battle(report("Around forty gunmen crossed the river and attacked posts of the SDF in Tell Abar."),
                     MILITIA, SDF)
    merged = merge_drafts([first, second], load_lexicon().kinds)
    assert len(merged) == 1 and "missing-side-named" in merged[0].rules
    assert (merged[0].roles.actor1.name, merged[0].roles.actor2.name) == ("Syrian Democratic Forces", "Local Militia")


def test_a_battle_told_with_both_sides_meets_another_pair_in_an_attack_on_one_of_them() -> None:
    first = _battle(report("The SDF clashed with ISIS cells in Tell Abar on Wednesday."), SDF, ISIS)
    second = _battle(report("Gunmen of a local militia attacked posts of the SDF in Tell Abar."), MILITIA, SDF)
    assert not missing_side_named(first, second)


def test_an_attack_by_the_side_told_before_names_no_missing_side() -> None:
    first = _battle(report("Clashes broke out in Tell Abar on Wednesday, killing two fighters."), SDF, None)
    second = _battle(report("The SDF attacked posts of the militia in Tell Abar."), SDF, MILITIA)
    assert not missing_side_named(first, second)


# --- the day an act lasted until is not its day (rule day-it-ended) ---------------------------------------------


@pytest.mark.parametrize("later", [
    "The attackers were repelled after fighting that lasted until early Thursday.",
    "The clashes in Tell Abar continued until dawn on Thursday, killing two fighters.",
])
def test_fighting_that_lasted_into_the_next_day_is_the_battle_of_the_day_it_broke_out(later: str) -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday night.", later)
    assert events(text) == [("Armed clash", "Tell Abar", "2024-05-15")]


def test_fighting_told_again_on_the_next_day_stays_a_battle_of_that_day() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday.",
                  "On Thursday, the clashes resumed in Tell Abar, killing two fighters.")
    assert [day for _, _, day in events(text)] == ["2024-05-15", "2024-05-16"]


# --- an act named as the time of another (rule named-as-time) ---------------------------------------------------


def test_a_shelling_told_hours_before_the_drone_strike_is_a_shelling_of_its_own() -> None:
    text = report("KIRKUK - A Turkish drone struck a car near Jalawla on Monday, killing two men.",
                  "Hours before the drone strike, Regime forces shelled the hills around Qara Tepe.")
    assert [(kind, place) for kind, place, _ in events(text)] == [("Air/drone strike", "Jalawla"),
                                                                    ("Shelling/artillery/missile attack", "Qara Tepe")]
    analysis = _analysis(text)
    extract_drafts(analysis, load_lexicon())
    assert any(why == "reference" and e.text == "drone strike" for why, e in analysis.dropped)


def test_a_verb_after_before_still_tells_its_act() -> None:
    text = report("Residents of Tell Abar fled on Monday before Regime forces shelled the village.")
    assert ("Shelling/artillery/missile attack", "Tell Abar") in [(kind, place) for kind, place, _ in events(text)]


# --- a draft retyped into the act its sentence tells folds into it (rule retyped-folds) -------------------------


def _lead_retyped(text: str, where: str = "Diyala") -> tuple:
    """The drafts of `text`, the deal of its lead retyped as the clashes the classifier reads there and left at
    `where`, the region the lead names (where the clashes' own telling moved on to the village the body names)."""
    analysis = _analysis(text)
    drafts = extract_drafts(analysis, load_lexicon())
    clash = next(d for d in drafts if d.coding.sub_event_type == "Armed clash")
    deal = next(d for d in drafts if d.kind == "agreement")
    region = next(p for p in analysis.places if p.text == where)
    deal.place, deal.coding = region, clash.coding
    return analysis, drafts, clash, deal


def test_a_deal_the_classifier_reads_as_the_clashes_of_its_sentence_folds_into_them() -> None:
    text = report("Police clashed with gunmen in Diyala this week, and village elders brokered a deal, officials "
                  "said.", "The fighting broke out on Tuesday in Jalawla, when gunmen refused to hand over a man.")
    analysis, drafts, clash, deal = _lead_retyped(text)
    assert folded_into_sibling(analysis, deal, drafts)
    assert clash.place.text == "Jalawla" and "retyped-folds" in clash.rules


def test_acts_at_two_places_of_one_sentence_do_not_fold() -> None:
    text = report("Police clashed with gunmen in Tell Abar this week, and village elders brokered a deal in Kafr "
                  "Sajna, officials said.")
    analysis, drafts, _, deal = _lead_retyped(text, "Kafr Sajna")
    assert not folded_into_sibling(analysis, deal, drafts)


def test_the_classifier_retyping_a_draft_into_its_sentence_act_leaves_one_event() -> None:
    text = report("Police clashed with gunmen in Diyala this week, and village elders brokered a deal, officials "
                  "said.", "The fighting broke out on Tuesday in Jalawla, when gunmen refused to hand over a man.")
    analysis = _analysis(text)
    lexicon = load_lexicon()
    refined = refine(analysis, lexicon, extract_drafts(analysis, lexicon), _classifier("Armed clash"))
    assert [(d.coding.sub_event_type, d.place.text) for d in refined] == [("Armed clash", "Jalawla")]


def _clash_and_move(text: str) -> tuple:
    """The clash `text` tells, told again in the sentence of the patrol attacked, and the move of forces told there."""
    analysis = _analysis(text)
    drafts = extract_drafts(analysis, load_lexicon())
    clash = next(d for d in drafts if d.coding.event_type == "Battles")
    patrol = next(s for s in analysis.sentences if "patrol" in text[s[0]:s[1]])
    move = next(d for d in drafts if d.kind == "movement")
    move.sentence = patrol
    clash.evidence.append(Evidence(patrol[0], patrol[1], text[patrol[0]:patrol[1]]))
    return analysis, clash, move


TOLD = report("Police clashed with gunmen in the village of Tell Abar on Wednesday.",
              "The clashes broke out after gunmen attacked a patrol of the Police at the entrance of the village.",
              "Police sent reinforcements to Tell Abar on Thursday and imposed a curfew on the village.")


def test_a_move_of_forces_told_beside_the_clashes_and_again_on_its_own_keeps_its_type() -> None:
    _, clash, move = _clash_and_move(TOLD)
    later = next(s for s in _analysis(TOLD).sentences if "reinforcements" in TOLD[s[0]:s[1]])
    move.evidence.append(Evidence(later[0], later[1], TOLD[later[0]:later[1]]))
    move.rules.append("same-event")
    assert label_of_another_act(move, [clash, move], "Armed clash")
    assert "label-of-another-act" in move.rules


def test_a_draft_told_only_beside_the_clashes_is_no_act_of_its_own() -> None:
    _, clash, move = _clash_and_move(TOLD)
    move.evidence = [e for e in move.evidence if e.start < move.sentence[1]]
    assert not label_of_another_act(move, [clash, move], "Armed clash")
