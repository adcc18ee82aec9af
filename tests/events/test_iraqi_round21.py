"""Iraqi full reports, round 21: a hand a headline names in another clause, a crowd that left by itself, ground
told as outside someone's control, an act told again by who did not comment on it or who linked it to another, and
the people who tell a story at the end of a sentence. Sentences written for these tests; no language model."""

from __future__ import annotations

from marsad.events.attribution import find_attributions
from tests.events.test_hand_told_before import _act_at
from tests.events.test_iraqi_outlets import _dropped, _kinds


def test_a_hand_named_before_after_in_the_headline_did_the_first_act_only() -> None:
    # rule headline-hand-in-its-clause: the headline's hand struck; the killing after it is another act
    text = ("Northern forces shell Harim after child killed in Saraqib\n"
            "A child was shot dead in Saraqib on Sunday, local sources said.")
    act = _act_at(text, "Saraqib")
    assert act[1] != "Military Forces of Northland"
    assert "headline-names-the-hand" not in act[3]


def test_a_crowd_that_dispersed_after_a_while_was_not_dispersed() -> None:
    text = ("Hundreds of teachers protested outside the directorate on Monday over unpaid salaries and dispersed "
            "after about two hours.")
    assert "protest_intervention" not in _kinds(text)
    forced = "Police dispersed the protesters outside the directorate with tear gas on Monday."
    assert "protest_intervention" in _kinds(forced)


def test_ground_outside_someones_control_was_not_taken() -> None:
    text = "The rifles were bought in areas outside the control of the regional government, the statement said."
    assert "capture" not in _kinds(text)


def test_an_act_nobody_commented_on_is_told_before() -> None:
    text = "The district council did not comment on the protest."
    assert _kinds(text) == []
    assert "reference" in _dropped(text)


def test_an_act_linked_to_another_is_the_act_told_before() -> None:
    text = "Police linked the clash to a quarrel over water between the two families a week earlier."
    assert "clash" not in _kinds(text)


def test_officers_and_a_leader_closing_a_sentence_tell_it() -> None:
    text = "Gunmen shot dead a shepherd near the village on Tuesday, two police officers and a tribal leader said."
    assert [a.text for a in find_attributions(text)] == ["two police officers and a tribal leader"]


def test_an_act_at_another_place_keeps_its_type_beside_a_strike() -> None:
    # rule label-of-the-other-place: the classifier labels the whole sentence by its air strike; the devices
    # defused at the other place stay a disrupted weapons use
    import numpy as np

    from marsad.events.classify import NONE, EventClassifier
    from marsad.events.extract import Analysis, extract_drafts
    from marsad.events.lexicon import load_lexicon
    from marsad.events.refine import refine
    from marsad.types import Report
    from tests.events import test_segmentation

    labels = [NONE, "Air/drone strike"]
    weights = np.zeros((2, 2))
    weights[0, 1] = 12.0  # "airstrike" makes the sentence a strike
    model = EventClassifier(["w:airstrike", "bias"], labels, weights, np.zeros(2))
    text = ("Army jets carried out an airstrike on a hideout in Jalawla on Tuesday, and engineers defused two "
            "explosive devices near Qara Tepe on Monday.")
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))],
                        places=test_segmentation._mentions(text), actors=[], dates=[], attributions=[])
    lexicon = load_lexicon()
    drafts = refine(analysis, lexicon, extract_drafts(analysis, lexicon), model)
    types = {d.place.text: d.coding.sub_event_type for d in drafts if d.place is not None}
    assert types.get("Qara Tepe") == "Disrupted weapons use"


def test_a_den_found_with_explosive_belts_is_a_seizure_even_after_a_confession() -> None:
    text = ("Acting on the detainee's confessions, a force moved at dawn to a farm, where it found a den containing "
            "two explosive belts and rifles.")
    assert "weapons" in _kinds(text)
    assert "court-case" not in _dropped(text)


def test_one_act_at_two_listed_places_takes_the_label_at_both() -> None:
    # rule label-of-the-other-place: the draft at a list's first place that the classifier itself retyped to the
    # label is no act of the label's type by its own words; the same act at the list's second place is not "another
    # act at another place" and takes the label too. An act found by its own words at another place stays apart.
    from types import SimpleNamespace

    from marsad.events.refine import _act_at_another_place

    def draft(kind: str, geonameid: str, *rules: str) -> SimpleNamespace:
        return SimpleNamespace(kind=kind, rules=list(rules),
                               place=SimpleNamespace(place=SimpleNamespace(geonameid=geonameid)))

    second = draft("meeting", "2", "cue:meeting", "listed-places")
    retyped_first = draft("movement", "1", "cue:meeting", "listed-places",
                          "retyped by classifier: Other -> Change to group/activity")
    assert not _act_at_another_place(second, retyped_first)
    strike = draft("air", "1", "cue:air")
    defused = draft("defused", "2", "cue:defused")
    assert _act_at_another_place(defused, strike)
