"""The drop ledger: per rule that dropped drafts, how many would have found a gold event the kept events missed.

    python bench/accuracy.py --drops [--halves]

Counts only, never a text. Each dropped draft (`marsad/events/dropped.py`: a trigger a rule stopped, drafted as
its cue would have been, or a whole draft a rule threw away) is paired with the gold events of its report the way
`eval/score.py` pairs a prediction (`pair_score`: same event type, place within the scorer's distance or the
governorate of a region-only gold event). Per rule, each dropped draft is counted once, as

- ``missed gold``: it pairs with a gold event that no kept event matched (the drop cost a hit);
- ``gold already matched``: it pairs only with gold events a kept event matched (the drop was harmless);
- ``nothing``: it pairs with no gold event (the drop was right).

A rule whose ``missed gold`` outnumbers its ``nothing`` on sets it was not written from drops real events more
often than false ones, and is the rule to narrow. `recovered` counts the distinct missed gold events a rule's
drops pair with (two drafts of one event count once there).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from error_kinds import match

OUTCOMES = ("missed gold", "gold already matched", "nothing")


def collect_drops(inputs: list[Path]) -> tuple[list[dict], list[dict]]:
    """Code every report of `inputs` in this process: its kept events and its dropped ones (each dict with a
    `dropped_by` rule name), both in the shape `marsad extract --format jsonl` prints."""
    from marsad.ingest import read_reports
    from marsad.nlp.pipeline import Pipeline

    pipeline = Pipeline()
    coder = pipeline.nlp.get_pipe("marsad_events")
    kept: list[dict] = []
    dropped: list[dict] = []
    reports = read_reports([str(p) for p in inputs])
    with pipeline.nlp.select_pipes(disable=["marsad_events"]):
        for doc in pipeline.analyse(reports):
            events, drops = coder.code_with_drops(doc, drops=True)
            kept.extend(e.as_dict() for e in events)
            dropped.extend(e.as_dict() | {"dropped_by": rule} for rule, e in drops)
    return kept, dropped


def drop_ledger(scorer: Any, gold: dict, events: list[dict], drops: list[dict]) -> dict[str, Counter]:
    """Per outcome (OUTCOMES, plus ``recovered``), how many dropped drafts of each rule had it, over the
    reports of `gold`."""
    ledger: dict[str, Counter] = {name: Counter() for name in (*OUTCOMES, "recovered")}
    by_doc: dict[str, list[dict]] = {}
    for event in events:
        by_doc.setdefault(str(event.get("doc_id")), []).append(event)
    drops_by_doc: dict[str, list[dict]] = {}
    for drop in drops:
        drops_by_doc.setdefault(str(drop.get("doc_id")), []).append(drop)
    for doc_id, doc in gold.items():
        golds = doc.get("events") or []
        matched = set(match(scorer, by_doc.get(doc_id, []), golds).values())
        recovered: dict[str, set[int]] = {}
        for drop in drops_by_doc.get(doc_id, []):
            rule = drop["dropped_by"]
            pairs = {j for j, g in enumerate(golds) if scorer.pair_score(drop, g) is not None}
            missed = pairs - matched
            if missed:
                ledger["missed gold"][rule] += 1
                recovered.setdefault(rule, set()).update(missed)
            else:
                ledger["gold already matched" if pairs else "nothing"][rule] += 1
        for rule, found in recovered.items():
            ledger["recovered"][rule] += len(found)
    return ledger


def format_drop_ledger(name: str, ledger: dict[str, Counter], top: int = 12) -> list[str]:
    """One line per rule, the rules that cost the most missed gold first: counts only."""
    rules = set().union(*(ledger[o] for o in OUTCOMES))
    order = sorted(rules, key=lambda r: (-ledger["missed gold"][r], -ledger["nothing"][r], r))
    total = {o: sum(ledger[o].values()) for o in OUTCOMES}
    lines = [f"  {name}: dropped {sum(total.values())} (missed gold {total['missed gold']}, "
             f"already matched {total['gold already matched']}, nothing {total['nothing']})"]
    lines.extend(f"    {ledger['missed gold'][r]:3} missed ({ledger['recovered'][r]} gold) / "
                 f"{ledger['gold already matched'][r]:3} matched / {ledger['nothing'][r]:3} nothing  {r}"
                 for r in order[:top])
    return lines
