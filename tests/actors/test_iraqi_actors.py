"""Iraqi actors as Iraqi and Kurdish outlets name them, on the shipped base. Sentences written for these tests."""

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.recognize import ActorRecognizer


@pytest.fixture(scope="module")
def shipped() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def names(recognizer: ActorRecognizer, text: str, country: str | None = "Iraq", year: int = 2024) -> dict[str, str]:
    return {m.text: m.name for m in recognizer.find(text, year=year, country=country) if m.kind != "person"}


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    # a PMF brigade by its number, either way round
    ("Fighters of Brigade 30 clashed with the Peshmerga near Bashiqa.", "Brigade 30",
     "Nineveh Plain Forces 30th Brigade"),
    ("Members of Brigade 50 were deployed in the Nineveh Plains.", "Brigade 50", "Babylon Brigades"),
    ("The 50th Brigade withdrew from its posts.", "50th Brigade", "Babylon Brigades"),
    ("Kataib Hezbollah and Harakat al-Nujaba claimed the attack.", "Harakat al-Nujaba",
     "Harakat Hezbollah Al Nujaba"),
    ("Kataib Sayyid al-Shuhada fighters deployed in Diyala.", "Kataib Sayyid al-Shuhada",
     "Kataib Sayyid al Shuhada"),
    ("Zeravani forces clashed with PKK fighters near Amedi.", "Zeravani forces",
     "Military Forces of Iraq (2022-) Zeravani"),
    ("The Sinjar Resistance Units clashed with the army in Sinuni.", "Sinjar Resistance Units",
     "YBS: Sinjar Resistance Units"),
    ("HPG guerrillas ambushed Turkish soldiers in the Zap region.", "HPG", "HPG: People's Defence Forces"),
    ("The Kurdistan Region's Counter-Terrorism Department arrested a suspect in Erbil.",
     "Kurdistan Region's Counter-Terrorism", "Police Forces of Iraq (2022-) Counter-Terrorism Group"),
    ("IRGC drones struck Koya, targeting the Kurdistan Democratic Party of Iran.", "IRGC",
     "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps"),
    ("Members of the Al-Sawaed and Al-Bahadil clans clashed in Maysan.", "Al-Bahadil",
     "Al-Bahadil Tribal Militia (Iraq)"),
    # in Iraq a feud between families is fought by their clans (ACLED's clan militias), not a town's militia
    ("One man was killed in an armed quarrel between two families over farmland.", "two families",
     "Unidentified Tribal Militia (Iraq)"),
    ("Two rival families exchanged fire in the district on Sunday.", "Two rival families",
     "Unidentified Tribal Militia (Iraq)"),
    # Baghdad's forces told beside the Kurdistan Region's (round 22, odd10i)
    ("Federal troops and peshmerga fighters exchanged mortar fire near the river.", "Federal troops",
     "Military Forces of Iraq (2022-)"),
    ("The peshmerga handed over their posts and federal forces entered the district.", "federal forces",
     "Military Forces of Iraq (2022-)"),
])
def test_iraqi_names(shipped, text, phrase, expected):
    assert names(shipped, text).get(phrase) == expected


def test_another_armys_unit_named_by_its_number_is_the_report_countrys(shipped):
    text = "Soldiers of the 14th Division clashed with ISIS militants in Tarmiyah."
    assert names(shipped, text)["14th Division"] == "Military Forces of Iraq (2022-)"
    # in a Syrian report of its time the listed Syrian division stands
    assert names(shipped, text, "Syria", 2019)["14th Division"].startswith("Military Forces of Syria (2000-2024)")


def test_a_numbered_unit_of_a_named_army_is_that_army(shipped):
    found = names(shipped, "The 5th Division of the Iraqi army arrested three suspects in Baqubah.")
    assert "5th Division" not in found and found["Iraqi army"] == "Military Forces of Iraq (2022-)"
