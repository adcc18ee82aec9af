"""Round-9 recognition rules on the shipped base, each a regularity of conflict reporting: no actor named by an
adjective alone, adjectives sharing one noun, a nationality before police, two nationalities sharing a noun,
a defence ministry speaking for its forces, government periods that change on a day, units ACLED codes under
their parent, a numbered unit owned by a named force.

Sentences here are written for these tests."""

from datetime import date

import pytest

from marsad.actors.base import ActorBase, active_on
from marsad.actors.recognize import ActorRecognizer
from marsad.actors.schema import parse_yaml
from marsad.errors import ActorBaseError


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def names(recognizer, text, **kwargs):
    return [(m.text, m.name) for m in recognizer.find(text, **kwargs) if m.kind != "person"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Shiite militias stormed the village at dawn.", "Iraq"),
        ("Salafi Sunni groups blocked the highway for hours.", "Iraq"),
        ("Gunmen disguised as a Shi'ite militia opened fire on the pilgrims.", "Iraq"),
        ("Kurdish and Arab groups met in the town hall.", "Syria"),
    ],
)
def test_no_actor_is_named_by_an_adjective_alone(shipped, text, country):
    found = names(shipped, text, year=2019, country=country)
    bare = {"Shiite", "Salafi Sunni", "Shi'ite", "Kurdish", "Arab", "Islamic"}
    assert not [n for _, n in found if n in bare], found


def test_a_capitalised_group_noun_after_an_adjective_is_still_a_name(shipped):
    assert ("Islamic Front", "Islamic Front") in names(shipped, "The Islamic Front shelled the base.", year=2014,
                                                       country="Syria")


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # two adjectives sharing a noun: the side of rebels and Islamists is coded by its rebels
        ("Clashes broke out between the army and rebel and Islamist factions near the hill.",
         "rebel and Islamist factions", "Opposition Rebels (Syria)"),
        ("Clashes broke out between the army and the Islamist and rebel factions near the hill.",
         "Islamist and rebel factions", "Opposition Rebels (Syria)"),
        ("Islamic factions shelled the army's positions.", "Islamic factions", "Islamist Militia (Syria)"),
    ],
)
def test_adjectives_describing_unnamed_groups(shipped, text, span, expected):
    assert (span, expected) in names(shipped, text, year=2016, country="Syria")


def test_coordination_keeps_a_named_side_apart(shipped):
    found = names(shipped, "Rebel and regime forces fought near the dam.", year=2016, country="Syria")
    assert ("regime forces", "Military Forces of Syria (2000-2024)") in found
    found = names(shipped, "Regime and loyalist militia forces advanced.", year=2016, country="Syria")
    assert ("Regime", "Military Forces of Syria (2000-2024)") in found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("Turkish police detained four people at the crossing.", "Turkish police", "Police Forces of Turkey (2016-)"),
        ("Iranian policemen fired on a smuggler's car.", "Iranian policemen", "Police Forces of Iran (1989-)"),
        ("Turkish intelligence said it killed a cadre.", "Turkish intelligence",
         "Police Forces of Turkey (2016-) National Intelligence Organization"),
        ("Jordanian border guards fired on the smugglers.", "Jordanian border guards",
         "Military Forces of Jordan (1999-)"),
        ("Eight Peoples Protection Units members died in the ambush.", "Peoples Protection Units",
         "YPG: Peoples Protection Units"),
    ],
)
def test_a_nationality_chooses_its_country_forces(shipped, text, span, expected):
    assert (span, expected) in names(shipped, text, year=2021, country="Syria")


def test_two_nationalities_sharing_a_noun_are_two_actors(shipped):
    found = names(shipped, "Russian and Syrian warplanes struck the market.", year=2019, country="Syria")
    assert ("Russian", "Military Forces of Russia (2000-)") in found
    assert ("Syrian warplanes", "Military Forces of Syria (2000-2024) Air Force") in found


def test_a_defence_ministry_speaks_for_its_forces(shipped):
    text = "Five militants were neutralised in the mountains, the Turkish National Defence Ministry said."
    assert ("Turkish National Defence Ministry", "Military Forces of Turkey (2016-)") in names(
        shipped, text, year=2023, country="Iraq")
    assert not [n for _, n in names(shipped, "The Turkish Foreign Ministry protested.", year=2023, country="Iraq")
                if "Turkey" in n]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2024, 12, 1), "Military Forces of Syria (2000-2024)"),
        (date(2024, 12, 7), "Military Forces of Syria (2000-2024)"),
        (date(2024, 12, 8), "Military Forces of Syria (2024-)"),
        (date(2024, 12, 30), "Military Forces of Syria (2024-)"),
        (2024, "Military Forces of Syria (2000-2024)"),  # a year only: the government that held most of it
        (2025, "Military Forces of Syria (2024-)"),
    ],
)
def test_the_syrian_government_changes_on_8_december_2024(shipped, day, expected):
    assert ("government forces", expected) in names(shipped, "The government forces shelled the hills.",
                                                    year=day, country="Syria")


def test_iraqi_periods_change_on_the_day_a_government_took_office(shipped):
    text = "Iraqi army units raided the village."
    assert "(2020-2022)" in names(shipped, text, year=date(2022, 10, 26), country="Iraq")[0][1]
    assert "(2022-)" in names(shipped, text, year=date(2022, 10, 27), country="Iraq")[0][1]


def test_days_are_checked_and_read():
    bad = "actors:\n  - {id: x, name: X, inter: 1, kind: state, began: 2024-13-40}\n"
    with pytest.raises(ActorBaseError, match="date"):
        parse_yaml(bad, "bad.yaml")
    inverted = "actors:\n  - {id: x, name: X, inter: 1, kind: state, began: 2024-12-08, ended: 2024-12-01}\n"
    with pytest.raises(ActorBaseError, match="ended"):
        parse_yaml(inverted, "bad.yaml")
    actor = ActorBase.load().get("syria-military-2024")
    assert actor.began == date(2024, 12, 8)
    assert not active_on(actor, date(2024, 12, 7)) and active_on(actor, date(2024, 12, 8))


def test_a_military_council_is_coded_under_the_sdf(shipped):
    [mention] = [m for m in shipped.find("The Tabqa Military Council repelled an attack.", year=2020,
                                         country="Syria") if m.text == "Tabqa Military Council"]
    assert mention.coded_under_parent and mention.part_of == "QSD: Syrian Democratic Forces"
    [ypg] = [m for m in shipped.find("The YPG repelled an attack.", year=2018, country="Syria")]
    assert not ypg.coded_under_parent  # the YPG is coded as itself


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The Federal Police's 5th Division clashed with the cell.", "Police Forces of Iraq (2022-) Federal Police"),
        ("The PMF said its 52nd Brigade repelled an attack.",
         "Military Forces of Iraq (2022-) Popular Mobilization Forces"),
    ],
)
def test_a_numbered_unit_is_its_owner(shipped, text, owner):
    found = names(shipped, text, year=2023, country="Iraq")
    assert [n for _, n in found if n == owner] and not [n for _, n in found if n[0].isdigit()], found


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("The Lebanese army clashed with smugglers near the border.", "Lebanese army", "Military Forces of Lebanon"),
        ("Egyptian police arrested two men at the airport.", "Egyptian police", "Police Forces of Egypt"),
    ],
)
def test_a_state_the_base_lacks_is_still_not_the_report_country(shipped, text, span, expected):
    found = names(shipped, text, year=2025, country="Syria")
    assert (span, expected) in found and not [n for _, n in found if "Syria (20" in n], found


def test_a_police_the_base_lacks_is_named_as_acled_names_it(shipped):
    [mention] = [m for m in shipped.find("Egyptian police arrested two men.", year=2025, country="Syria")
                 if m.text == "Egyptian police"]
    assert mention.name == "Police Forces of Egypt" and mention.inter == 8  # a foreign force: external


def test_an_arabic_article_before_a_known_name_keeps_the_name(shipped):
    found = names(shipped, "The Ar-Raqqa Military Council clashed with the cell.", year=2019, country="Syria")
    assert [n for _, n in found if n == "Raqqa Military Council"] and not [n for _, n in found if "Ar-" in n]
