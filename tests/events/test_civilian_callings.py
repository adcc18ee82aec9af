"""Who is hit when gunmen kill a person named by a group: a civilian calling in it ("the mukhtar of", "a teacher
in"), or an official of a party or a civil body ("a KDP official", "an official of the X Party"), is a civilian
and the killing one-sided violence; a commander, officer or fighter of an armed group, or any man of the state's
forces, is one of an armed side (an armed clash, as the guide codes attacks on fighters). Sentences written for
the test; the group mentions stand in for the actor base."""

from __future__ import annotations

import pytest

from marsad.events.civilian_victims import civilian_in_group, civilian_victim
from marsad.events.drafts import choose_coding
from marsad.events.lexicon import load_lexicon
from marsad.events.roles import assign_roles
from marsad.types import ActorMention


def _group(text: str, words: str, name: str, inter: int) -> ActorMention:
    start = text.index(words)
    return ActorMention(start=start, end=start + len(words), text=words, name=name, inter=inter)


@pytest.mark.parametrize(("text", "words", "name", "inter"), [
    ("Gunmen killed a senior official of the Kurdistan Democratic Party near Duhok.", "Kurdistan Democratic Party",
     "KDP: Kurdistan Democratic Party", 3),
    ("Gunmen shot dead a PUK official outside his home.", "PUK", "PUK: Patriotic Union of Kurdistan", 3),
    ("Masked men killed the mukhtar of the Hamza Division's village council.", "Hamza Division",
     "Hamza Division", 3),
    ("Gunmen killed a teacher in the Islamic State's former schools.", "Islamic State", "Islamic State", 2),
])
def test_a_civilian_named_by_a_group_is_a_civilian(text, words, name, inter):
    assert civilian_in_group(text, _group(text, words, name, inter), 0)


@pytest.mark.parametrize(("text", "words", "name", "inter"), [
    ("Gunmen killed a senior commander of the Hamza Division near Afrin.", "Hamza Division", "Hamza Division", 3),
    ("Gunmen assassinated an official of the Islamic State in the desert.", "Islamic State", "Islamic State", 2),
    ("Gunmen shot dead a police official of the Iraqi police in the market.", "Iraqi police",
     "Police Forces of Iraq (2022-)", 1),
    ("Gunmen killed two fighters of the Kurdistan Democratic Party near Duhok.", "Kurdistan Democratic Party",
     "KDP: Kurdistan Democratic Party", 3),
])
def test_a_fighter_or_an_armed_groups_official_stays_armed(text, words, name, inter):
    assert not civilian_in_group(text, _group(text, words, name, inter), 0)


def test_a_party_official_killed_by_gunmen_is_an_attack_on_civilians():
    text = "Gunmen killed a local official of the Kurdistan Democratic Party in the town."
    party = _group(text, "Kurdistan Democratic Party", "KDP: Kurdistan Democratic Party", 3)
    gunmen = _group(text, "Gunmen", "Unidentified Armed Group (Iraq)", 3)
    trigger = (text.index("killed"), text.index("killed") + 6)
    fired: list[str] = []
    roles = civilian_victim(text, assign_roles(text, (0, len(text)), trigger, [gunmen, party]), 0, True, fired)
    assert roles.actor2 is None and roles.assoc2 == (party,) and roles.victim_phrase
    assert fired == ["civilian-role-victim"]
    attack = load_lexicon().kinds["attack"]
    assert choose_coding(attack, roles).sub_event_type == "Attack"


def test_an_act_that_harms_no_one_keeps_its_group():
    # "met the notables of the tribe": a meeting, no victim; the tribe stays the other side
    text = "The brigade's commander met the notables of the Al-Shaitat tribe in the town."
    tribe = _group(text, "Al-Shaitat tribe", "Al Shaitat Tribal Militia (Syria)", 4)
    roles = assign_roles(text, (0, len(text)), (text.index("met"), text.index("met") + 3), [tribe])
    assert civilian_victim(text, roles, 0, False, []) is roles
