"""Two tellings at one place that are two acts, not one told twice: another day, another pair of sides,
a strike with another weapon, a move of forces or a seizure told apart from the act that would absorb it, a
bombardment beside the ground it prepared. merging.py asks these before it joins two tellings (rules.yaml,
stage `merge`)."""

from __future__ import annotations

from marsad.events.dates import relative_day, same_day_told
from marsad.events.drafts import DISTINCT_ACT_KINDS, FIGHTING_KINDS, WEAPON_KINDS, Draft, place_key
from marsad.events.lexicon import Kind
from marsad.events.motion import serves_the_act
from marsad.events.rules import rule
from marsad.types import ActorMention


def different_days(first: Draft, second: Draft) -> bool:
    """Both tellings name their day and the days differ ("on Wednesday" / "on Tuesday", resolved or not). An act
    named again ("the attack", rule told-before) has a day of its own only when its sentence says it went on (rule
    act-went-on: "the clashes resumed the next day"); else the day is another verb's ("ISIS on Wednesday claimed
    the attack")."""
    if not (first.explicit_date and second.explicit_date and first.date and second.date):
        return False
    if any("told-before" in own_rules(d) and not (d.evidence and rule("act-went-on").search(d.evidence[0].text))
           for d in (first, second)):
        return False
    if first.date.value is not None and second.date.value is not None:
        return first.date.value != second.date.value
    if first.date.time_precision > 1 or second.date.time_precision > 1:
        return False  # "a few months ago", "last week": too vague to tell two events apart
    if same_day_told(first.date.text) or same_day_told(second.date.text):
        return False  # "on the same day", told with no publication date to resolve it: the day told before
    days = relative_day(first.date.text), relative_day(second.date.text)
    if None not in days:  # "this morning" and "a few hours ago" are one day, "yesterday" another
        return days[0] != days[1]
    return first.date.text.lower() != second.date.text.lower()


# the rules merging.py cites when a later telling joins an event: what follows them in `rules` came with the
# tellings that joined it
JOINING_RULES = frozenset({"same-event", "region-then-detail", "same-battle", "elaborates", "toll-then-how",
                           "summary-joins-details"})


def own_rules(draft: Draft) -> list[str]:
    """The rules of the event's first telling, before any later telling joined it: "the forces dispersed a protest
    on Friday. The protest ... The next day, the forces arrested three of its participants": the protest named
    again (rule told-before) joined the dispersal, but the dispersal keeps the day it told of its own, so the arrest
    told on another day stays apart (rule another-day)."""
    joined = next((i for i, name in enumerate(draft.rules) if name in JOINING_RULES), len(draft.rules))
    return draft.rules[:joined]


def side_of(first: Draft, actor: ActorMention | None) -> bool:
    """The actor is one of the sides of `first` (either role), unknown, or unidentified."""
    if actor is None or actor.kind == "generic" or actor.discovered:
        return True
    names = {m.name for m in (first.roles.actor1, first.roles.actor2) if m is not None}
    return not names or actor.name in names


def missing_side_named(first: Draft, second: Draft) -> bool:
    """"Two SDF fighters were killed in clashes in the village. Gunmen of a tribal militia had attacked SDF posts
    there.": a battle told with one side only, then told again as an attack on that side by a group, names the
    side it lacked; one battle, not a second one of another hand (rule missing-side-named). A battle whose
    first telling names both sides is another pair's (rule other-pair)."""
    if first.coding.event_type != "Battles" or second.coding.event_type != "Battles":
        return False
    if first.roles.actor1 is None or first.roles.actor2 is not None or second.roles.actor1 is None:
        return False
    if not one_side(second.roles.actor2, first.roles.actor1) or one_side(second.roles.actor1, first.roles.actor1):
        return False
    if "missing-side-named" not in second.rules:
        second.rules.append("missing-side-named")
    return True


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
    the fighting of a shelling) still elaborates it, and so does an interception of the weapons a strike told before
    fired (rule interception-of-the-strike)."""
    if first.coding.sub_event_type == second.coding.sub_event_type or "told-before" in second.rules:
        return False
    if "strike-elsewhere" in second.rules and place_key(second) == place_key(first):
        return False  # a strike kept apart for its place that fell where the battle was is the battle's (extract)
    if {first.kind, second.kind} - {"chemical"} <= WEAPON_KINDS and "chemical" in {first.kind, second.kind}:
        return False  # a chemical agent is what the rocket or the shell carried, not a second weapon (agent-told-after)
    if first.kind in WEAPON_KINDS and second.kind in WEAPON_KINDS:
        return True
    if second.kind == "intercept" and first.kind in WEAPON_KINDS:
        # "Drones struck the base. Air defences intercepted several of them.": the interception told after a strike
        # is what became of that strike's weapons, not a second act (rule interception-of-the-strike); told on a day
        # of its own it stays apart (rule another-day)
        if "interception-of-the-strike" not in second.rules:
            second.rules.append("interception-of-the-strike")
        return False
    if first.kind in FIGHTING_KINDS and second.kind in FIGHTING_KINDS:
        return strike_beside_battle(first, second)
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    weaker = second.kind if a is not None and second.kind in a.absorbs else \
        first.kind if b is not None and first.kind in b.absorbs else None
    if weaker == "movement" and second.kind == "movement" and first.kind in FIGHTING_KINDS \
            and serves_the_act(second.trigger.text):
        return False  # "The attackers withdrew towards the desert": the attack's end (rule motion-serves-act)
    return weaker in DISTINCT_ACT_KINDS


def strike_beside_battle(first: Draft, second: Draft) -> bool:
    """"Russian jets struck the town. Later, regime forces and rebels clashed on its outskirts.": a strike, and
    fighting told apart from it whose named sides do not include the one who struck, are two events at one place
    (rule other-sides); so are a strike by one of the sides and fighting that names a side, told in sentences of
    their own ("The army shelled the town. Clashes between the army and rebels followed.": rule
    shelling-beside-battle). Fighting told with no sides of its own ("Heavy fighting was also reported"), or in
    the strike's sentence ("clashes amid heavy shelling by the army"), is the battle the strike belonged to."""
    kinds = {first.kind, second.kind}
    # a strike and a capture told in sentences of their own are not kept apart here: "The army took the town on
    # Monday. Warplanes had pounded it for hours before." tells the capture's setting, and a strike told first with
    # its toll or place keeps its type when the capture joins it (merging: rule strike-told-first). Measured: kept
    # apart, they made spurious second events on the held halves (docs/rules.md, strike-told-first)
    if kinds & WEAPON_KINDS and kinds & {"attack", "attack_armed"} and "told-before" not in second.rules:
        return strike_beside_attack(first, second)
    if not (kinds & WEAPON_KINDS and kinds & {"clash", "fight"}) or "told-before" in second.rules:
        return False
    strike, battle = (first, second) if first.kind in WEAPON_KINDS else (second, first)
    if strike.kind == "air":  # another means than the ground fighting (rule air-beside-battle)
        if "air-beside-battle" not in second.rules:
            second.rules.append("air-beside-battle")
        return True
    striker = strike.roles.actor1
    sides = [m for m in (battle.roles.actor1, battle.roles.actor2) if m is not None]
    if not sides:
        return False  # "Heavy fighting was also reported": the battle the strike belonged to
    other_hand = striker is not None and striker.kind != "generic" and len(sides) >= 2 and \
        not any(one_side(striker, s) for s in sides)
    if not other_hand:
        if strike.sentence == battle.sentence:
            return False  # "clashes broke out amid heavy shelling by the army": one battle
        # "The army shelled the town. Later, the army clashed with rebels there.": two types of action told in
        # sentences of their own, two events (rule shelling-beside-battle)
        if "shelling-beside-battle" not in second.rules:
            second.rules.append("shelling-beside-battle")
        return True
    if "other-sides" not in second.rules:
        second.rules.append("other-sides")
    return True


def strike_beside_attack(first: Draft, second: Draft) -> bool:
    """"Gunmen attacked an army post in the town, killing a soldier. On the same day, Turkish forces shelled the
    town.": a strike told in a sentence of its own by a named hand that is neither side of an attack told apart
    from it is another act at that place, not the attack told again (rule strike-beside-attack); the mortars the
    attackers fired ("Gunmen attacked the post. They fired mortar shells at it.") are the attack."""
    strike, attack = (first, second) if first.kind in WEAPON_KINDS else (second, first)
    if strike.sentence == attack.sentence:
        return False
    if attack is second and _also_did(attack):  # "Regime gunmen also shot dead a farmer in the village"
        if "also-another-act" not in second.rules:
            second.rules.append("also-another-act")
        return True
    if attack is second and _gunfire_of_a_hand(attack):
        if "gunfire-beside-strike" not in second.rules:
            second.rules.append("gunfire-beside-strike")
        return True
    striker = strike.roles.actor1
    sides = [m for m in (attack.roles.actor1, attack.roles.actor2) if m is not None]
    if attack.roles.actor1 is None or striker is None or striker.kind == "generic" or striker.discovered or \
            any(one_side(striker, s) for s in sides):
        return False
    if "strike-beside-attack" not in second.rules:
        second.rules.append("strike-beside-attack")
    return True


def _also_did(draft: Draft) -> bool:
    """"Regime gunmen also shot dead a farmer": a hand named as the subject of the verb with "also" between them
    tells another act of that hand (rule also-another-act), where "The shelling also killed a child" tells more of
    the act itself (its subject is no hand)."""
    actor, told = draft.roles.actor1, next((e for e in draft.evidence if e.start <= draft.trigger.start < e.end), None)
    if actor is None or told is None or not told.start <= actor.start < draft.trigger.start:
        return False
    return rule("also-another-act").fullmatch(told.text[actor.end - told.start:draft.trigger.start - told.start]) \
        is not None


def _gunfire_of_a_hand(draft: Draft) -> bool:
    """"An explosive device went off near an army vehicle in the town. Gunmen then opened fire on the soldiers who
    rushed to the scene.": a hand told firing guns in a sentence of its own after a strike by a remote weapon did
    another act with another weapon (rule gunfire-beside-strike); "The shelling also killed a farmer" names no gun,
    and gunfire with no hand ("Heavy gunfire followed the blast") tells no act of its own."""
    if draft.roles.actor1 is None or not draft.evidence:
        return False
    told = next((e for e in draft.evidence if e.start <= draft.trigger.start < e.end), draft.evidence[0])
    return rule("hand-weapon").search(told.text) is not None and rule("gunfire-beside-strike").search(told.text) is None


def same_kind_family(a: Draft, b: Draft, kinds: dict[str, Kind]) -> bool:
    """One kind, or kinds one of which absorbs the other (a raid and the arrest made in it)."""
    if a.kind == b.kind:
        return True
    first, second = kinds.get(a.kind), kinds.get(b.kind)
    return bool(first and second and (b.kind in first.absorbs or a.kind in second.absorbs))


def apart_by_day(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> bool:
    """An act of a kind told before at its place (or with no place of its own), kept apart only by its day (rule
    another-day: one event per type, place and day)."""
    return any(same_kind_family(m, draft, kinds) and different_days(m, draft) and not m.in_headline
               and (place_key(draft) is None or place_key(draft) == place_key(m)) for m in merged)
