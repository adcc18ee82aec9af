"""Trigger terms match their word forms (lemma matching without the model)."""

import pytest

from marsad.events.inflection import word_forms
from marsad.events.lexicon import Cue, Kind, Lexicon, load_lexicon

_CODING = load_lexicon().kinds["ied"].codings


def _lexicon(*terms: str) -> Lexicon:
    kind = Kind("ied", 1, frozenset(), _CODING)
    return Lexicon([Cue("bomb", "ied", terms)], {"ied": kind}, irregular={"shoot": ("shot",)})


@pytest.mark.parametrize("text", ["a bomb went off", "two bombs went off", "the town was bombed",
                                  "bombing the road", "Bombs fell"])
def test_a_lemma_matches_its_forms(text):
    assert [m.text.lower() for m in _lexicon("bomb").find(text)] == [w for w in text.lower().split()
                                                                      if w.startswith("bomb")]


def test_a_phrase_matches_its_words_in_their_forms():
    found = _lexicon("car bomb", "open fire").find("Car bombs exploded and guards opened fire.")
    assert [m.text for m in found] == ["Car bombs", "opened fire"]


def test_irregular_forms_come_from_the_data():
    assert [m.text for m in _lexicon("shoot").find("Gunmen shot a man.")] == ["shot"]


def test_no_form_is_made_inside_another_word():
    assert _lexicon("bomb").find("The bombardier and the Bombay train") == []


@pytest.mark.parametrize(("word", "forms"), [
    ("carry", {"carry", "carries", "carried", "carrying"}),
    ("stop", {"stop", "stops", "stopped", "stopping"}),
    ("patrol", {"patrol", "patrols", "patrolled", "patrolling"}),
    ("raid", {"raid", "raids", "raided", "raiding"}),
    ("seize", {"seize", "seizes", "seized", "seizing"}),
    ("clashes", {"clashes"}),
    ("the", {"the"}),
])
def test_word_forms(word, forms):
    assert set(word_forms(word)) >= forms and (len(forms) > 1 or set(word_forms(word)) == forms)


def test_the_package_lexicon_matches_inflections_of_its_terms():
    found = {m.text.lower() for m in load_lexicon().find("Rebels ambushed the convoy; car bombs and mortars hit.")}
    assert {"ambushed", "car bombs", "mortars"} <= found


def test_noun_cues_match_plurals_not_verb_forms():
    kind = Kind("ied", 1, frozenset(), _CODING)
    lexicon = Lexicon([Cue("deal", "ied", ("deal", "mine"), nouns=True)], {"ied": kind})
    assert [m.text for m in lexicon.find("Two deals and three mines; dealing with mining firms.")] == ["deals", "mines"]
