"""A brief (one paragraph, a coder's note) whose act is told in a sentence naming no place happened at the one place
the brief named before it (rule sole-place-of-brief), not in its governorate at large. Briefs written for these
tests; coded with no language model and no gazetteer file (places from a hand-made list)."""

from __future__ import annotations

import pytest

from tests.events import handmade

PLACES = [handmade.place("Tal Warda", 36.40, 36.70, "SY"), handmade.place("Kafr Susa", 36.10, 37.10, "SY"),
          handmade.place("Halabiya", 36.20, 37.20, "SY", "ADM1")]
REPORTS = handmade.Reports("", PLACES)


def _clashes(drafts):
    return [d for d in drafts if d.kind in {"clash", "fight"} or d.coding.event_type == "Battles"]


def test_an_act_with_no_place_of_its_own_happened_at_the_one_place_told_before():
    _, drafts = REPORTS.code("On 3 May 2019, the bodies of six fighters were found near Tal Warda. "
                             "They had been killed in clashes with the army in March.")
    clashes = _clashes(drafts)
    assert clashes and clashes[0].place is not None and clashes[0].place.text == "Tal Warda"
    assert "sole-place-of-brief" in clashes[0].rules


def test_the_container_of_the_place_does_not_count_as_a_second_place():
    _, drafts = REPORTS.code("On 3 May 2019, the bodies of six fighters were found in Tal Warda in Halabiya. "
                             "They had been killed in clashes with the army in March.")
    clashes = _clashes(drafts)
    assert clashes and clashes[0].place is not None and clashes[0].place.text == "Tal Warda"


@pytest.mark.parametrize("brief", [
    # two places told before: the act stays in its region
    "On 3 May 2019, the bodies of six fighters were found in Tal Warda and Kafr Susa. "
    "They had been killed in clashes with the army in March.",
    # a place told only after the act is not taken
    "On 3 May 2019, clashes broke out between two armed groups. "
    "A wounded man was later taken to a clinic in Tal Warda.",
    # a report of several paragraphs is no brief
    "Fighting in the north\n\nOn 3 May 2019, the bodies of six fighters were found near "
    "Tal Warda.\n\nThey had been killed in clashes with the army in March.",
], ids=["two-places-before", "place-told-after", "several-paragraphs"])
def test_the_rule_stays_out(brief: str):
    _, drafts = REPORTS.code(brief)
    clashes = _clashes(drafts)
    assert clashes
    assert all("sole-place-of-brief" not in draft.rules for draft in clashes)
