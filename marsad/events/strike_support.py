"""Strikes told as the support of a side (rule strike-as-support): "the SDF, backed by coalition warplanes, clashed
with ISIS", "army units, supported by F-16 jets, fought the militants", "took the village under cover of air
strikes". The warplanes or the guns are one side's means in the fighting or the advance the sentence tells, not an
act of their own: one event, the battle or the capture, as ACLED codes a ground fight with air support. Strikes told
in a clause of their own ("amid air raids on the area", "while drones struck the village, killing two") stay apart
(rules air-beside-battle, strike-beside-capture)."""

from __future__ import annotations

from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule

# how far before the strike's word the support words may stand ("backed by [heavy Russian] air strikes")
_REACH = 60


def told_as_support(text: str, cues: list[CueMatch], sentence_start: int) -> bool:
    """Every cue of the strike is told in a phrase of support right before it (rule strike-as-support)."""
    return bool(cues) and all(
        rule("strike-as-support").search(text[max(sentence_start, cue.start - _REACH):cue.start]) is not None
        for cue in cues)
