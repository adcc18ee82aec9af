"""The fast attribute-ruler matcher finds exactly what spaCy's Matcher finds, and gives up on what it cannot."""

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from marsad.doc import doc_text
from marsad.nlp.attributes import FastRuleMatcher, speed_up_attribute_ruler
from marsad.settings import get_settings
from marsad.types import Report

SENTENCES = [
    "Regime forces shelled Kansafra and Al-Bara villages in the southern countryside of Idlib yesterday, "
    "killing two civilians and injuring four others.",
    "It is worth noting that the area has witnessed repeated escalation since the beginning of the month.",
    "SOHR had reported that reinforcements arrived, while the militias were not able to advance; "
    "there are no casualties so far.",
    "I ain't gonna leave, y'all, he said. Let's go! There's nothin' left, and it's not ours: we've lost it.",
    "The gunmen, whose identity is unknown, did not claim the attack that got them nothing but arrests.",
    "  Two   spaces\n\nand a line break \t inside.  ",
    "",
]


@pytest.fixture(scope="module")
def model():
    return spacy.load(get_settings().spacy_model, exclude=["ner"])


def test_model_rules_match_as_spacy_matches(model):
    ruler = model.get_pipe("attribute_ruler")
    fast = FastRuleMatcher(ruler)
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(model.pipe(SENTENCES))
    matched = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert fast(doc) == expected, doc.text
        matched += len(expected)
    assert matched > sum(len(d) for d in docs)  # every token meets its tag rule, some meet exceptions too


def test_sped_up_ruler_sets_the_same_attributes(model):
    plain = spacy.load(get_settings().spacy_model, exclude=["ner"])
    assert speed_up_attribute_ruler(model.get_pipe("attribute_ruler"))
    for text in SENTENCES:
        fast_doc, plain_doc = model(text), plain(text)
        assert [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in fast_doc] == \
            [(t.pos_, t.tag_, t.lemma_, str(t.morph), t.dep_) for t in plain_doc]


def _ruler(patterns):
    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_hand_written_rules_with_every_predicate():
    nlp, ruler = _ruler([
        {"patterns": [[{"LOWER": "regime"}, {"LOWER": {"IN": ["forces", "troops"]}}]], "attrs": {"LEMMA": "x"},
         "index": 1},
        {"patterns": [[{"LOWER": {"REGEX": "^al-"}}]], "attrs": {"LEMMA": "al"}},
        {"patterns": [[{"ORTH": {"NOT_IN": ["Idlib", "."]}, "IS_PUNCT": False}]], "attrs": {"LEMMA": "w"}},
        {"patterns": [[{"IS_SPACE": True}]], "attrs": {"LEMMA": "s"}},
        {"patterns": [[{"LOWER": "in"}, {}]], "attrs": {"LEMMA": "after-in"}, "index": -1},
    ])
    fast = FastRuleMatcher(ruler)
    for text in ["Regime forces and regime troops entered Al-Bara in Idlib .", "in", "  in  Al-Bara", ""]:
        doc = nlp.make_doc(text)
        assert fast(doc) == ruler.match(doc), text


def test_rules_with_operators_stay_on_spacys_matcher():
    nlp, ruler = _ruler([{"patterns": [[{"LOWER": "very", "OP": "+"}, {"LOWER": "big"}]], "attrs": {"LEMMA": "v"}}])
    original = ruler.match
    assert not speed_up_attribute_ruler(ruler)
    assert ruler.match == original
    assert [t.lemma_ for t in ruler(nlp.make_doc("a very very big town"))] == ["", "v", "v", "", ""]


def test_doc_text_is_the_report_text_or_the_docs_own(pipeline):
    report = Report(doc_id="r1", text="Clashes erupted in  Sarmada.\n")
    doc = pipeline.make_doc(report)
    assert doc_text(doc) is report.text
    other = pipeline.nlp.make_doc("Shelling on Darkush.")
    assert doc_text(other) == "Shelling on Darkush."


def test_remembered_rules_and_regex_answers_match_as_spacy_matches(model):
    """The matcher remembers the rules a token's values select and each regex test's answer per word: asked again
    (the same words in other sentences, another matcher of the same rules), it still finds what spaCy finds."""
    ruler = model.get_pipe("attribute_ruler")
    with model.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(model.pipe(SENTENCES * 2))
    fast, other = FastRuleMatcher(ruler), FastRuleMatcher(ruler)
    for doc in docs:
        assert fast(doc) == other(doc) == ruler.match(doc), doc.text
    assert fast._by_row and fast._by_row is not other._by_row  # each matcher its own memory
