"""One event per act, place and day: acts of one kind told with different days, or told as a reprisal for the act
before, stay events of their own; one act told twice on one day stays one. Reports written for these tests; places
from the hand-made gazetteer of test_segmentation, actors from test_same_place_acts (no model, no gazetteer file)."""

from __future__ import annotations

from datetime import date

import numpy as np

from marsad.events.classify import NONE, EventClassifier
from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import Report
from tests.events import test_segmentation
from tests.events.test_same_place_acts import _actors, report

PUBLISHED = date(2024, 5, 17)  # a Friday


def _analysis(text: str) -> Analysis:
    headline = text.split("\n", 1)[0]
    return Analysis(report=Report(doc_id="t", text=text, published=PUBLISHED),
                    sentences=test_segmentation._sentences(text), places=test_segmentation._mentions(text),
                    actors=_actors(text), dates=find_dates(text, PUBLISHED), attributions=[],
                    headline_end=len(headline) if "\n" in text else 0)


def code(text: str) -> list:
    return extract_drafts(_analysis(text), load_lexicon())


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((d.coding.sub_event_type, d.place.text if d.place else None,
                   d.date.value.isoformat() if d.date and d.date.value else None) for d in code(text))


def kinds_and_places(text: str) -> list[tuple[str, str | None]]:
    return sorted((kind, place) for kind, place, _ in events(text))


# --- one event per day (rules another-day, day-of-the-act, day-after-told, act-went-on) -------------------------


def test_a_lead_with_no_day_takes_the_day_of_its_details_and_another_day_stays_apart() -> None:
    text = report("Armed men attacked families in a village of Hama province this week, killing four.",
                  "Gunmen attacked residents of Hama late on Wednesday night, killing four.",
                  "On Thursday, gunmen attacked farmers in Hama, killing three.")
    assert events(text) == [("Attack", "Hama", "2024-05-15"), ("Attack", "Hama", "2024-05-16")]
    first, second = sorted(code(text), key=lambda d: d.date.value)
    assert "day-of-the-act" in first.rules and "another-day" in second.rules


def test_fighting_that_goes_on_the_next_day_is_an_event_of_that_day() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday.",
                  "The clashes went on in Tell Abar the next day, killing two fighters.")
    assert events(text) == [("Armed clash", "Tell Abar", "2024-05-15"), ("Armed clash", "Tell Abar", "2024-05-16")]


def test_fighting_told_again_on_its_own_day_is_one_battle() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Wednesday.",
                  "The clashes in Tell Abar killed two fighters, a monitor said.")
    assert events(text) == [("Armed clash", "Tell Abar", "2024-05-15")]


def test_a_claim_made_on_a_later_day_is_no_second_attack() -> None:
    text = report("Gunmen attacked a farm in Tell Abar on Tuesday, killing a shepherd.",
                  "ISIS on Wednesday claimed responsibility for the attack.")
    assert events(text) == [("Attack", "Tell Abar", "2024-05-14")]
    assert code(text)[0].roles.actor1.name == "Islamic State"


# --- a reprisal is an act of its own (rule act-in-return) ----------------------------------------------------


def test_a_retaliatory_attack_with_no_place_of_its_own_is_a_second_attack_nearby() -> None:
    text = report("Gunmen attacked residents of Tell Abar late on Wednesday night, killing four.",
                  "Hours later the slain farmers' clansmen raided a hamlet in a revenge attack, killing three.")
    drafts = sorted(code(text), key=lambda d: d.trigger.start)
    assert [(d.coding.sub_event_type, d.place.text) for d in drafts] == [("Attack", "Tell Abar"),
                                                                        ("Attack", "Tell Abar")]
    assert "act-in-return" in drafts[1].rules and drafts[1].geo_precision >= 2


def test_the_retaliatory_attack_named_again_is_the_same_attack() -> None:
    text = report("Clansmen of the slain farmers attacked residents of Tell Abar on Wednesday, killing four.",
                  "The retaliatory attack also wounded six people.")
    assert events(text) == [("Attack", "Tell Abar", "2024-05-15")]


# --- a protest escalates within its day; the next day is another event -------------------------------------


def test_a_protest_that_turns_to_storming_a_building_is_one_violent_demonstration() -> None:
    text = report("Hundreds of residents protested in KIRKUK on Monday against power cuts.",
                  "The protesters later stormed the provincial council building and set fire to its gate.")
    assert events(text) == [("Violent demonstration", "KIRKUK", "2024-05-13")]


def test_a_building_stormed_the_day_after_a_protest_is_a_second_event() -> None:
    text = report("Hundreds of residents protested in KIRKUK on Monday against power cuts.",
                  "On Tuesday, protesters stormed the provincial council building in KIRKUK and set it on fire.")
    assert events(text) == [("Peaceful protest", "KIRKUK", "2024-05-13"),
                            ("Violent demonstration", "KIRKUK", "2024-05-14")]


# --- ground taken at a place of its own; one act told at two places (place-taken-apart, each-place-its-event) ----


def test_a_village_retaken_near_the_fighting_is_a_territory_event_of_its_own() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Tuesday.",
                  "Regime forces also retook control of Kafr Sajna from ISIS.")
    assert kinds_and_places(text) == [("Armed clash", "Tell Abar"), ("Government regains territory", "Kafr Sajna")]


def test_a_town_taken_after_fighting_in_it_is_one_event() -> None:
    text = report("Regime forces clashed with ISIS in Tell Abar on Tuesday.",
                  "Regime forces then retook control of Tell Abar.")
    assert [place for _, place in kinds_and_places(text)] == ["Tell Abar"]


def test_a_toll_told_at_two_places_after_its_summary_is_two_events() -> None:
    text = report("Regime forces killed six ISIS fighters in clashes in Hama on Monday.",
                  "ISIS said one fighter was killed in Tell Abar, and five others were killed in Kafr Sajna.")
    assert kinds_and_places(text) == [("Armed clash", "Kafr Sajna"), ("Armed clash", "Tell Abar")]
    kept_apart = next(d for d in code(text) if d.place.text == "Kafr Sajna")
    assert "each-place-its-event" in kept_apart.rules


# --- the classifier's veto reads every sentence that tells the event (rule veto-whole-telling) ------------------


def _lead_reader() -> EventClassifier:
    """A stand-in classifier: a sentence about "tensions" tells no event, one about "gunmen" an attack."""
    return EventClassifier(["w:tensions", "w:gunmen", "bias"], [NONE, "Attack"],
                           np.array([[20.0, 0.0], [0.0, 20.0], [0.0, 0.0]]), np.zeros(2))


def test_a_lead_read_as_background_does_not_veto_the_attack_its_details_tell() -> None:
    text = report("A deadly attack in Hama province this week has stirred tensions between the clans.",
                  "Gunmen attacked residents of Hama late on Wednesday night, killing four.")
    analysis, lexicon = _analysis(text), load_lexicon()
    kept = refine(analysis, lexicon, extract_drafts(analysis, lexicon), _lead_reader())
    assert [(d.coding.sub_event_type, d.place.text) for d in kept] == [("Attack", "Hama")]
    assert "veto-whole-telling" in kept[0].rules


def test_an_event_told_only_as_background_is_still_vetoed() -> None:
    text = report("A deadly attack in Hama province this week has stirred tensions between the clans.",
                  "Elders met on Thursday to calm tensions.")
    analysis, lexicon = _analysis(text), load_lexicon()
    assert refine(analysis, lexicon, extract_drafts(analysis, lexicon), _lead_reader()) == []


# --- an attack on civilians told again as an ambush stays an attack (rule ambush-of-civilians) -----------------


def test_civilians_attacked_then_said_to_have_been_ambushed_is_one_attack() -> None:
    text = report("Gunmen attacked civilians in Tell Abar, killing four.",
                  "Survivors said the militants had ambushed them.")
    drafts = code(text)
    assert [(d.coding.sub_event_type, d.place.text) for d in drafts] == [("Attack", "Tell Abar")]
    assert "ambush-of-civilians" in drafts[0].rules


def test_an_ambush_of_soldiers_told_after_the_attack_makes_it_a_battle() -> None:
    text = report("Gunmen attacked civilians in Tell Abar, killing four.",
                  "Survivors said the militants had ambushed a patrol of soldiers.")
    assert kinds_and_places(text) == [("Armed clash", "Tell Abar")]
