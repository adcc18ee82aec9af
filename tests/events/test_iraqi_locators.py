"""Where Iraqi outlets place an act: a sub-district told by its side of the district seat ("in the X sub-district,
north-east of Y": the seat only locates X), "the sub-district" named again, the port a blocked road leads to; and a
rocket-propelled grenade fired in a fight, which is no hand grenade thrown. Sentences written for these tests in the
style of Shafaq News, Kurdistan24 and wire copy (never taken from a report); coded with no language model and no
gazetteer file (places from a hand-made list)."""

from __future__ import annotations

from marsad.places.precision import common_words
from tests.events import handmade

HEADLINE = "News from the south\n"
PLACES = [handmade.place("Kumait", 32.04, 46.88), handmade.place("Amarah", 31.84, 47.14),
          handmade.place("Fuhud", 30.97, 46.73), handmade.place("Nasiriyah", 31.06, 46.26),
          handmade.place("Zubair", 30.39, 47.70), handmade.place("Faw", 29.98, 48.47)]
REPORTS = handmade.Reports(HEADLINE, PLACES)


def _places(body: str) -> list[tuple[str, str | None]]:
    """(kind, place name) of each draft coded."""
    drafts = REPORTS.code(body)[1]
    return [(d.kind, d.place.place.name if d.place is not None and d.place.place is not None else None)
            for d in drafts]


def test_a_sub_district_told_by_its_side_of_the_seat_keeps_its_own_name():
    body = ("A quarrel between two families turned deadly on Friday in the Kumait sub-district, north of Amarah, "
            "where two men were killed when relatives opened fire on each other.")
    assert [name for _, name in _places(body)] == ["Kumait"]


def test_a_hyphenated_side_locates_as_a_plain_one_does():
    body = "A gunfight between two clans erupted on Tuesday in the Fuhud sub-district, south-east of Nasiriyah."
    assert [name for _, name in _places(body)] == ["Fuhud"]


def test_the_seat_named_after_the_sub_district_stays_the_place_of_an_act_told_there():
    body = "Two clans clashed in Nasiriyah on Tuesday."  # no sub-district before it: the town is the place
    assert [name for _, name in _places(body)] == ["Nasiriyah"]


def test_the_sub_district_named_again_is_the_one_told_before():
    body = ("A gunfight between two clans erupted on Tuesday in the Fuhud sub-district, south-east of Nasiriyah. "
            "On Wednesday the police imposed a curfew on the sub-district and set up checkpoints.")
    assert [name for _, name in _places(body)][-1] == "Fuhud"


def test_the_port_a_blocked_road_leads_to_is_not_where_the_road_was_blocked():
    body = "Protesters in Zubair blocked the main road leading to the port of Faw with burning tyres on Sunday."
    assert [name for _, name in _places(body)] == ["Zubair"]


def test_rocket_propelled_grenades_fired_in_a_fight_are_no_grenade_attack():
    body = "Militants opened fire on an army post near Kumait with machine guns and rocket-propelled grenades."
    assert "grenade" not in REPORTS.kinds(body)
    assert "grenade" in REPORTS.kinds("A man threw a hand grenade at a shop in Kumait.")


def test_a_unit_of_temperature_is_a_common_word_not_a_place():
    assert {"celsius", "fahrenheit", "megawatts"} <= common_words()


def test_an_arrest_told_after_a_comment_with_a_day_of_its_own_is_coded():
    from marsad.events.lexicon import Cue, CueMatch
    from marsad.events.modality import dated_act_of_a_hand
    from marsad.types import ActorMention
    text = "The attack came a day after the Asayish arrested a man in Kumait on Tuesday."
    start = text.index("arrested")
    asayish = ActorMention(text.index("Asayish"), text.index("Asayish") + 7, "Asayish", "Asayish")
    cue = Cue.__new__(Cue)
    trigger = CueMatch(cue, start, start + len("arrested"), "arrested")
    assert dated_act_of_a_hand(text, [asayish], trigger, len(text))
    undated = "The attack came a day after the Asayish arrested a man in Kumait."
    assert not dated_act_of_a_hand(undated, [asayish], trigger, len(undated))
    assert not dated_act_of_a_hand(text, [], trigger, len(text))  # "after the raid": no hand before the trigger


def test_one_act_that_took_the_week_is_no_weekly_tally():
    from marsad.events.modality import is_tally
    assert not is_tally("Residents said troops had built a new post on a hill above Kumait over the past week.")
    assert is_tally("During the past week, security forces killed 12 militants and arrested 40 suspects.")
    assert is_tally("Over the last month, drones struck several villages around Kumait.")


def test_an_act_told_as_similar_to_the_news_is_a_comparison_not_an_event():
    assert REPORTS.kinds("A similar clash in Kumait in December left two people wounded.") == []
    assert "reference" in REPORTS.dropped("A similar clash in Kumait in December left two people wounded.")
    assert REPORTS.kinds("A clash in Kumait on Sunday left two people wounded.") != []


def test_a_protest_that_began_peacefully_on_another_day_is_kept_apart_from_the_riot():
    from types import SimpleNamespace

    from marsad.events.kept_apart import began_peacefully
    protest, riot = SimpleNamespace(name="protest"), SimpleNamespace(name="riot")

    def apart(text: str) -> bool:
        analysis = SimpleNamespace(report=SimpleNamespace(text=text))
        return began_peacefully(analysis, protest, [riot], (0, len(text)))  # type: ignore[arg-type]
    assert apart("In Nasiriyah, protests that began peacefully on Saturday night turned violent late on Sunday.")
    assert not apart("In Nasiriyah, a protest that began peacefully on Sunday turned violent late on Sunday.")
    assert not apart("In Nasiriyah, a peaceful protest turned violent late on Sunday.")


def test_the_day_a_wounded_victim_died_is_not_the_act_s_day():
    from datetime import date

    from marsad.events.dates import act_dates, find_dates
    toll = "Two men were killed and four wounded, one of whom died in hospital in Amarah the following day."
    assert act_dates(toll, 0, find_dates(toll, date(2025, 1, 14))) == []
    act = "A man died on Sunday when gunmen opened fire on his car in Amarah."
    assert [d.text for d in act_dates(act, 0, find_dates(act, date(2025, 1, 14)))] == ["on Sunday"]
