"""Acts a report names without telling them as news of its own (rules.yaml, stage `cue`):

- `court-case`: an act named in a trial, a verdict or a confession ("sentenced to death for taking part in the
  bombing of the market", "confessed to planting explosive devices"). The court's ruling is no ACLED event, and
  the act it judges happened long before, most often already coded from the reports of its day.
- `counted-acts-perfect`: a perfect verb with a count of many acts ("has launched hundreds of strikes", "have
  set up dozens of bases"): a tally of conduct over time, not one act on one day.

Both are linguistic regularities of news writing, not phrases of one report: the examples in rules.yaml are
written for the project.
"""

from __future__ import annotations

from marsad.events.rules import rule
from marsad.types import DateMention


def told_not_done(text: str, sentence: tuple[int, int], trigger_start: int, own_dates: list[DateMention]) -> str | None:
    """The rule by which the trigger at `trigger_start` names an act judged in court or counted over time;
    None when it may tell one act."""
    before = text[sentence[0]:trigger_start]
    if rule("court-case").search(before[-200:]):
        return "court-case"
    if not own_dates:  # "on Monday the army has arrested dozens of suspects": a dated act is one act
        for found in rule("counted-acts-perfect").pattern.finditer(text, sentence[0], sentence[1]):  # type: ignore[union-attr]
            if found.start() <= trigger_start < found.end():
                return "counted-acts-perfect"
    return None
