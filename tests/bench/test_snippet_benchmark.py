"""bench/snippets.py: the held-out snippet benchmark's arithmetic, its data file, and a run on a few rows."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
import spacy

from marsad.settings import get_settings
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SNIPPETS = ROOT / "bench" / "snippets" / "snippets.jsonl"
TYPES_YAML = ROOT / "marsad" / "data" / "events" / "acled_types.yaml"


bench = load_script(ROOT / "bench" / "snippets.py", "marsad_bench_snippets")

# Hand-made: 4 Armed clash, 3 Air/drone strike, 2 Arrests, 1 none. Worked out by hand below.
GOLD = ["Armed clash"] * 4 + ["Air/drone strike"] * 3 + ["Arrests"] * 2 + ["none"]
PRED = ["Armed clash", "Armed clash", "Armed clash", "Attack",
        "Air/drone strike", "Armed clash", "none",
        "Arrests", "Arrests",
        "Arrests"]


def test_per_label_figures_by_hand() -> None:
    table = bench.per_label(GOLD, PRED)
    # Armed clash: tp 3, predicted 4, support 4 -> P 3/4, R 3/4, F1 3/4
    assert table["Armed clash"]["precision"] == pytest.approx(0.75)
    assert table["Armed clash"]["recall"] == pytest.approx(0.75)
    assert table["Armed clash"]["f1"] == pytest.approx(0.75)
    # Air/drone strike: tp 1, predicted 1, support 3 -> P 1, R 1/3, F1 0.5
    assert table["Air/drone strike"]["f1"] == pytest.approx(0.5)
    # Arrests: tp 2, predicted 3 (one on the "none" row), support 2 -> P 2/3, R 1, F1 0.8
    assert table["Arrests"]["precision"] == pytest.approx(2 / 3)
    assert table["Arrests"]["f1"] == pytest.approx(0.8)
    # none: tp 0, predicted 1, support 1 -> F1 0; Attack: never gold, predicted once -> support 0
    assert table["none"]["f1"] == 0.0
    assert table["Attack"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0, "predicted": 1}


def test_weighted_f1_and_accuracy_by_hand() -> None:
    result = bench.scores(GOLD, PRED)
    assert result["accuracy"] == pytest.approx(6 / 10)
    # with none: (4*0.75 + 3*0.5 + 2*0.8 + 1*0) / 10
    assert result["weighted_f1_with_none"] == pytest.approx(0.61)
    # without none: the same over the 9 event rows' labels, (3 + 1.5 + 1.6) / 9
    assert result["weighted_f1_without_none"] == pytest.approx(6.1 / 9)
    # event snippets only: the "none" row is dropped, so Arrests gets P 1 (F1 1): (3 + 1.5 + 2) / 9
    assert result["weighted_f1_event_snippets"] == pytest.approx(6.5 / 9)
    assert result["snippets"] == 10 and result["event_snippets"] == 9
    assert {"gold": "Armed clash", "predicted": "Attack", "count": 1} in result["confusions"]
    assert sum(c["count"] for c in result["confusions"]) == 4


def test_perfect_predictions_score_one_and_lengths_must_agree() -> None:
    assert bench.scores(GOLD, GOLD)["weighted_f1_with_none"] == pytest.approx(1.0)
    with pytest.raises(ValueError):
        bench.scores(GOLD, PRED[:-1])


def test_the_snippet_file_covers_every_sub_event_type() -> None:
    types = {line.strip()[2:] for line in TYPES_YAML.read_text(encoding="utf-8").splitlines()
             if line.strip().startswith("- ")}
    rows = [json.loads(line) for line in SNIPPETS.read_text(encoding="utf-8").splitlines() if line.strip()]
    counts = Counter(row["sub_event_type"] for row in rows)
    assert len(types) == 25 and set(counts) == types | {"none"}
    assert min(counts.values()) >= 8 and len(rows) >= 300
    assert len({row["id"] for row in rows}) == len(rows)
    assert all(15 <= len(row["text"].split()) <= 80 for row in rows)


def test_the_third_file_covers_every_type_in_both_halves() -> None:
    rows = [json.loads(line) for line in (SNIPPETS.parent / "snippets-3.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    assert len({row["id"] for row in rows}) == len(rows) >= 200
    for half in ("odd", "even"):
        counts = Counter(row["sub_event_type"] for row in bench.half_of(rows, half))
        assert len(counts) == 26, half  # the 25 sub-event types and "none" on each side of the split


def test_half_keeps_odd_or_even_numbered_ids() -> None:
    rows = [{"id": f"s3-{n:03d}"} for n in (1, 2, 3, 10, 11)]
    assert [row["id"] for row in bench.half_of(rows, "odd")] == ["s3-001", "s3-003", "s3-011"]
    assert [row["id"] for row in bench.half_of(rows, "even")] == ["s3-002", "s3-010"]
    with pytest.raises(SystemExit):
        bench.half_of([{"id": "no-number-here"}], "odd")
    with pytest.raises(SystemExit):
        bench.half_of([{"id": "s3-002"}], "odd")


@pytest.mark.skipif(not spacy.util.is_package(get_settings().spacy_model),
                    reason="the spaCy model package is not installed")
def test_a_run_on_a_few_snippets(small_gazetteer) -> None:
    from marsad.nlp.pipeline import Pipeline

    rows = [
        {"id": "t1", "text": "Regime forces shelled Kansafra and Al Bara with dozens of artillery rounds on Tuesday, "
                             "wounding two civilians, local sources said.", "sub_event_type": "x"},
        {"id": "t2", "text": "Russian warplanes carried out three raids on the outskirts of Sarmada near the "
                             "Turkish border on Monday morning.", "sub_event_type": "x"},
        {"id": "t3", "text": "The Iraqi government plans to open a new bakery in the city next year, the "
                             "ministry said in a statement on Sunday.", "sub_event_type": "x"},
    ]
    predicted = bench.first_types(rows, Pipeline(gazetteer_path=small_gazetteer))
    assert predicted == ["Shelling/artillery/missile attack", "Air/drone strike", "none"]
