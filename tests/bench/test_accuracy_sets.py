"""bench/accuracy.py: the project's own held-out reports (bench/articles/articles-N) are scored with their halves
per country, and the set on disk is well formed (every gold place is named in its report)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
ARTICLES_3 = ROOT / "bench" / "articles" / "articles-3"

accuracy = load_script(ROOT / "bench" / "accuracy.py", "marsad_bench_accuracy")


class _Scorer:
    """Reads a gold.jsonl as score.py does, keyed by doc_id."""

    @staticmethod
    def load_gold(path: Path) -> dict:
        with open(path, encoding="utf-8") as handle:
            return {row["doc_id"]: row for row in map(json.loads, handle)}


def test_the_project_set_is_scored_whole_per_country_and_by_halves():
    golds = accuracy.gold_sets(_Scorer(), {"articles-3": ARTICLES_3}, halves=False)
    assert set(golds) == {
        "articles-3", "articles-3 Syria", "articles-3 Iraq",
        "articles-3 odd (for fixing)", "articles-3 Syria odd (for fixing)", "articles-3 Iraq odd (for fixing)",
        "articles-3 even (held out)", "articles-3 Syria even (held out)", "articles-3 Iraq even (held out)"}
    assert all(accuracy.report_number(k) % 2 == 0 for k in golds["articles-3 even (held out)"])
    assert set(golds["articles-3 Iraq even (held out)"]) == {
        k for k in golds["articles-3 even (held out)"] if k.startswith("a3i")}


def test_every_gold_event_of_the_project_set_is_placed_in_its_report():
    reports = {r["doc_id"]: r for r in map(json.loads, (ARTICLES_3 / "reports.jsonl").open(encoding="utf-8"))}
    gold = [json.loads(line) for line in (ARTICLES_3 / "gold.jsonl").open(encoding="utf-8")]
    assert set(reports) == {doc["doc_id"] for doc in gold} and len(gold) == 26
    for doc in gold:
        text = reports[doc["doc_id"]]["text"].lower()
        assert doc["published"] == reports[doc["doc_id"]]["published"]
        assert all(event["location"].lower() in text and event["admin1"] for event in doc["events"])


def test_every_written_set_is_found_with_its_country_prefixes():
    folders = sorted(path.name for path in (ROOT / "bench" / "articles").glob("articles-*") if path.is_dir())
    assert list(accuracy.PROJECT_SETS) == folders and "articles-3" in folders
    for name in folders:
        number = name.split("-")[1]
        assert accuracy.COUNTRY_PREFIXES[name] == {"Syria": f"a{number}s", "Iraq": f"a{number}i"}


REQUIRED_EVENT_FIELDS = {"event_type", "sub_event_type", "event_date", "time_precision", "actor1", "actor2",
                         "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities"}


@pytest.mark.parametrize("name", sorted(accuracy.PROJECT_SETS))
def test_each_written_set_pairs_every_report_with_complete_gold(name):
    folder = accuracy.PROJECT_SETS[name]
    reports = {r["doc_id"]: r for r in map(json.loads, (folder / "reports.jsonl").open(encoding="utf-8"))}
    gold = [json.loads(line) for line in (folder / "gold.jsonl").open(encoding="utf-8")]
    number = name.split("-")[1]
    assert reports and set(reports) == {doc["doc_id"] for doc in gold}
    for doc in gold:
        assert doc["doc_id"].startswith((f"a{number}s-", f"a{number}i-"))
        assert doc["published"] == reports[doc["doc_id"]]["published"]
        assert all(REQUIRED_EVENT_FIELDS <= set(event) for event in doc["events"])
        assert all(isinstance(event["actor1"], list) and event["actor1"] for event in doc["events"])


def test_a_set_with_a_held_file_is_held_out_in_both_halves(tmp_path):
    """A set in its first round is read by nobody: its odd half is labelled held out too."""
    held = tmp_path / "articles-9"
    held.mkdir()
    assert accuracy.odd_half_label(ARTICLES_3) == "odd (for fixing)"
    (held / "HELD").write_text("held out this round", encoding="utf-8")
    assert accuracy.odd_half_label(held) == "odd (held out)"
