"""bench/error_kinds.py: each kind of missed and spurious event, worked out by hand on made-up reports."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from tests.scripts import load_script

ROOT = Path(__file__).resolve().parents[2]


kinds_module = load_script(ROOT / "bench" / "error_kinds.py", "marsad_bench_error_kinds")


def _as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _place_agrees(pred, gold):
    return pred.get("location") == gold.get("location")


def _pair_score(pred, gold):
    if pred.get("event_type") != gold.get("event_type") or not _place_agrees(pred, gold):
        return None
    return 1.0 + (pred.get("sub_event_type") == gold.get("sub_event_type")) + (
        pred.get("actor1") in _as_list(gold.get("actor1")))


# A stand-in for eval/score.py: its matching rule (same event type, same place; the sub-type and actor1 make
# a pair better) with exact place and actor names.
SCORER = SimpleNamespace(pair_score=_pair_score, place_agrees=_place_agrees, as_list=_as_list,
                         names_agree=lambda predicted, accepted: predicted in accepted)


def _event(event_type, sub, place, actor1=None, actor2=None, doc="r1"):
    return {"doc_id": doc, "event_type": event_type, "sub_event_type": sub, "location": place,
            "actor1": actor1, "actor2": actor2}


def test_each_missed_and_spurious_kind() -> None:
    gold = {"r1": {"events": [
        _event("Battles", "Armed clash", "Alpha", actor1=["Army"]),            # matched, actor1 right
        _event("Explosions/Remote violence", "Air/drone strike", "Beta"),      # a VAC sits at Beta: type
        _event("Battles", "Armed clash", "Gamma"),                             # a clash predicted elsewhere
        _event("Protests", "Peaceful protest", "Delta"),                       # nothing
    ]}, "r2": {"events": [_event("Battles", "Armed clash", "Eta", actor1=["Army"], actor2=["Rebels"])]},
        "r3": {"events": [_event("Battles", "Armed clash", "Theta", actor1=["Army"]),
                          _event("Strategic developments", "Looting/property destruction", "Theta")]}}
    preds = [
        _event("Battles", "Armed clash", "Alpha", actor1="Army"),
        _event("Battles", "Armed clash", "Alpha"),                             # split of the Alpha clash
        _event("Violence against civilians", "Attack", "Beta"),               # type at a gold place
        _event("Battles", "Armed clash", "Zeta"),                              # nothing near
        _event("Battles", "Armed clash", "Eta", actor1="Rebels", doc="r2"),   # actor2 given as actor1
        _event("Battles", "Armed clash", "Theta", doc="r3"),                   # the looting there is lost
    ]
    kinds = kinds_module.error_kinds(SCORER, gold, preds)
    assert dict(kinds["missed"]) == {
        "second event at a place: Looting/property destruction": 1,
        "type: gold Explosions/Remote violence, predicted Violence against civilians": 1,
        "place: Battles predicted elsewhere": 1,
        "nothing: Peaceful protest": 1,
    }
    assert dict(kinds["spurious"]) == {
        "split: Armed clash": 1,
        "type: predicted Violence against civilians at a gold place": 1,
        "nothing near: Armed clash": 1,
    }
    assert dict(kinds["actor1"]) == {"right": 1, "gold's actor2 given": 1, "none given": 1}


def test_best_pair_wins_the_match() -> None:
    # Two clashes at one place: the prediction with the right sub-type takes the gold event first.
    gold = {"r1": {"events": [_event("Battles", "Government regains territory", "Alpha")]}}
    preds = [_event("Battles", "Armed clash", "Alpha"), _event("Battles", "Government regains territory", "Alpha")]
    assert kinds_module.match(SCORER, preds, gold["r1"]["events"]) == {1: 0}


def test_format_prints_counts_and_no_text() -> None:
    gold = {"r1": {"events": [_event("Protests", "Peaceful protest", "Delta")]}}
    lines = kinds_module.format_kinds("set", kinds_module.error_kinds(SCORER, gold, []))
    assert lines[0].startswith("  set: missed 1, spurious 0")
    assert lines[1].split() == ["missed", "1", "nothing:", "Peaceful", "protest"]


def test_rule_ledger_counts_each_rule_by_outcome() -> None:
    # Two predictions cite `cue:attack`: one matches the gold clash, one sits where no gold event is.
    gold = {"r1": {"events": [_event("Battles", "Armed clash", "Alpha")]}}
    right = _event("Battles", "Armed clash", "Alpha") | {"coded_by": ["cue:attack", "classifier: Armed clash 0.97"]}
    wrong = _event("Violence against civilians", "Attack", "Zeta") | {
        "coded_by": ["cue:attack", "region-fallback", "classifier: none 0.62"]}
    typed_apart = _event("Battles", "Armed clash", "Omega") | {"coded_by": ["classifier: Attack 0.95"]}
    ledger = kinds_module.rule_ledger(SCORER, gold, [right, wrong, typed_apart])
    assert dict(ledger["matched"]) == {"cue:attack": 1, "classifier agrees (>= 0.9)": 1}
    assert dict(ledger["spurious"]) == {"cue:attack": 1, "region-fallback": 1, "classifier none (< 0.9)": 1,
                                        "classifier another type (>= 0.9)": 1}
    lines = kinds_module.format_ledger("set", ledger)
    assert lines[1].split() == ["1", "/", "1", "cue:attack"]   # the most spurious first, matched beside


def test_type_pairs_open_the_spurious_type_kind() -> None:
    # At Alpha the clash was told right and a development beside it is extra; at Beta an attack was told
    # where gold has an air strike (instead). The rules are counted over those two spurious events only.
    gold = {"r1": {"events": [_event("Battles", "Armed clash", "Alpha"),
                              _event("Explosions/Remote violence", "Air/drone strike", "Beta")]}}
    preds = [_event("Battles", "Armed clash", "Alpha") | {"coded_by": ["cue:clash"]},
             _event("Strategic developments", "Change to group/activity", "Alpha") | {"coded_by": ["cue:movement"]},
             _event("Violence against civilians", "Attack", "Beta") | {"coded_by": ["cue:attack", "region-fallback"]},
             _event("Battles", "Armed clash", "Zeta") | {"coded_by": ["cue:clash"]}]
    counts = kinds_module.type_pairs(SCORER, gold, preds)
    assert dict(counts["pairs"]) == {"Change to group/activity | gold Armed clash | beside": 1,
                                     "Attack | gold Air/drone strike | instead": 1}
    assert dict(counts["rules"]) == {"cue:movement": 1, "cue:attack": 1, "region-fallback": 1}
    lines = kinds_module.format_type_pairs("set", counts)
    assert lines[0].startswith("  set: spurious 'type' events 2")
