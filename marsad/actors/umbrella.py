"""A side told as fighting under another's banner is coded as that banner (rule `operating-under`).

Reports name a faction and the formation it fights in: "rebel factions operating under Operation Northern
Shield", "US troops operating as part of the international coalition", "a brigade that operates within the
National Army". ACLED files such an event under the formation and names the faction as its associated actor,
as it does for a component the base files under its parent (`coded_under_parent`). The words that tie the two
are data: rule `operating-under` in marsad/data/events/rules.yaml.
"""

from __future__ import annotations

from marsad.actors.found import Found
from marsad.events.rules import rule

_MAX_GAP = 60  # characters between the faction and its formation


def under_umbrella(text: str, mentions: list[Found]) -> None:
    """Mark each side ("rebel factions", a named group) followed by "operating under <a named group>" as coded
    under that group; it replaces a parent the base gave the side, as the report tells the fight's own."""
    sides = sorted((m for m in mentions if m.kind != "person"), key=lambda m: m.start)
    for faction, formation in zip(sides, sides[1:], strict=False):
        gap = text[faction.end:formation.start]
        if (formation.kind == "group" and len(gap) <= _MAX_GAP and formation.name != faction.name
                and rule("operating-under").fullmatch(gap)):
            faction.part_of = formation.name
            faction.coded_under_parent = True
