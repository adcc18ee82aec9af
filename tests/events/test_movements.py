"""Origins and destinations of movements: every place of a "from" list, every place of a "to" list, and
never an origin the text does not name after "from"."""

from __future__ import annotations

import re

from marsad.events.movements import movement_places
from marsad.types import PlaceMention, Resolution


def mentions(text: str, *names: str) -> list[PlaceMention]:
    found = []
    for name in names:
        match = re.search(rf"\b{re.escape(name)}\b", text)
        assert match, name
        found.append(PlaceMention(match.start(), match.end(), name, Resolution(None, 0.0)))
    return found


def roles(text: str, *names: str) -> tuple[list[str], list[str]]:
    movement = movement_places(text, (0, len(text)), mentions(text, *names))
    return [m.text for m in movement.origins], [m.text for m in movement.destinations]


def test_two_origins_and_two_destinations() -> None:
    text = "Regime forces sent reinforcements from Idlib and Hama to Lattakia and Tartous."
    assert roles(text, "Idlib", "Hama", "Lattakia", "Tartous") == (["Idlib", "Hama"], ["Lattakia", "Tartous"])


def test_lists_with_commas_and_kinds_of_place() -> None:
    text = ("A convoy moved from the city of Deir ez-Zor, Al-Mayadin, and Albu Kamal towards the "
            "countryside of Raqqa.")
    assert roles(text, "Deir ez-Zor", "Al-Mayadin", "Albu Kamal", "Raqqa") == (
        ["Deir ez-Zor", "Al-Mayadin", "Albu Kamal"], ["Raqqa"])


def test_no_origin_unless_the_text_names_one() -> None:
    text = "Turkish forces deployed in Azaz and Marea after the clashes near Afrin."
    origins, destinations = roles(text, "Azaz", "Marea", "Afrin")
    assert origins == [] and destinations == ["Azaz", "Marea"]
    text = "Militias arrived in Al-Bukamal, coming from Iraq, and later went on to Mayadin."
    assert roles(text, "Al-Bukamal", "Iraq", "Mayadin") == (["Iraq"], ["Al-Bukamal", "Mayadin"])


def test_evidence_per_place() -> None:
    text = "Reinforcements from Idlib and Hama reached Lattakia."
    movement = movement_places(text, (0, len(text)), mentions(text, "Idlib", "Hama", "Lattakia"))
    spans = movement.evidence()
    assert sorted(spans) == ["destinations.0", "origins.0", "origins.1"]
    assert text[spans["origins.1"].start:spans["origins.1"].end] == "Hama"
