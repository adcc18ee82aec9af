import os
from pathlib import Path

import pytest


def mentions(recognizer, text, **kwargs):
    return [m for m in recognizer.find(text, **kwargs) if m.kind != "person"]


def names(recognizer, text, **kwargs):
    return [m.name for m in mentions(recognizer, text, **kwargs)]


@pytest.mark.parametrize("spelling", ["Fatemiyoun", "Fatimyon", "Fatimiyoun", "Liwaa Fatemiyoun"])
def test_alias_spelling_variants(recognizer, spelling):
    text = f"Members of {spelling} arrived in Al-Mayadeen city."
    found = mentions(recognizer, text, year=2020, country="Syria")
    assert [m.actor_id for m in found] == ["fatemiyoun"]
    assert text[found[0].start : found[0].end] == found[0].text


def test_longest_alias_wins(recognizer):
    found = mentions(recognizer, "Clashes erupted with the Manbij Military Council near the dam.")
    assert [m.actor_id for m in found] == ["mmc"]
    assert found[0].part_of == "QSD: Syrian Democratic Forces"


def test_short_abbreviations_need_capitals(recognizer):
    assert names(recognizer, "IS cells attacked an SDF post.", country="Syria") == [
        "Islamic State (Syria)",
        "QSD: Syrian Democratic Forces",
    ]
    assert names(recognizer, "The village is quiet and sdf is a typo.") == []


def test_period_decides_between_regimes(recognizer):
    assert names(recognizer, "The Syrian army shelled the town.", year=2016) == [
        "Military Forces of Syria (2000-2024)"
    ]
    assert names(recognizer, "The Syrian army shelled the town.", year=2025) == [
        "Military Forces of Syria (2024-)"
    ]


def test_discovered_group_with_patron_descriptor(recognizer):
    text = "Fighters of the Iranian-backed militia “Al-Mahdi Regiment” set up a checkpoint."
    [group] = mentions(recognizer, text, year=2023, country="Syria")
    assert group.discovered and group.actor_id is None
    assert group.name == "Al-Mahdi Regiment"
    assert group.backed_by == ("Military Forces of Iran (1989-)",)
    assert group.inter == 3


def test_discovered_name_built_from_noun_and_quote(recognizer):
    text = (
        "The commander of the IRGC-backed brigade of “al-Nour” met elders. "
        "Later the pro-Iran “Al-Nour” Brigade withdrew."
    )
    groups = mentions(recognizer, text, year=2023)
    assert {g.name for g in groups} == {"Al-Nour Brigade"}
    assert groups[0].backed_by == (
        "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps",
        "Military Forces of Iran (1989-)",
    )


def test_part_of_from_operating_under(recognizer):
    text = "Sultan Murad Brigade forces who operate under HTS clashed with the SDF."
    found = mentions(recognizer, text, country="Syria")
    assert found[0].name == "Sultan Murad Brigade" and found[0].discovered
    assert found[0].part_of == "HTS: Hayat Tahrir al Sham"
    assert found[0].inter == 2


def test_turkish_backed_faction_is_rebel(recognizer):
    [group] = mentions(recognizer, "The Turkish-backed faction “Al-Waqqas Division” stormed the house.")
    assert group.name == "Al-Waqqas Division" and group.inter == 2
    assert group.backed_by == ("Military Forces of Turkey (2016-)",)


def test_person_with_initials_linked_to_group(recognizer):
    text = (
        "The commander of the IRGC-backed brigade of “Al-Nour”, known by his initials as (K.M.), "
        "visited the town. “Al-Nour” brigade’s commander then left."
    )
    people = [m for m in recognizer.find(text, year=2023) if m.kind == "person"]
    assert [p.name for p in people] == ["K.M.", "K.M."]
    assert {p.part_of for p in people} == {"Al-Nour Brigade"}
    assert people[0].role == "commander"


def test_named_person_after_group(recognizer):
    text = "HTS commander Abu Hamza al-Shami was killed near Idlib."
    [person] = [m for m in recognizer.find(text) if m.kind == "person"]
    assert person.name == "Abu Hamza al-Shami" and person.part_of == "HTS: Hayat Tahrir al Sham"


def test_generic_actors_by_country(recognizer):
    found = mentions(recognizer, "Unknown gunmen shot a young man in the town.", country="Syria")
    assert [(m.name, m.kind) for m in found] == [
        ("Unidentified Armed Group (Syria)", "generic"),
        ("Civilians (Syria)", "generic"),
    ]
    assert names(recognizer, "Unknown gunmen killed two people.", country="Iraq") == [
        "Unidentified Armed Group (Iraq)"
    ]


def test_regime_forces_is_the_state_not_generic(recognizer):
    [m] = mentions(recognizer, "Regime forces shelled the village.", year=2019, country="Syria")
    assert m.actor_id == "syria-forces" and m.kind == "group"


def test_tribes_list(recognizer):
    text = "He met elders of the tribes of “Egaidat, Al-Shuwait, Al-Baqqara and Al-Hasoun” in the city."
    found = mentions(recognizer, text, country="Syria")
    assert [m.name for m in found] == [
        "Akidat Tribal Militia (Syria)",
        "Al-Shuwait Tribal Militia (Syria)",  # a tribe the base lacks is named as ACLED names tribes
        "Baggara Tribal Militia (Syria)",
        "Al-Hasoun Tribal Militia (Syria)",
    ]
    unknown = [m for m in found if m.discovered]
    assert all(m.inter == 4 for m in unknown)
    assert [text[m.start : m.end] for m in found] == ["Egaidat", "Al-Shuwait", "Al-Baqqara", "Al-Hasoun"]


def test_coreference(recognizer):
    text = (
        "The Iranian-backed militia “Al-Mahdi Regiment” arrived in the city. "
        "The militia set up posts and its members searched houses. The group later withdrew."
    )
    found = mentions(recognizer, text, year=2023)
    assert [m.text for m in found] == [
        "militia “Al-Mahdi Regiment”",
        "The militia",
        "its members",
        "The group",
    ]
    assert {m.name for m in found} == {"Al-Mahdi Regiment"}


def test_coreference_brigade_commander(recognizer):
    text = "Fatemiyoun fighters arrived. The brigade's commander met the elders."
    found = recognizer.find(text, year=2020)
    assert [m.name for m in found if m.kind == "group"] == ["Fatemiyoun Brigade", "Fatemiyoun Brigade"]
    [person] = [m for m in found if m.kind == "person"]
    assert person.part_of == "Fatemiyoun Brigade" and person.role == "commander"


def test_deterministic(recognizer):
    text = "The pro-Iran “Al-Nour” Brigade and unknown gunmen clashed with IS near the SDF post."
    assert recognizer.find(text) == recognizer.find(text)


SHARED = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[2] / "../shared")
SEED = SHARED / "000_f52b13d2b83b53d2.txt"


@pytest.mark.full_gazetteer
@pytest.mark.skipif(not SEED.exists(), reason="the seed report in ../shared is not available")
def test_seed_report_with_shipped_base():
    from marsad.actors.base import ActorBase
    from marsad.actors.recognize import ActorRecognizer

    found = ActorRecognizer(ActorBase.load()).find(
        SEED.read_text(encoding="utf-8"), year=2023, country="Syria"
    )
    groups = {m.name: m for m in found if m.kind == "group"}
    assert (
        "Al-Haj Qassem Soleimani Regiment" in groups and groups["Al-Haj Qassem Soleimani Regiment"].backed_by
    )
    assert "Al-Sheikh Brigade" in groups
    assert any("Revolutionary Guard" in p for p in groups["Al-Sheikh Brigade"].backed_by)
    tribes = [m for m in found if m.inter == 4 and m.kind == "group"]
    assert len({m.text for m in tribes}) == 7
    people = [m for m in found if m.kind == "person"]
    assert people and all(p.name == "A.A." and p.part_of == "Al-Sheikh Brigade" for p in people)
