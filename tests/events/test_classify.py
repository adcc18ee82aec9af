"""The event classifier: its training data loader, its trainer on a tiny set, and the shipped model on
sentences written for these tests (not taken from the training phrasings, a report or ../shared)."""

from pathlib import Path

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier, cue_kinds, features, load_classifier
from marsad.events.lexicon import load_lexicon
from marsad.events.train import fit, scores
from marsad.events.train_data import MASK, Example, expand, fill, split

TINY_SLOTS = """
place: [Raqqa, Kirkuk, Homs]
people: [students, teachers]
armed: [gunmen, militants]
outlet: [local sources]
day: [on Monday]
"""
TINY_EVENTS = """
Air/drone strike:
  - "Warplanes bombed {place}."
  - "A drone struck a car in {place}."
  - "Jets [pounded|hit] {place} overnight."
Peaceful protest:
  - "{people} protested in {place}."
  - "{people} staged a sit-in in {place}."
  - "{people} marched in {place}."
"""
TINY_NEGATIVES = """
plans:
  - "The army plans to bomb {place}."
  - "{armed} threatened to attack {place}."
  - "Officials will visit {place}."
"""


@pytest.fixture()
def tiny_dir(tmp_path: Path) -> Path:
    (tmp_path / "slots.yaml").write_text(TINY_SLOTS)
    (tmp_path / "events.yaml").write_text(TINY_EVENTS)
    (tmp_path / "negatives.yaml").write_text(TINY_NEGATIVES)
    return tmp_path


def test_expansion_is_deterministic_labelled_and_split_by_template(tiny_dir):
    first = expand(per_template=4, seed=5, directory=tiny_dir)
    assert first == expand(per_template=4, seed=5, directory=tiny_dir)
    assert first != expand(per_template=4, seed=6, directory=tiny_dir)
    assert {e.label for e in first} == {"Air/drone strike", "Peaceful protest", NONE}
    assert all("{" not in e.text and "[" not in e.text for e in first)
    train, held = split(first, held_out_every=3)
    # every third template of each label is held out whole: no template is on both sides
    assert {e.group for e in held} == {"Air/drone strike#2", "Peaceful protest#2", "plans#2"}
    assert not {e.group for e in train} & {e.group for e in held}


def test_fill_masks_who_protests_but_keeps_the_rest():
    import random

    text, masked = fill("{people} protested in {place}.", {"people": ["students"], "place": ["Homs"]},
                        random.Random(1))
    assert text == "students protested in Homs."
    assert masked == f"{MASK} protested in Homs."


def test_unknown_slot_is_one_clear_error(tiny_dir):
    (tiny_dir / "events.yaml").write_text('Grenade:\n  - "A grenade hit {nowhere}."\n')
    with pytest.raises(ValueError, match="unknown slot"):
        expand(directory=tiny_dir)


def test_fit_on_tiny_set_learns_it_and_saves_what_it_loads(tiny_dir, tmp_path):
    examples = expand(per_template=6, seed=3, directory=tiny_dir)
    model = fit(examples, seed=3, epochs=10)
    figures = scores([(e.label, model.predict(e.text).label) for e in examples])
    assert figures["accuracy"] > 0.9
    again = fit(examples, seed=3, epochs=10)
    assert np.array_equal(model.weights, again.weights)  # same data and seed, same weights
    path = tmp_path / "tiny.npz"
    model.save(path)
    loaded = EventClassifier.load(path)
    text = "Jets hit Raqqa overnight."
    assert loaded.predict(text).label == model.predict(text).label == "Air/drone strike"
    assert loaded.event_types["Air/drone strike"] == "Explosions/Remote violence"


def test_features_count_each_once_and_mark_cue_kinds():
    found = features("Shells hit 3 houses, 4 dead", ["shelling"])
    assert "w:<num>" in found and "k:shelling" in found and "b:shells_hit" in found


# Written for this test: ordinary news phrasing of each major sub-event type, and sentences telling none.
SENTENCES = [
    ("Government jets bombed a market in the town of Ariha on Sunday, killing nine people.", "Air/drone strike"),
    ("Artillery shells fired by the army landed on houses in the village, wounding a boy.",
     "Shelling/artillery/missile attack"),
    ("A suicide bomber blew himself up at the entrance of a police station in Tikrit.", "Suicide bomb"),
    ("An explosive device planted on the roadside went off as a patrol passed near Baiji.",
     "Remote explosive/landmine/IED"),
    ("Militants stormed the village at dawn and seized it after a fierce battle with the army.",
     "Non-state actor overtakes territory"),
    ("Government forces regained control of the town after driving out the rebels.", "Government regains territory"),
    ("Security forces opened fire on demonstrators in Karbala, killing two protesters.",
     "Excessive force against protesters"),
    ("Hundreds of people demonstrated in Sulaymaniyah demanding the payment of salaries.", "Peaceful protest"),
    ("Masked gunmen kidnapped a doctor from his clinic in Mosul.", "Abduction/forced disappearance"),
    ("Police arrested four men suspected of smuggling weapons in Basra.", "Arrests"),
    ("Tear gas and cylinders of chlorine were dropped on the town, leaving dozens choking.", "Chemical weapon"),
    ("The army deployed additional troops and tanks to the border area.", "Change to group/activity"),
]
NOT_EVENTS = [
    "The militia threatened to shell the town if the army advanced.",
    "Since January, the monitor has documented the killing of 300 civilians in the province.",
    "The ministry denied that any airstrike had taken place.",
]


@pytest.fixture(scope="module")
def shipped():
    model = load_classifier()
    assert model is not None, "the shipped model marsad/data/models/event_classifier.npz is missing"
    return model, load_lexicon()


@pytest.mark.parametrize(("text", "label"), SENTENCES, ids=[label for _, label in SENTENCES])
def test_shipped_model_types_ordinary_phrasing(shipped, text, label):
    model, lexicon = shipped
    assert model.predict(text, cue_kinds(lexicon, text)).label == label


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_shipped_model_sees_no_event_in_threats_tallies_denials(shipped, text):
    model, lexicon = shipped
    assert model.predict(text, cue_kinds(lexicon, text)).label == NONE


def test_shipped_model_is_deterministic_and_knows_all_types(shipped):
    model, lexicon = shipped
    assert len(model.labels) == 26 and NONE in model.labels
    text = SENTENCES[0][0]
    assert model.predict(text, cue_kinds(lexicon, text)) == model.predict(text, cue_kinds(lexicon, text))
    assert model.deciding_word(text, "Air/drone strike") is not None


def test_example_learned_from_falls_back_to_text():
    assert Example("a", "none", "g#0").learned_from == "a"


def test_project_phrasings_expand_and_no_negative_repeats_an_event_phrasing():
    """Every template of the project's training files fills from slots.yaml; a sentence written as a negative
    ("none": a recap, a tally, an order, a statement) is never also an event type's phrasing."""
    from marsad.events.train_data import templates

    found = templates()
    negatives = {t for label, _, t in found if label == NONE}
    events = {t for label, _, t in found if label != NONE}
    assert len(negatives) >= 200 and not negatives & events
    examples = expand(1, 13)
    assert len(examples) == len(found)
    assert {e.group.rsplit("#", 1)[0] for e in examples if e.label == NONE} >= {
        "earlier_acts_recalled", "running_tallies", "orders_and_plans", "facets_of_an_act", "courts_and_sentences"}
