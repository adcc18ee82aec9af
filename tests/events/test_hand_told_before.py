"""The hand of an act the sentence tells with none, from what the report told of it before: an act told as a
pattern in the sentence right before (rule act-just-before), or the headline that restates the event (rule
headline-names-the-hand). Reports written for these tests; hand-made places and actor mentions, no model."""

from __future__ import annotations

from tests.events.test_other_side import _code


def _acts(text: str) -> list[tuple[str, str | None, str | None, list[str]]]:
    """(sub-event type, actor1, place, rules) of each violent act coded."""
    return [(d.coding.sub_event_type, d.roles.actor1.name if d.roles.actor1 else None,
             d.place.text if d.place else None, d.rules) for d in _code(text)
            if d.coding.event_type in ("Explosions/Remote violence", "Violence against civilians", "Battles")]


def _act_at(text: str, place: str) -> tuple[str, str | None, str | None, list[str]]:
    return next(a for a in _acts(text) if a[2] == place)


def test_a_bombardment_told_as_a_pattern_names_the_hand_of_the_next_sentence() -> None:
    text = ("Shelling in the north\n"
            "Northern forces escalated their bombardment of the countryside of Harim on Sunday.\n"
            "The bombardment hit Saraqib, killing a child.\n"
            "Elsewhere, the Guards clashed with the Rebels near Idlib on Sunday.")
    act = _act_at(text, "Saraqib")
    assert act[1] == "Military Forces of Northland"
    assert "act-just-before" in act[3]


def test_two_hands_told_before_leave_the_act_unnamed() -> None:
    text = ("Shelling in the north\n"
            "Northern forces escalated their bombardment of the countryside of Harim, while the Guards intensified "
            "their shelling of Idlib on Sunday.\n"
            "The bombardment hit Saraqib, killing a child.\n"
            "Elsewhere, the Guards clashed with the Rebels near Kafrnbel on Sunday.")
    assert _act_at(text, "Saraqib")[1] is None


def test_the_headline_names_the_hand_of_the_event_it_restates() -> None:
    text = ("Child killed by Northern forces in Saraqib\n"
            "A child was shot dead in Saraqib on Sunday, local sources said.")
    act = _act_at(text, "Saraqib")
    assert act[1] == "Military Forces of Northland"
    assert "headline-names-the-hand" in act[3]


def test_a_hand_the_body_names_is_kept_over_the_headline() -> None:
    text = ("Child killed by Northern forces in Saraqib\n"
            "The Guards shot dead a child in Saraqib on Sunday, local sources said.")
    act = _act_at(text, "Saraqib")
    assert act[1] == "Guards Front"
    assert "headline-names-the-hand" not in act[3]
