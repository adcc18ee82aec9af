"""How outlets of different leanings name the same forces: an army no country is named for, names joined by a
slash, the words state media use for a foreign army. Reports here are invented, in the styles of state media,
Kurdish, Turkish and Iraqi outlets and wire copy."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def names(recognizer, text, **kwargs) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in recognizer.find(text, **kwargs) if m.kind != "person"]


@pytest.mark.parametrize(
    ("text", "year", "country", "expected"),
    [
        ("Army units repelled an attack on their posts near the town on Friday.", 2019, "Syria",
         ("Army units", "Military Forces of Syria (2000-2024)")),
        ("Army units repelled an attack on their posts near the town on Friday.", 2025, "Syria",
         ("Army units", "Military Forces of Syria (2024-)")),
        ("The army arrested three suspects in the old market.", 2023, "Iraq",
         ("army", "Military Forces of Iraq (2022-)")),
        ("An explosive device went off near an army patrol on the highway.", 2023, "Iraq",
         ("army patrol", "Military Forces of Iraq (2022-)")),
        ("Three soldiers were wounded when their vehicle overturned.", 2019, "Syria",
         ("soldiers", "Military Forces of Syria (2000-2024)")),
        ("The army's artillery pounded the hills west of the town.", 2019, "Syria",
         ("army", "Military Forces of Syria (2000-2024)")),
    ],
)
def test_an_army_no_country_is_named_for_is_the_report_countrys(shipped, text, year, country, expected):
    assert expected in names(shipped, text, year=year, country=country)


def test_the_bare_army_refers_back_to_the_state_named_last(shipped):
    text = "The Turkish army shelled the village at dawn. Later the army sent reinforcements to the hill."
    found = names(shipped, text, year=2022, country="Syria")
    assert found[-1] == ("army", "Military Forces of Turkey (2016-)")


@pytest.mark.parametrize(
    "text",
    [
        "Rebel soldiers withdrew from the hill.",
        "Kurdish soldiers withdrew from the hill.",
        "The brigade and its soldiers withdrew from the hill.",
        "The brigade's soldiers withdrew from the hill.",
        "Soldiers of the brigade withdrew from the hill.",
        "An army-backed militia withdrew from the hill.",
    ],
)
def test_an_army_the_report_gives_an_owner_is_not_the_states(shipped, text):
    assert not any(name.startswith("Military Forces of Syria") for _, name in names(shipped, text, year=2019,
                                                                                     country="Syria"))


def test_without_a_country_an_unnamed_army_stays_unnamed(shipped):
    assert names(shipped, "The army shelled the hills west of the town.", year=2019) == []


def test_the_occupation_army_is_the_foreign_army_the_report_names(shipped):
    text = "The occupation army shelled the village. Turkish drones also struck a car near the town."
    found = names(shipped, text, year=2022, country="Syria")
    assert found[0] == ("occupation army", "Military Forces of Turkey (2016-)")
    # with no foreign army named, neither it nor the soldiers after it are the country's own
    text = "The occupation army shelled the village, and two soldiers were seen near the hill."
    assert names(shipped, text, year=2022, country="Syria") == []


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Turkish invasion forces", "Military Forces of Turkey (2016-)"),
        ("a Turkish base", "Military Forces of Turkey (2016-)"),
        ("the Israeli aggression", "Military Forces of Israel (2022-)"),
        ("the Israeli targeting", "Military Forces of Israel (2022-)"),
        ("government soldiers", "Military Forces of Syria (2000-2024)"),
        ("Assad militias", "Military Forces of Syria (2000-2024)"),
    ],
)
def test_outlet_names_for_known_forces(shipped, phrase, expected):
    text = f"Witnesses said {phrase} came under fire near the town on Monday."
    year = 2023 if "Israeli" in phrase else 2022
    assert expected in [name for _, name in names(shipped, text, year=year, country="Syria")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PKK/YPG terrorists attacked a post near the town.", ("PKK/YPG", "YPG: Peoples Protection Units")),
        ("YPG/PKK militants attacked a post near the town.", ("YPG/PKK", "YPG: Peoples Protection Units")),
        ("Jets struck SDF/YPG positions near the town.", ("SDF/YPG", "QSD: Syrian Democratic Forces")),
    ],
)
def test_names_joined_by_a_slash_are_one_actor(shipped, text, expected):
    assert names(shipped, text, year=2022, country="Syria") == [expected]


@pytest.mark.parametrize(
    ("text", "year", "country", "expected"),
    [
        ("Military reinforcements reached the town late on Monday.", 2023, "Syria",
         ("Military reinforcements", "Military Forces of Syria (2000-2024)")),
        ("A military convoy was seen heading towards the river crossing.", 2023, "Iraq",
         ("military convoy", "Military Forces of Iraq (2022-)")),
        ("The Turkish army shelled two villages. Military units then moved closer to the town.", 2022, "Syria",
         ("Military units", "Military Forces of Turkey (2016-)")),
        # a note's capital after its opening date is no name
        ("Security measures: On 3 May 2024, Military reinforcements arrive in the district to secure the border.",
         2024, "Iraq", ("Military reinforcements", "Military Forces of Iraq (2022-)")),
    ],
)
def test_military_reinforcements_no_one_is_named_for_are_the_states(shipped, text, year, country, expected):
    assert expected in names(shipped, text, year=year, country=country)


@pytest.mark.parametrize(
    "text",
    [
        "The SDF sent military reinforcements to the town.",
        "Clashes broke out with the SDF near the dam. Military reinforcements arrived later in the day.",
        "Fighters of the Quds Brigade and military units withdrew from the hill.",
    ],
)
def test_military_reinforcements_of_a_named_side_are_not_the_states(shipped, text):
    found = names(shipped, text, year=2023, country="Syria")
    assert not any(name.startswith("Military Forces of Syria") for _, name in found), found


def test_military_reinforcements_a_side_claims_in_the_next_sentence_are_not_the_states(shipped):
    text = ("Military reinforcements arrived in the province on Tuesday. A commander of Kataib Hezbollah said the "
            "reinforcements would guard the border.")
    found = names(shipped, text, year=2024, country="Iraq")
    assert not any(name.startswith("Military Forces of Iraq") for _, name in found), found


@pytest.mark.parametrize(
    ("text", "year", "country", "expected"),
    [
        ("The authorities closed the border crossing until further notice.", 2023, "Iraq",
         ("authorities", "Government of Iraq (2022-)")),
        ("The Prime Minister's Office announced a curfew across the province.", 2024, "Iraq",
         ("Prime Minister's Office", "Government of Iraq (2022-)")),
        ("The authorities closed the border crossing until further notice.", 2025, "Syria",
         ("authorities", "Government of Syria (2024-)")),
        # every period has its government: the Assad era's and al-Kadhimi's
        ("The authorities closed the crossing after the clashes.", 2019, "Syria",
         ("authorities", "Government of Syria (2000-2024)")),
        ("The authorities closed the border crossing until further notice.", 2021, "Iraq",
         ("authorities", "Government of Iraq (2020-2022)")),
    ],
)
def test_a_state_office_no_country_is_named_for_is_the_national_government(shipped, text, year, country, expected):
    assert expected in names(shipped, text, year=year, country=country)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The SDF stormed the village. The authorities then closed the crossing.", 2025),
        ("After the clashes, local authorities closed the crossing.", 2025),
        ("The authorities in the town closed the crossing.", 2025),
    ],
)
def test_authorities_of_another_side_or_place_are_not_the_national_government(shipped, text, year):
    found = names(shipped, text, year=year, country="Syria")
    assert not any(name.startswith("Government of Syria") for _, name in found), found
