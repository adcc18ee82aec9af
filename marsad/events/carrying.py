"""Who did a development told with no actor, or with a pronoun-like one: the actor of the event before it
goes on (rules carry-actor, kin-sends-no-forces, anaphor-actor), as a coder reading the report would."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.drafts import Draft
from marsad.events.roles import ARMED_INTER, Roles
from marsad.events.rules import rule
from marsad.types import ActorMention

_CROWD_TYPES = frozenset({"Protests", "Riots"})
# "Two clans clashed in the village. Military reinforcements arrived there later": the forces sent after a feud
# between tribes, clans or families are not the feuding kin's (an identity militia, ACLED inter 4) but those of a
# side named before them, or nobody named (rule kin-sends-no-forces)
_KIN_INTER = 4
_MOVE_OF_FORCES = "Change to group/activity"


def carry_actors(text: str, drafts: list[Draft]) -> list[Draft]:
    """A development told with no actor of its own ("The recruitment operations are concentrated in
    Tabqa", "the new post was set up at the crossing") goes on with the actor of the event before it, as a
    coder reading the report would; violence with no named attacker stays unidentified."""
    previous: ActorMention | None = None
    previous_force: ActorMention | None = None  # the last named side that is not a tribe, clan or family
    for draft in sorted(drafts, key=lambda d: d.trigger.start):
        actor = draft.roles.actor1
        if actor is None and previous is not None and draft.coding.event_type == "Strategic developments" \
                and not draft.in_headline:
            carried: ActorMention | None = previous
            if previous.inter == _KIN_INTER and draft.coding.sub_event_type == _MOVE_OF_FORCES:
                carried = previous_force  # rule kin-sends-no-forces
                draft.rules.append("kin-sends-no-forces")
            if carried is not None:
                draft.roles = Roles(carried, draft.roles.actor2, draft.roles.assoc1, draft.roles.assoc2,
                                    draft.roles.victim_phrase)
                draft.rules.append("carry-actor")
        elif _refers_back(text, actor, previous) and not draft.in_headline and previous is not None:
            draft.roles = replace(draft.roles, actor1=previous)  # "The gunmen then looted the shops"
            draft.rules.append("anaphor-actor")
        elif actor is not None and actor.kind != "generic" and not draft.in_headline \
                and draft.coding.event_type not in _CROWD_TYPES:
            previous = actor  # a protest's named side is whom the crowd is about, not the hand of what follows
            if actor.inter != _KIN_INTER:
                previous_force = actor
            elif _named_force(draft.roles.actor2):
                previous_force = draft.roles.actor2  # "the clan attacked army posts": the army sends reinforcements
    return drafts


def _named_force(actor: ActorMention | None) -> bool:
    return actor is not None and actor.kind != "generic" and actor.inter in ARMED_INTER - {_KIN_INTER}


def _refers_back(text: str, actor: ActorMention | None, previous: ActorMention | None) -> bool:
    """"The gunmen", "the militants": an unnamed armed group told with the definite article is the armed group
    (not the state's forces) that acted in the event before (rule anaphor-actor)."""
    return actor is not None and previous is not None and actor.kind == "generic" and actor.inter in {2, 3, 4} \
        and previous.inter in ARMED_INTER - {1} \
        and rule("anaphor-actor").search(text[max(0, actor.start - 12):actor.end]) is not None
