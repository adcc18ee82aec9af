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


def test_a_sweep_told_as_the_circumstance_of_an_act_is_no_move_of_forces():
    # the patrol was on a sweep when it was hit: the bombing is the event, the sweep its circumstance
    report = ("A roadside bomb wounded three soldiers in the orchards near the river on Monday. The unit was "
              "conducting a search operation in the orchards when the bomb went off.")
    assert "aftermath-of-act" in _dropped(report)
    assert "raid" not in [d.kind for d in _code(report)[1]]
    # the sweep that followed the act
    report = ("Gunmen killed a shepherd near the dam on Monday. Troops launched a combing operation in the nearby "
              "farms after the killing.")
    assert "aftermath-of-act" in _dropped(report)
    # an arrest made during a sweep is still coded; the sweep is not
    kinds = [d.kind for d in _code("Police arrested four suspects during a security operation in the market.")[1]]
    assert "arrest" in kinds and "raid" not in kinds


def test_hideouts_destroyed_in_a_sweep_with_finds_are_no_shelling():
    text = ("Troops destroyed three hideouts of the militants and seized rifles and explosive belts during a search "
            "operation in the desert on Monday.")
    kinds = [d.kind for d in _code(text)[1]]
    assert "shelling" not in kinds and "weapons" in kinds
    # told with no search and no finds, the destruction of an armed side's hideouts is still a strike
    assert "shelling" in [d.kind for d in _code("Troops destroyed three hideouts of the militants on Monday.")[1]]


def test_a_month_of_operations_is_a_tally():
    text = "The command said the troops killed six militants and destroyed 20 hideouts in the past month."
    assert "tally" in _dropped(text)
    assert "tally" not in _dropped("Gunmen ambushed a convoy in the last week of March, the army said.")


def test_the_fallback_governorate_is_of_the_reports_country():
    from types import SimpleNamespace as Mention

    from marsad.events.component import _main_governorate

    def place(code: str, admin1: str) -> Mention:
        return Mention(place=Mention(country_code=code, admin1=admin1))

    # one name read as a namesake across the border, one place at home: a tie the actors' country breaks
    places = [place("SY", "Ar-Raqqah"), place("IQ", "Salah ad-Din")]
    army = [Mention(name="Military Forces of Iraq (2022-)")]
    assert _main_governorate(places, army) == ("Salah ad-Din", "IQ")
    assert _main_governorate(places, [Mention(name="Military Forces of Syria (2000-2024)")]) == ("Ar-Raqqah", "SY")
    # the places' own majority still comes first
    places = [place("SY", "Idlib"), place("SY", "Idlib"), place("IQ", "Nineveh")]
    assert _main_governorate(places, army) == ("Idlib", "SY")
    assert _main_governorate([], army) is None


def test_a_warning_of_what_the_cells_do_is_no_act():
    # the day dates the warning; what the cells do is told in the present
    text = ("An official warned on Thursday that the cells still hide in the valley, where they attack the posts "
            "and plant explosive devices on the farm roads.")
    dropped = _dropped(text)
    assert "they-present" in dropped and "generic-present" in dropped
    assert _code(text)[1] == []
    # told in the past, on its own day, it is an act
    assert [d.kind for d in _code("An official said on Thursday that the cells attacked a post in the valley "
                                  "on Wednesday.")[1]] == ["attack"]


def test_the_place_of_a_past_act_told_about_the_arrested_is_not_where_he_was_arrested():
    from types import SimpleNamespace as Mention

    from marsad.events.past_act_place import past_act_place_test

    def weak(text: str, place: str, year: int | None = 2024) -> bool:
        cue = Mention(end=text.index("arrested") + len("arrested"))
        start = text.index(place)
        return past_act_place_test(text, (0, len(text)), cue, year)(Mention(start=start, end=start + len(place)))

    told = "Police arrested on Monday a man who took part in the bombing of the market in Alpha in 2016."
    assert weak(told, "Alpha")
    # no year, or the report's year: the clause may tell the act just reported (aftermath-there)
    assert not weak("Police arrested on Monday a man who took part in the bombing of the market in Alpha.", "Alpha")
    assert not weak(told.replace("2016", "2024"), "Alpha")
    # a place of the main clause, or one after a clause break, is where the arrest was made
    assert not weak("Police arrested in Beta a man who fought in 2016.", "Beta")
    assert not weak("Police arrested a man who fought in 2016, in the market of Beta.", "Beta")
    # no publication date: no year to compare with
    assert not weak(told, "Alpha", None)


def test_the_act_counted_among_others_is_no_new_act():
    report = ("Gunmen threw a grenade at a shop in the old market on Sunday night. "
              "It is the third attack on shops in the market this month.")
    assert "tally" in _dropped(report)
    assert len(_code(report)[1]) == 1
    # an act told with its rank is still an act
    assert "tally" not in _dropped("In the third attack on the road this month, gunmen shot a driver near the bridge.")


def test_an_act_told_at_a_district_then_at_its_village_is_one_event():
    from types import SimpleNamespace as Mention

    from marsad.events.merging import _region_then_detail
    from marsad.types import Place

    text = "Gunmen killed a farmer in Alpha district. The gunmen shot the farmer near the village of Beta."
    gunmen = ActorMention(0, 6, "Gunmen", "Unidentified Armed Group", 3)

    def told(trigger: str, place: Place, relation: str, precision: int) -> Draft:
        draft = _hand_draft(text, trigger, "attack", "Attack", gunmen, ["cue:attack"])
        draft.place = Mention(place=place, relation=relation, geo_precision=precision, resolution=None)
        draft.geo_precision = precision
        return draft

    district = Place("1", "Alpha", 34.0, 45.0, "IQ", "Iraq", "Delta", "Alpha", None, "A", "ADM2")
    village = Place("2", "Beta", 34.1, 45.1, "IQ", "Iraq", "Delta", "Alpha", None, "P", "PPL")
    town = Place("3", "Alpha", 34.0, 45.0, "IQ", "Iraq", "Delta", "Alpha", None, "P", "PPL")
    assert _region_then_detail(told("killed", district, "district", 2), told("shot", village, "near", 1))
    # the town itself ("in Alpha") is a place of its own, not a district the village only locates
    assert not _region_then_detail(told("killed", town, "in", 2), told("shot", village, "near", 1))
