"""Held-out snippet benchmark: the sub-event type of Marsad's FIRST event per short news snippet.

    python bench/snippets.py [--file bench/snippets/snippets.jsonl] [--home DIR] [--top 15] [--json]
                             [--half odd|even]

A stand-in for the outside benchmark of issue 13 (real news snippets labelled with ACLED's 25 sub-event
types, Marsad scored by the sub-event type of its first event per snippet). The snippets were written
for the project (bench/snippets/README.md); none is a dev report or a training sentence of the
classifier, so the figure is held out from everything Marsad was tuned on.

Each snippet goes through the same pipeline as `marsad extract` (`Pipeline.pipe`, in this process); the
prediction is the first event's `sub_event_type`, or "none" when Marsad codes no event. Printed: per
label precision, recall, F1 and support; accuracy; weighted F1 (per-label F1 weighted by gold support,
as scikit-learn's average="weighted") three ways: over every label including "none", over the 25
sub-event types only (every row still counts: an event predicted on a "none" snippet lowers that
type's precision), and on the event snippets alone (no "none" rows, as the outside benchmark has);
then the most frequent confusions. --home DIR: the Marsad home whose gazetteer index is used.
--half odd|even scores only the rows whose id ends in an odd (even) number: a file whose odd rows are
used for fixing keeps its even rows held out (bench/snippets/README.md).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FILE = ROOT / "bench" / "snippets" / "snippets.jsonl"
NONE = "none"


def load_snippets(path: Path) -> list[dict]:
    if not path.exists():
        sys.exit(f"snippets: no such file: {path}")
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                sys.exit(f"snippets: {path}:{number} is not JSON ({error.msg})")
            if not isinstance(row, dict) or not {"id", "text", "sub_event_type"} <= row.keys():
                sys.exit(f"snippets: {path}:{number} needs id, text and sub_event_type")
            rows.append(row)
    if not rows:
        sys.exit(f"snippets: {path} holds no snippet")
    return rows


def half_of(rows: list[dict], half: str) -> list[dict]:
    """The rows whose id ends in an odd (half="odd") or even (half="even") number."""
    wanted = 1 if half == "odd" else 0
    chosen = []
    for row in rows:
        digits = re.search(r"(\d+)$", str(row["id"]))
        if digits is None:
            sys.exit(f"snippets: --half needs ids ending in a number, not {row['id']!r}")
        if int(digits.group(1)) % 2 == wanted:
            chosen.append(row)
    if not chosen:
        sys.exit(f"snippets: no {half}-numbered row")
    return chosen


def first_types(rows: list[dict], pipeline=None) -> list[str]:
    """The sub-event type of the first event `marsad extract` codes in each snippet, "none" when none."""
    from marsad.types import Report

    if pipeline is None:
        from marsad.nlp.pipeline import Pipeline

        pipeline = Pipeline()
    reports = [Report(doc_id=str(row["id"]), text=row["text"]) for row in rows]
    first = {report.doc_id: (events[0].sub_event_type if events else NONE)
             for report, events in pipeline.pipe(reports)}
    return [first.get(str(row["id"]), NONE) for row in rows]


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def per_label(gold: list[str], predicted: list[str]) -> dict[str, dict]:
    """Precision, recall, F1 and support of every label seen in gold or predictions (a label never
    predicted has precision 0, as scikit-learn's zero_division=0)."""
    labels = sorted(set(gold) | set(predicted))
    table = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        support = sum(1 for g in gold if g == label)
        guessed = sum(1 for p in predicted if p == label)
        precision = tp / guessed if guessed else 0.0
        recall = tp / support if support else 0.0
        table[label] = {"precision": precision, "recall": recall, "f1": _f1(precision, recall),
                        "support": support, "predicted": guessed}
    return table


def weighted_f1(table: dict[str, dict], labels: list[str] | None = None) -> float | None:
    """Per-label F1 weighted by gold support over `labels` (all of the table's when None)."""
    chosen = [label for label in (labels if labels is not None else table) if label in table]
    support = sum(table[label]["support"] for label in chosen)
    if not support:
        return None
    return sum(table[label]["f1"] * table[label]["support"] for label in chosen) / support


def scores(gold: list[str], predicted: list[str], top: int = 15) -> dict:
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    if not gold:
        raise ValueError("no snippet to score")
    table = per_label(gold, predicted)
    types = [label for label in table if label != NONE]
    event_rows = [(g, p) for g, p in zip(gold, predicted, strict=True) if g != NONE]
    on_events = per_label([g for g, _ in event_rows], [p for _, p in event_rows]) if event_rows else {}
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    return {
        "snippets": len(gold),
        "event_snippets": len(event_rows),
        "accuracy": sum(g == p for g, p in zip(gold, predicted, strict=True)) / len(gold),
        "weighted_f1_with_none": weighted_f1(table),
        "weighted_f1_without_none": weighted_f1(table, types),
        "weighted_f1_event_snippets": weighted_f1(on_events, [label for label in on_events if label != NONE]),
        "per_label": table,
        "confusions": [{"gold": g, "predicted": p, "count": n} for (g, p), n in confusions.most_common(top)],
    }


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render(result: dict) -> str:
    lines = [f"{'label':36} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}"]
    for label, row in sorted(result["per_label"].items(), key=lambda item: (-item[1]["support"], item[0])):
        lines.append(f"{label:36} {row['precision']:6.2f} {row['recall']:6.2f} {row['f1']:6.2f} "
                     f"{row['support']:5d} {row['predicted']:5d}")
    lines += [
        "",
        f"snippets: {result['snippets']} ({result['event_snippets']} with an event)",
        f"accuracy: {_figure(result['accuracy'])}",
        f"weighted F1 with none: {_figure(result['weighted_f1_with_none'])}",
        f"weighted F1 without none: {_figure(result['weighted_f1_without_none'])}",
        f"weighted F1 on event snippets: {_figure(result['weighted_f1_event_snippets'])}",
        "",
        "top confusions (gold -> predicted):",
    ]
    lines += [f"  {c['count']:3d}  {c['gold']} -> {c['predicted']}" for c in result["confusions"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description="Marsad's first-event sub-event type on held-out snippets.")
    parser.add_argument("--file", default=str(DEFAULT_FILE), help="JSONL of {id, text, sub_event_type}")
    parser.add_argument("--home", help="Marsad home directory whose gazetteer.sqlite to use (else MARSAD_HOME)")
    parser.add_argument("--top", type=int, default=15, help="how many confusions to list")
    parser.add_argument("--json", action="store_true", help="print every figure (and predictions) as JSON")
    parser.add_argument("--half", choices=("odd", "even"), help="score only odd- or even-numbered ids")
    args = parser.parse_args()
    if args.home:
        os.environ["MARSAD_HOME"] = args.home
    rows = load_snippets(Path(args.file))
    if args.half:
        rows = half_of(rows, args.half)
    gold = [str(row["sub_event_type"]) for row in rows]
    predicted = first_types(rows)
    result = scores(gold, predicted, args.top)
    if args.json:
        result["predictions"] = [{"id": row["id"], "gold": g, "predicted": p}
                                 for row, g, p in zip(rows, gold, predicted, strict=True)]
        print(json.dumps(result, indent=1))
    else:
        print(render(result))


if __name__ == "__main__":
    main()
