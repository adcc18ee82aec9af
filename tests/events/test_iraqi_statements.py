"""Security statements and wire copy on Iraq: the day of a statement, the reason someone is held. Sentences
written for these tests in the style of the Security Media Cell, the Kurdistan Region's counter-terrorism
statements, Shafaq and INA (never taken from a report); coded with no language model and no gazetteer file."""

from __future__ import annotations

import re
from datetime import date

from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report

PUBLISHED = date(2025, 1, 21)  # a Tuesday


def _code(text: str) -> tuple[Analysis, list]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text, published=PUBLISHED), sentences=sentences, places=[],
                        actors=[], dates=find_dates(text, PUBLISHED), attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def test_a_strike_announced_on_one_day_and_told_on_its_own_day_is_one_strike():
    # the lead dates only the statement; the quote dates the strike: one strike, on its own day (Monday)
    _, drafts = _code("The Security Media Cell announced on Tuesday that Iraqi jets carried out an air strike on "
                      "hideouts in the valley.\nIraqi F-16 aircraft carried out an air strike on Monday on "
                      "hideouts in the valley, killing four militants.")
    strikes = [d for d in drafts if d.coding.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].date is not None and strikes[0].date.value == date(2025, 1, 20)


def test_a_strike_dated_on_its_own_day_stays_apart_from_one_on_another_day():
    # both tellings name the act's own day, and the days differ: two strikes (rule another-day)
    _, drafts = _code("Iraqi jets carried out an air strike on hideouts in the valley on Tuesday.\nIraqi jets "
                      "carried out an air strike on Monday on hideouts in the valley, killing four militants.")
    assert len([d for d in drafts if d.coding.sub_event_type == "Air/drone strike"]) == 2


def _dropped(text: str) -> list[str]:
    return [name for name, _ in _code(text)[0].dropped]


def test_what_the_one_arrested_did_is_the_reason_for_the_arrest_not_an_act():
    analysis, drafts = _code("Police arrested a man who shot dead his neighbour in a quarrel over a water pump.")
    assert [d.kind for d in drafts] == ["arrest"]
    assert "held-for-act" in [name for name, _ in analysis.dropped]
    _, drafts = _code("Security forces freed a trader who had been kidnapped in the town.")
    assert not [d for d in drafts if d.kind == "abduct"]
    # a killing told in a clause of its own beside an arrest is an act of its own
    _, drafts = _code("Police arrested two men, and gunmen shot dead a guard in the market.")
    assert "attack" in {d.kind for d in drafts}


def test_people_handed_over_hand_over_no_ground():
    assert "handed-to-justice" in _dropped("The suspects were handed over to the relevant judicial authorities.")
    _, drafts = _code("The militia handed over its checkpoints on the valley road to the army.")
    assert [d.kind for d in drafts] == ["handover"]


def test_a_strike_told_again_in_a_statement_is_the_strike_told_before():
    # "the strike, carried out ..., targeted a cave": the strike named before, not an attack of its own
    _, drafts = _code("Iraqi jets carried out an air strike on a hideout in the valley on Monday, killing three "
                      "militants.\nThe cell said that the strike, carried out on the basis of intelligence, targeted "
                      "a cave used by the militants.")
    assert [d.kind for d in drafts] == ["air"]


def test_the_routine_after_an_act_and_officials_sent_move_no_forces():
    # the village sealed off and swept after the bombing: its aftermath (rule aftermath-of-act)
    _, drafts = _code("Security forces sealed off the village after the bombing and launched a search operation in "
                      "the orchards.")
    assert not [d for d in drafts if d.kind in {"movement", "raid"}]
    # the militants of the act told, withdrawing after it (rule attackers-withdraw)
    assert "attackers-withdraw" in _dropped("The source said the militants withdrew after a clash that lasted an hour.")
    # a minister sent to the area (rule officials-not-forces); troops sent there still move
    assert "officials-not-forces" in _dropped("The prime minister sent the interior minister to the area.")
    _, drafts = _code("The prime minister sent two battalions to the area.")
    assert [d.kind for d in drafts] == ["movement"]


def test_a_patrol_passing_when_a_device_went_off_is_what_it_hit():
    analysis, drafts = _code("A roadside bomb wounded two fighters on the road.\nThe explosive device went off as a "
                             "patrol of the brigade was passing on the road.")
    assert "movement" not in {d.kind for d in drafts}
    assert "passing-when-hit" in [name for name, _ in analysis.dropped]


def test_what_past_fighting_left_is_no_battle_and_a_count_since_liberation_is_a_tally():
    # a device left over from the battles: the bomb, not the battles (rule reference)
    _, drafts = _code("Two shepherds were killed when a device left over from the battles against the militants "
                      "exploded near the village.")
    assert {d.coding.event_type for d in drafts} == {"Explosions/Remote violence"}
    # devices defused since the province's liberation: a count, not one act (rule tally)
    _, drafts = _code("Engineering teams have defused more than 2,000 explosive devices in the province since its "
                      "liberation, the governor said.")
    assert not drafts


def test_weapons_handed_in_hand_over_no_ground():
    assert "handed-to-justice" in _dropped("Dozens of clan members handed over their medium weapons to the police "
                                           "under the weapons collection campaign.")


def test_a_statement_on_the_attacks_names_them_and_tells_none():
    # the acts a statement is about are told after it, each with its own words (rule reference)
    assert "reference" in _dropped("The group's press office released a statement on the attacks of the army "
                                   "against its areas.")


def test_aircraft_named_as_the_support_of_an_operation_strike_nothing():
    # the aircraft that take part in an operation announced (rule air-support-named) ...
    assert "air-support-named" in _dropped("The command announced the launch of a security operation in the "
                                           "mountains, backed by Iraqi and coalition aircraft.")
    # ... strike when the sentence says they did (rule strike-told)
    _, drafts = _code("The operation in the mountains was backed by coalition aircraft that struck hideouts in "
                      "the valley.")
    assert "air" in {d.kind for d in drafts}
