"""How Iraqi outlets tell what is not a new event, or is one event: year-round security statistics, devices
planted as a pattern, controlled detonations and accidents, protests against a bombing, riots told by burning
tyres. Reports written for the project in the style of Iraqi security statements and wire copy; no model."""

import re

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import ActorMention, Report


def _code(text: str) -> tuple[Analysis, list]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=sentences, places=[], actors=[], dates=[],
                        attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def _kinds(text: str) -> list[str]:
    return [d.kind for d in _code(text)[1]]


def _dropped(text: str) -> list[str]:
    return [name for name, _ in _code(text)[0].dropped]


def test_year_round_security_statistics_are_no_event():
    text = ("The command said its forces killed 45 militants and arrested 300 suspects during 2023. "
            "In the first half of the year, army engineers dismantled 900 explosive devices in the desert. "
            "Over the past year the air force carried out 120 strikes on hideouts.")
    assert _kinds(text) == []
    assert _dropped(text).count("tally") == 3


def test_a_dated_operation_beside_the_statistics_stands():
    assert _kinds("On Monday, the army arrested two suspects in the village of Tell Ahmar.") == ["arrest"]


def test_a_protest_against_a_bombing_does_not_tell_the_bombing_again():
    text = "Dozens of residents protested on Tuesday against the bombing that killed three people in the market."
    assert _kinds(text) == ["protest"]
    assert "reference" in _dropped(text)


def test_devices_planted_as_a_pattern_are_no_event():
    text = "A security official said that explosive devices are planted on the farm roads at night."
    assert _kinds(text) == []
    assert "pattern-passive" in _dropped(text)
    assert _kinds("An explosive device planted on the farm road exploded at night, wounding a farmer.") == ["ied"]


def test_a_controlled_detonation_is_a_defused_device_not_a_bombing():
    text = "A bomb disposal team detonated the explosive device in a controlled explosion near the school."
    assert _kinds(text) == ["weapons"]
    assert "controlled-detonation" in _dropped(text)


def test_an_accidental_explosion_is_no_remote_violence():
    text = "An explosion caused by a technical fault set fire to a fuel depot, the civil defence said."
    assert _kinds(text) == []
    assert "accident" in _dropped(text)
    assert _kinds("A booby-trapped gas cylinder exploded in the market, killing a vendor.") == ["ied"]


def test_roads_blocked_with_burning_tyres_is_a_riot():
    text = "Young men blocked the main roads of the city with burning tyres on Monday, protesting against power cuts."
    assert "riot" in _kinds(text)


def test_protesters_who_gathered_hold_a_protest_not_a_meeting():
    assert _kinds("Police fired tear gas at protesters who gathered near the square on Friday.") == \
        ["protest_intervention"]
    assert _kinds("Tribal elders gathered in the guest house of the sheikh on Friday.") == ["meeting"]


def test_roads_blocked_by_protesters_are_the_protest_not_a_security_measure():
    assert _kinds("Protesters blocked the main road to the port on Sunday, demanding jobs.") == ["protest"]
    assert _kinds("Police closed the main road to the port on Sunday.") == ["movement"]


def test_a_protest_dispersed_in_the_next_sentence_is_one_protest_with_intervention():
    analysis, drafts = _code("Teachers protested in front of the council on Sunday over unpaid salaries. "
                             "The security forces fired tear gas and arrested several protesters.")
    assert [d.kind for d in drafts] == ["protest_intervention"]
    assert drafts[0].coding.sub_event_type == "Protest with intervention" and "protest-escalates" in drafts[0].rules


def test_protesters_who_storm_a_building_later_make_the_protest_a_riot():
    analysis, drafts = _code("Hundreds of graduates demonstrated near the ministry on Monday. "
                             "Later the protesters stormed the building and set it on fire.")
    assert [d.coding.sub_event_type for d in drafts] == ["Violent demonstration"]


def test_people_who_gather_chanting_slogans_are_protesting():
    assert _kinds("Residents gathered in the main square on Friday, chanting slogans against the council.") == \
        ["protest"]


def test_shelling_told_as_repeated_in_the_perfect_is_a_pattern():
    text = "The guards have repeatedly shelled the border villages, accusing opposition groups of hiding there."
    assert _kinds(text) == [] and "frequency" in _dropped(text)


def test_a_strike_told_as_last_year_is_history():
    text = ("A drone struck a car near the bridge on Monday. "
            "Last year, a drone strike on a car in the area killed three.")
    assert _kinds(text) == ["air"]
    assert "old-date" in _dropped(text)


def test_force_told_after_a_protest_is_force_on_that_protest():
    first = "Hundreds of graduates protested in front of the ministry on Sunday. "
    for second, kinds in (("Security forces fired live bullets, wounding five of them.", ["excessive_force"]),
                          ("Security forces fired at a police post near the bridge, wounding two.",
                           ["protest", "attack"])):
        text = first + second
        at = text.index("Security forces")
        police = ActorMention(start=at, end=at + 15, text="Security forces", name="Police Forces", inter=1,
                              actor_id="police")
        analysis = Analysis(report=Report(doc_id="x", text=text), sentences=[(0, len(first) - 1),
                                                                            (len(first), len(text))],
                            places=[], actors=[police], dates=[], attributions=[])
        drafts = extract_drafts(analysis, load_lexicon())
        assert [d.kind for d in drafts] == kinds, second
        assert ("force-on-protest" in drafts[0].rules) is (len(kinds) == 1)


def test_force_by_someone_not_named_as_a_state_force_stays_apart():
    _, drafts = _code("Violent protests in the city went on on Sunday. They attacked government buildings.")
    assert "force-on-protest" not in [name for d in drafts for name in d.rules]


def test_demonstrators_who_clash_with_the_police_riot():
    analysis, drafts = _code("Demonstrators clashed with security forces near the governorate building on Sunday.")
    assert [d.coding.sub_event_type for d in drafts] == ["Violent demonstration"]


def test_a_weekly_summary_of_operations_is_no_event():
    text = ("The Security Media Cell said on Saturday that during the past week security forces carried out "
            "45 operations across the country, killing 9 militants and arresting 60 suspects.")
    assert _kinds(text) == [] and _dropped(text) == ["tally"]


def test_a_civilian_killed_when_a_landmine_exploded_is_one_explosion():
    text = ("Child killed in the valley\n\nA child was killed on Friday when a landmine left over from the war "
            "exploded in the valley, a local official said.")
    at = text.index("A child")
    child = ActorMention(start=at, end=at + 7, text="A child", name="Civilians", inter=7, kind="generic")
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=[(0, 26), (28, len(text))], places=[],
                        actors=[child], dates=[], attributions=[], headline_end=26)
    assert [d.kind for d in extract_drafts(analysis, load_lexicon())] == ["ied"]


def test_an_agreement_on_oil_or_salaries_is_no_conflict_agreement():
    text = "Baghdad and Erbil reached an agreement on Tuesday on the payment of the salaries of public employees."
    assert _kinds(text) == [] and "civil-agreement" in _dropped(text)
    assert _kinds("Tribal elders brokered a truce between the two clans on Monday.") == ["agreement"]


def test_protesters_who_attack_damage_or_force_their_way_in_riot():
    for text in ("Angry crowds stormed the police station in the town on Monday.",
                 "Protesters attacked the security forces with stones on Monday.",
                 "Protesters forced their way into the council building on Monday.",
                 "The demonstration turned violent on Monday.",
                 "Clashes broke out between protesters and security forces on Monday.",
                 "Security forces clashed with protesters near the bridge on Monday.",
                 "Protesters set fire to a police vehicle on Monday."):
        assert [d.coding.sub_event_type for d in _code(text)[1]] == ["Violent demonstration"], text
    assert [d.coding.sub_event_type for d in _code("Heavy clashes broke out between the army and the militants.")[1]] \
        == ["Armed clash"]


def test_one_protest_told_dispersed_then_peaceful_at_one_place_is_one_event():
    from tests.events.test_segmentation import events
    got = events("Reports from the countryside\nTeachers protested in Tell Abar on Sunday. Police dispersed the "
                 "protesters with tear gas. The protesters in Tell Abar also chanted slogans against the council.")
    assert got == [("Protest with intervention", "Tell Abar")]


def test_deaths_told_after_force_on_protesters_are_its_toll():
    from tests.events.test_segmentation import code
    drafts = code("Reports from the city\nDemonstrators gathered in Tell Abar on Sunday and were attacked by security "
                  "forces firing live ammunition to disperse the crowd. Four young men lost their lives and 15 others "
                  "were injured.")
    assert [(d.coding.sub_event_type, d.fatalities.value if d.fatalities else None) for d in drafts] == \
        [("Excessive force against protesters", 4)]


def test_an_infiltration_foiled_by_a_force_is_fighting():
    """PMF, army and Peshmerga statements tell an attack stopped at their lines as foiled: the two armed sides fought
    (cue foiled_infiltration), where a bombing foiled before it struck is weapons made safe."""
    text = "The brigade foiled an attempt by militants to infiltrate its positions near the dam on Wednesday."
    assert _kinds(text) == ["clash"]
    assert _kinds("Police foiled a car bombing near the market on Wednesday.") == ["weapons"]
