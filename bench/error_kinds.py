"""What kind of error each missed and each spurious event is, counted per set: counts only, never a text.

A count of kinds tells where a set loses its F1 without reading one of its reports, so it may be printed
for a held-out set too. The kinds follow how `eval/score.py` matches (same event type, agreeing place):

missed gold events
- ``type``: an unmatched prediction sits at the gold event's place, with another event type;
- ``place``: a prediction of the right event type exists in the report, but not at the gold place;
- ``second event at a place``: every prediction at the gold place is already matched to another gold
  event (two things happened there; Marsad told one);
- ``nothing``: no prediction at the place and none of the type.

spurious predictions
- ``split``: a gold event of the same type sits at its place (a second prediction for one event);
- ``type``: gold events sit at its place, none of its type;
- ``nothing near``: no gold event at its place.

actor1 on matched pairs: right, none given, gold's actor2 given, or another name.

The type pairs (`type_pairs`, `--type-pairs`) open the spurious ``type`` kind: per such prediction, its
sub-event type against the sub-event types of the gold events at its place, and whether those gold events
were all matched by other predictions (``beside``: the place's event was told right and this one is extra)
or one was left unmatched (``instead``: the type was told wrong, a missed event too); and, over the same
predictions, the rules they cite (`ledger_names`). Counts only, so it may be printed for a held half.

The rule ledger (`rule_ledger`) counts, per rule an event cites in `coded_by`, how many of the events citing
it matched a gold event and how many were spurious: a rule that makes more spurious events than right ones on
a set it was not written from is a rule to look at. The classifier's entry ("classifier: Attack 0.97") is
counted by how its label relates to the event (agrees with the sub-event type, another type, or none) and
whether its score is at least 0.9, so the ledger stays counts of a few dozen names.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_CLASSIFIER_ENTRY = re.compile(r"classifier: (?P<label>.+) (?P<score>[01](?:\.\d+)?)$")


def match(scorer: Any, preds: list[dict], golds: list[dict]) -> dict[int, int]:
    """The scorer's greedy matching (best pair score first): prediction index -> gold index."""
    candidates = sorted(((s, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                         if (s := scorer.pair_score(p, g)) is not None), reverse=True)
    pairs: dict[int, int] = {}
    used_gold: set[int] = set()
    for _, i, j in candidates:
        if i in pairs or j in used_gold:
            continue
        pairs[i] = j
        used_gold.add(j)
    return pairs


def missed_kind(scorer: Any, gold: dict, preds: list[dict], matched_preds: set[int]) -> str:
    at_place = [i for i, p in enumerate(preds) if scorer.place_agrees(p, gold)]
    free_at_place = [i for i in at_place if i not in matched_preds]
    if free_at_place:
        return f"type: gold {gold.get('event_type')}, predicted {preds[free_at_place[0]].get('event_type')}"
    if at_place:
        return f"second event at a place: {gold.get('sub_event_type')}"
    if any(p.get("event_type") == gold.get("event_type") for p in preds):
        return f"place: {gold.get('event_type')} predicted elsewhere"
    return f"nothing: {gold.get('sub_event_type')}"


def spurious_kind(scorer: Any, pred: dict, golds: list[dict]) -> str:
    at_place = [g for g in golds if scorer.place_agrees(pred, g)]
    if any(g.get("event_type") == pred.get("event_type") for g in at_place):
        return f"split: {pred.get('sub_event_type')}"
    if at_place:
        return f"type: predicted {pred.get('event_type')} at a gold place"
    return f"nothing near: {pred.get('sub_event_type')}"


def actor1_kind(scorer: Any, pred: dict, gold: dict) -> str:
    if scorer.names_agree(pred.get("actor1"), scorer.as_list(gold.get("actor1"))):
        return "right"
    if not pred.get("actor1"):
        return "none given"
    if scorer.names_agree(pred.get("actor1"), scorer.as_list(gold.get("actor2"))):
        return "gold's actor2 given"
    return "another name"


def _by_report(events: list[dict]) -> dict[str, list[dict]]:
    by_report: dict[str, list[dict]] = {}
    for event in events:
        by_report.setdefault(str(event.get("doc_id")), []).append(event)
    return by_report


def ledger_names(event: dict) -> set[str]:
    """The names an event is counted under in the rule ledger: its rules, its classifier verdict's kind."""
    names: set[str] = set()
    for entry in event.get("coded_by") or []:
        verdict = _CLASSIFIER_ENTRY.match(entry)
        if verdict is None:
            names.add(entry)
            continue
        label = verdict["label"]
        relation = "none" if label == "none" else (
            "agrees" if label == event.get("sub_event_type") else "another type")
        names.add(f"classifier {relation} ({'>=' if float(verdict['score']) >= 0.9 else '<'} 0.9)")
    return names


def rule_ledger(scorer: Any, gold: dict[str, dict], events: list[dict]) -> dict[str, Counter]:
    """Per ledger name (see `ledger_names`): how many events citing it matched gold, how many were spurious."""
    by_report = _by_report(events)
    ledger = {"matched": Counter(), "spurious": Counter()}
    for report_id, report in gold.items():
        preds = by_report.get(report_id, [])
        pairs = match(scorer, preds, report.get("events", []))
        for i, pred in enumerate(preds):
            ledger["matched" if i in pairs else "spurious"].update(ledger_names(pred))
    return ledger


def format_ledger(name: str, ledger: dict[str, Counter], top: int = 12) -> list[str]:
    """The names that made the most spurious events first, with their matched count beside."""
    spurious, matched = ledger["spurious"], ledger["matched"]
    ranked = sorted(set(spurious) | set(matched), key=lambda n: (-spurious[n], -matched[n], n))
    lines = [f"  {name}: rules by spurious events (matched / spurious)"]
    lines += [f"    {matched[n]:4} / {spurious[n]:<4} {n}" for n in ranked[:top]]
    return lines


def error_kinds(scorer: Any, gold: dict[str, dict], events: list[dict]) -> dict[str, Counter]:
    """Counts of missed, spurious and actor1 kinds over the reports of `gold`."""
    by_report = _by_report(events)
    kinds = {"missed": Counter(), "spurious": Counter(), "actor1": Counter()}
    for report_id, report in gold.items():
        golds, preds = report.get("events", []), by_report.get(report_id, [])
        pairs = match(scorer, preds, golds)
        matched_golds = set(pairs.values())
        for i, j in pairs.items():
            kinds["actor1"][actor1_kind(scorer, preds[i], golds[j])] += 1
        for j, g in enumerate(golds):
            if j not in matched_golds:
                kinds["missed"][missed_kind(scorer, g, preds, set(pairs))] += 1
        for i, p in enumerate(preds):
            if i not in pairs:
                kinds["spurious"][spurious_kind(scorer, p, golds)] += 1
    return kinds


def type_pairs(scorer: Any, gold: dict[str, dict], events: list[dict]) -> dict[str, Counter]:
    """For spurious predictions of the ``type`` kind: predicted sub-event type against the gold ones at its
    place (``beside``/``instead``, see the module's docstring), and the rules those predictions cite."""
    by_report = _by_report(events)
    counts = {"pairs": Counter(), "rules": Counter()}
    for report_id, report in gold.items():
        golds, preds = report.get("events", []), by_report.get(report_id, [])
        pairs = match(scorer, preds, golds)
        matched_golds = set(pairs.values())
        for i, pred in enumerate(preds):
            if i in pairs or not spurious_kind(scorer, pred, golds).startswith("type:"):
                continue
            at_place = [j for j, g in enumerate(golds) if scorer.place_agrees(pred, g)]
            relation = "beside" if all(j in matched_golds for j in at_place) else "instead"
            gold_types = " + ".join(sorted({str(golds[j].get("sub_event_type")) for j in at_place}))
            counts["pairs"][f"{pred.get('sub_event_type')} | gold {gold_types} | {relation}"] += 1
            counts["rules"].update(ledger_names(pred))
    return counts


def format_type_pairs(name: str, counts: dict[str, Counter], top: int = 10) -> list[str]:
    lines = [f"  {name}: spurious 'type' events {sum(counts['pairs'].values())} (predicted | gold at place | relation)"]
    lines += [f"    pair {count:3}  {pair}" for pair, count in counts["pairs"].most_common(top)]
    lines += [f"    rule {count:3}  {rule}" for rule, count in counts["rules"].most_common(top)]
    return lines


def format_kinds(name: str, kinds: dict[str, Counter], top: int = 8) -> list[str]:
    lines = [f"  {name}: missed {sum(kinds['missed'].values())}, spurious {sum(kinds['spurious'].values())}, "
             f"actor1 {dict(kinds['actor1'].most_common())}"]
    for part in ("missed", "spurious"):
        for kind, count in kinds[part].most_common(top):
            lines.append(f"    {part:8} {count:3}  {kind}")
    return lines
