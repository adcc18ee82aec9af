"""Every example in marsad/data/events/examples.yaml gives the kinds it lists."""

from importlib import resources

import pytest
import yaml

from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.types import Report

EXAMPLES = yaml.safe_load((resources.files("marsad") / "data" / "events" / "examples.yaml").read_text())["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:50] for e in EXAMPLES])
def test_example_gives_its_kinds(example):
    text = example["text"]
    analysis = Analysis(report=Report(doc_id="x", text=text), sentences=[(0, len(text))], places=[],
                        actors=[], dates=[], attributions=[])
    kinds = sorted({d.kind for d in extract_drafts(analysis, load_lexicon())})
    assert kinds == sorted(example["kinds"])
