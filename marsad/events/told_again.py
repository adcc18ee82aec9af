"""A later telling of an act by a kind the act's own kind absorbs tells it again, and does not raise it to a graver
type: the force used on a protest, a mob's beating, a chemical strike, a rape, a drone brought down, told again as an
"attack" or a "shooting" (rule absorbed-told-after), and a strike told again as "the attack" that killed fighters
(rule strike-told-as-attack: ACLED's type follows the weapon, not who was hit). merging.py asks this before a graver
telling names the event."""

from __future__ import annotations

from marsad.events.drafts import WEAPON_KINDS, Draft
from marsad.events.riot_told_again import force_on_riot
from marsad.events.rules import rule

# kinds whose violence the later "attack" or "shooting" only tells again: the force used on the protest, the mob's
# beating, the chemical strike, the rape, the drone brought down ("The drone carried explosives": no strike) (a riot
# stays open to the fighting told after it: its rioters may meet the police in a clash of their own)
_NAMES_ITS_VIOLENCE = frozenset({"excessive_force", "mob", "chemical", "sexual", "intercept"})


def told_again_as(target: Draft, later: Draft) -> str | None:
    """The rule by which `later`, of a kind `target`'s kind absorbs, only tells `target` again: `absorbed-told-after`
    for the kinds that name their violence, `strike-told-as-attack` for a strike told again by the generic words of
    an attack ("A drone struck a car near the town. The attack killed two fighters.": one air strike, whoever it hit).
    A telling that names a gun or a blade (rule hand-weapon: "gunmen then opened fire on the survivors") tells
    fighting of its own kind. None where `later` may name the event."""
    if target.kind in _NAMES_ITS_VIOLENCE:
        return "absorbed-told-after"
    if force_on_riot(target, later):
        return "force-on-riot"
    told = next((e.text for e in later.evidence if e.start <= later.trigger.start < e.end), "")
    if target.kind in WEAPON_KINDS and later.kind == "attack" and not rule("hand-weapon").search(told):
        return "strike-told-as-attack"
    return None
