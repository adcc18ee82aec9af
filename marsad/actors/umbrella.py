"""A side told as fighting under another's banner is coded as that banner (rules `operating-under`,
`under-operation`).

Reports name a faction and the formation it fights in: "rebel factions operating under Operation Northern
Shield", "US troops operating as part of the international coalition", "a brigade that operates within the
National Army". ACLED files such an event under the formation and names the faction as its associated actor,
as it does for a component the base files under its parent (`coded_under_parent`). The words that tie the two
are data: rule `operating-under` in marsad/data/events/rules.yaml. A military operation or an operations room
takes barer words too ("rebel groups under Operation Dawn", "fighters of the operations room"): rule
`under-operation`, which only a formation whose name says it is an operation takes, since "under" and "of" tie
many other things ("areas under the army's control").

The faction and its formation are one side of the fight: the formation's own mention right after the faction
is dropped, so that "clashes between factions under Operation X and the SDF" has the SDF as the other side.
"""

from __future__ import annotations

import re

from marsad.actors.found import Found
from marsad.events.rules import rule

_MAX_GAP = 60  # characters between the faction and its formation
# A formation whose canonical name says it is a military operation or a joint operations room.
_OPERATION_NAME = re.compile(r"\bOperations?\b")


def _ties(gap: str, formation: Found) -> bool:
    """The words between a side and a formation tell the side fights under it."""
    if rule("operating-under").fullmatch(gap):
        return True
    return bool(_OPERATION_NAME.search(formation.name)) and rule("under-operation").fullmatch(gap) is not None


def under_umbrella(text: str, mentions: list[Found]) -> list[Found]:
    """Mark each side ("rebel factions", a named group) followed by "operating under <a named group>" as coded
    under that group; it replaces a parent the base gave the side, as the report tells the fight's own. The
    mentions without the formations so absorbed."""
    sides = sorted((m for m in mentions if m.kind != "person"), key=lambda m: m.start)
    absorbed: set[int] = set()
    for faction, formation in zip(sides, sides[1:], strict=False):
        gap = text[faction.end:formation.start]
        if (formation.kind == "group" and len(gap) <= _MAX_GAP and formation.name != faction.name
                and id(faction) not in absorbed and _ties(gap, formation)):
            faction.part_of = formation.name
            faction.coded_under_parent = True
            absorbed.add(id(formation))
    return [m for m in mentions if id(m) not in absorbed]
