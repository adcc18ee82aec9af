"""An act a side says it did: a claim of an act the report has told (rule `claimed-act`).

Reports tell an attack, then the claim of it: "ISIS claimed the attack on Tuesday through its news agency, saying
its fighters had targeted a checkpoint in the area", "The Guards said in a statement on Wednesday that their
forces had struck the headquarters of terrorist groups in the north". The act of a claim is told in the past
perfect under a verb of saying, on the day the claim was made, often at a place of the claimant's own wording (a
region, "the area"). Told after an event of its family, it is that event claimed, not a second one (the guide: one
event per act; a claim is the same act), so it joins the event as a restatement does (`background.py`,
`_restated`), and so does the act the claim sentence names with the article ("claimed the attack on Tuesday"),
whose day is then the claim's. A claim that names a place of its own other than every earlier event's, or a day
after the act ("had attacked a post in Beta on Sunday"), is an act of its own, and a claim of an act the report
told nothing of before stays the event it tells.
"""

from __future__ import annotations

import re

from marsad.events.drafts import Analysis, Draft
from marsad.events.rules import rule

# where a claimed act's verb may begin: right after "had" (and an adverb, a quote mark)
_PAST_PERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?[\"“']?(?=\w)", re.I)


def claimed_act_at(analysis: Analysis, draft: Draft) -> int | None:
    """Where the sentence of `draft` tells an act in the past perfect right after a verb of saying ("said that its
    forces had targeted", "saying its soldiers had attacked"): the position of that act's verb, or None. Headlines
    tell no claim."""
    if draft.in_headline:
        return None
    text = analysis.report.text
    start, end = draft.sentence
    for match in _PAST_PERFECT.finditer(text, start, end):
        if rule("claimed-act").search(text[start:match.end()]) is not None:
            return match.end()
    return None


def day_of_the_claim(draft: Draft, claim_at: int) -> bool:
    """The day the sentence tells lies before the claimed act: the day the claim was made ("claimed the attack on
    Tuesday, saying its fighters had ..."), not a day of the act."""
    return draft.date is None or draft.date.start < claim_at


def claim_names_its_place(analysis: Analysis, draft: Draft, other: Draft, claim_at: int) -> bool:
    """The claim names the earlier event's place in its words ("had targeted the occupation base of Alpha and a
    vital target in Beta with drones"): a claim of several acts names each where it was, in words of its own
    ("Beta" for "Beta air base")."""
    if other.place is None:
        return False
    told = other.place.text.lower()
    return any(claim_at <= p.start < draft.sentence[1] and (
        p.text.lower() in told or (p.place is not None and other.place.place is not None
                                   and p.place.geonameid == other.place.place.geonameid))
        for p in analysis.places)
