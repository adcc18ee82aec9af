"""Precision on Iraqi reports: what Iraqi outlets tell that is no new act. Sentences written for these tests in
the style of Shafaq, Rudaw, Kurdistan24, INA and the Security Media Cell (never taken from a report); coded
with no language model and no gazetteer file."""

from __future__ import annotations

import re
from datetime import date

from marsad.events.background import after_publication
from marsad.events.dates import find_dates, reference_date
from marsad.events.drafts import Draft
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import Coding, load_lexicon
from marsad.events.refine import _force_on_the_crowd
from marsad.events.roles import Roles, assign_roles
from marsad.types import ActorMention, Evidence, Report

PUBLISHED = date(2024, 5, 10)


def _code(text: str, published: date | None = PUBLISHED) -> tuple[Analysis, list]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text, published=published), sentences=sentences, places=[],
                        actors=[], dates=find_dates(text, published), attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def _dropped(text: str, published: date | None = PUBLISHED) -> list[str]:
    return [name for name, _ in _code(text, published)[0].dropped]


def _later(text: str, published: date | None = PUBLISHED) -> bool:
    dates = find_dates(text, published)
    return after_publication(text, (0, len(text)), dates, reference_date(published, text, dates), 0)


def test_a_date_after_publication_tells_a_plan_not_an_act():
    assert _later("The handover of the security file to the Peshmerga takes effect on 1 January 2025.")
    assert _later("Joint patrols by the army and the Peshmerga are to start in 2026.")
    assert "after-publication" in _dropped(
        "The Peshmerga and the army signed an agreement to take over the posts on 1 January 2025.")


def test_a_date_before_publication_or_a_sentence_with_a_current_date_is_news():
    assert not _later("The army and the Peshmerga signed an agreement on 5 May 2024.")
    assert not _later("Gunmen attacked a checkpoint on 9 May 2024.")
    # the day after publication: time zones
    assert not _later("Gunmen attacked a checkpoint on 11 May 2024.")
    # the act's own clause tells a current date; the later date belongs to another clause
    assert not _later("On Monday the two sides signed an agreement, which takes effect on 1 January 2025.")


def test_without_a_publication_date_no_date_is_after_it():
    assert not _later("The handover of the posts takes effect on 1 January 2025.", None)
    assert "after-publication" not in _dropped(
        "The Peshmerga and the army signed an agreement to take over the posts on 1 January 2025.", None)


def _sides(text: str, trigger: str, *actors: tuple[str, str, int]) -> tuple[str | None, str | None]:
    start = text.index(trigger)
    mentions = sorted((ActorMention(text.index(p), text.index(p) + len(p), p, name, inter)
                       for p, name, inter in actors), key=lambda m: m.start)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions)
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_the_body_that_reports_an_act_is_not_its_subject():
    text = "The Interior Ministry said in a statement on Tuesday that a bomb exploded near a police patrol."
    sides = (("Interior Ministry", "Police", 1), ("police patrol", "Police", 1))
    assert _sides(text, "bomb", *sides)[0] is None
    text = "The Security Media Cell announced that a rocket fell near the army post."
    assert _sides(text, "rocket", ("Security Media Cell", "Police", 1), ("army", "Army", 1))[0] is None


def test_a_state_force_that_tells_of_its_own_kill_still_made_it():
    text = "The Defence Ministry said that seven rebels were killed near the dam."
    assert _sides(text, "killed", ("rebels", "Rebels", 2), ("Defence Ministry", "Army", 1)) == ("Army", "Rebels")
    # a side named as the subject of the act after the reporting verb acts
    text = "The Security Media Cell said that the army shelled the hideouts of the rebels."
    assert _sides(text, "shelled", ("Security Media Cell", "Police", 1), ("army", "Army", 1),
                  ("rebels", "Rebels", 2))[0] == "Army"


def test_the_routine_after_an_act_is_no_move_of_forces():
    report = ("Gunmen attacked an army post near the dam on Monday night, killing two soldiers. "
              "Security forces cordoned off the area and launched a search operation for the attackers.")
    assert "aftermath-of-act" in _dropped(report)
    assert [d.kind for d in _code(report)[1]] == ["attack"]


def test_a_sweep_or_deployment_of_its_own_is_still_coded():
    assert "aftermath-of-act" not in _dropped("Security forces launched a search operation near the dam on Monday.")
    assert "aftermath-of-act" not in _dropped("The army deployed reinforcements along the border on Monday.")


def test_a_move_named_as_the_subject_of_talks_is_no_move():
    report = ("The prime minister and the regional president discussed on Monday in the capital the agreement on the "
              "disputed areas and the deployment of joint forces.")
    assert "topic-of-talks" in _dropped(report)
    assert "movement" not in [d.kind for d in _code(report)[1]]
    assert "topic-of-talks" not in _dropped("The army deployed joint forces in the disputed areas on Monday.")


def _hand_draft(text: str, trigger: str, kind: str, sub_event_type: str, actor: ActorMention | None,
                rules: list[str]) -> Draft:
    start = text.index(trigger)
    return Draft(kind=kind, coding=Coding("x", sub_event_type, "x", "x"),
                 trigger=Evidence(start, start + len(trigger), trigger), sentence=(0, len(text)),
                 roles=Roles(actor, None), place=None, place_fallback=None, geo_precision=1, date=None,
                 fatalities=None, injured=None, detained=None, fighters=None, vehicles=None, attribution=None,
                 rules=rules)


def test_force_on_a_crowd_told_apart_is_no_attack_of_its_own():
    text = "Teachers protested in front of the council. Riot police fired tear gas near the bridge."
    police = ActorMention(text.index("Riot police"), text.index("Riot police") + 11, "Riot police", "Police", 1)
    protest = _hand_draft(text, "protested", "protest", "Peaceful protest", None, ["cue:protest"])
    fired = _hand_draft(text, "fired", "attack", "Attack", police, ["cue:fired"])
    assert _force_on_the_crowd(fired, [protest, fired], "Protest with intervention", text)
    # read as an attack, or with no protest coded in the report, or with a victim named, it stands
    assert not _force_on_the_crowd(fired, [protest, fired], "Attack", text)
    assert not _force_on_the_crowd(fired, [fired], "Protest with intervention", text)
    shot = _hand_draft(text, "fired", "attack", "Attack", police, ["cue:fired"])
    shot.roles = Roles(police, None, victim_phrase="a boy")
    assert not _force_on_the_crowd(shot, [protest, shot], "Protest with intervention", text)


def test_a_crowd_that_tries_to_storm_a_building_riots():
    kinds = [d.kind for d in _code("Teachers protested on Monday. The protesters tried to storm the council building, "
                                   "and the police dispersed them with tear gas.")[1]]
    assert "riot" in kinds
    kinds = [d.kind for d in _code("Teachers protested on Monday in front of the council building, and the police "
                                   "dispersed them with tear gas.")[1]]
    assert "riot" not in kinds
