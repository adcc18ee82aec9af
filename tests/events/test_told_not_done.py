"""Acts a full report names without telling them as its news: a trial or a confession, a tally of conduct
in the perfect, acts said to recur or to go on harming, a move that answers the act told (to the scene, to
hospital, the attackers' retreat), the abducted victim told again, and an act placed only abroad. Reports
written for these tests in the style of SOHR, Kurdish and Iraqi outlets and wire copy.

The first tests code with no model and no gazetteer file (places from a hand-made list); the last ones run the
whole pipeline (`marsad extract`) on the hand-made gazetteer of conftest.py."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from tests.events import handmade

HEADLINE = "Reports from the area\n"

PLACES = [handmade.place("Tarmiyah", 33.67, 44.39), handmade.place("Kirkuk", 35.47, 44.39, feature_code="PPLA"),
          handmade.place("Lebanon", 33.9, 35.9, "LB", "PCLI"), handmade.place("Iran", 32.5, 54.0, "IR", "PCLI"),
          handmade.place("Beirut", 33.89, 35.5, "LB", "PPLC")]


REPORTS = handmade.Reports(HEADLINE, PLACES)
_code, _kinds, _dropped = REPORTS.code, REPORTS.kinds, REPORTS.dropped


def test_an_act_judged_in_court_is_no_event():
    body = ("The criminal court in Kirkuk sentenced a man to death for taking part in the bombing of a market. "
            "The convict had confessed to planting explosive devices on the roads.")
    assert _kinds(body) == []
    assert _dropped(body).count("court-case") >= 2


def test_a_bombing_beside_a_court_building_is_still_told():
    assert _kinds("A car bomb exploded near the court building in Kirkuk, wounding two guards.") == ["ied"]


def test_a_perfect_with_a_count_of_many_acts_is_a_tally():
    body = "The occupying army has set up dozens of military posts in the countryside of Kirkuk."
    assert _kinds(body) == []
    assert "counted-acts-perfect" in _dropped(body)
    # the count that follows another clause counts people, not the act told
    assert _kinds("The army has shelled Tarmiyah, and dozens of families fled.") == ["shelling"]


def test_acts_told_with_how_often_they_recur_after_the_verb_are_a_pattern():
    body = "Turkish soldiers and PKK fighters clash almost daily in the mountains near Kirkuk."
    assert _kinds(body) == []
    assert "repeated-after" in _dropped(body)
    assert _kinds("Turkish soldiers and PKK fighters clashed in the mountains near Kirkuk.") == ["clash"]


def test_weapons_said_to_go_on_harming_are_a_danger_not_an_act():
    body = "Explosive devices left behind by the war still claim lives in the farmland of Tarmiyah."
    assert _kinds(body) == []
    assert "lasting-harm" in _dropped(body)


def test_a_move_to_hospital_or_to_the_scene_answers_the_act_told():
    body = ("Gunmen attacked a checkpoint in Tarmiyah on Monday night, killing two soldiers. "
            "The wounded were transferred to a hospital in Kirkuk for treatment. "
            "Police reinforcements arrived at the scene. The attackers withdrew towards the orchards.")
    assert _kinds(body) == ["attack"]
    dropped = _dropped(body)
    assert dropped.count("response-to-event") >= 2 and "attackers-withdraw" in dropped


def test_a_withdrawal_of_forces_is_still_a_movement():
    assert _kinds("The army withdrew from the hills west of Tarmiyah on Sunday.") == ["movement"]


def test_the_kidnapped_victim_told_again_is_one_abduction():
    body = ("Gunmen kidnapped a trader in Tarmiyah on Sunday evening. "
            "The body of the kidnapped trader was found two days later on the road to Kirkuk.")
    drafts = _code(body)[1]
    assert [d.kind for d in drafts] == ["abduct"]
    assert "restates" in drafts[0].rules


def test_an_act_placed_only_abroad_is_context_in_an_iraqi_report():
    body = ("A roadside bomb killed a soldier in Tarmiyah on Monday. "
            "Israeli jets also struck targets in southern Lebanon on Tuesday, killing two members of Hezbollah.")
    analysis, drafts = _code(body)
    assert [d.kind for d in drafts] == ["ied"]
    assert "abroad-in-passing" in [name for name, _ in analysis.dropped]
    assert drafts[0].fatalities is None or drafts[0].fatalities.value != 2  # the toll abroad is not the bomb's


def test_a_country_named_otherwise_places_nothing():
    body = "Protesters attacked the offices of groups tied to Iran in Kirkuk on Friday."
    assert "abroad-in-passing" not in _dropped(body)


def test_a_report_from_abroad_keeps_its_events():
    assert _kinds("Israeli jets struck a building in Beirut on Tuesday, killing two people.") == ["air"]


# --- the whole pipeline ---------------------------------------------------------------------------------------
SOHR_REPORT = """Shepherd killed by ISIS cells in Deir Ezzor desert

SOHR activists have reported that ISIS cells killed a shepherd in the desert near Al Mayadin in Deir Ezzor \
countryside on Wednesday.

The kidnapped shepherd's brother was released later. Mines left behind by the war still claim lives in the desert.

A court in Damascus sentenced two men to death for the bombing that struck the Midan neighbourhood.
"""

IRAQI_REPORT = """Two soldiers killed in ISIS attack in Deir Ezzor

Deir Ezzor – Two soldiers were killed on Monday when ISIS cells attacked a military post near Hajin, \
a security source said.

The wounded were transferred to a hospital in Deir Ezzor city. The attackers withdrew towards the desert.

ISIS remnants and the army clash almost daily in the desert. The army has set up dozens of posts in the desert.
"""


@pytest.fixture()
def reports(tmp_path, monkeypatch, small_gazetteer):
    home = tmp_path / "home"
    home.mkdir()
    shutil.copy(small_gazetteer, home / "gazetteer.sqlite")
    monkeypatch.setenv("MARSAD_HOME", str(home))
    (tmp_path / "sohr.txt").write_text(SOHR_REPORT, encoding="utf-8")
    (tmp_path / "iraqi.txt").write_text(IRAQI_REPORT, encoding="utf-8")
    return tmp_path


def _extract(path) -> list[dict]:
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2024-09-12"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def test_a_sohr_report_codes_its_news_not_its_background(reports):
    events = _extract(reports / "sohr.txt")
    assert [(e["sub_event_type"], e["location"]) for e in events] == [("Attack", "Al Mayadin")]


def test_an_outlets_attack_report_codes_one_attack(reports):
    events = _extract(reports / "iraqi.txt")
    assert [e["sub_event_type"] for e in events] == ["Armed clash"]
    assert events[0]["location"] == "Hajin" and events[0]["fatalities"] == 2


def test_ground_named_by_its_past_is_no_capture():
    assert _kinds("Returnees rebuilt their homes in the liberated areas near Tarmiyah.") == []
    assert _kinds("The army liberated the village of Tarmiyah from the militants on Sunday.") == ["capture"]


def test_attackers_who_fled_to_an_unknown_destination_took_no_one():
    body = "Gunmen shot a policeman in Tarmiyah, then fled to an unknown destination."
    assert "abduct" not in _kinds(body)
    assert _kinds("Gunmen took a policeman in Tarmiyah to an unknown destination.") == ["abduct"]


def test_the_toll_of_an_old_act_told_after_the_news_is_not_the_news_toll():
    body = ("Gunmen attacked a checkpoint in Tarmiyah on Monday night. "
            "Last year, a bomb at the same checkpoint killed four soldiers.")
    drafts = _code(body)[1]
    assert [d.kind for d in drafts] == ["attack"]
    assert drafts[0].fatalities is None
