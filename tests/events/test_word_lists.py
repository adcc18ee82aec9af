"""The named word lists of marsad/data/events/word_lists.yaml load, match their own examples, and are read by both
mechanisms that tell who tells a report (events/attribution.py and rule teller-not-side). No model needed."""

from __future__ import annotations

import pytest

from marsad.errors import MarsadError
from marsad.events.attribution import find_attributions
from marsad.events.rules import parse_rules, rule
from marsad.events.word_lists import load_word_lists, parse_word_lists, word_list

LISTS = load_word_lists()


def test_the_lists_load_each_with_a_description_and_examples():
    assert {"telling-verbs", "source-nouns", "source-kinds", "credited-bodies", "unarmed-tellers"} <= set(LISTS)
    for found in LISTS.values():
        assert found.description and found.words and found.examples


@pytest.mark.parametrize("name", sorted(LISTS))
def test_each_list_matches_its_own_examples(name):
    pattern = LISTS[name].pattern()
    for example in LISTS[name].examples:
        assert pattern.fullmatch(example), (name, example)


def test_a_list_does_not_match_words_outside_it():
    assert not word_list("telling-verbs").pattern().fullmatch("shelled")
    assert not word_list("credited-bodies").pattern().fullmatch("gunmen")
    assert not word_list("source-nouns").pattern().fullmatch("fighters")


def test_one_list_of_telling_verbs_serves_both_mechanisms():
    verbs = word_list("telling-verbs").words
    assert rule("teller-not-side").match(" said.")
    for verb in verbs:
        # the rule: the ones named before the verb tell the act
        assert rule("teller-not-side").match(f" {verb} on Monday."), verb
        # the attribution: the body named before the verb is the source
        assert [e.text for e in find_attributions(f"Gunmen fired on a car near the bridge, the police {verb}.")] \
            == ["the police"], verb


def test_a_rule_takes_a_named_list():
    rules = parse_rules({"rules": [{"name": "t", "stage": "roles", "description": "d",
                                    "match": {"words_from": "telling-verbs", "prefix": r"\b", "suffix": r"\b"}}]})
    assert rules["t"].search("a witness told us")
    with pytest.raises(MarsadError):
        parse_rules({"rules": [{"name": "t", "stage": "roles", "description": "d",
                                "match": {"words_from": "no-such-list"}}]})


def test_a_bad_list_is_said_plainly():
    with pytest.raises(MarsadError):
        parse_word_lists({"lists": {"x": {"description": "d", "words": [True]}}})
    with pytest.raises(MarsadError):
        parse_word_lists({"lists": {"x": {"description": "d", "words": ["(unclosed"]}}})
    with pytest.raises(MarsadError):
        parse_word_lists({"lists": {"x": {"words": ["a"]}}})


# round 22, shape22b: the lists riot_told_again.py and told_not_done.py spelled inline
MOVED = ("crowd-actor-names", "perfect-fillers", "clause-openers", "founding-words", "founding-told-markers")


def test_the_moved_lists_load_with_a_description_and_examples():
    assert set(MOVED) <= set(LISTS)
    for name in MOVED:
        assert LISTS[name].description and LISTS[name].examples, name
    assert LISTS["crowd-actor-names"].case_sensitive
    assert not word_list("crowd-actor-names").pattern().fullmatch("protesters")  # actor names keep their case
    assert not word_list("founding-words").pattern().fullmatch("killed")
    assert not word_list("clause-openers").pattern().fullmatch("since")


def test_the_modules_read_the_moved_lists():
    from marsad.events import riot_told_again, told_not_done

    assert riot_told_again._CROWD_WORD.match("Rioters (Syria)")
    assert not riot_told_again._CROWD_WORD.match("Police Forces of Iraq (2020-)")
    assert told_not_done._PERFECT_BEFORE.search("the army has also been ")
    assert told_not_done._RELATIVE_OR_BREAK.search("killed a man in the town, whose market ")
    assert told_not_done._FOUNDING.match("set up by the ministry")
    assert told_not_done._AUXILIARY_BEFORE.search("a council was ")
    assert told_not_done._AUXILIARY_BEFORE.search("the newly ")
    assert not told_not_done._AUXILIARY_BEFORE.search("the brigade ")
