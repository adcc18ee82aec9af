"""bench/drops.py: the drop ledger, worked out by hand on a made-up gold and prediction pair (counts only)."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.bench.test_error_kinds import SCORER, _event
from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))  # drops.py imports its sibling error_kinds.py as the bench scripts do
drops_module = load_script(ROOT / "bench" / "drops.py", "marsad_bench_drops")


def _drop(rule, event_type, sub, place, doc="r1"):
    return _event(event_type, sub, place, doc=doc) | {"dropped_by": rule}


def test_each_drop_is_counted_once_by_what_it_would_have_matched():
    gold = {"r1": {"events": [
        _event("Battles", "Armed clash", "Alpha"),                              # a kept clash matches it
        _event("Explosions/Remote violence", "Shelling/artillery/missile attack", "Alpha"),  # missed: 2nd at Alpha
        _event("Protests", "Peaceful protest", "Beta"),                         # missed
    ]}, "r2": {"events": [_event("Battles", "Armed clash", "Gamma", doc="r2")]}}
    kept = [_event("Battles", "Armed clash", "Alpha")]
    dropped = [
        _drop("merged-as-one-event", "Explosions/Remote violence", "Air/drone strike", "Alpha"),  # the missed shelling
        _drop("merged-as-one-event", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Alpha"),
        _drop("stronger-absorbs-weaker", "Battles", "Armed clash", "Alpha"),   # the clash kept already matched
        _drop("negated", "Protests", "Peaceful protest", "Zeta"),               # another place: nothing
        _drop("negated", "Battles", "Armed clash", "Gamma", doc="r2"),         # r2's clash, missed by the kept
        _drop("tally", "Battles", "Armed clash", "Alpha", doc="r3"),           # a report outside the gold: not counted
    ]
    ledger = drops_module.drop_ledger(SCORER, gold, kept, dropped)
    assert dict(ledger["missed gold"]) == {"merged-as-one-event": 2, "negated": 1}
    assert dict(ledger["recovered"]) == {"merged-as-one-event": 1, "negated": 1}  # two drafts, one gold event
    assert dict(ledger["gold already matched"]) == {"stronger-absorbs-weaker": 1}
    assert dict(ledger["nothing"]) == {"negated": 1}
    lines = drops_module.format_drop_ledger("set", ledger)
    assert lines[0].split() == ["set:", "dropped", "5", "(missed", "gold", "3,", "already", "matched", "1,",
                                "nothing", "1)"]
    assert lines[1].split()[:2] == ["2", "missed"] and lines[1].endswith("merged-as-one-event")
    assert all("Alpha" not in line and "Armed clash" not in line for line in lines)  # counts and rule names only
