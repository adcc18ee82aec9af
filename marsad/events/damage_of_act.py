"""The damage a strike did is that strike: property burned or destroyed told as a participle of the shelling, the air
strike or the bomb its sentence tells before it ("artillery shelled the outskirts of the village, setting fire to
orchards") is what the strike did, not a looting of its own (rule damage-of-the-act): ACLED codes property
destruction apart only outside the context of other violence. Houses gunmen burn in an attack were burned by hand,
which the guide may code apart (tried: joining those cost a held-out looting); a looting after a capture, or told with
a verb and a subject of its own ("The gunmen then looted the shops"), stays apart. Runs on a report's events once
merging is done."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import WEAPON_KINDS, Analysis, Draft, compatible_actor, place_key
from marsad.events.merging import absorb
from marsad.events.rules import rule


def damage_of_act(analysis: Analysis, drafts: list[Draft]) -> list[Draft]:
    """The report's events with each destruction told as the participle of a strike in its sentence joined to that
    strike (full reports; a brief or a coder's note already codes its acts as one)."""
    if analysis.brief:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        act = next((k for k in drafts if k is not draft and _damage_of(k, draft)), None) \
            if draft.kind == "loot" else None
        if act is None:
            kept.append(draft)
            continue
        absorb(act, draft, "damage-of-the-act")
    return kept


def _damage_of(act: Draft, damage: Draft) -> bool:
    """`damage` is told as a participle after the trigger of `act`, a strike by a remote weapon, in its sentence
    ("…, setting fire to", "burning", "destroying"), by the same hand (or none named), at the same place and day."""
    if act.kind not in WEAPON_KINDS or act.coding.event_type != "Explosions/Remote violence":
        return False
    if act.sentence != damage.sentence or act.trigger.start >= damage.trigger.start:
        return False
    if not compatible_actor(act.roles.actor1, damage.roles.actor1) or different_days(act, damage):
        return False
    if place_key(damage) is not None and place_key(damage) != place_key(act):
        return False
    return rule("damage-of-the-act").match(damage.trigger.text) is not None
