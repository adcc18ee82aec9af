"""One violent act, one event of one type (round 20; docs/rules.md): strikes told as a side's support are part of
its fight (rule strike-as-support); the attackers killed by the side they attacked are fighters (rule
fighter-victim); a gun attack told with "opened fire" after a group's name is told, not referred to (rule
past-form). Reports written for these tests in the manner of several outlets (an SDF statement, a
monitor's bulletin, Iraqi copy); places from the hand-made gazetteer of test_segmentation, actors from
test_same_place_acts (no model)."""

from __future__ import annotations

from marsad.events.rules import rule
from tests.events.test_same_place_acts import events, report

# --- strikes told as a side's support (rule strike-as-support) -----------------------------------------------------


def test_warplanes_backing_a_side_are_part_of_its_clash() -> None:
    text = report("The SDF, backed by warplanes of the coalition, clashed with ISIS in Tell Abar on Sunday, "
                  "killing six militants, a statement said.")
    assert events(text) == [("Armed clash", "Tell Abar")]


def test_a_capture_under_cover_of_air_strikes_is_one_event() -> None:
    text = report("Regime forces took control of Tell Abar on Monday under cover of heavy Russian air strikes.")
    assert [e[0] for e in events(text)] == ["Government regains territory"]


def test_strikes_told_in_a_clause_of_their_own_stay_apart() -> None:
    text = report("Clashes broke out between the SDF and ISIS in Tell Abar on Monday, while a Turkish drone struck "
                  "a position of the SDF in the village, killing two fighters.")
    assert ("Air/drone strike", "Tell Abar") in events(text)


def test_the_support_words_need_the_strike_right_after_them() -> None:
    assert rule("strike-as-support").search("The brigade, backed by heavy ") is not None
    assert rule("strike-as-support").search("under the cover of intense Russian ") is not None
    assert rule("strike-as-support").search("Clashes broke out in the village amid ") is None
    assert rule("strike-as-support").search("backed by the army, clashed with the rebels while the ") is None


# --- the attackers killed are fighters (rule fighter-victim) --------------------------------------------------------


def test_attackers_killed_by_the_patrol_make_a_fight() -> None:
    text = report("Gunmen opened fire on a patrol of the army at the entrance of KIRKUK on Monday evening. "
                  "A soldier was killed, and the patrol fired back, killing three of the attackers.")
    assert [e[0] for e in events(text)] == ["Armed clash"]


def test_the_words_of_a_fighter_victim_include_the_attackers() -> None:
    assert rule("fighter-victim").search(" killing three of the attackers") is not None
    assert rule("fighter-victim").search(" killing two of the farmers") is None
    assert rule("past-form").search("opened fire") is not None
    assert rule("past-form").search("fire") is None


# --- fighters named with the civilians hit (rule fighters-among-victims) -----------------------------------------


def test_a_soldier_and_civilians_killed_in_an_attack_on_a_post_make_a_fight() -> None:
    text = report("KIRKUK - A soldier and two civilians were killed on Saturday when ISIS attacked a post of the army "
                  "near KIRKUK, a security source said.")
    assert [e[0] for e in events(text)] == ["Armed clash"]


def test_civilians_alone_told_before_the_act_stay_violence_against_civilians() -> None:
    text = report("KIRKUK - Two civilians were killed on Saturday when gunmen opened fire on their car near KIRKUK.")
    assert [e[0] for e in events(text)] == ["Attack"]


def test_the_fighters_words_must_be_joined_to_the_civilians() -> None:
    assert rule("fighters-among-victims").search("A soldier and ") is not None
    assert rule("fighters-among-victims").search("Two policemen, ") is not None
    assert rule("fighters-among-victims").search("A soldier said ") is None
