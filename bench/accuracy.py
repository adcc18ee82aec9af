"""Every dev set in one command: event P/R/F1 per set and per country, and report-level folds.

    python bench/accuracy.py [--shared ../shared] [--folds 5] [--json] [--keep DIR]

Runs `marsad extract` and `marsad geoparse` once over every dev set's reports (with the MARSAD_HOME in
force, which should hold the full SY+IQ gazetteer import), then scores each set with the shared
`eval/score.py`: the whole set, and per country where the report ids tell it (articles-2 ids start
`a2s-`/`a2i-`, acled-2024 ids `SYR`/`IRQ`). Also printed per set: the share of reports whose FIRST
predicted event has the gold first event's sub-event type (how the outside snippet benchmark scores),
and its weighted F1 over sub-event types.

`--halves` adds the two halves of articles-2 (odd-numbered reports: the DEV half, whose texts may be read
while writing rules; even-numbered: the HELD half, looked at in figures only). `--kinds` prints, per set,
what kind of error each missed and spurious event is (counts only, see `bench/error_kinds.py`), so the
HELD half can say where it loses without a report of it being read. `--rules` prints, per set, the rules
(as events cite them in `coded_by`) that made the most spurious events, beside how many right ones they made.
`--type-pairs` opens the spurious "type: predicted X at a gold place" kind: predicted against gold sub-event
type, whether the place's gold event was matched by another prediction, and the rules cited (counts only).
`--reuse DIR` scores the events and places an earlier `--keep DIR` kept, without running marsad again.
`--drops` prints, per set, the drop ledger (`bench/drops.py`): per rule that dropped drafts, how many of them
would have matched a gold event no kept event matched, against how many match nothing (counts only).

The project's own held-out sets of full reports, `bench/articles/articles-N` (articles-3,
articles-4…; see bench/articles/README.md), are scored in the same run: each whole set, per country
(`aNs-`/`aNi-`), and its two halves (odd-numbered reports may be read while fixing; even-numbered ones stay held
out), each half also per country.

`--folds K` splits the dev articles (articles + articles-2) into K report-level folds (ids sorted, dealt
round-robin) and prints each fold's event F1, so a change can be judged on the folds it was not written
from. Nothing here trains on the dev data; the folds are for reading figures, not for fitting.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from drops import collect_drops, drop_ledger, format_drop_ledger  # noqa: E402
from error_kinds import error_kinds, format_kinds, format_ledger, format_type_pairs, rule_ledger, type_pairs  # noqa: E402  (a sibling script, run from anywhere)

ROOT = Path(__file__).resolve().parent.parent
SETS = ("articles", "articles-2", "acled-2024", "acled-battles")
# Sets the project wrote itself (in the repository, not under ../shared), scored with their halves always:
# every `bench/articles/articles-N` folder, whose report ids are `aNs-…` (Syria) and `aNi-…` (Iraq).
PROJECT_SETS = {folder.name: folder for folder in sorted((ROOT / "bench" / "articles").glob("articles-*"))
                if folder.is_dir() and folder.name.removeprefix("articles-").isdigit()}
COUNTRY_PREFIXES = {"articles-2": {"Syria": "a2s", "Iraq": "a2i"}, "acled-2024": {"Syria": "SYR", "Iraq": "IRQ"},
                    **{name: {"Syria": f"a{name[len('articles-'):]}s", "Iraq": f"a{name[len('articles-'):]}i"}
                       for name in PROJECT_SETS}}


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("marsad_dev_score", shared / "eval" / "score.py")
    if spec is None or spec.loader is None:
        sys.exit(f"accuracy: no score.py under {shared / 'eval'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report_number(report_id: str) -> int:
    """The number that ends a report id (a2s-014 -> 14); -1 where there is none."""
    digits = report_id[len(report_id.rstrip("0123456789")):]
    return int(digits) if digits else -1


def run_marsad(inputs: list[Path], out: Path) -> tuple[list[dict], list[dict]]:
    marsad = [str(Path(sys.executable).with_name("marsad"))]
    events_path, places_path = out / "events.jsonl", out / "places.jsonl"
    for command, path in ((["extract", "--format", "jsonl"], events_path), (["geoparse"], places_path)):
        with open(path, "w", encoding="utf-8") as handle:
            done = subprocess.run([*marsad, *command, *map(str, inputs)], stdout=handle, stderr=subprocess.PIPE,
                                  text=True, cwd=ROOT)
        if done.returncode != 0:
            sys.exit(f"accuracy: marsad {command[0]} failed: {done.stderr.strip()[-300:]}")
    return read_jsonl(events_path), read_jsonl(places_path)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def first_type_scores(gold: dict, events: list[dict]) -> dict:
    """The outside benchmark's way: the sub-event type of the first predicted event per report against the
    gold first event's; accuracy and weighted F1 over the gold types (a report with no prediction is wrong)."""
    first: dict[str, str] = {}
    for event in events:
        first.setdefault(str(event.get("doc_id")), event.get("sub_event_type") or "none")
    pairs = [(doc["events"][0]["sub_event_type"], first.get(doc_id, "none"))
             for doc_id, doc in gold.items() if doc.get("events")]
    if not pairs:
        return {"first_type_accuracy": None, "first_type_weighted_f1": None}
    support = Counter(g for g, _ in pairs)
    weighted = 0.0
    for label, count in support.items():
        tp = sum(1 for g, p in pairs if g == label and p == label)
        predicted = sum(1 for _, p in pairs if p == label)
        precision, recall = (tp / predicted if predicted else 0.0), tp / count
        weighted += count * (2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return {"first_type_accuracy": round(sum(g == p for g, p in pairs) / len(pairs), 3),
            "first_type_weighted_f1": round(weighted / len(pairs), 3)}


def score(scorer, gold: dict, events: list[dict], places: list[dict]) -> dict:
    wanted = set(gold)
    mine = [e for e in events if str(e.get("doc_id")) in wanted]
    result = scorer.score_events(gold, mine)
    result.pop("per_report", None)
    result["places"] = {k: v for k, v in scorer.score_places(gold, places).items() if k != "missed"}
    result.update(first_type_scores(gold, mine))
    return result


def line(name: str, result: dict) -> str:
    matched = result["on_matched"]
    return (f"{name:34} F1 {result['f1']:.3f} (P {result['precision']:.2f} R {result['recall']:.2f}, "
            f"{result['matched']}/{result['gold_events']} gold, {result['predicted_events']} pred)  "
            f"sub {matched['sub_event_type']}  actor1 {matched['actor1']}  "
            f"first-type acc {result['first_type_accuracy']} wF1 {result['first_type_weighted_f1']}  "
            f"places {result['places']['recall']}")


def by_country(name: str, gold: dict) -> dict[str, dict]:
    """The set's reports per country, where the ids tell it."""
    parts = {}
    for country, prefix in COUNTRY_PREFIXES.get(name, {}).items():
        part = {k: v for k, v in gold.items() if k.startswith(prefix)}
        if part:
            parts[f"{name} {country}"] = part
    return parts


def odd_even(gold: dict) -> tuple[dict, dict]:
    """The odd-numbered reports (the half that may be read) and the even-numbered ones (held out)."""
    return ({k: v for k, v in gold.items() if report_number(k) % 2 == 1},
            {k: v for k, v in gold.items() if report_number(k) % 2 == 0})


def odd_half_label(folder: Path) -> str:
    """A new set is wholly held out for its first round (a `HELD` file in its folder says so and why): then
    its odd half is labelled held out too, so nobody mistakes it for the half that may be read."""
    return "odd (held out)" if (folder / "HELD").exists() else "odd (for fixing)"


def gold_sets(scorer, folders: dict[str, Path], halves: bool) -> dict[str, dict]:
    """Each set's gold, then its per-country parts, then (with `halves`) the two halves of articles-2; the
    project's own sets always with their halves, each half per country too."""
    golds: dict[str, dict] = {}
    for name, folder in folders.items():
        gold = scorer.load_gold(folder / "gold.jsonl")
        golds[name] = gold
        golds.update(by_country(name, gold))
        odd, even = odd_even(gold)
        if name in PROJECT_SETS:
            for half, part in ((odd_half_label(folders[name]), odd), ("even (held out)", even)):
                golds[f"{name} {half}"] = part
                golds.update({f"{key} {half}": value for key, value in by_country(name, part).items()})
        elif halves and name == "articles-2":
            golds[f"{name} DEV half (odd)"], golds[f"{name} HELD half (even)"] = odd, even
    return golds


def main() -> None:
    parser = argparse.ArgumentParser(description="Marsad's figures on every dev set, per country and per fold.")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared folder holding eval/")
    parser.add_argument("--folds", type=int, default=0, help="report-level folds over the dev articles")
    parser.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    parser.add_argument("--halves", action="store_true",
                        help="also score the odd (DEV) and even (HELD) halves of articles-2")
    parser.add_argument("--kinds", action="store_true", help="count the kinds of missed and spurious events per set")
    parser.add_argument("--type-pairs", action="store_true",
                        help="per set, spurious events at a gold place of another type: predicted against gold "
                             "sub-event type, beside or instead of a matched event, and the rules they cite")
    parser.add_argument("--reuse", help="score the events and places kept in this folder (--keep) instead of "
                                        "running marsad again")
    parser.add_argument("--rules", action="store_true",
                        help="per set, the rules cited by the most spurious events (matched / spurious counts)")
    parser.add_argument("--drops", action="store_true",
                        help="per set, the rules that dropped drafts: how many would have matched missed gold events")
    parser.add_argument("--keep", help="a folder to keep the predicted events and places in")
    args = parser.parse_args()
    shared = Path(args.shared)
    dev = shared / "eval" / "dev"
    if not dev.is_dir():
        sys.exit(f"accuracy: no dev sets under {dev}")
    scorer = load_scorer(shared)
    sets = [name for name in SETS if (dev / name / "gold.jsonl").exists()]
    folders = {name: dev / name for name in sets}
    folders.update({name: folder for name, folder in PROJECT_SETS.items() if (folder / "gold.jsonl").exists()})
    out = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="marsad-accuracy-"))
    out.mkdir(parents=True, exist_ok=True)
    inputs = [folder / "reports.jsonl" for folder in folders.values()]
    if args.reuse:
        events, places = read_jsonl(Path(args.reuse) / "events.jsonl"), read_jsonl(Path(args.reuse) / "places.jsonl")
    else:
        events, places = run_marsad(inputs, out)

    results: dict[str, dict] = {}
    golds = gold_sets(scorer, folders, args.halves)
    for name, gold in golds.items():
        results[name] = score(scorer, gold, events, places)
    if args.folds > 1:
        articles = {}
        for name in ("articles", "articles-2"):
            if name in sets:
                articles.update(scorer.load_gold(dev / name / "gold.jsonl"))
        ids = sorted(articles)
        for fold in range(args.folds):
            part = {k: articles[k] for k in ids[fold::args.folds]}
            results[f"articles fold {fold + 1}/{args.folds}"] = score(scorer, part, events, places)
    kinds = {name: error_kinds(scorer, gold, events) for name, gold in golds.items()} if args.kinds else {}
    ledgers = {name: rule_ledger(scorer, gold, events) for name, gold in golds.items()} if args.rules else {}
    pairs = {name: type_pairs(scorer, gold, events) for name, gold in golds.items()} if args.type_pairs else {}
    drops: dict[str, dict[str, Counter]] = {}
    if args.drops:  # coded again in this process, where the dropped drafts can be seen
        kept, dropped = collect_drops(inputs)
        drops = {name: drop_ledger(scorer, gold, kept, dropped) for name, gold in golds.items()}
    counted = {"error_kinds": kinds, "type_pairs": pairs, "rule_ledger": ledgers, "drop_ledger": drops}
    if args.json:
        for key, per_set in counted.items():
            for name, parts in per_set.items():
                results[name][key] = {part: dict(counts.most_common()) for part, counts in parts.items()}
        print(json.dumps(results, indent=2))
        return
    print(f"load average {os.getloadavg()[0]:.1f}; predictions in {out}")
    for name, result in results.items():
        print(line(name, result))
    print_counts(counted)


HEADINGS = {"error_kinds": ("error kinds (counts only):", format_kinds),
            "type_pairs": ("spurious events of another type at a gold place (counts only):", format_type_pairs),
            "rule_ledger": ("rule ledger (counts only):", format_ledger),
            "drop_ledger": ("drop ledger (counts only): missed = would match a gold event no kept event matched",
                            format_drop_ledger)}


def print_counts(counted: dict[str, dict[str, dict[str, Counter]]]) -> None:
    """The count tables asked for (--kinds, --rules, --drops), one block per set under each heading."""
    for key, per_set in counted.items():
        if not per_set:
            continue
        heading, formatter = HEADINGS[key]
        print(heading)
        for name, parts in per_set.items():
            print("\n".join(formatter(name, parts)))

if __name__ == "__main__":
    main()
