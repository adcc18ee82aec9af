"""Distinct acts told at one place become distinct events, through the whole flow (model, parse, classifier) over
the small gazetteer of tests/conftest.py; one act told twice stays one. Reports written for these tests."""

from datetime import date

from marsad.ingest import read_text

PUBLISHED = date(2024, 5, 20)


def _coded(pipeline, text: str) -> list[tuple[str, str | None]]:
    events = pipeline.process(read_text(text, doc_id="acts-apart", published=PUBLISHED))
    return sorted((e.sub_event_type, e.location) for e in events)


def test_reinforcements_sent_to_contain_clashes_and_the_clashes(pipeline) -> None:
    text = ("Clan fighting in Manbij\n\n"
            "Clashes broke out between two clans in Manbij city on Thursday over a land dispute, killing a man.\n\n"
            "The Manbij Military Council sent reinforcements to Manbij to contain the clashes and imposed a curfew "
            "in the city.\n")
    coded = _coded(pipeline, text)
    assert ("Armed clash", "Manbij") in coded and ("Change to group/activity", "Manbij") in coded


def test_capture_under_cover_of_air_strikes_is_one_capture(pipeline) -> None:
    # strikes told as the side's support are part of its capture (rule strike-as-support)
    text = ("Regime forces advance in Idlib\n\n"
            "Regime forces took control of Kansafra village in the southern countryside of Idlib on Tuesday under "
            "cover of heavy Russian air strikes.\n")
    assert [kind for kind, _ in _coded(pipeline, text)] == ["Government regains territory"]


def test_kidnapping_and_the_protest_against_it(pipeline) -> None:
    text = ("Kidnapping in Sarmada\n\n"
            "Unknown gunmen kidnapped a doctor in Sarmada town on Sunday evening.\n\n"
            "His relatives gathered in front of the local council on Monday to denounce the kidnapping.\n")
    coded = _coded(pipeline, text)
    assert ("Abduction/forced disappearance", "Sarmada") in coded and ("Peaceful protest", "Sarmada") in coded


def test_a_drone_strike_told_twice_is_one_strike(pipeline) -> None:
    text = ("Drone strike in Darkush\n\n"
            "A Turkish drone struck a car in Darkush town on Sunday, killing two fighters.\n\n"
            "The strike destroyed the car completely, according to local sources.\n")
    assert [kind for kind, _ in _coded(pipeline, text)] == ["Air/drone strike"]
