"""The actor of an act whose sentence names none, read from the report (events/discourse.py), without the model.

Sentences are written for the tests; each sentence is one draft, its trigger at the sentence's start."""

from marsad.events.discourse import carry_report_actors, report_air_force
from marsad.events.drafts import Analysis, Draft
from marsad.events.lexicon import load_lexicon
from marsad.events.roles import Roles
from marsad.types import ActorMention, Evidence, Report

ARMY = "Military Forces of Northland (2000-)"
NAVY = "Military Forces of Southland (2000-)"


def _actor(text: str, phrase: str, name: str, inter: int = 1, **kw) -> ActorMention:
    start = text.index(phrase)
    return ActorMention(start, start + len(phrase), phrase, name, inter, **kw)


def _analysis(sentences: list[str], actors: list[tuple[str, str, int]], headline: bool = False) -> Analysis:
    text = " ".join(sentences)
    spans, at = [], 0
    for sentence in sentences:
        spans.append((at, at + len(sentence)))
        at += len(sentence) + 1
    mentions = [_actor(text, phrase, name, inter) for phrase, name, inter in actors]
    return Analysis(report=Report(doc_id="t", text=text), sentences=spans, places=[], actors=mentions, dates=[],
                    attributions=[], headline_end=spans[0][1] if headline else 0)


def _draft(analysis: Analysis, number: int, kind: str, actor1: str | None = None,
           actor2: str | None = None) -> Draft:
    start, end = analysis.sentences[number]
    by_name = {m.name: m for m in analysis.actors}
    return Draft(kind=kind, coding=load_lexicon().kinds[kind].codings[-1],
                 trigger=Evidence(start, start + 3, analysis.report.text[start:start + 3]), sentence=(start, end),
                 roles=Roles(by_name.get(actor1) if actor1 else None, by_name.get(actor2) if actor2 else None),
                 place=None, place_fallback=None, geo_precision=3, date=None, fatalities=None, injured=None,
                 detained=None, fighters=None, vehicles=None, attribution=None, rules=[f"cue:{kind}"])


def _actor1(drafts: list[Draft]) -> list[str | None]:
    return [d.roles.actor1.name if d.roles.actor1 else None for d in drafts]


def test_a_detention_with_no_actor_goes_on_with_the_detainer_before_it():
    analysis = _analysis(["Police of Northland detained five men in Alpha on Sunday.",
                          "The town was calm afterwards.",
                          "Two more were detained in Beta the next day."],
                         [("Police of Northland", "Police Forces of Northland", 1)])
    drafts = [_draft(analysis, 0, "arrest", "Police Forces of Northland"), _draft(analysis, 2, "arrest")]
    carried = carry_report_actors(drafts, analysis)
    assert _actor1(carried) == ["Police Forces of Northland"] * 2
    assert "carry-same-kind" in carried[1].rules


def test_a_bomb_or_an_act_of_another_kind_is_not_carried():
    analysis = _analysis(["Police of Northland detained five men in Alpha on Sunday.",
                          "A roadside bomb went off in Beta.",
                          "A man was shot dead in Gamma."],
                         [("Police of Northland", "Police Forces of Northland", 1)])
    drafts = [_draft(analysis, 0, "arrest", "Police Forces of Northland"), _draft(analysis, 1, "ied"),
              _draft(analysis, 2, "attack")]
    assert _actor1(carry_report_actors(drafts, analysis)) == ["Police Forces of Northland", None, None]


def test_the_actor_is_not_carried_far_nor_past_an_unclaimed_act_of_the_same_kind():
    far = ["The week began quietly in the north.", "Police of Northland detained five men in Alpha on Sunday."] + [
        "Nothing else happened."] * 5 + ["Two more were detained in Beta."]
    analysis = _analysis(far, [("Police of Northland", "Police Forces of Northland", 1)])
    drafts = [_draft(analysis, 1, "abduct", "Police Forces of Northland"), _draft(analysis, 7, "abduct")]
    assert _actor1(carry_report_actors(drafts, analysis)) == ["Police Forces of Northland", None]
    analysis = _analysis(["Police of Northland detained five men in Alpha on Sunday.",
                          "Unknown gunmen abducted a trader in Beta.", "A farmer was abducted in Gamma."],
                         [("Police of Northland", "Police Forces of Northland", 1)])
    gunmen = _actor(analysis.report.text, "Unknown gunmen", "Unidentified Armed Group (Northland)", 3, kind="generic")
    drafts = [_draft(analysis, 0, "abduct", "Police Forces of Northland"), _draft(analysis, 1, "abduct"),
              _draft(analysis, 2, "abduct")]
    drafts[1].roles = Roles(gunmen, None)
    assert _actor1(carry_report_actors(drafts, analysis)) == ["Police Forces of Northland", gunmen.name, None]


def test_the_headline_actor_reaches_the_whole_report():
    far = ["Northland forces abduct twelve people in Alpha"] + ["Nothing else happened."] * 6 + [
        "A teacher was abducted in Beta on Monday."]
    analysis = _analysis(far, [("Northland forces", ARMY, 8)], headline=True)
    drafts = [_draft(analysis, 0, "abduct", ARMY), _draft(analysis, 7, "abduct")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, ARMY]


def test_a_clash_naming_one_side_of_its_own_is_not_the_earlier_fight():
    analysis = _analysis(["Clashes broke out between Northland forces and the Rebels in Alpha.",
                          "Clashes among members of the Hawks clan left one dead in Beta."],
                         [("Northland forces", ARMY, 1), ("Rebels", "Rebels", 2), ("Hawks clan", "Hawks", 4)])
    drafts = [_draft(analysis, 0, "clash", ARMY, "Rebels"), _draft(analysis, 1, "clash", None, "Hawks")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, None]


def test_an_air_strike_with_no_actor_is_flown_by_the_one_air_force_the_report_names():
    analysis = _analysis(["Northland forces shelled Alpha.", "Warplanes carried out two raids on Beta."],
                         [("Northland forces", ARMY, 1)])
    drafts = [_draft(analysis, 0, "shelling", ARMY), _draft(analysis, 1, "air")]
    carried = carry_report_actors(drafts, analysis)
    assert _actor1(carried) == [ARMY, ARMY] and "report-air-force" in carried[1].rules


def test_two_state_militaries_and_no_air_word_leave_the_strike_unidentified():
    analysis = _analysis(["Northland forces shelled Alpha.", "Southland troops reached Gamma.",
                          "Warplanes carried out two raids on Beta."],
                         [("Northland forces", ARMY, 1), ("Southland troops", NAVY, 8)])
    drafts = [_draft(analysis, 0, "shelling", ARMY), _draft(analysis, 2, "air")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, None]


def test_the_state_named_with_an_air_word_flies_the_strike():
    text = "Southland warplanes struck Alpha while Northland forces shelled Beta. Jets hit Gamma."
    mentions = [_actor(text, "Southland warplanes", NAVY, 8), _actor(text, "Northland forces", ARMY)]
    assert report_air_force(mentions, text.index("Jets")).name == NAVY


def test_a_named_side_hit_by_drones_nobody_claims_stays_unidentified():
    analysis = _analysis(["Northland forces shelled Alpha.", "The base of the Guards was hit by two drones."],
                         [("Northland forces", ARMY, 1), ("Guards", "Guards", 3)])
    drafts = [_draft(analysis, 0, "shelling", ARMY), _draft(analysis, 1, "air", None, "Guards")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, None]


def test_a_named_side_hit_in_a_report_of_one_air_force_named_so_is_hit_by_it():
    analysis = _analysis(["Northland warplanes struck Alpha.", "The base of the Guards was hit by two drones."],
                         [("Northland warplanes", ARMY, 1), ("Guards", "Guards", 3)])
    drafts = [_draft(analysis, 0, "air", ARMY), _draft(analysis, 1, "air", None, "Guards")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, ARMY]
    # unless the sentence says the drones are nobody's known
    analysis = _analysis(["Northland warplanes struck Alpha.", "Drones of unknown identity hit the Guards."],
                         [("Northland warplanes", ARMY, 1), ("Guards", "Guards", 3)])
    drafts = [_draft(analysis, 0, "air", ARMY), _draft(analysis, 1, "air", None, "Guards")]
    assert _actor1(carry_report_actors(drafts, analysis)) == [ARMY, None]


def test_a_ground_unit_stands_for_its_state_forces_in_the_air():
    text = "The 4th Division shelled Alpha. Helicopters dropped bombs on Beta."
    unit = _actor(text, "4th Division", f"{ARMY} 4th Division", part_of=ARMY)
    assert report_air_force([unit], text.index("Helicopters")).name == ARMY


def test_an_arrest_with_no_actor_is_made_by_the_one_police_force_the_report_names():
    analysis = _analysis(["The Interior Ministry of Northland said it had broken up a smuggling ring.",
                          "Officials said the ring was active near the port.",
                          "Four of its members were arrested in Alpha."],
                         [("Interior Ministry of Northland", "Police Forces of Northland", 1)])
    carried = carry_report_actors([_draft(analysis, 2, "arrest")], analysis)
    assert _actor1(carried) == ["Police Forces of Northland"] and "report-police" in carried[0].rules


def test_two_police_forces_or_none_leave_the_arrest_unattributed():
    analysis = _analysis(["Police of Northland and police of Southland met at the border.",
                          "Four men were arrested in Alpha."],
                         [("Police of Northland", "Police Forces of Northland", 1),
                          ("police of Southland", "Police Forces of Southland", 1)])
    assert _actor1(carry_report_actors([_draft(analysis, 1, "arrest")], analysis)) == [None]
    analysis = _analysis(["Northland forces shelled Alpha.", "Four men were arrested in Beta."],
                         [("Northland forces", ARMY, 1)])
    assert _actor1(carry_report_actors([_draft(analysis, 1, "arrest")], analysis)) == [None]


def test_with_no_police_named_the_state_security_forces_the_report_names_arrest():
    analysis = _analysis(["Northland security forces fired on protesters in Alpha.",
                          "The governor declared a curfew.",
                          "Dozens of protesters were taken into custody on Sunday."],
                         [("Northland security forces", ARMY, 1)])
    carried = carry_report_actors([_draft(analysis, 2, "arrest")], analysis)
    assert _actor1(carried) == [ARMY] and "report-police" in carried[0].rules
    analysis = _analysis(["Northland security forces fired on protesters in Alpha.",
                          "Southland security forces closed the border.",
                          "Dozens of protesters were taken into custody on Sunday."],
                         [("Northland security forces", ARMY, 1), ("Southland security forces", NAVY, 1)])
    assert _actor1(carry_report_actors([_draft(analysis, 2, "arrest")], analysis)) == [None]
    analysis = _analysis(["Northland security forces fired on protesters in Alpha.",
                          "The Northland cabinet declared a curfew.",
                          "Dozens of protesters were taken into custody on Sunday."],
                         [("Northland security forces", ARMY, 1),
                          ("Northland cabinet", "Government of Northland (2000-)", 1)])
    assert _actor1(carry_report_actors([_draft(analysis, 2, "arrest")], analysis)) == [ARMY]


def test_a_local_militia_is_named_after_the_place_of_its_fight():
    """ACLED names a communal militia with no name of its own after its village: "Alpha Communal Militia"."""
    from marsad.types import PlaceMention, Resolution

    text = "Armed clashes took place between two families in the village of Alpha, wounding one person."
    families = _actor(text, "two families", "Unidentified Communal Militia (Northland)", 4, kind="generic")
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))], places=[],
                        actors=[families], dates=[], attributions=[])
    draft = _draft(analysis, 0, "clash")
    draft.roles = Roles(families, None)
    start = text.index("Alpha")
    draft.place = PlaceMention(start, start + 5, "Alpha", Resolution(None, 0.0))
    carried = carry_report_actors([draft], analysis)
    assert _actor1(carried) == ["Alpha Communal Militia (Northland)"] and "communal-militia-place" in carried[0].rules


def test_the_force_that_broke_up_a_protest_is_the_one_acted_upon():
    """ACLED codes a protest with intervention as the protesters (actor1) met by the force (actor2)."""
    analysis = _analysis(["Northland police fired tear gas to disperse protesters in Alpha."],
                         [("Northland police", "Police Forces of Northland", 1), ("protesters", "Protesters", 6)])
    draft = _draft(analysis, 0, "protest_intervention", "Police Forces of Northland", "Protesters")
    carried = carry_report_actors([draft], analysis)
    assert (carried[0].roles.actor1.name, carried[0].roles.actor2.name) == ("Protesters", "Police Forces of Northland")
    assert "crowd-acts" in carried[0].rules


def test_an_abduction_goes_on_with_the_detainer_of_an_arrest_before_it():
    """A detention told as an arrest and then as an abduction is one side's act of detaining."""
    analysis = _analysis(["Hawks security arrested an activist in Alpha on Sunday.",
                          "A young man was abducted at a checkpoint near Beta."], [("Hawks security", "Hawks", 2)])
    drafts = [_draft(analysis, 0, "arrest", "Hawks"), _draft(analysis, 1, "abduct")]
    assert _actor1(carry_report_actors(drafts, analysis)) == ["Hawks", "Hawks"]
