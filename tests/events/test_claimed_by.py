"""An act of an unknown hand whose claim the report tells right after it (rule claimed-by). Reports written for
these tests; hand-made places and actor mentions, no model."""

from __future__ import annotations

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import ActorMention, Report
from tests.events import test_segmentation
from tests.events.handmade import actor_mentions

# words -> (name, inter, kind)
ACTORS = {"the Guards": ("Guards Front", 2, "group"), "the Rebels": ("Rebel Union", 2, "group"),
          "gunmen": ("Unidentified Armed Group (Iraq)", 3, "generic")}


def _actors(text: str) -> list[ActorMention]:
    return actor_mentions(text, ACTORS)


def _hands(text: str) -> list[tuple[str | None, list[str]]]:
    """(actor1, rules) of each violent act coded, the headline being the text's first line."""
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=test_segmentation._sentences(text),
                        places=test_segmentation._mentions(text), actors=_actors(text), dates=[], attributions=[],
                        headline_end=len(text.split("\n", 1)[0]))
    return [(d.roles.actor1.name if d.roles.actor1 else None, d.rules)
            for d in extract_drafts(analysis, load_lexicon())
            if d.coding.event_type in ("Explosions/Remote violence", "Battles", "Violence against civilians")]


def test_the_claim_told_after_the_act_names_its_hand() -> None:
    text = ("Blast in the north\n"
            "A roadside bomb struck a vehicle of the Rebels in Dibis on Sunday, wounding two fighters.\n"
            "The Guards later claimed responsibility in a statement.")
    hand, rules = _hands(text)[0]
    assert hand == "Guards Front" and "claimed-by" in rules
    told_as_an_attack = text.replace("in a statement", "for the attack")  # the claim's own telling joins the act
    assert _hands(told_as_an_attack)[0][0] == "Guards Front"


def test_a_passive_claim_names_its_hand() -> None:
    text = ("Blast in the north\n"
            "Gunmen attacked a checkpoint of the Rebels in Dibis on Sunday, killing two fighters.\n"
            "The attack was claimed by the Guards in a statement.")
    assert _hands(text)[0][0] == "Guards Front"


def test_a_claim_denied_or_missing_names_no_one() -> None:
    missing = ("Blast in the north\n"
               "A roadside bomb struck a vehicle of the Rebels in Dibis on Sunday, wounding two fighters.\n"
               "No group has claimed responsibility so far, while the Guards are active in the area.")
    denied = ("Blast in the north\n"
              "A roadside bomb struck a vehicle of the Rebels in Dibis on Sunday, wounding two fighters.\n"
              "The Guards denied that they had claimed responsibility for the attack.")
    for text in (missing, denied):
        assert _hands(text)[0][0] != "Guards Front"


def test_the_side_hit_is_never_the_claimant() -> None:
    text = ("Blast in the north\n"
            "A roadside bomb struck a vehicle of the Rebels in Dibis on Sunday, wounding two fighters.\n"
            "The Rebels claimed responsibility for a separate attack on the Guards last week.")
    assert _hands(text)[0][0] != "Rebel Union"


def test_a_claim_far_after_the_act_is_not_its_own() -> None:
    text = ("Blast in the north\n"
            "A roadside bomb struck a vehicle of the Rebels in Dibis on Sunday, wounding two fighters.\n"
            "The road had been closed for a week.\n"
            "Traders complained about the closure.\n"
            "Residents said the area was calm.\n"
            "The Guards claimed responsibility for a raid in the south.")
    assert _hands(text)[0][0] != "Guards Front"
