"""Two tellings at one place that are two acts, not one told twice: another day, another pair of sides,
a strike with another weapon, a move of forces or a seizure told apart from the act that would absorb it, a
bombardment beside the ground it prepared. merging.py asks these before it joins two tellings (rules.yaml,
stage `merge`)."""

from __future__ import annotations

from marsad.events.drafts import DISTINCT_ACT_KINDS, FIGHTING_KINDS, WEAPON_KINDS, Draft
from marsad.events.lexicon import Kind
from marsad.events.rules import rule
from marsad.types import ActorMention


def different_days(first: Draft, second: Draft) -> bool:
    """Both tellings name their day and the days differ ("on Wednesday" / "on Tuesday", resolved or not). An act
    named again ("the attack", rule told-before) has a day of its own only when its sentence says it went on (rule
    act-went-on: "the clashes resumed the next day"); else the day is another verb's ("ISIS on Wednesday claimed
    the attack")."""
    if not (first.explicit_date and second.explicit_date and first.date and second.date):
        return False
    if any("told-before" in d.rules and not (d.evidence and rule("act-went-on").search(d.evidence[0].text))
           for d in (first, second)):
        return False
    if first.date.value is not None and second.date.value is not None:
        return first.date.value != second.date.value
    if first.date.time_precision > 1 or second.date.time_precision > 1:
        return False  # "a few months ago", "last week": too vague to tell two events apart
    return first.date.text.lower() != second.date.text.lower()


def side_of(first: Draft, actor: ActorMention | None) -> bool:
    """The actor is one of the sides of `first` (either role), unknown, or unidentified."""
    if actor is None or actor.kind == "generic" or actor.discovered:
        return True
    names = {m.name for m in (first.roles.actor1, first.roles.actor2) if m is not None}
    return not names or actor.name in names


def one_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Two names of one organisation: the same, or one a unit of the other ("Military Forces of Syria (2000-2024)
    4th Armored Division" and "Military Forces of Syria (2000-2024)")."""
    if a is None or b is None:
        return False
    return a.name == b.name or a.name.startswith(b.name + " ") or b.name.startswith(a.name + " ") or \
        a.part_of == b.name or b.part_of == a.name


def other_pair(first: Draft, second: Draft) -> bool:
    """"Clashes broke out between the SDF and ISIS cells in the town. Clashes also erupted there between the SDF and
    tribal fighters.": two battles at one place on one day whose tellings each name both sides, the later with a
    side that is neither of the first's, are two events (rule other-pair; ACLED codes a battle per pair of sides).
    A loose name of a side (unnamed "militants" beside ISIS) is that side, not another."""
    if first.coding.event_type != "Battles" or second.coding.event_type != "Battles":
        return False
    sides = [m for m in (first.roles.actor1, first.roles.actor2) if m is not None]
    others = [m for m in (second.roles.actor1, second.roles.actor2) if m is not None]
    if len(sides) < 2 or len(others) < 2:
        return False
    # the side both tellings share is a named one: an unidentified hand ("gunmen shot a commander of the militia";
    # "unknown assailants killed a leader of its movement") is too loose to tell two pairs apart
    shared = [other for other in others if any(one_side(other, side) for side in sides)]
    if not shared or any(m.kind == "generic" or m.name.startswith("Unidentified") for m in shared):
        return False
    return any(not any(one_side(other, side) for side in sides) and not other.discovered and (
        other.kind != "generic" or other.inter not in {side.inter for side in sides}) for other in others)


def distinct_acts(first: Draft, second: Draft, kinds: dict[str, Kind]) -> bool:
    """Two acts a coder keeps apart though one kind absorbs the other (rule distinct-act): strikes of two weapons
    ("The army shelled the town. ISIS then bombed a checkpoint."), or a move of forces, a seizure or a new base
    absorbed by another act but told in a sentence of its own ("Reinforcements arrived in the town. They also
    seized several houses."). What only tells the act again (the raid of an arrest, the killing of a strike,
    the fighting of a shelling) still elaborates it."""
    if first.coding.sub_event_type == second.coding.sub_event_type or "told-before" in second.rules:
        return False
    if {first.kind, second.kind} - {"chemical"} <= WEAPON_KINDS and "chemical" in {first.kind, second.kind}:
        return False  # a chemical agent is what the rocket or the shell carried, not a second weapon (agent-told-after)
    if first.kind in WEAPON_KINDS and second.kind in WEAPON_KINDS:
        return True
    if first.kind in FIGHTING_KINDS and second.kind in FIGHTING_KINDS:
        return strike_beside_battle(first, second)
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    weaker = second.kind if a is not None and second.kind in a.absorbs else \
        first.kind if b is not None and first.kind in b.absorbs else None
    return weaker in DISTINCT_ACT_KINDS


def strike_beside_battle(first: Draft, second: Draft) -> bool:
    """"Russian jets struck the town. Later, regime forces and rebels clashed on its outskirts.": a strike, and
    fighting told apart from it whose named sides do not include the one who struck, are two events at one place
    (rule other-sides); a strike by one of the sides ("The army shelled the town. Clashes between the army and
    rebels followed.") or fighting told with no sides of its own ("Heavy fighting was also reported") is the
    battle the strike belonged to."""
    kinds = {first.kind, second.kind}
    if kinds & WEAPON_KINDS and "capture" in kinds and "told-before" not in second.rules:
        # "The army took the town on Monday. Warplanes had pounded it for hours before.": the bombardment told in a
        # sentence of its own is remote violence apart from the territory the troops took (rule strike-beside-capture)
        if "strike-beside-capture" not in second.rules:
            second.rules.append("strike-beside-capture")
        return True
    if not (kinds & WEAPON_KINDS and kinds & {"clash", "fight"}) or "told-before" in second.rules:
        return False
    strike, battle = (first, second) if first.kind in WEAPON_KINDS else (second, first)
    if strike.kind == "air":  # another means than the ground fighting (rule air-beside-battle)
        if "air-beside-battle" not in second.rules:
            second.rules.append("air-beside-battle")
        return True
    striker = strike.roles.actor1
    sides = [m for m in (battle.roles.actor1, battle.roles.actor2) if m is not None]
    if striker is None or striker.kind == "generic" or len(sides) < 2 or any(one_side(striker, s) for s in sides):
        return False
    if "other-sides" not in second.rules:
        second.rules.append("other-sides")
    return True
