"""A sentence with no trigger of its own that completes the event told before it: its toll, its injured,
the share of a toll told for several places (rule skipped-sentence-counts-nothing for a tally that lends
nothing)."""

from __future__ import annotations

from marsad.events import quantities
from marsad.events.drafts import Draft, counts_deaths, lowest
from marsad.types import Evidence


def attach_counts(draft: Draft, text: str, sentence: tuple[int, int], skip: str | None = None) -> None:
    """A sentence with no trigger of its own often completes the event before it (toll, injuries); one a
    sentence rule skipped (a tally: "since January, 109 people were killed") lends it nothing."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    if skip is not None:
        if quantities.fatalities(sentence_text) is not None:
            draft.rules.append("skipped-sentence-counts-nothing")
        return
    if counts_deaths(draft.coding, draft.kind, sentence_text):
        count = quantities.fatalities(sentence_text, s_start)
        if count is not None:
            draft.fatalities = lowest(draft.fatalities, count)
            draft.evidence.append(Evidence(s_start, s_end, sentence_text.strip()))
        if draft.fatalities is not None:  # a coder's note may split one toll between the places it names
            place_name = draft.place.text if draft.place is not None else None
            part = quantities.share(sentence_text, draft.fatalities.value, place_name)
            if part is not None and part != draft.fatalities.value:
                draft.fatalities = quantities.Count(part, Evidence(s_start, s_end, sentence_text.strip()))
    if draft.injured is None:
        draft.injured = quantities.injured(sentence_text, s_start)
