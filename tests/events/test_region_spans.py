"""A lead that tells an act at a region spanning several governorates, then the body at a place of the region
(rules region-then-detail, region-spans-governorates), with no model and no gazetteer file: invented sentences
in the style of Rudaw and Kurdistan24."""

from __future__ import annotations

import re
from datetime import date

from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Candidate, Place, PlaceMention, Report, Resolution
from tests.events.handmade import place

REGION = Place("r1", "Kurdistan Region", 36.2, 44.4, "IQ", None, "Erbil", feature_class="L", feature_code="REGION")
ABROAD = Place("r2", "Rojava Region", 36.9, 41.0, "SY", None, "Al-Hasakah", feature_class="L", feature_code="REGION")
ALPHA = Place("a1", "Alpha", 37.05, 43.34, "IQ", None, "Duhok", feature_class="P", feature_code="PPL")
BETA = Place("b1", "Beta", 35.92, 43.75, "IQ", None, "Erbil", feature_class="P", feature_code="PPL")
GOVERNORATE = place("Sulaymaniyah", 35.56, 45.43, feature_code="ADM1")


def _mentions(text: str) -> list[PlaceMention]:
    found = []
    for entry in (REGION, ABROAD, ALPHA, BETA, GOVERNORATE):
        precision = 1 if entry.feature_class == "P" else 2 if entry.feature_code == "REGION" else 3
        found += [PlaceMention(m.start(), m.end(), entry.name, Resolution(Candidate(entry, entry.name, "exact"), 1.0),
                               geo_precision=precision) for m in re.finditer(rf"\b{entry.name}\b", text)]
    return sorted(found, key=lambda m: m.start)


def _places(text: str) -> list[str]:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    analysis = Analysis(report=Report(doc_id="t", text=text), sentences=sentences, places=_mentions(text),
                        actors=[], dates=[], attributions=[])
    return [d.place.text for d in extract_drafts(analysis, load_lexicon()) if d.place is not None]


def test_the_lead_at_a_spanning_region_joins_the_detail_in_another_governorate():
    # the region's point lies in Erbil, the detail in Duhok: the region holds both
    text = "Drones struck an oil field in the Kurdistan Region overnight. A drone hit a gas plant near Alpha."
    assert _places(text) == ["Alpha"]


def test_a_governorate_still_holds_only_its_own_places():
    text = "Drones struck an oil field in Sulaymaniyah overnight. A drone hit a gas plant near Alpha."
    assert sorted(_places(text)) == ["Alpha", "Sulaymaniyah"]


def test_a_spanning_region_of_another_country_holds_no_place_of_this_one():
    text = "Drones struck an oil field in the Rojava Region overnight. A drone hit a gas plant near Alpha."
    assert sorted(_places(text)) == ["Alpha", "Rojava Region"]


GAMMA = Place("g1", "Gamma", 35.70, 45.30, "IQ", None, "Sulaymaniyah", feature_class="P", feature_code="PPL")


def _drafts(text: str, published: date | None = None) -> list:
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group(0).strip()]
    found = [PlaceMention(m.start(), m.end(), GAMMA.name, Resolution(Candidate(GAMMA, GAMMA.name, "exact"), 1.0),
                          geo_precision=1) for m in re.finditer(r"\bGamma\b", text)]
    found += [m for m in _mentions(text) if m.text == "Kurdistan Region"]
    analysis = Analysis(report=Report(doc_id="t", text=text, published=published), sentences=sentences,
                        places=sorted(found, key=lambda m: m.start), actors=[], dates=find_dates(text, published),
                        attributions=[])
    return extract_drafts(analysis, load_lexicon())


def test_the_town_a_road_leads_to_is_no_detail_of_the_region():
    text = ("Two men were killed in a clash between two clans in the Kurdistan Region. The clash closed the main road "
            "to Gamma.")
    first = _drafts(text)[0]
    assert first.place is not None and first.place.text == "Kurdistan Region"


def test_the_act_named_after_of_on_a_later_day_is_the_act_told_before():
    text = ("Two clans clashed in Gamma on Tuesday. On Wednesday, police raided the areas of the clashes in Gamma "
            "and arrested five men.")
    kinds = [d.coding.sub_event_type for d in _drafts(text, date(2026, 4, 16))]
    assert kinds.count("Armed clash") == 1
