"""An event is coded by the government period of its own day, not of the report's (rule event-period), and the
governments of every period are in the base. Sentences written for these tests; the shipped actor base, no model."""

from __future__ import annotations

from datetime import date

from marsad.actors.base import ActorBase
from marsad.actors.period import as_of
from marsad.actors.recognize import ActorRecognizer
from marsad.events.roles import Roles, of_event_period


def _mention(text: str, words: str, day: date):
    found = [m for m in ActorRecognizer(ActorBase.load()).find(text, year=day) if m.text == words]
    assert found, f"{words!r} not found"
    return found[0]


def test_a_strike_told_with_an_earlier_day_is_coded_by_that_days_administration() -> None:
    text = "In a report on Monday, the ministry recalled that US forces struck a depot on 3 March 2019."
    forces = _mention(text, "US forces", date(2025, 4, 7))
    assert forces.name == "Military Forces of the United States (2025-)"
    assert as_of(forces, date(2019, 3, 3)).name == "Military Forces of the United States (2017-2021)"
    assert as_of(forces, date(2025, 4, 6)) is forces  # the report's own period holds the day
    assert as_of(forces, None) is forces


def test_the_period_changes_on_its_day_and_a_unit_follows_its_army() -> None:
    police = _mention("Federal Police units entered the district.", "Federal Police", date(2023, 5, 1))
    assert police.name == "Police Forces of Iraq (2022-) Federal Police"
    earlier = as_of(police, date(2022, 10, 26))
    assert earlier.name == "Police Forces of Iraq (2020-2022) Federal Police"
    assert earlier.part_of == "Police Forces of Iraq (2020-2022)"
    assert as_of(police, date(2022, 10, 27)).name == police.name
    army = _mention("Syrian army units shelled the hills.", "Syrian army", date(2025, 2, 1))
    assert as_of(army, date(2024, 12, 7)).name == "Military Forces of Syria (2000-2024)"


def test_an_actor_of_no_period_or_renamed_since_is_left_alone() -> None:
    sdf = _mention("The SDF raided a house.", "SDF", date(2025, 2, 1))
    assert sdf.periods == () and as_of(sdf, date(2018, 1, 1)) is sdf
    division = _mention("The 4th Division shelled the hills.", "4th Division", date(2020, 2, 1))
    assert as_of(division, date(2025, 3, 1)) is division  # no post-2024 4th Division: the report's stands


def test_the_roles_of_an_event_take_its_day() -> None:
    text = "US forces struck a depot of the Guards on 3 March 2019."
    forces = _mention(text, "US forces", date(2025, 4, 7))
    roles = of_event_period(Roles(forces, None), date(2019, 3, 3))
    assert roles.actor1 is not None and roles.actor1.name == "Military Forces of the United States (2017-2021)"
    assert of_event_period(Roles(forces, None), None).actor1 is forces


def test_each_period_has_its_government() -> None:
    base = ActorBase.load()
    assert base.find("Syrian government", year=2018).name == "Government of Syria (2000-2024)"
    assert base.find("Syrian government", year=date(2024, 12, 20)).name == "Government of Syria (2024-)"
    assert base.find("Iraqi government", year=2016).name == "Government of Iraq (2014-2018)"
    assert base.state_government("Iraq", 2021).name == "Government of Iraq (2020-2022)"
    assert [a.name for a in base.periods_of("iraq-government")][:2] == [
        "Government of Iraq (2006-2014)", "Government of Iraq (2014-2018)"]
