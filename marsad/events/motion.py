"""Motion that serves an act: the setting of a strike or a fight, not a development of its own.

A patrol passing when a bomb went off, units "withdrawing" when a jet struck them, a force that "entered" a
town before the clashes in it, attackers "withdrawing" after their attack: ACLED codes the act, and the motion
is part of its telling (GUIDE: an SD is not coded for what is part of another event). A move of forces named as
such (reinforcements, a deployment, a mobilisation, a withdrawal, a curfew: rule coordinated-development) is a
development of its own beside the act, and so is motion told beside it with the words of rule development-beside
("struck the town as regime forces headed to it"), unless it is told in the progressive, as what the target
was doing when hit ("as its fighters were withdrawing"). Rule `motion-serves-act` (marsad/data/events/rules.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule

# "as its fighters were withdrawing", "while a convoy was passing": what the target was doing when it was hit
_PROGRESSIVE_BEFORE = re.compile(r"\b(?:was|were)\s+(?:still\s+|then\s+)?$", re.IGNORECASE)


def serves_the_act(cue_text: str) -> bool:
    """Whether a movement cue's words are plain motion (entered, arrived, heading, a patrol passing, withdrawing)
    rather than a move of forces named as a development."""
    text = cue_text.strip()
    return bool(rule("motion-serves-act").fullmatch(text)) and not rule("coordinated-development").match(text)


def motion_is_setting(text: str, moves: Iterable[CueMatch], acts: Iterable[CueMatch]) -> bool:
    """Every cue of a sentence's movement is plain motion told as the setting of the act beside it: in the
    progressive, or with no word of rule development-beside between it and the act."""
    moves, acts = list(moves), list(acts)
    if not moves or not all(serves_the_act(m.text) for m in moves):
        return False

    def setting(move: CueMatch) -> bool:
        if move.text.lower().endswith("ing") and _PROGRESSIVE_BEFORE.search(text[max(0, move.start - 30):move.start]):
            return True
        spans = [(min(a.end, move.end), max(a.start, move.start)) for a in acts]
        return not any(rule("development-beside").search(text[s:e]) for s, e in spans if s < e)

    return all(setting(m) for m in moves)
