"""One violent act, one type (round 19; docs/events.md): the side that blames another for a killing is neither side
of it (rule accuser-not-side), so the killing of a civilian does not become a clash with the accuser; a shell left
unexploded that goes off is an explosive remnant (rule remnant-is-a-mine). Reports written for these tests in the
manner of several outlets (a local Syrian outlet, Iraqi copy, a monitor); places from the hand-made gazetteer of
test_segmentation, actors from test_same_place_acts (no model)."""

from __future__ import annotations

from marsad.events.extract import extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.rules import rule
from tests.events.test_same_place_acts import _analysis, report


def coded(text: str) -> list[tuple[str, str | None, str | None]]:
    """(sub-event type, actor2 name, place) of each draft."""
    return sorted((d.coding.sub_event_type, d.roles.actor2.name if d.roles.actor2 else None,
                   d.place.text if d.place else None) for d in extract_drafts(_analysis(text), load_lexicon()))


# --- the accuser is no side (rule accuser-not-side) ----------------------------------------------------------------


def test_a_side_that_blames_others_for_a_killing_is_not_its_target() -> None:
    text = report("Tell Abar (local outlet) - Gunmen on a motorcycle shot dead a farmer outside his house in Tell Abar "
                  "on Monday night; the SDF accused ISIS of the killing.")
    assert coded(text) == [("Attack", None, "Tell Abar")]


def test_police_blaming_a_gang_in_iraqi_copy_leave_a_one_sided_killing() -> None:
    text = report("KIRKUK - Unidentified gunmen killed a shop owner in KIRKUK on Tuesday evening, and Police blamed "
                  "the militia for the attack.")
    assert [c[0] for c in coded(text)] == ["Attack"]
    assert all(c[1] is None for c in coded(text))


def test_a_side_accused_of_the_act_is_still_a_side() -> None:
    # the one blamed, told in the passive, is no accuser: "the SDF accused of..." keeps the SDF as the one attacked
    assert rule("accuser-not-side").match(" accused of shelling the village") is None
    text = report("Gunmen attacked the SDF in Tell Abar on Monday, killing two fighters.")
    assert coded(text) == [("Armed clash", "Syrian Democratic Forces", "Tell Abar")]


def test_the_accuser_words_need_someone_blamed() -> None:
    assert rule("accuser-not-side").match(" blamed ISIS cells for the blast") is not None
    assert rule("accuser-not-side").match(" accused the militia of the killing") is not None
    assert rule("accuser-not-side").match(" blamed for the bombing") is None
    assert rule("accuser-not-side").match(" said two soldiers were killed") is None


# --- an explosive remnant goes off (rule remnant-is-a-mine) --------------------------------------------------------


def test_an_unexploded_shell_that_detonates_is_a_remnant_not_a_shelling() -> None:
    text = report("Two children were killed on Sunday when an unexploded shell they found in a field detonated near "
                  "Kafr Sajna, local sources said.")
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]
    text = report("A farmer was wounded on Monday when a leftover mortar shell exploded in his orchard in Harim.")
    assert [c[0] for c in coded(text)] == ["Remote explosive/landmine/IED"]


def test_a_count_for_the_reporting_period_is_a_tally() -> None:
    assert rule("tally").search("Landmines killed four civilians in the district in the reporting period.")
    assert rule("tally").search("Explosions caused 12 deaths across the province in March, the office said.")
    assert not rule("tally").search("A landmine killed two shepherds near the village on 4 March.")


def test_ordnance_disposal_teams_are_no_blast() -> None:
    text = report("Unexploded ordnance disposal teams worked in Ain Lora on Wednesday.")
    assert [c[0] for c in coded(text)] == []


def test_a_shelling_told_plainly_is_still_a_shelling() -> None:
    text = report("Regime forces shelled Kafr Sajna with mortar shells on Sunday, killing a woman.")
    assert [c[0] for c in coded(text)] == ["Shelling/artillery/missile attack"]
