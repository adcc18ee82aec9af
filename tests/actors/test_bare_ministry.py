"""A bare ministry ("the Defence Ministry said its forces shelled ...") is the report country's ministry of the
report's period: Iraq's forces in an Iraqi report, the Assad-era army in a Syrian report of 2020, the new army
in one of 2025. Sentences written for these tests, recognised against the shipped base."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer

TEXT = "The Defence Ministry said its forces shelled the positions of militants near the town."


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


@pytest.mark.parametrize(("year", "country", "expected"), [
    (2023, "Iraq", "Military Forces of Iraq (2022-)"),
    (2019, "Iraq", "Military Forces of Iraq (2018-2020)"),
    (2020, "Syria", "Military Forces of Syria (2000-2024)"),
    (2025, "Syria", "Military Forces of Syria (2024-)"),
])
def test_a_bare_ministry_is_the_report_countrys_of_its_period(shipped, year, country, expected):
    names = {m.text: m.name for m in shipped.find(TEXT, year=year, country=country)}
    assert names.get("Defence Ministry") == expected


def test_a_named_countrys_ministry_stays_its_own(shipped):
    text = "The Iraqi Ministry of Defence said its forces shelled the positions of militants near the town."
    names = {m.text: m.name for m in shipped.find(text, year=2020, country="Syria")}
    assert names.get("Iraqi Ministry of Defence") == "Military Forces of Iraq (2020-2022)"
