"""Who acts, read with the dependency parse of the shipped spaCy model: sentences written for the tests."""

import pytest

from marsad.events.roles import assign_roles
from marsad.types import ActorMention


@pytest.fixture(scope="module")
def nlp():
    from marsad.nlp.pipeline import load_model
    from marsad.settings import get_settings

    return load_model(get_settings().spacy_model)


def _roles(nlp, text: str, trigger: str, *actors: tuple[str, str]):
    mentions = []
    for phrase, name in actors:
        start = text.index(phrase)
        mentions.append(ActorMention(start, start + len(phrase), phrase, name, 2))
    start = text.index(trigger)
    doc = nlp(text)
    roles = assign_roles(text, (0, len(text)), (start, start + len(trigger)), mentions, lambda s: (doc, 0))
    return (roles.actor1.name if roles.actor1 else None, roles.actor2.name if roles.actor2 else None)


def test_a_weapon_after_the_object_hangs_from_the_verb_of_its_user(nlp):
    text = "Hawks fighters targeted Guards positions in the village with heavy machine guns."
    assert _roles(nlp, text, "machine guns", ("Hawks", "Hawks"), ("Guards", "Guards")) == ("Hawks", "Guards")


def test_fighters_killed_in_clashes_with_another_side(nlp):
    text = "Two members of the Guards were killed in clashes with the Rebels near the dam."
    assert _roles(nlp, text, "clashes", ("Guards", "Guards"), ("Rebels", "Rebels"))[1] is not None


def test_the_object_of_the_main_verb_is_not_the_subject_of_its_participle(nlp):
    text = "Gunmen affiliated with the old rulers attacked a Guards checkpoint near the dam, killing three members."
    assert _roles(nlp, text, "killing", ("Gunmen", "Gunmen"), ("Guards", "Guards")) == ("Gunmen", "Guards")


def test_with_no_subject_in_the_parse_the_object_is_still_not_the_one_acting(nlp):
    text = "Gunmen affiliated with the former regime attacked a Guards checkpoint in Alpha, killing three members."
    assert _roles(nlp, text, "killing", ("regime", "Old Regime"), ("Guards", "Guards")) == ("Old Regime", "Guards")
