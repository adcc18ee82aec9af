"""How Iraqi and Kurdish outlets tell a protest: a gathering that appeals to the authorities ("calling on",
"urging"), a gate or a road shut to press a demand, flags and pictures burned, a state office stormed; what an
appeal asks for is not told done, a car "without number plates" negates nothing, relatives "missing since" a year
are no running total, and the classifier does not make a peaceful protest a riot without a word of violence.
Reports written for these tests in the style of Shafaq News, Rudaw, Kurdistan24 and INA; no language model."""

from marsad.events.lexicon import load_lexicon
from marsad.events.refine import _retype
from marsad.events.roles import assign_roles
from marsad.types import ActorMention
from tests.events.test_iraqi_outlets import _code, _dropped, _kinds


def test_a_gathering_that_calls_on_the_authorities_is_a_protest():
    text = ("Dozens of villagers gathered on Monday in front of the district building, calling on the regional "
            "government to compensate farmers for the burned orchards.")
    assert _kinds(text) == ["protest"]


def test_a_gathering_that_urges_a_ministry_is_a_protest():
    text = "Farmers gathered outside the directorate on Sunday, urging the ministry to release more water."
    assert _kinds(text) == ["protest"]


def test_a_gathering_with_no_demand_stays_a_meeting():
    assert _kinds("Tribal elders gathered in the guest house of the sheikh on Friday.") == ["meeting"]


def test_what_an_appeal_asks_to_stop_is_not_told_again_however_long_the_addressee():
    text = ("Residents gathered in front of the town hall, calling on the Kurdistan Regional Government and the "
            "federal government to stop the bombardment.")
    assert _kinds(text) == ["protest"]
    assert "not-a-fact" in _dropped(text)


def test_burned_flags_and_pictures_make_a_protest_not_a_riot():
    text = "The demonstrators burned the flags and pictures of the foreign minister outside the embassy on Friday."
    assert _kinds(text) == ["protest"]


def test_a_burned_building_is_still_a_riot():
    assert "riot" in _kinds("The protesters burned the council building on Friday.")


def test_a_gate_shut_to_demand_jobs_is_a_protest():
    text = ("Dozens of unemployed young men closed the main entrance of the port on Tuesday, stopping trucks from "
            "leaving, to demand jobs.")
    assert _kinds(text) == ["protest"]


def test_a_road_closed_by_the_police_is_no_protest():
    assert _kinds("The police closed the main road to the stadium on Tuesday.") == ["movement"]


def test_a_crowd_that_storms_a_state_directorate_riots():
    text = "Angry residents stormed the electricity directorate on Saturday after a week of power cuts."
    assert _kinds(text) == ["riot"]


def test_a_car_without_number_plates_negates_nothing():
    text = "Gunmen in a car without number plates abducted a lawyer outside his office on Tuesday evening."
    assert _kinds(text) == ["abduct"]
    assert "negated" in _dropped("The convoy crossed the bridge without clashes with the guards.")


def test_relatives_of_men_missing_since_a_year_protest_today():
    text = "Relatives of men missing since 2015 took to the streets of the town on Wednesday."
    assert _kinds(text) == ["protest"]
    assert "tally" not in _dropped(text)


def test_the_classifier_does_not_make_a_peaceful_protest_a_riot_without_violence():
    lexicon = load_lexicon()
    calm = "Protesters closed the council building with chains and demanded the dismissal of the governor."
    draft = next(d for d in _code(calm)[1] if d.kind == "protest")
    assert not _retype(lexicon, draft, "Violent demonstration", ("protest",), calm)
    assert draft.kind == "protest"
    stones = "Protesters pelted the council building with stones and demanded the dismissal of the governor."
    drafts = _code(stones)[1]
    assert any(d.kind == "riot" for d in drafts) or any(
        _retype(lexicon, d, "Violent demonstration", ("protest",), stones) for d in drafts if d.kind == "protest")


def test_the_sides_of_a_clash_between_them_follow_a_victim_told_first():
    text = "A man was killed in an armed quarrel between two families in the district on Sunday."
    mentions = [ActorMention(0, 5, "A man", "Civilians (Northland)", 7, kind="generic"),
                ActorMention(text.index("two families"), text.index("two families") + 12, "two families",
                             "Unidentified Tribal Militia (Northland)", 4, kind="generic")]
    start = text.index("quarrel")
    roles = assign_roles(text, (0, len(text)), (start, start + len("quarrel")), mentions)
    assert roles.actor1 is not None and roles.actor1.name == "Unidentified Tribal Militia (Northland)"


def test_live_fire_on_protesters_who_threw_stones_is_excessive_force():
    """The guide's close call: protesters who threw stones or tried to break a gate and were met with live fire that
    killed or wounded them are coded as force against the protest (lethal force decides), not as the riot."""
    text = ("Protesters threw stones at the police outside the provincial council on Sunday, and the police "
            "responded with live bullets, killing one demonstrator.")
    kinds = _kinds(text)
    assert "excessive_force" in kinds and "riot" not in kinds


def test_a_party_office_set_on_fire_and_the_crowd_dispersed_is_one_riot():
    text = ("Angry protesters set fire to the office of a political party on Wednesday night, and security forces "
            "fired into the air to disperse them.")
    assert _kinds(text) == ["riot"]
