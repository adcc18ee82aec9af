"""Round 14's typing (typing14): the words and conditions that tell what kind of event a sentence reports, each
checked by the rules alone (no language model), and the classifier's veto kept off a mass grave found."""

import numpy as np
import pytest

from marsad.events.classify import NONE, EventClassifier
from marsad.events.extract import Analysis, extract_drafts
from marsad.events.lexicon import load_lexicon
from marsad.events.refine import refine
from marsad.types import Report


def analysis_of(text: str) -> Analysis:
    return Analysis(report=Report(doc_id="t", text=text), sentences=[(0, len(text))], places=[], actors=[],
                    dates=[], attributions=[])


def kinds_of(text: str) -> list[str]:
    return sorted({d.kind for d in extract_drafts(analysis_of(text), load_lexicon())})


@pytest.mark.parametrize(("text", "kind"), [
    # a building made over into a force's seat (cue base_converted)
    ("The armed group turned the old cinema on the square into its headquarters.", "base"),
    ("Fighters converted the village clinic into a military post last month.", "base"),
    # positions or camps set up (cue base_set_up)
    ("The battalion established two new positions on the ridge above the valley.", "base"),
    # a vehicle full of explosives driven into its target (cue suicide_vehicle)
    ("A jihadist rammed a car packed with explosives into the police station gate.", "suicide"),
    # ground handed with its object between (cue handed_ground)
    ("The rebels handed two villages to the tribal council under the truce.", "handover"),
    # a march held, a human chain (cue protest)
    ("Nurses held a march to the ministry on Tuesday to demand their unpaid wages.", "protest"),
    ("Pupils formed a human chain outside the school to protest its closure.", "protest"),
    # a headquarters seized is ground taken (cue capture_ground)
    ("The rebels seized the brigade headquarters on the edge of the town.", "capture"),
    ("Masked men snatched a shopkeeper outside his store on Monday.", "abduct"),
])
def test_kind_told(text: str, kind: str) -> None:
    assert kind in kinds_of(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("The council turned the old cinema on the square into a library.", "base"),
    ("A parked car packed with explosives exploded near the police station.", "suicide"),
    ("The villagers handed a list of demands to the governor.", "handover"),
    ("A man threw a hand grenade at the checkpoint outside the town.", "handover"),
    ("The soldiers handed the detainees to the police.", "handover"),
])
def test_kind_not_told(text: str, kind: str) -> None:
    assert kind not in kinds_of(text)


def test_a_count_word_ends_at_a_conjunction():
    """"a march of several days and held a rally": "several" counts days, not rallies (rule habitual)."""
    assert "protest" in kinds_of("The farmers reached the capital after a march of several days and held a rally.")
    assert "protest" not in kinds_of("The farmers have held several rallies in the capital.")


def test_so_far_after_what_is_not_known_is_no_tally():
    assert "air" in kinds_of("Warplanes struck a depot near the town at dawn; no casualties were reported so far.")
    assert "air" not in kinds_of("So far this year, warplanes struck the depots near the town 40 times.")


def _model_saying_none() -> EventClassifier:
    """A classifier sure every sentence tells no event (the bias alone)."""
    labels = [NONE, "Other"]
    bias = np.array([12.0, 0.0])
    return EventClassifier(["bias"], labels, np.zeros((1, 2)), bias)


def test_a_mass_grave_found_is_not_vetoed():
    text = "Rescuers uncovered a mass grave at the edge of the desert town, believed to date from the siege."
    other = "Delegations of the two councils met in the town hall and talked about water."
    for sentence, stands in ((text, True), (other, False)):
        analysis, lexicon = analysis_of(sentence), load_lexicon()
        drafts = extract_drafts(analysis, lexicon)
        assert drafts, sentence
        kept = refine(analysis, lexicon, drafts, _model_saying_none())
        assert bool(kept) is stands, sentence


def test_the_closing_attribution_is_no_word_of_the_act():
    """"..., police said.": the police report the brawl, they are not in it (rule closing-attribution)."""
    assert "mob" in kinds_of("Two rival families fought with sticks and stones in the village, police said.")
    assert "mob" not in kinds_of("Police fought with youths armed with sticks and stones in the village.")
