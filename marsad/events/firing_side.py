"""The side the fire came from is the side that fired (rules `fired-from`, `firing-position`).

"Shells fired from regime positions hit the town", "rockets launched from areas held by the Guards", "two civilians
were wounded by sniper fire from the positions of the Guards": the side is named as the place the fire came from,
not as the side hit nor as the holder of the place where the event happened (moved out of roles.py).
"""

from __future__ import annotations

import re

from marsad.events.rules import rule
from marsad.types import ActorMention


def fired_from(text: str, mention: ActorMention, sentence_start: int) -> bool:
    """ "Shells fired from regime positions", "rockets launched from areas held by the Guards", "from
    Guards-held areas" (rules `fired-from`, `firing-position`): the side is where the fire came from."""
    before = rule("fired-from").search(text[max(sentence_start, mention.start - 60):mention.start])
    if before is None:
        return False
    if re.search(r"\b(?:of|by|to)\s+(?:the\s+)?$", before.group(0)):
        return True  # "from positions of the Guards"
    return rule("firing-position").match(text[mention.end:mention.end + 40]) is not None


def firing_side(text: str, mentions: list[ActorMention], patient: ActorMention | None,
                sentence_start: int) -> tuple[ActorMention | None, ActorMention | None]:
    """(agent, patient) where no agent was found: the side named as where the fire came from fired; it is no
    longer the side hit where the search had taken it for that ("shells fired from regime positions hit the
    town"), and the side hit stays where it is another ("civilians were wounded by fire from Guards posts")."""
    if patient is not None and fired_from(text, patient, sentence_start):
        return patient, None
    shooter = next((m for m in mentions if m is not patient and m.kind != "person"
                    and fired_from(text, m, sentence_start)), None)
    return shooter, patient
