"""Rule `restates` (events/background.py): an event named again with a definite noun joins the event told
before it, whoever it blames and wherever the speaker is. Sentences written for these tests; places from the
hand-made gazetteer of test_segmentation (no model)."""

from __future__ import annotations

from tests.events.test_segmentation import code


def _told(text: str) -> list[tuple[str, str | None]]:
    return [(d.coding.sub_event_type, d.place.text if d.place else None) for d in code(text)]


def test_a_restatement_at_the_speakers_place_joins_the_event() -> None:
    drafts = code("Gunmen attacked a checkpoint in Dibis on Monday, killing two guards. "
                  "A police officer in KIRKUK said the attack was carried out by a cell of five men.")
    assert [(d.place.text if d.place else None) for d in drafts] == ["Dibis"]
    assert "restates" in drafts[0].rules and len(drafts[0].evidence) == 2


def test_a_blast_blamed_on_someone_is_the_bombing_told_before() -> None:
    text = ("A roadside bomb went off near a patrol in Jalawla on Sunday. "
            "Officials in KIRKUK said the deadly bombing was the work of the militia.")
    assert _told(text) == [("Remote explosive/landmine/IED", "Jalawla")]


def test_the_noun_with_a_place_of_its_own_is_another_event() -> None:
    text = "Gunmen attacked a checkpoint in Dibis on Monday. The attack on Jalawla came that evening."
    assert sorted(p for _, p in _told(text)) == ["Dibis", "Jalawla"]


def test_a_subject_with_a_determiner_does_not_make_the_verb_a_restatement() -> None:
    text = "Regime forces shelled Tell Abar at dawn. The regime shelled Kafr Sajna at noon."
    assert sorted(p for _, p in _told(text)) == ["Kafr Sajna", "Tell Abar"]


def test_a_sentence_that_opens_on_the_victim_tells_the_event_again() -> None:
    text = "Gunmen killed a teacher in KIRKUK on Monday. The victim was shot dead in front of his house in Dibis."
    assert len(_told(text)) == 1


def test_a_quoted_speaker_retelling_the_event_at_his_place_joins_it() -> None:
    text = ('A roadside bomb went off near a patrol in Dibis on Sunday.\n'
            'An officer in KIRKUK said: "A bomb exploded and wounded two of our men."')
    assert len(_told(text)) == 1


def test_where_the_attackers_fled_is_not_the_place_of_the_attack() -> None:
    text = ("Gunmen attacked a checkpoint in Dibis on Monday. "
            "The attack was carried out by a cell of five men who fled towards Qara Tepe.")
    assert [p for _, p in _told(text)] == ["Dibis"]
