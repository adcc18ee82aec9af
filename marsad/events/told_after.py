"""What a sentence adds to the event told just before it: its toll (counts_told_after.py) and where it happened
(rule place-told-after, placing.py)."""

from __future__ import annotations

from marsad.events.counts_told_after import attach_counts
from marsad.events.drafts import Analysis, Draft
from marsad.events.placing import place_told_after
from marsad.events.told_not_done import elsewhere_told


def complete_previous(analysis: Analysis, previous: Draft, sentence: tuple[int, int], skip: str | None,
                      has_own_events: bool) -> None:
    """A sentence with no event of its own lends the event before it its counts and its place. One with events
    of its own lends it only a place told of it ("The shooting took place in X, where hundreds had blocked the
    road": the sentence's subject is the event before; the protest in the relative clause is its own)."""
    if has_own_events:
        place_told_after(analysis, previous, sentence)
        return
    told_elsewhere = skip or elsewhere_told(analysis.dropped, sentence)
    attach_counts(previous, analysis.report.text, sentence, told_elsewhere)
    if told_elsewhere is None:
        place_told_after(analysis, previous, sentence)
