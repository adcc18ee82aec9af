"""An undated report is named by the government of the time its own words tell (rule `report-era`): the latest
date it gives, names that only existed from some day, names that only held for a while. Texts written for these
tests; the shipped actor base and era names, no model."""

from __future__ import annotations

import re
from datetime import date

import pytest

from marsad.actors.base import ActorBase
from marsad.actors.era import load_era_words, name_clues, report_era
from marsad.actors.recognize import ActorRecognizer
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.records import build_record
from marsad.types import Report


@pytest.fixture(scope="module")
def recognizer() -> ActorRecognizer:
    return ActorRecognizer(ActorBase.load())


def _named(recognizer: ActorRecognizer, text: str, words: str, day: date | None = None) -> str:
    found = [m for m in recognizer.find(text, year=day) if m.text == words]
    assert found, f"{words!r} not found"
    return found[0].name


def test_a_year_the_report_gives_names_its_state_forces(recognizer) -> None:
    text = "US aircraft struck a convoy near al-Shaddadi, the coalition said, the third such strike in 2018."
    assert _named(recognizer, text, "US aircraft") == "Military Forces of the United States (2017-2021)"
    untold = "US aircraft struck a convoy near al-Shaddadi, the coalition said."
    assert _named(recognizer, untold, "US aircraft") == "Military Forces of the United States (2025-)"
    assert report_era(untold) is None


def test_a_head_of_government_in_office_tells_the_years(recognizer) -> None:
    text = "Prime Minister Mustafa al-Kadhimi ordered an inquiry after Iraqi army units fired on a crowd in Nasiriyah."
    assert _named(recognizer, text, "Iraqi army") == "Military Forces of Iraq (2020-2022)"
    era = report_era(text)
    assert era is not None and era.first == date(2020, 5, 7) and era.day == date(2022, 10, 26)
    assert [e.text for e in era.evidence] == ["Prime Minister Mustafa al-Kadhimi"]


def test_a_name_of_the_old_government_names_the_report_and_its_police_by_it(recognizer) -> None:
    text = ("Syrian security forces detained a smuggler in Tartus, and the Air Force Intelligence branch "
            "questioned him.")
    assert _named(recognizer, text, "Syrian security forces") == "Police Forces of Syria (2000-2024)"
    assert _named(recognizer, text, "Syrian security forces", date(2025, 3, 1)) == "Police Forces of Syria (2024-)"


def test_a_past_marker_keeps_only_the_first_day(recognizer) -> None:
    text = "After the fall of the Assad regime, Syrian security forces arrested an officer of the former regime forces."
    era = report_era(text)
    assert era is not None and era.first == date(2024, 12, 8) and era.last is None and era.day is None
    assert _named(recognizer, text, "Syrian security forces") == "Police Forces of Syria (2024-)"
    clues = {c.evidence.text: c.windows for c in name_clues("the former Syrian regime")}
    assert clues["Syrian regime"][0][1] == date.max  # the regime named as past bounds nothing after


def test_a_name_that_ended_yields_to_a_later_year_the_report_gives(recognizer) -> None:
    text = "A commander who once led Jabhat al-Nusra was killed when US aircraft struck his car in 2019."
    era = report_era(text)
    assert era is not None and era.day == date(2019, 12, 31)
    assert _named(recognizer, text, "US aircraft") == "Military Forces of the United States (2017-2021)"


def test_a_name_that_only_began_later_leaves_todays_government(recognizer) -> None:
    text = "Hayat Tahrir al-Sham fighters shelled a village; US aircraft were seen over the area."
    era = report_era(text)
    assert era is not None and era.first == date(2017, 1, 28) and era.day is None
    assert _named(recognizer, text, "US aircraft") == "Military Forces of the United States (2025-)"


def test_a_dated_report_is_named_by_its_date(recognizer) -> None:
    text = "Prime Minister Mustafa al-Kadhimi visited the base where Iraqi army units are stationed."
    found, era = recognizer.find_with_era(text, year=date(2024, 5, 1))
    assert era is None
    assert next(m.name for m in found if m.text == "Iraqi army") == "Military Forces of Iraq (2022-)"


def test_the_event_cites_the_rule_and_the_words_that_told_the_era(recognizer) -> None:
    text = "US aircraft bombed an ammunition depot near al-Bukamal, President Barack Obama said."
    actors, era = recognizer.find_with_era(text)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text)]
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=spans, places=[], actors=actors,
                        dates=[], attributions=[], era=era)
    drafts = extract_drafts(analysis, load_lexicon())
    assert drafts
    record = build_record(analysis, drafts[0])
    assert record.actor1 == "Military Forces of the United States (2009-2017)"
    assert "report-era" in record.coded_by
    assert record.field_evidence["era"].text == "President Barack Obama"
    dated = Analysis(report=Report(doc_id="x", text=text, published=date(2025, 6, 1)), sentences=spans,
                     places=[], actors=recognizer.find(text, year=date(2025, 6, 1)), dates=[], attributions=[])
    record = build_record(dated, extract_drafts(dated, load_lexicon())[0])
    assert "report-era" not in record.coded_by and "era" not in record.field_evidence


def test_every_era_name_has_its_days_a_source_and_a_comment() -> None:
    import yaml

    from marsad.actors.era import _path

    entries = yaml.safe_load(_path().read_text(encoding="utf-8"))["names"]
    names = load_era_words().names
    assert len(names) == len(entries) > 10
    for entry, era in zip(entries, names, strict=True):
        assert entry.get("source") and entry.get("comment") and entry["words"], entry["name"]
        assert all(first <= last for first, last in era.windows), entry["name"]


def test_a_fall_told_after_the_name_and_a_year_since_which_something_goes_on() -> None:
    fell = report_era("Since the Assad regime's fall, returnees have crossed at the Jdeidet Yabous border post.")
    assert fell is not None and fell.first == date(2024, 12, 8) and fell.last is None
    ongoing = report_era("The road has been closed since 2019, and US forces patrol it.")
    assert ongoing is not None and ongoing.first == date(2019, 1, 1) and ongoing.day is None
    told = report_era("The road was closed in 2019, and US forces patrol it.")
    assert told is not None and told.day == date(2019, 12, 31)
    clues = [c.evidence.text for c in name_clues("The former rebels attacked regime forces near the dam.")]
    assert clues == ["regime forces"] and report_era("The former rebels attacked regime forces.").last == date(
        2024, 12, 7)


def test_a_name_held_twice_takes_the_term_that_holds_the_year_told(recognizer) -> None:
    text = "US aircraft struck the depot, President Donald Trump said, the fourth strike of its kind in 2019."
    assert _named(recognizer, text, "US aircraft") == "Military Forces of the United States (2017-2021)"
    untold = "US aircraft struck the depot, President Donald Trump said."
    assert _named(recognizer, untold, "US aircraft") == "Military Forces of the United States (2025-)"
    dateline = report_era("DAMASCUS, 2016-01-12 — Regime warplanes struck the town.")
    assert dateline is not None and dateline.day == date(2016, 1, 12)


def test_a_regime_of_another_kind_tells_no_era(recognizer) -> None:
    text = ("Ankara, which runs a brutal terror regime in the occupied areas, sent troops; "
            "Syrian security forces watched.")
    found, era = recognizer.find_with_era(text)
    assert era is not None and [e.text for e in era.evidence] == ["Syrian security forces"] and era.day is None
    assert next(m.name for m in found if m.text == "Syrian security forces") == "Police Forces of Syria (2024-)"
