"""A development no side is told doing is no event (rules development-of-no-one, doer-referred-back): a move of
forces, an agreement or a meeting that names no side of its own is dropped, while one whose doer a pronoun refers
back to, one that names its side, and the passive outcome of an operation (weapons seized) stay. Sentences written
for these tests; places and actors from hand-made lists (no model, no gazetteer file)."""

from __future__ import annotations

import re

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.unowned import drop_unowned_developments
from marsad.types import ActorMention, Candidate, Place, PlaceMention, Report, Resolution

GAZETTEER = {"Tell Abar": ("1", 35.50, 36.60, "Hama"), "Kafr Sajna": ("2", 35.60, 36.70, "Hama")}
ACTORS = {"Regime forces": ("Military Forces of Syria", 1, "group"), "ISIS": ("Islamic State", 2, "group")}
HEADER = "Field report\n\n"


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for name, (geonameid, lat, lon, admin1) in GAZETTEER.items():
        place = Place(geonameid, name, lat, lon, "SY", None, admin1, feature_class="P", feature_code="PPL")
        found += [PlaceMention(m.start(), m.end(), name, Resolution(Candidate(place, name, "exact"), 1.0),
                               geo_precision=1) for m in re.finditer(rf"\b{name}\b", text)]
    return sorted(found, key=lambda m: m.start)


def _actors(text: str) -> list[ActorMention]:
    return sorted((ActorMention(m.start(), m.end(), written, name, inter, actor_id=name.lower(), kind=kind)
                   for written, (name, inter, kind) in ACTORS.items() for m in re.finditer(rf"\b{written}\b", text)),
                  key=lambda a: a.start)


def coded(body: str) -> tuple[Analysis, list]:
    text = HEADER + body
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=_actors(text), dates=[], attributions=[], headline_end=len(HEADER.rstrip()))
    return analysis, drop_unowned_developments(analysis, extract_drafts(analysis, load_lexicon()))


def types(body: str) -> list[str]:
    return sorted(d.coding.sub_event_type for d in coded(body)[1])


def test_reinforcements_sent_by_no_one_named_after_an_attack_are_no_event() -> None:
    body = "ISIS attacked Tell Abar on Monday.\nExtra troops were later sent to Tell Abar."
    assert types(body) == ["Attack"]
    analysis, _ = coded(body)
    assert [name for name, draft in analysis.dropped_drafts if draft.kind == "movement"] == ["development-of-no-one"]


def test_a_move_of_forces_with_its_side_named_stays() -> None:
    body = "ISIS attacked Tell Abar on Monday.\nRegime forces later sent reinforcements to Tell Abar."
    assert "Change to group/activity" in types(body)


def test_a_move_whose_doer_a_pronoun_names_stays() -> None:
    body = "Regime forces arrested two men in Tell Abar on Monday.\nThey also deployed extra patrols in Kafr Sajna."
    assert "Change to group/activity" in types(body)


def test_weapons_seized_with_no_doer_named_stay() -> None:
    body = "Regime forces raided Tell Abar on Monday.\nRifles and ammunition were seized in Tell Abar."
    assert "Disrupted weapons use" in types(body)


def test_an_agreement_of_no_side_named_is_no_event() -> None:
    body = ("ISIS attacked Tell Abar on Monday.\n"
            "The rival factions agreed on Tuesday to hand the checkpoint in Kafr Sajna to a neutral force.")
    assert types(body) == ["Attack"]
