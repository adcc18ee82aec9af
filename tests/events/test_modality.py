import pytest

from marsad.events.modality import (
    irrealis_mode,
    is_aside,
    is_coder_note,
    is_comment,
    is_negated,
    is_recap,
    is_reference,
    is_tally,
)


@pytest.mark.parametrize(
    ("before", "mode"),
    [
        ("the leadership of the Revolutionary Guard would ", "hypothetical"),
        ("He promised to ", "promise"),
        ("The militia threatened to ", "threaten"),
        ("The militia plans to ", "plan"),
        ("with the aim to boost and be ", "plan"),
        ("Regime forces ", None),
        ("On May 3, gunmen ", None),
        ("The commander concluded his ", None),
    ],
)
def test_irrealis(before, mode):
    assert irrealis_mode(before) == mode


def test_negation_tally_recap():
    assert is_negated("No ")
    assert not is_negated("Regime forces ")
    assert is_tally("Since the beginning of 2023, SOHR documented the death of 120 people.")
    assert not is_tally("On Monday, 3 people were killed.")
    assert is_recap("SOHR had previously reported that the militia arrived.")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("On 2 March 2024, QSD fighters arrested twelve individuals in Sawa. The victims' whereabouts remain "
         "unknown.", True),
        ("Around 11 March 2024 (week of), police detained a civilian in Afrin.", True),
        ("Clashes took place in Sarja. Unknown number of fatalities coded as 10.", True),
        ("QSD fighters arrested twelve individuals in Sawa on Monday, local sources said.", False),
        ("On 2 March 2024, QSD fighters arrested twelve men.\n\nThe men were taken to a prison in Hasakah.",
         False),  # a report in paragraphs is no note
    ],
)
def test_acled_coders_notes_are_told_by_their_opening_date_or_coding_remarks(text, note):
    assert is_coder_note(text) is note


@pytest.mark.parametrize(
    ("sentence", "rest_of_line", "aside"),
    [
        ("A Turkish-made Bayraktar TB2 drone.", " (Photo: AFP)", True),
        ("(Photo: AFP)", "", True),
        ("Read More: Turkey shells Syrian Kurdish border village with artillery", "", True),
        ("A Turkish drone attacked a vehicle near Darbasiya.", "", False),
        ("A Turkish drone attacked a vehicle near Darbasiya, killing two men who were driving home from the "
         "market in the town that morning.", " (Photo: AFP)", False),  # a long sentence tells the story
    ],
)
def test_captions_and_links_to_other_articles_are_asides(sentence, rest_of_line, aside):
    assert is_aside(sentence, rest_of_line) is aside


def test_earlier_events_named_and_comments_on_the_context_are_no_events():
    assert is_reference("the commander participated in previous ")
    assert is_reference("he took part in earlier ")
    assert not is_reference("SDF forces repelled the ")
    assert is_comment("This comes in light of escalating ISIS activity and attacks across SDF-held areas.")
    assert is_comment("The drone attack came amid increased Turkish shelling.")
    assert not is_comment("The militia attacked a checkpoint in Hajin.")
    # hours apart from the act told: the other act is dated by it (rule hours-apart); days apart with no day, a comment
    assert not is_comment("The blast came three hours after the army sent a column of tanks to the town.")
    assert is_comment("The blast came three days after the army sent a column of tanks to the town.")


def test_older_acled_notes_close_with_what_was_not_reported():
    assert is_coder_note("HTS declared its takeover of Mustarihah from ISIS forces. No information about casualties "
                         "reported.")
    # a news summary may close so too: not by itself the mark of a coder's note
    assert not is_coder_note("Turkish drones struck two villages near Qamishli. No casualties were reported.")


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Rebels fought regime troops on the hills north of Tell Abar. No fatalities reported.", True),
        ("Rebels fought regime troops on the hills north of Tell Abar. No losses were reported.", True),
        ("Two factions clashed in Tell Abar, and casualties from both sides were reported.", True),
        ("Regime forces fought the group at Tell Abar with no information about fatalities reported.", True),
        ("The army retook two hamlets. 5 fatalities are split as follows: Tell Abar 3, Kafr Zeit 2.", True),
        ("Rebels attacked Tell Abar. Unknown fatalities assumed to be 10.", True),
        # the closing must be the whole sentence, in the coders' word (fatalities, losses), not news prose
        ("The army shelled Tell Abar. An officer said no fatalities were reported there.", False),
        ("Turkish drones struck two villages near Qamishli. No deaths were reported.", False),
        ("Rebels fought regime troops near Tell Abar. No fatalities reported.\n\nA second paragraph.", False),
    ],
)
def test_older_acled_notes_close_with_a_fatality_remark_of_their_own(text, note):
    assert is_coder_note(text) is note


@pytest.mark.parametrize(("sentence", "tally"), [
    ("Since 2019, the militia has killed 40 people in the town.", True),
    ("The militia has abducted at least nine villagers in recent months.", True),
    ("Gunmen seized a driver on May 3 in the town, which has been under siege since 2019.", False),
    ("Gunmen seized a driver in the town on Monday.", False),
    # "so far" after a count counts
    ("Thirty people have been killed in the valley so far.", True),
    ("Only three of the promised checkpoints have been set up so far.", True),
    # a running total whose figure comes first ("bringing to nine the number ...") marks only its clause
    ("Guards shot a smuggler dead at the wall on Monday, bringing to nine the number of men killed there since May.",
     False),
    ("The council, which was formed in March, said 40 people were killed since 2020.", True),
])
def test_tally_counts_over_a_period_but_not_a_state_dated_in_a_relative_clause(sentence, tally):
    assert is_tally(sentence) is tally


@pytest.mark.parametrize(("sentence", "trigger", "why"), [
    ("Banners demanded the implementation of the truce.", "truce", "agreement-framework"),
    ("Baghdad and Erbil agreed to resume oil exports through the pipeline.", "agreed", "civil-agreement"),
    # an agreement named with no word of one reached is mostly one in force: it stands (agreement-not-reached removed)
    ("The truce in the valley held through the night, and the fighters left the hill posts.", "truce", None),
    ("The two councils signed a truce on Sunday.", "truce", None),
    ("The clans agreed to end the feud.", "agreed", None),
])
def test_agreement_only_when_one_is_reached(sentence, trigger, why):
    from marsad.events.modality import agreement_not_reached
    assert agreement_not_reached(sentence[:sentence.index(trigger)], sentence) == why


@pytest.mark.parametrize(("sentence", "reason"), [
    ("It is worth noting that the militia set up a checkpoint near the school.", "worth-noting"),
    ("It is worth noting that on 4 May the militia set up a checkpoint near the school.", None),
    ("Since 2019, the militia has killed 40 people in the town.", "tally"),
    ("The militia set up a checkpoint near the school.", None),
])
def test_sentence_rules(sentence, reason):
    from marsad.events.modality import sentence_skip_reason
    assert sentence_skip_reason(sentence) == reason


@pytest.mark.parametrize(
    ("before", "mode"),
    [
        ("The spy gave the coordinates to the army, which used them to carry out drone ", "plan"),
        ("The cell hid explosives in the house to launch ", "plan"),
        ("The cell managed to carry out an ", None),
        ("Gunmen carried out an ", None),
    ],
)
def test_an_event_noun_after_the_infinitive_of_a_light_verb_is_a_purpose(before, mode):
    assert irrealis_mode(before) == mode


@pytest.mark.parametrize(
    ("before", "mode"),
    [
        # an intent or a demand that describes the people the act was done to or by: the act was done
        ("Four smugglers trying to slip across the frontier at night were ", None),
        ("Farmers demanding water for their fields outside the district office were ", None),
        ("Men refusing to hand over their rifles at the checkpoint had been ", None),
        ("The cell that planned and carried out the ", None),
        # the same intent without the act told done, or guarded by a modal, a denial or a condition
        ("Four smugglers were trying to ", "hypothetical"),
        ("The elders demanded the ", "hypothetical"),
        ("The governor warned that farmers demanding water would be ", "threaten"),
        ("The ministry denied that smugglers trying to cross were ", "deny"),
        ("If the men trying to flee were ", "hypothetical"),
        ("The cell planned to carry out the ", "plan"),
    ],
)
def test_an_intent_that_describes_the_doer_or_the_hit_is_no_plan(before, mode):
    assert irrealis_mode(before) == mode


def test_an_act_asked_of_a_long_list_of_those_called_on_is_no_fact() -> None:
    # the call governs the act however many are called on (rule call-to-act)
    before = ("Dozens of farmers gathered at the council, calling on the regional government, the defence ministry "
              "and the federal authorities in the capital to stop the ")
    assert irrealis_mode(before) is not None
    assert irrealis_mode("The families urged the governor, the police chief and the elders of both clans to end the ") \
        is not None
    # a call told beside an act that was done leaves the act a fact
    assert irrealis_mode("Villagers called on the council to act after artillery ") is None
