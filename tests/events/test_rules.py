"""The rule registry (marsad/data/events/rules.yaml): every rule's examples hold, without the language model."""

import re
from pathlib import Path

import pytest

from marsad.errors import MarsadError
from marsad.events.dates import find_dates
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.records import build_record
from marsad.events.rules import load_rules, parse_rules
from marsad.types import Report

RULES = list(load_rules().values())
EVENTS_CODE = Path(__file__).resolve().parents[2] / "marsad" / "events"


def _code(text: str) -> tuple[Analysis, list]:
    """Code `text` with no gazetteer, actor base or parse (its days told but not resolved: no publication date): what
    the rules alone make of it."""
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=_sentences(text), places=[], actors=[],
                        dates=find_dates(text, None), attributions=[])
    return analysis, extract_drafts(analysis, load_lexicon())


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text) if m.group(0).strip()]


def _fired(text: str) -> set[str]:
    analysis, drafts = _code(text)
    return {name for d in drafts for name in d.rules} | {name for name, _ in analysis.dropped}


def _holds(rule, example: str) -> bool:
    if rule.pattern is not None:
        return rule.applies_to_example(example)
    return rule.name in _fired(example.replace("[", "").replace("]", ""))


CASES = [(r, e, True) for r in RULES for e in r.fires] + [(r, e, False) for r in RULES for e in r.passes]


@pytest.mark.parametrize(("rule", "example", "fires"), CASES, ids=[f"{r.name}:{e[:40]}" for r, e, _ in CASES])
def test_rule_example(rule, example, fires):
    assert _holds(rule, example) is fires


def test_every_rule_with_words_has_examples_both_ways():
    for rule in RULES:
        if rule.pattern is not None:
            assert rule.fires and rule.passes, rule.name


def test_every_rule_the_code_names_is_in_the_registry():
    names = set(load_rules())
    cited = set()
    for path in EVENTS_CODE.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        cited |= set(re.findall(r'\brule\("([\w-]+)"\)', source))
        cited |= set(re.findall(r'(?:return|append\(|\[)\s*\(?"([a-z]+(?:-[a-z]+)+)"', source))
        cited |= set(re.findall(r'\babsorb\([^)]*"([\w-]+)"\)', source))
    assert cited, "the scan found no rule names: the test would pass for nothing"
    assert cited - names == set()


def test_draft_and_record_say_which_rules_coded_them():
    analysis, drafts = _code("Rebels attacked a village near the bridge. Clashes also erupted.")
    assert len(drafts) == 1
    assert drafts[0].rules[0] == "cue:attack" and "elaborates" in drafts[0].rules
    record = build_record(analysis, drafts[0])
    assert record.coded_by == drafts[0].rules
    assert record.as_dict()["coded_by"] == drafts[0].rules


def test_dropped_triggers_name_their_rule():
    analysis, drafts = _code("The militia did not shell the village.")
    assert drafts == []
    assert [(name, span.text) for name, span in analysis.dropped] == [("negated", "shell")]


@pytest.mark.parametrize(("data", "message"), [
    ({"rules": [{"name": "a", "stage": "cue", "description": "d", "match": {"words": [False]}}]}, "quote"),
    ({"rules": [{"name": "a", "stage": "cue", "description": "d"}] * 2}, "name of its own"),
    ({"rules": [{"name": "a", "stage": "somewhere", "description": "d"}]}, "stage must be"),
    ({"rules": [{"name": "a", "stage": "cue", "description": "d", "match": {"words": ["(unclosed"]}}]}, "pattern"),
])
def test_bad_rules_are_refused_with_a_clear_message(data, message):
    with pytest.raises(MarsadError, match=message):
        parse_rules(data)


def test_coded_by_is_stored_and_read_back(tmp_path):
    from marsad.store import Store

    text = "Rebels attacked a village near the bridge. Clashes also erupted."
    analysis, drafts = _code(text)
    record = build_record(analysis, drafts[0])
    with Store.open(f"sqlite:///{tmp_path / 'marsad.db'}") as store:
        store.add_report(analysis.report, [record])
        assert store.get_event(record.event_id)["coded_by"] == ["cue:attack", "elaborates", "cue:clash"]
