"""bench/spellings.py: its spelling rules on hand-written names, its judging of outcomes, and its figures."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from marsad.types import Candidate, Place, PlaceMention, Resolution
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
bench = load_script(ROOT / "bench" / "spellings.py", "marsad_bench_spellings")


def rng() -> random.Random:
    return random.Random(0)


@pytest.mark.parametrize(("name", "expected"), [
    ("Khakurk", "Xakurk"),
    ("Sheikhan", "Şêxan"),
    ("Jalkah", "Calkah"),
    ("Amadi", "Amadî"),
])
def test_latin_kurdish_letters(name, expected):
    assert bench.kurdish_latin(name, rng()) == expected


def test_kurdish_final_e_on_a_consonant_and_for_the_arabic_ending():
    assert bench.kurdish_final_e("Xakurk", rng()) == "Xakurke"
    assert bench.kurdish_final_e("Batifa", rng()) == "Batife"
    assert bench.kurdish_final_e("Kani", rng()) is None


def test_final_vowels_and_ta_marbuta():
    assert bench.final_vowel("Hamidiyah", rng()) in {"Hamidiya", "Hamidiyeh", "Hamidia"}
    assert bench.final_vowel("Raqqah", rng()) in {"Raqqa", "Raqqeh"}
    assert bench.final_vowel("Tall", rng()) is None


def test_articles_assimilate_before_sun_letters_only():
    forms = {bench.article_form("al-Shaddadi", random.Random(seed)) for seed in range(40)}
    assert {"ash-Shaddadi", "Shaddadi", "el-Shaddadi"} <= forms
    moon = {bench.article_form("Al Bab", random.Random(seed)) for seed in range(40)}
    assert not any(form.startswith(("ab-", "Ab-")) for form in moon)
    assert bench.article_form("Sinjar", rng()) is None


def test_hyphens_and_spaces():
    assert bench.hyphen_space("Tall ad Dil", rng()) == "Tall ad-Dil"
    assert bench.hyphen_space("Al-Bab", rng()) == "Al Bab"
    assert bench.hyphen_space("Tel Tamer", random.Random(1)) in {"Tel-Tamer", "Teltamer"}
    assert bench.hyphen_space("Sinjar", rng()) is None


def test_doubled_and_dropped_vowels():
    assert bench.doubled_vowel("Sinjar", rng()) in {"Seenjar", "Sinjaar"}
    assert bench.doubled_vowel("Zahraa", rng()) == "Zahra"
    assert bench.dropped_vowel("Raqqa", random.Random(3)) in {"Raqa", None}


def test_guttural_swaps_change_one_letter_class():
    seen = {bench.guttural_swap("Qaraqosh", random.Random(seed)) for seed in range(30)}
    assert seen & {"Karaqosh", "Garaqosh", "Qarakosh", "Qaragosh"}
    assert bench.guttural_swap("Mosul", rng()) is None


@pytest.mark.parametrize(("name", "other"), [
    ("Tall Tamr", {"Tal Tamr", "Tell Tamr", "Til Tamr", "Tel Tamr"}),
    ("Kafr Nabl", {"Kfar Nabl", "Kefr Nabl", "Kafar Nabl"}),
    ("Deir Hafer", {"Dayr Hafer", "Dair Hafer", "Der Hafer"}),
    ("Ain Issa", {"Ein Issa", "Ayn Issa", "Ayin Issa"}),
    ("Sheikh Maqsoud", {"Shaykh Maqsoud", "Shekh Maqsoud", "Shaikh Maqsoud", "Sheykh Maqsoud", "Shekhi Maqsoud"}),
])
def test_common_words_of_names_take_their_other_forms(name, other):
    key = name.split()[0].lower().replace("tall", "tal")
    rule = bench.RULES[f"word {key}"]
    assert rule(name, rng()) in other


def test_the_ascii_name_drops_marks():
    assert bench.ascii_name("Ḩawāyij Kabīrah") == "Hawayij Kabirah"
    assert bench.ascii_name("‘Arab ‘Ajīl") == "Arab Ajil"


SOURCE = bench.Source("1", "Kani Rash", 37.0, 43.0, "IQ", "Duhok", "Amedi", "Kurdistan")
CASE = bench.Case(SOURCE, "unchanged", "Kani Rash", "Drones struck Kani Rash village.", 14, 23)


def mention(place: Place | None) -> PlaceMention:
    chosen = Candidate(place, place.name, "folded") if place else None
    return PlaceMention(14, 23, "Kani Rash", Resolution(chosen, 1.0))


def place(lat: float, lon: float, **kw) -> Place:
    base = {"geonameid": "x", "name": "Kani Rash", "latitude": lat, "longitude": lon, "country_code": "IQ",
            "admin1": "Duhok", "feature_code": "PPL"}
    return Place(**{**base, **kw})


@pytest.mark.parametrize(("mentions", "outcome"), [
    ([], "no mention"),
    ([mention(None)], "unresolved"),
    ([mention(place(37.05, 43.0))], "correct"),  # 5.6 km away
    ([mention(place(37.5, 43.0))], "ambiguous"),  # a namesake in the same governorate
    ([mention(place(37.5, 43.0, name="Kani Ras Bala"))], "wrong place in governorate"),
    ([mention(place(37.5, 43.0, name="Amedi", feature_code="ADM2"))], "fallback"),
    ([mention(place(36.2, 44.0, admin1="Erbil"))], "wrong governorate"),
    ([mention(place(35.0, 37.0, country_code="SY", admin1="Hama"))], "wrong country"),
])
def test_judging_an_outcome(mentions, outcome):
    assert bench.judge(CASE, mentions) == outcome


def test_figures_leave_ambiguous_out_and_fallback_out_of_accuracy():
    outcomes = ["correct"] * 6 + ["ambiguous", "fallback", "no mention", "wrong country"]
    row = bench.figures(outcomes)
    assert row["recall"] == pytest.approx(6 / 9, abs=1e-3)  # ambiguous left out
    assert row["accuracy"] == pytest.approx(6 / 7, abs=1e-3)  # only the points placed somewhere
    assert (row["ambiguous"], row["fallback"]) == (1, 1)
