"""The drafts the rules dropped, each with the rule that dropped it: the drop ledger's input.

Two kinds of drop are recorded while a report is coded. A rule that drops a trigger before any draft is made
(a plan, a denial, an old date, a tally sentence, a weaker kind a stronger one absorbs) notes the trigger in
`analysis.dropped`; here each such trigger is drafted as its cue would have been had no rule stopped it (its
kind, the places, actors and dates of its sentence). A rule that drops a whole draft (the classifier's veto,
bare-attack, a coder's note's one event) notes the draft itself in `analysis.dropped_drafts`.

Nothing here changes what is coded; it tells, per rule, what the rules threw away, so that `bench/drops.py`
can count how many of those would have matched a gold event that no kept event matched.
"""

from __future__ import annotations

from marsad.events.drafts import Analysis, Draft
from marsad.events.extract import draft_for_cue
from marsad.events.lexicon import Lexicon


def dropped_drafts(analysis: Analysis, lexicon: Lexicon) -> list[tuple[str, Draft]]:
    """Every draft a rule dropped in the report, with the rule's name, in the order of the report."""
    text = analysis.report.text
    whole = list(analysis.dropped_drafts)
    covered = {(d.trigger.start, d.trigger.end) for _, d in whole}
    recorded = list(analysis.dropped)  # drafting a cue again may note drops of its own: they are not kept
    found: list[tuple[str, Draft]] = []
    for reason, span in recorded:
        sentence = next((s for s in analysis.sentences if s[0] <= span.start < s[1]), None)
        if sentence is None or (span.start, span.end) in covered:
            continue
        for cue in lexicon.find(text, sentence[0], sentence[1]):
            if cue.cue.marker or not (span.start <= cue.start and cue.end <= span.end):
                continue
            kind = lexicon.kinds.get(cue.cue.kind)
            if kind is not None:
                found.extend((reason, draft) for draft in draft_for_cue(analysis, kind, cue, sentence))
    analysis.dropped[:] = recorded
    found.extend(whole)
    return sorted(found, key=lambda pair: pair[1].trigger.start)
