"""The whole flow on multi-event reports written for these tests, in SOHR style."""

from datetime import date

import spacy

from marsad.ingest import read_text

IDLIB_REPORT = """Regime shelling kills two civilians in Jabal Al-Zawiya

Idlib Province – Syrian Observatory for Human Rights: Regime forces shelled Kansafra and Al-Bara villages in \
the southern countryside of Idlib yesterday, killing two civilians and injuring four others.

Meanwhile, Russian warplanes carried out three airstrikes on the outskirts of Sarmada town near the Turkish border.

Local sources told SOHR that HTS members arrested five young men in Darkush town on charges of dealing with the \
regime.

Since the beginning of the year, SOHR has documented the death of 120 civilians in regime shelling on the region.

The militias plan to launch a new attack on the area next week.
"""

DEIR_REPORT = """Militia convoy reaches Al-Mayadeen

Deir Ezzor Province – Syrian Observatory for Human Rights: A convoy of 30 vehicles carrying members of the \
Iranian-backed “Fatemiyoun” militia arrived in Al-Mayadeen city yesterday, coming from Albu Kamal.

On Monday, ISIS cells attacked a regime checkpoint near Hajin town, killing three soldiers.

Unknown gunmen shot dead a young man in Deir Ezzor city at dawn today.

The militia threatened to storm the villages if the residents refuse to hand over their weapons.
"""


def _events(pipeline, text, doc_id, published):
    return pipeline.process(read_text(text, doc_id=doc_id, published=published))


def _by_sub(events):
    return sorted((e.sub_event_type, e.location) for e in events)


def test_idlib_report_codes_each_event_and_drops_tally_and_plan(pipeline):
    events = _events(pipeline, IDLIB_REPORT, "idlib", date(2024, 3, 10))
    assert _by_sub(events) == [
        ("Air/drone strike", "Sarmada"),
        ("Arrests", "Darkush"),  # by the group that controls the area
        ("Shelling/artillery/missile attack", "Al Bara"),
        ("Shelling/artillery/missile attack", "Kansafra"),
    ]
    shelling = [e for e in events if e.location == "Kansafra"][0]
    assert shelling.event_date == "2024-03-09" and shelling.time_precision == 1
    assert shelling.actor1.startswith("Military Forces of Syria")
    assert shelling.fatalities == 2 and shelling.injured == 4
    assert [e for e in events if e.location == "Al Bara"][0].fatalities == 0  # one toll, counted once
    strike = [e for e in events if e.location == "Sarmada"][0]
    assert strike.geo_precision == 2  # "on the outskirts of"
    assert strike.actor1.startswith("Military Forces of Russia")
    arrest = [e for e in events if e.location == "Darkush"][0]
    assert arrest.actor1.startswith("HTS") and arrest.actor2 == "Civilians (Syria)" and arrest.detained == 5
    assert arrest.source_attribution == "Local sources"


def test_deir_report_movement_battle_attack_and_no_threat(pipeline):
    events = _events(pipeline, DEIR_REPORT, "deir", date(2021, 2, 10))  # a Wednesday
    subs = {e.sub_event_type: e for e in events}
    assert sorted(subs) == ["Armed clash", "Attack", "Change to group/activity"]
    movement = subs["Change to group/activity"]
    assert movement.location == "Al Mayadin" and movement.plover == "MOBILIZE"
    assert movement.origin_location == "Abu Kamal"
    assert "Fatemiyoun" in movement.actor1 and movement.event_date == "2021-02-09"
    assert movement.vehicles == 30
    clash = subs["Armed clash"]
    assert clash.location == "Hajin" and clash.geo_precision == 2 and clash.fatalities == 3
    assert clash.event_date == "2021-02-08"  # the Monday before publication
    attack = subs["Attack"]
    assert attack.location == "Deir ez-Zor" and attack.fatalities == 1
    assert attack.actor1 == "Unidentified Armed Group (Syria)" and attack.actor2 == "Civilians (Syria)"
    assert attack.event_date == "2021-02-10"


def test_every_field_keeps_its_evidence(pipeline):
    for event in _events(pipeline, IDLIB_REPORT, "idlib", date(2024, 3, 10)):
        for name, span in {"event": event.evidence[0], **event.field_evidence}.items():
            assert IDLIB_REPORT[span.start:span.end] == span.text, name


def test_same_input_same_output(pipeline):
    first = [e.as_dict() for e in _events(pipeline, DEIR_REPORT, "deir", date(2021, 2, 10))]
    second = [e.as_dict() for e in _events(pipeline, DEIR_REPORT, "deir", date(2021, 2, 10))]
    assert first == second and len({e["event_id"] for e in first}) == len(first)


def test_relative_dates_without_publication_stay_null(pipeline):
    events = _events(pipeline, DEIR_REPORT, "deir", None)
    assert events and all(e.event_date is None for e in events)


def test_headline_alone_is_no_event(pipeline):
    text = "Regime shelling kills two civilians in Jabal Al-Zawiya\n\nThe weather was calm in Idlib today.\n"
    assert _events(pipeline, text, "headline", date(2024, 3, 10)) == []


def test_every_marsad_factory_adds_to_a_blank_pipeline(small_gazetteer):
    import marsad.nlp.pipeline  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("marsad_places", config={"gazetteer_path": str(small_gazetteer)})
    nlp.add_pipe("marsad_actors")
    nlp.add_pipe("marsad_dates")
    nlp.add_pipe("marsad_events")
    assert nlp.pipe_names == ["marsad_places", "marsad_actors", "marsad_dates", "marsad_events"]
    doc = nlp("Clashes erupted between HTS and regime forces in Darkush town.")
    assert [e.event_type for e in doc._.events] == ["Battles"]


def test_a_coders_shared_figure_gives_the_events_part(pipeline):
    note = ("On 3 May 2023, clashes took place between regime forces and ISIS fighters near Hajin and Al Mayadin. "
            "Unknown fatalities coded as 10, distributed across two locations.")
    events = _events(pipeline, note, "share", date(2023, 5, 4))
    assert [e.fatalities for e in events] == [5]


def test_meanwhile_opens_another_event_rather_than_elaborating(pipeline):
    report = ("Regime security forces arrested five young men in Darkush town yesterday. "
              "Meanwhile, unknown gunmen attacked a group of residents with sticks, injuring two.")
    kinds = sorted(e.sub_event_type for e in _events(pipeline, report, "meanwhile", date(2023, 5, 4)))
    assert kinds == ["Arrests", "Attack"]


def test_a_development_with_no_actor_goes_on_with_the_actor_before_it(pipeline):
    report = ("The Fatemiyoun militia brought in new reinforcements to Al Mayadin yesterday. "
              "The new military base was built near Hajin.")
    events = _events(pipeline, report, "carry", date(2023, 5, 4))
    assert [e.actor1 for e in events] == ["Fatemiyoun Brigade", "Fatemiyoun Brigade"]


def test_violence_with_no_named_attacker_stays_unidentified(pipeline):
    report = ("Regime forces shelled Kansafra village yesterday. "
              "An IED exploded in Darkush town, killing two civilians.")
    events = _events(pipeline, report, "nocarry", date(2023, 5, 4))
    assert events[-1].actor1.startswith("Unidentified Armed Group")


def test_a_sentence_commenting_on_an_event_is_no_event(pipeline):
    report = ("Regime forces shelled Kansafra village yesterday, killing two civilians. "
              "The shelling came amid increased attacks on the villages of Idlib countryside.")
    assert len(_events(pipeline, report, "comment", date(2023, 5, 4))) == 1


def test_a_first_line_repeating_the_title_is_the_headline():
    from marsad.events.component import headline_end

    title = "SOHR: two killed in regime shelling on Kansafra"
    text = f"{title}\n\nRegime forces shelled Kansafra village yesterday, killing two civilians."
    assert text[headline_end(text, title):].startswith("Regime forces")
    run_on = f"{title}\nRegime forces shelled Kansafra village yesterday, killing two civilians."
    assert headline_end(run_on) == 0  # read alone and run on into the body, "SOHR: two killed" reads as a sentence
    assert run_on[headline_end(run_on, title):].startswith("Regime forces")  # the title line, run on or not


def test_a_labelled_line_set_apart_by_a_blank_line_is_the_headline():
    from marsad.events.component import headline_end

    text = ("Round-up: a car bomb in Azaz and a mine blast near Saraqib\n\n"
            "A car bomb went off in Azaz market on Monday. A mine exploded near Saraqib, killing a farmer.")
    assert text[headline_end(text):].startswith("A car bomb")
    # a line that ends as a sentence does is body text, blank line or not
    lead = ("Idlib: a mine exploded near Saraqib on Monday, killing a farmer.\n\n"
            "The farmer was working his land.")
    assert headline_end(lead) == 0


def test_an_acled_coders_note_codes_one_event_with_its_figure(pipeline):
    note = ("Regime warplanes carried out airstrikes on Al Mayadin town. In the meantime, ISIS fighters "
            "repelled an attack by regime forces near Hajin, killing five soldiers. Total fatalities coded as 7.")
    events = _events(pipeline, note, "acled-note", date(2023, 5, 4))
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 7)]


def test_a_report_in_paragraphs_keeps_all_its_events(pipeline):
    report = ("Regime warplanes carried out airstrikes on Hajin town yesterday.\n\nISIS fighters repelled an "
              "attack by regime forces near Al Mayadin, killing five soldiers. Casualties unknown.")
    assert len(_events(pipeline, report, "paragraphs", date(2023, 5, 4))) == 2


def test_the_armed_subject_acts_when_civilians_stand_before_a_late_trigger(pipeline):
    report = "On 18 June 2024, HTS members detained several civilians in Darkush town for conscription."
    events = _events(pipeline, report, "subject", date(2024, 6, 18))
    assert [(e.actor1, e.actor2) for e in events] == [("HTS: Hayat Tahrir al Sham", "Civilians (Syria)")]


def test_a_labelled_development_takes_the_actor_named_after_its_label(pipeline):
    report = "Security measures: On 6 March 2025, Turkish forces dug trenches near Manbij."
    events = _events(pipeline, report, "label", date(2025, 3, 6))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Change to group/activity",
                                                               "Military Forces of Turkey (2016-)")]


def test_the_armed_group_recruiting_civilians_acts_not_the_civilians(pipeline):
    report = ("On 2 May 2023, tribal elders facilitated the recruitment of civilians to the ranks of the "
              "Iranian-backed militias in Al Mayadin.")
    events = _events(pipeline, report, "recruits", date(2023, 5, 4))
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Change to group/activity",
                                                               "Iranian-backed militias")]


def test_an_attack_carried_out_by_a_group_in_a_relative_clause_is_that_groups(pipeline):
    report = ("On 2 May 2023, the number of soldiers killed in the attack, which was carried out by ISIS members "
              "on a regime checkpoint near Hajin town, rose to six.")
    events = _events(pipeline, report, "relative", date(2023, 5, 4))
    assert [e.actor1 for e in events] == ["Islamic State (Syria)"]


def test_detentions_in_an_acled_note_are_coded_as_acled_codes_them(pipeline):
    def coded(text):
        return [(e.sub_event_type, e.actor1) for e in _events(pipeline, text, "note", date(2023, 5, 4))]

    rivals = "On 2 May 2023, HTS detained three members of the Islamic State in Darkush town. No fatalities reported."
    assert coded(rivals) == [("Armed clash", "HTS: Hayat Tahrir al Sham")]
    civilians = "On 2 May 2023, HTS detained three civilians in Darkush town. No fatalities reported."
    assert coded(civilians) == [("Abduction/forced disappearance", "HTS: Hayat Tahrir al Sham")]
    # the same detention told in a full report follows the guide: an arrest by the group holding the area
    report = "HTS arrests rivals\n\nHTS detained three members of the Islamic State in Darkush town yesterday."
    assert [e.sub_event_type for e in _events(pipeline, report, "full", date(2023, 5, 4))] == ["Arrests"]


def test_a_photo_caption_and_a_link_to_another_article_are_no_events(pipeline):
    report = ("Drone strike near Darbasiya\n\nA Turkish drone. (Photo: AFP)\n\n"
              "Read More: Turkish drone strikes kill three in Qamishli\n\n"
              "A Turkish drone attacked a vehicle in Ad Darbasiyah on Thursday.")
    events = _events(pipeline, report, "page", date(2023, 5, 4))
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    told = " ".join(x.text for x in events[0].evidence)
    assert "attacked a vehicle" in told and "Photo" not in told and "Qamishli" not in told


def test_forces_named_with_the_trigger_carry_it_out(pipeline):
    report = ("On 2 May 2023, explosions were heard in Hajin town as a result of a new Israeli attack on positions "
              "of Iranian-backed militias.")
    events = _events(pipeline, report, "held", date(2023, 5, 4))
    assert [e.actor1 for e in events] == ["Military Forces of Israel (2022-)"]


def test_a_village_in_a_countryside_west_of_a_city_is_the_place(pipeline):
    report = ("HTS raid near Idlib\n\nOn Monday, HTS members raided Kansafra village in Al Bara countryside western "
              "of Idlib and arrested a former ISIS commander.")
    events = _events(pipeline, report, "chain", date(2023, 5, 4))
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Kansafra")]


def test_a_second_clause_shelling_its_object_elsewhere_is_its_own_event(pipeline):
    report = ("Turkish attacks\n\nOn Monday, Turkish shelling hit areas near Al Bara. On Wednesday, a Turkish drone "
              "targeted a village near Manbij, and Turkish forces shelled the Darkush village near Idlib.")
    events = _events(pipeline, report, "clauses", date(2023, 5, 4))
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Air/drone strike", "Manbij"), ("Shelling/artillery/missile attack", "Al Bara"),
        ("Shelling/artillery/missile attack", "Darkush")]


def test_an_acled_note_is_placed_where_the_coder_coded_it(pipeline):
    note = ("On 2 May 2023, HTS shelled regime positions in Hajin town, coded to Al Mayadin in the countryside "
            "of Deir ez-Zor. Casualties unknown.")
    assert [e.location for e in _events(pipeline, note, "coded", date(2023, 5, 4))] == ["Al Mayadin"]


def test_a_patrol_making_an_arrest_in_a_background_clause_is_no_movement(pipeline):
    report = ("Clashes in Darkush\n\nClashes erupted between HTS members and residents in Darkush town, after a "
              "patrol of HTS had confiscated a truck belonging to a farmer and arrested a civilian.")
    kinds = {e.sub_event_type for e in _events(pipeline, report, "patrol", date(2023, 5, 4))}
    assert "Armed clash" in kinds and "Change to group/activity" not in kinds

