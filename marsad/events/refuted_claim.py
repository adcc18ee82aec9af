"""An act told only as someone's claim that the report itself refutes (rule `refuted-claim`).

Partisan outlets and official pages are often quoted for acts that did not happen, and the report says so:
"Pro-government pages claimed that the SDF shelled houses in the city, but local sources said no shelling took
place"; "State media claimed the rebels shelled the town. Activists denied the claim." The act is told as a
claim (rule `claim-told`: "claimed", "alleged", "purported") and refuted after it, in its own sentence or at the
next (rule `claim-refuted`: "denied the claim", "no shelling took place", "the reports proved false"). ACLED codes
what happened, not what one side said happened and others refuted: no event. A claim nobody refutes ("state media
claimed that air defences shot down three drones") and a report the accused deny ("Local media said Turkish drones
struck a car; Ankara denied the report": no claim word) still tell the act.
"""

from __future__ import annotations

import re

from marsad.events.rules import rule

# the next sentence of the same paragraph: up to its full stop (a blank line ends the paragraph)
_NEXT_SENTENCE = re.compile(r"[ \t]*\n?[ \t]*([^\n]*?[.!?])(?=\s|$)")


def refuted_claim(text: str, sentence: tuple[int, int], trigger_start: int, after: str) -> bool:
    """Whether the trigger at `trigger_start` (`after`: its sentence's text after it) tells an act only as a claim
    that the report refutes, in the trigger's sentence or the next one."""
    if not rule("claim-told").search(text[sentence[0]:trigger_start][-200:]):
        return False
    if rule("claim-refuted").search(after):
        return True
    following = _NEXT_SENTENCE.match(text, sentence[1])
    return following is not None and rule("claim-refuted").search(following.group(1)) is not None
