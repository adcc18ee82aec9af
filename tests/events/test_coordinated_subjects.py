"""Who acts in a clause joined by "and": a coordinated verb with a subject of its own does not share the
subject of the verb it is joined to ("the army withdrew from the town, and the rebels took it": the rebels
took it), while one with no subject, a pronoun or a passive does ("the militia stormed the village and
burned the houses"; "... and three men were killed"). Sentences written for the test; the parse is the
project's spaCy model (events/syntax_roles.py)."""

from __future__ import annotations

import pytest
import spacy

from marsad.events.syntax_roles import syntactic_roles
from marsad.settings import get_settings
from marsad.types import ActorMention


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(get_settings().spacy_model, exclude=["ner"])


def _roles(nlp, text: str, trigger: str, actors: list[str]) -> dict[str, str]:
    mentions = [ActorMention(start=text.index(a), end=text.index(a) + len(a), text=a, name=a, kind="group")
                for a in actors]
    found = syntactic_roles((nlp(text), 0), text.index(trigger), mentions)
    return {actors[i]: role for i, role in found.items()}


@pytest.mark.parametrize(("text", "trigger", "actors", "expected"), [
    ("Government troops pulled out of the hill on Monday, and the insurgents seized it.", "seized",
     ["Government troops", "the insurgents"], {"the insurgents": "agent"}),
    ("The rebels withdrew from the crossing overnight and tribal fighters took control of it.", "took",
     ["The rebels", "tribal fighters"], {"tribal fighters": "agent"}),
    ("Tribal fighters took the crossing overnight, and the rebels withdrew to the south.", "took",
     ["Tribal fighters", "the rebels"], {"Tribal fighters": "agent"}),
])
def test_a_clause_with_its_own_subject_keeps_its_own_agent(nlp, text, trigger, actors, expected):
    assert _roles(nlp, text, trigger, actors) == expected


@pytest.mark.parametrize(("text", "trigger", "actors", "agent"), [
    ("The militia stormed the village and burned the houses.", "burned", ["The militia"], "The militia"),
    ("The gunmen entered the shop and they shot the owner.", "shot", ["The gunmen"], "The gunmen"),
])
def test_a_clause_without_a_subject_of_its_own_shares_it(nlp, text, trigger, actors, agent):
    assert _roles(nlp, text, trigger, actors).get(agent) == "agent"
