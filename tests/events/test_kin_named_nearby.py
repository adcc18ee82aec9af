"""A fight of unnamed clans whose names the report gives in a sentence around it (rule kin-named-nearby). Reports
written for these tests; hand-made places and actor mentions, no model."""

from __future__ import annotations

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import ActorMention, Report
from tests.events import test_segmentation
from tests.events.handmade import actor_mentions

UNNAMED = "Unidentified Tribal Militia (Iraq)"
# words -> (name, inter, kind)
ACTORS = {"two clans": (UNNAMED, 4, "generic"), "tribal gunmen": (UNNAMED, 4, "generic"),
          "Bani Hamid": ("Bani Hamid Tribal Militia (Iraq)", 4, "group"),
          "Al-Rawashid": ("Al-Rawashid Tribal Militia (Iraq)", 4, "group"),
          "Al-Sudani": ("Al-Sudani Tribal Militia (Iraq)", 4, "group"),
          "the army": ("Military Forces of Iraq", 1, "group"), "Police": ("Police Forces of Iraq", 1, "group"),
          "Hill Guard": ("Hill Guard (Northland)", 4, "group")}


def _actors(text: str) -> list[ActorMention]:
    return actor_mentions(text, ACTORS)


def _clashes(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    """(actor1, actor2, rules) of each armed clash coded, the headline being the text's first line."""
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                        places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                        headline_end=len(text.split("\n", 1)[0]))
    return [(d.roles.actor1.name if d.roles.actor1 else None, d.roles.actor2.name if d.roles.actor2 else None,
             d.rules) for d in extract_drafts(analysis, load_lexicon()) if d.coding.event_type == "Battles"]


def test_the_clans_named_in_the_next_sentence_are_the_sides() -> None:
    text = ("Feud in the south\n"
            "Two people were killed in an armed dispute between two clans in Dibis on Sunday.\n"
            "The quarrel was between members of the Bani Hamid and Al-Rawashid over water shares.")
    actor1, actor2, rules = _clashes(text)[0]
    assert (actor1, actor2) == ("Bani Hamid Tribal Militia (Iraq)", "Al-Rawashid Tribal Militia (Iraq)")
    assert "kin-named-nearby" in rules


def test_one_named_clan_fills_the_unnamed_side_beside_a_named_one() -> None:
    text = ("Clash in the north\n"
            "Tribal gunmen clashed with the army in Dibis on Sunday.\n"
            "The gunmen belong to the Al-Sudani, residents said.")
    actor1, actor2, _ = _clashes(text)[0]
    assert (actor1, actor2) == ("Al-Sudani Tribal Militia (Iraq)", "Military Forces of Iraq")


def test_more_clans_than_sides_leave_the_fight_unnamed() -> None:
    text = ("Feud in the south\n"
            "Two people were killed in an armed dispute between two clans in Dibis on Sunday.\n"
            "Elders of the Bani Hamid, Al-Rawashid and Al-Sudani met to end the feud.")
    assert _clashes(text)[0][0] == UNNAMED


def test_clans_named_far_from_the_fight_are_not_its_sides() -> None:
    text = ("Feud in the south\n"
            "Two people were killed in an armed dispute between two clans in Dibis on Sunday.\n"
            "Police arrested eight men on Monday.\n"
            "The district has seen many feuds this year.\n"
            "Last year the Bani Hamid and Al-Rawashid signed a truce.")
    assert _clashes(text)[0][0] == UNNAMED


def test_a_named_militia_that_is_no_kin_is_no_side_of_a_tribal_fight() -> None:
    """"The Hill Guard", a community's own force, is an identity militia but no tribe, clan or family: named in the
    sentence after a tribal fight, it does not become the tribes' name."""
    text = ("Clash in the hills\n"
            "Tribal gunmen clashed with two clans in Dibis on Sunday.\n"
            "The Hill Guard later deployed in the village.")
    actor1, _, rules = _clashes(text)[0]
    assert actor1 == UNNAMED and "kin-named-nearby" not in rules
