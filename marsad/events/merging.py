"""One event told twice: the same event, the same battle, a region then its detail, a later sentence
that elaborates, a summary before its details, a headline. Each merge cites its rule (rules.yaml, stage
`merge`)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.drafts import (
    DEVELOPMENT_KINDS,
    DISTINCT_ACT_KINDS,
    FIGHTING_KINDS,
    NEARBY_KM,
    PRECEDENCE,
    WEAPON_KINDS,
    Draft,
    choose_coding,
    lowest,
)
from marsad.events.lexicon import Kind
from marsad.events.locating import take_headline_place
from marsad.events.placing import is_region
from marsad.events.roles import ARMED_INTER, Roles
from marsad.events.rules import rule
from marsad.geo import distance_km
from marsad.types import ActorMention, Place

STATE_INTER = 1  # ACLED's inter code of state forces (army, police)

# --- merging the same event told twice --------------------------------------------------------

def place_key(draft: Draft) -> str | None:
    if draft.place is not None and draft.place.place is not None:
        return draft.place.place.geonameid
    return None


def _compatible_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """The same actor, or one the base does not know yet (it may be the same group named loosely)."""
    if a is None or b is None:
        return True
    return a.name == b.name or a.discovered or (b.discovered and not a.actor_id)


def _km(a: Place, b: Place) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _same_battle(first: Draft, second: Draft) -> bool:
    """Fighting told again with nearby place names ("Fighting between the same sides went on in Tal Hamis and Rmelan")
    is the same battle: same sides, places within a few kilometres."""
    if first.coding.event_type != "Battles" or second.coding.event_type != "Battles":
        return False
    if first.sentence == second.sentence:
        return False  # one trigger listing two places ("fighting in A and B") tells one event per place
    if _different_days(first, second):
        return False  # fighting told on another day is another event (one event per day, as ACLED codes)
    if not (_side_of(first, second.roles.actor1) and _side_of(first, second.roles.actor2)) or \
            _other_pair(first, second):
        return False
    a, b = first.place.place if first.place else None, second.place.place if second.place else None
    return a is not None and b is not None and _km(a, b) <= NEARBY_KM


def _region_then_detail(first: Draft, second: Draft) -> bool:
    """"detained a cell member west of Raqqa" then "searched his farm near Hamrat": the first only
    named the region the second locates, by the same actor (a governorate's capital stands for its region;
    "near Ein al-Arab", a smaller town, is a place of its own)."""
    if first.place is None or second.place is None or first.roles.actor1 is None:
        return False
    # the detail may leave the actor unnamed ("13 drones of the regime struck Idlib and Hama. • Hama: a drone
    # struck Qahera village")
    if second.roles.actor1 is not None and first.roles.actor1.name != second.roles.actor1.name:
        return False
    a, b = first.place.place, second.place.place
    # a governorate's capital, or a town that bears the governorate's name, stands for the governorate
    capital = a.feature_code in {"PPLA", "PPLC"} or (a.admin1 or "").casefold() == a.name.casefold()
    vague = first.geo_precision >= 2 and (first.place.relation in {"countryside", "province", "direction"}
                                          or is_region(first.place) or capital)
    # "drones struck positions in Aleppo, Idlib, Hama and Latakia": capitals listed together name governorates
    listed_capital = capital and "listed-places" in first.rules
    return (vague and second.geo_precision <= first.geo_precision or listed_capital) and \
        a.admin1 is not None and a.admin1 == b.admin1


def _same_event(first: Draft, second: Draft) -> bool:
    if (first.coding.event_type, first.coding.sub_event_type) != (second.coding.event_type,
                                                                  second.coding.sub_event_type):
        return False
    # a battle has two sides in no fixed order: "the Guards clashed with the Rebels after the latter attacked" and
    # "clashes between the Guards and the Rebels went on" at one place are one event
    either_side = place_key(second) is None or first.coding.event_type == "Battles"
    if not _compatible_actor(first.roles.actor1, second.roles.actor1) and not (
            either_side and _side_of(first, second.roles.actor1)):
        return False
    if _different_days(first, second) or _other_pair(first, second):
        return False
    key_a, key_b = place_key(first), place_key(second)
    if key_a and key_b and key_a != key_b and _region_then_detail(first, second):
        return True
    if key_a and key_b:
        return key_a == key_b
    # a later sentence with no place of its own elaborates the event before it; a headline restates
    return key_b is None or first.in_headline


def _other_pair(first: Draft, second: Draft) -> bool:
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
    shared = [other for other in others if any(_one_side(other, side) for side in sides)]
    if not shared or any(m.kind == "generic" or m.name.startswith("Unidentified") for m in shared):
        return False
    return any(not any(_one_side(other, side) for side in sides) and not other.discovered and (
        other.kind != "generic" or other.inter not in {side.inter for side in sides}) for other in others)


def _side_of(first: Draft, actor: ActorMention | None) -> bool:
    """The actor is one of the sides of `first` (either role), unknown, or unidentified."""
    if actor is None or actor.kind == "generic" or actor.discovered:
        return True
    names = {m.name for m in (first.roles.actor1, first.roles.actor2) if m is not None}
    return not names or actor.name in names


def _distinct_acts(first: Draft, second: Draft, kinds: dict[str, Kind]) -> bool:
    """Two acts a coder keeps apart though one kind absorbs the other (rule distinct-act): strikes of two weapons
    ("The army shelled the town. ISIS then bombed a checkpoint."), or a move of forces, a seizure or a new base
    absorbed by another act but told in a sentence of its own ("Reinforcements arrived in the town. They also
    seized several houses."). What only tells the act again (the raid of an arrest, the killing of a strike,
    the fighting of a shelling) still elaborates it."""
    if first.coding.sub_event_type == second.coding.sub_event_type or "told-before" in second.rules:
        return False
    if first.kind in WEAPON_KINDS and second.kind in WEAPON_KINDS:
        return True
    if first.kind in FIGHTING_KINDS and second.kind in FIGHTING_KINDS:
        return _strike_beside_battle(first, second)
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    weaker = second.kind if a is not None and second.kind in a.absorbs else \
        first.kind if b is not None and first.kind in b.absorbs else None
    return weaker in DISTINCT_ACT_KINDS


def _strike_beside_battle(first: Draft, second: Draft) -> bool:
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
    if striker is None or striker.kind == "generic" or len(sides) < 2 or any(_one_side(striker, s) for s in sides):
        return False
    if "other-sides" not in second.rules:
        second.rules.append("other-sides")
    return True


def _tells_more(first: Draft, second: Draft, kinds: dict[str, Kind]) -> bool:
    """A later sentence with no place of its own ("Fighting was also heard.") that a kind of the earlier
    event absorbs, or that absorbs it, tells more of the same event rather than a new one (rule elaborates),
    unless a full report tells another act in it (rule distinct-act)."""
    if first.sentence == second.sentence and "own-clause" in first.rules + second.rules or "own-clause" in second.rules:
        # an act the sentence tells in a clause of its own stays apart (extract: rule own-clause), also from the
        # event told before ("Clashes went on in the town. They broke out when militiamen threw grenades.")
        return False
    fighting = first.kind in FIGHTING_KINDS and second.kind in FIGHTING_KINDS
    same_place = fighting and place_key(second) is not None and place_key(second) == place_key(first)
    if (place_key(second) is not None and not same_place) or _different_days(first, second):
        return False
    if second.evidence and rule("another-thread").match(second.evidence[0].text):
        return False  # "Meanwhile, the demonstration was attacked": the report turns to something else
    adjacent = fighting and 0 <= second.sentence[0] - first.sentence[1] <= 3  # the very next sentence
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    if a is None or b is None:
        return False
    # the police who disperse a protest are its other side, not another actor (rule protest-escalates)
    one_protest = _protest_kind(a) and _protest_kind(b)
    if not adjacent and not same_place and not one_protest and not _side_of(first, second.roles.actor1):
        return False
    # the same kind coded apart by what each telling names ("attacked a checkpoint. The attack killed two guards";
    # the same coding is for same-event, which weighs the actors)
    recoded = first.kind == second.kind and first.coding.sub_event_type != second.coding.sub_event_type
    return second.kind in a.absorbs or first.kind in b.absorbs or recoded


def _protest_coding(draft: Draft) -> bool:
    return draft.coding.event_type == "Protests" or draft.coding.sub_event_type == "Violent demonstration"


def _same_protest(first: Draft, second: Draft) -> bool:
    """One protest told as peaceful and as dispersed (or violent) at one place on one day is one event, as ACLED
    codes one protest per place and day (rule protest-escalates names it by its gravest telling)."""
    key = place_key(first)
    return _protest_coding(first) and _protest_coding(second) and key is not None and key == place_key(second) \
        and not _different_days(first, second) and _compatible_actor(first.roles.actor1, second.roles.actor1)


def _protest_kind(kind: Kind) -> bool:
    """A kind of protest, force met by a protest, or a violent demonstration (not a mob's violence)."""
    return any(c.event_type == "Protests" or c.sub_event_type == "Violent demonstration" for c in kind.codings)


def _force_on_protest(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> None:
    """"Hundreds protested in front of the building. Security forces fired live bullets, wounding five of them.":
    an attack by state forces told by the generic words alone ("fired", "attacked"), with no place of its own
    or at the protest's, in the next sentence or so (`_NEXT_SENTENCES_CHARS`) after a protest told on its day,
    is the force that met the protest (rule force-on-protest): force that kills or wounds is excessive force,
    other force an intervention; the protest then takes it in."""
    if draft.kind != "attack":
        return
    cues = [name for name in draft.rules if name.startswith("cue:")]
    if not cues or not all(rule("bare-attack").match(name) for name in cues):
        return
    actor = draft.roles.actor1
    if actor is None or actor.inter != STATE_INTER:
        return  # gunmen who fire on a crowd attack it, and "they attacked" may be the protesters: the state's force
    told = next((e for e in draft.evidence if e.start <= draft.trigger.start < e.end), None)
    if told is not None and rule("force-on-protest").match(told.text[draft.trigger.end - told.start:]):
        return  # "fired at a police post": aimed at someone else than the crowd
    protest = next((m for m in reversed(merged) if (kind := kinds.get(m.kind)) is not None and _protest_kind(kind)
                    and not m.in_headline and 0 <= draft.sentence[0] - _told_until(m) <= _NEXT_SENTENCES_CHARS
                    and not _different_days(m, draft)
                    and (draft.place is None or place_key(draft) == place_key(m))), None)
    if protest is None:
        return
    name = "excessive_force" if draft.fatalities or draft.injured else "protest_intervention"
    if name not in kinds:
        return
    draft.kind, draft.coding = name, choose_coding(kinds[name], draft.roles)
    draft.rules.append("force-on-protest")


# "in one of the next sentences": about two sentences of news copy
_NEXT_SENTENCES_CHARS = 400


def _told_until(draft: Draft) -> int:
    """Where the last telling of a draft ends."""
    return max([draft.sentence[1], *(e.end for e in draft.evidence)])


def _protest_escalates(target: Draft, later: Draft, kinds: dict[str, Kind]) -> bool:
    """"Teachers protested in the square. Police fired tear gas to disperse them.": one protest told as it
    escalates is one event, and the gravest telling names it (rule protest-escalates; the kinds' ranks: a
    peaceful protest, then one dispersed, then excessive force, then a riot)."""
    a, b = kinds.get(target.kind), kinds.get(later.kind)
    return a is not None and b is not None and _protest_kind(a) and _protest_kind(b) and b.rank > a.rank


def _different_days(first: Draft, second: Draft) -> bool:
    """Both tellings name their day and the days differ ("on Wednesday" / "on Tuesday", resolved or not)."""
    if not (first.explicit_date and second.explicit_date and first.date and second.date):
        return False
    if first.date.value is not None and second.date.value is not None:
        return first.date.value != second.date.value
    if first.date.time_precision > 1 or second.date.time_precision > 1:
        return False  # "a few months ago", "last week": too vague to tell two events apart
    return first.date.text.lower() != second.date.text.lower()


def _same_kind_family(a: Draft, b: Draft, kinds: dict[str, Kind]) -> bool:
    if a.kind == b.kind:
        return True
    first, second = kinds.get(a.kind), kinds.get(b.kind)
    return bool(first and second and (b.kind in first.absorbs or a.kind in second.absorbs))


def merge_drafts(drafts: list[Draft], kinds: dict[str, Kind] | None = None, apart: bool = True) -> list[Draft]:
    """One draft per event: later tellings join the first. `apart`: a full report, whose distinct acts stay
    events of their own (rule distinct-act); a coder's note or a brief tells its acts as one."""
    body = [d for d in drafts if not d.in_headline]
    headline = [d for d in drafts if d.in_headline]
    merged: list[Draft] = []
    for draft in body:
        if kinds:
            _force_on_protest(merged, draft, kinds)
        target, why = _earlier_telling(merged, draft, kinds if apart else None, kinds)
        if target is None:
            if kinds and apart:
                _second_act(merged, draft, kinds)
                _act_there(merged, draft)
                _where_its_clause_mate(merged, draft)
            merged.append(draft)
            continue
        if why == "elaborates" and (PRECEDENCE.get(draft.coding.event_type, 0) > PRECEDENCE.get(
                target.coding.event_type, 0) or _names_the_act(target, draft, kinds)):
            target.kind, target.coding = draft.kind, draft.coding  # "Fighting was also heard": a battle
        elif kinds and _protest_escalates(target, draft, kinds):
            target.kind, target.coding = draft.kind, draft.coding
            target.rules.append("protest-escalates")
        _absorb(target, draft, why)
        if kinds:  # the victims named in the second telling may change the type ("killed 22 fighters")
            target.coding = choose_coding(kinds[target.kind], target.roles)
    if kinds:  # a summary told before the details ("nine dead in three raids by the cell") joins them
        for draft in [d for d in merged if place_key(d) is None and "another-of-its-kind" not in d.rules]:
            target = next((m for m in merged if m is not draft and place_key(m) is not None
                           and (_same_kind_family(m, draft, kinds))
                           and _compatible_actor(m.roles.actor1, draft.roles.actor1)
                           and not _different_days(m, draft) and not _act_after(m, draft, kinds)), None)
            if target is not None:
                _absorb(target, draft, "summary-joins-details")
                merged.remove(draft)
    for draft in headline:  # a headline only restates: it never stands as an event of its own
        target = next((m for m in merged if _same_event(m, draft) or _same_event(draft, m)), None)
        if target is not None:
            target.evidence.insert(0, draft.trigger)
            target.rules.append("headline-restates")
            take_headline_place(target, draft)
    return merged


def _act_after(detail: Draft, summary: Draft, kinds: dict[str, Kind]) -> bool:
    """"Clashes broke out in the town. The militia later withdrew its fighters.": a distinct act told after the
    event, with no place the gazetteer knows, is no summary of it (rule summary-joins-details joins a summary
    told before its details); it is a second act (rule distinct-act)."""
    return summary.sentence[0] > detail.sentence[1] and _distinct_acts(detail, summary, kinds)


def _where_its_clause_mate(merged: list[Draft], draft: Draft) -> None:
    """"The clashes broke out last night when militiamen threw grenades at a house.": an act kept apart in its
    sentence (rule own-clause) with no place of its own happened where the act told beside it did, which may
    have joined an event told before with its place (rule own-clause)."""
    if draft.place is not None or "own-clause" not in draft.rules:
        return
    mate = next((m for m in reversed(merged) if m.place is not None
                 and any(e.start == draft.sentence[0] for e in m.evidence)), None)
    if mate is not None:
        draft.place, draft.geo_precision, draft.place_fallback = mate.place, mate.geo_precision, None


def _act_there(merged: list[Draft], draft: Draft) -> None:
    """"Gunmen attacked the village, killing two. The gunmen also burned several houses.": a development told in
    the very next sentence with no place of its own, by a side of the event before (or by nobody named), happened
    where that event did (rule act-there), not somewhere in the governorate."""
    if draft.place is not None or draft.kind not in DEVELOPMENT_KINDS or not merged:
        return
    earlier = max(merged, key=lambda m: m.sentence[1])
    # a unit of a side is that side ("a vehicle of the army was hit. Members of its 4th Division then closed the road")
    side = _side_of(earlier, draft.roles.actor1) or any(
        _one_side(draft.roles.actor1, m) for m in (earlier.roles.actor1, earlier.roles.actor2))
    if earlier.place is None or earlier.in_headline or not 0 <= draft.sentence[0] - earlier.sentence[1] <= 3 \
            or not side or _different_days(earlier, draft):
        return
    draft.place, draft.geo_precision = earlier.place, earlier.geo_precision
    draft.place_fallback = None
    draft.rules.append("act-there")


def _names_the_act(target: Draft, later: Draft, kinds: dict[str, Kind] | None) -> bool:
    """"Security forces raided the village. They burned houses and looted shops.": a raid told first and what was
    done in it told after; the kind that absorbs the raid names the event, as it would in one sentence (rule
    act-told-after: here a looting, elsewhere an arrest)."""
    kind = kinds.get(later.kind) if kinds else None
    if kind is None or target.kind != "raid" or target.kind not in kind.absorbs or \
            PRECEDENCE.get(later.coding.event_type, 0) != PRECEDENCE.get(target.coding.event_type, 0):
        return False
    later.rules.append("act-told-after")
    return True


def _second_act(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> None:
    """A second act that would have elaborated an earlier event (rule distinct-act); told with no place of its
    own, it happened where that event did ("The reinforcements also seized several houses": in the town they
    reached)."""
    earlier = next((m for m in reversed(merged) if _tells_more(m, draft, kinds)
                    and _distinct_acts(m, draft, kinds)), None)
    if earlier is None:
        return
    draft.rules.append("distinct-act")
    # the act itself inherits the place, not a stronger one that would have absorbed an earlier move of forces (a
    # protest told a paragraph after the road was closed is not where the road was)
    if draft.place is None and earlier.place is not None and draft.kind in DISTINCT_ACT_KINDS:
        draft.place, draft.geo_precision = earlier.place, earlier.geo_precision


def _earlier_telling(merged: list[Draft], draft: Draft, apart_kinds: dict[str, Kind] | None,
                     kinds: dict[str, Kind] | None) -> tuple[Draft | None, str | None]:
    """The latest merged draft that `draft` tells again, with the merge rule that says so; a telling of "another"
    act of its kind tells none again (rule another-of-its-kind)."""
    if "another-of-its-kind" in draft.rules:
        return None, None
    if "act-named-before" in draft.rules:  # "The strike killed two civilians in Tal Hamis": the strike told before
        earlier = next((m for m in reversed(merged) if m.kind in FIGHTING_KINDS and not m.in_headline
                        and not _different_days(m, draft)), None)
        if earlier is not None:
            return earlier, "act-named-before"
    for earlier in reversed(merged):
        if _same_event(earlier, draft) or _same_protest(earlier, draft):
            keys = place_key(earlier), place_key(draft)
            return earlier, "region-then-detail" if all(keys) and keys[0] != keys[1] else "same-event"
        if _same_battle(earlier, draft):
            return earlier, "same-battle"
    if kinds:
        earlier = next((m for m in reversed(merged) if _tells_more(m, draft, kinds)
                        and not (apart_kinds and _distinct_acts(m, draft, apart_kinds))), None)
        if earlier is not None:
            return earlier, "elaborates"
    return None, None


def _one_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """Two names of one organisation: the same, or one a unit of the other ("Military Forces of Syria (2000-2024)
    4th Armored Division" and "Military Forces of Syria (2000-2024)")."""
    if a is None or b is None:
        return False
    return a.name == b.name or a.name.startswith(b.name + " ") or b.name.startswith(a.name + " ") or \
        a.part_of == b.name or b.part_of == a.name


def _absorb(target: Draft, other: Draft, why: str) -> None:
    """`other` tells `target` again: its spans, counts, a better place, a missing date or side join it; the side
    acted upon in one-sided violence never becomes the one acting (rule victim-not-attacker: the troops hit by a
    bomb who then fire back are not who planted it; in a battle either side may be named first)."""
    target.rules.extend([why] + [r for r in other.rules if r not in target.rules])
    target.evidence.extend(e for e in other.evidence if e not in target.evidence)
    target.fatalities = lowest(target.fatalities, other.fatalities) if target.fatalities and other.fatalities \
        else target.fatalities or other.fatalities
    target.injured = target.injured or other.injured
    target.detained = target.detained or other.detained
    target.fighters = target.fighters or other.fighters
    target.vehicles = target.vehicles or other.vehicles
    if other.place is not None and (target.place is None or other.geo_precision < target.geo_precision
                                    or why in {"region-then-detail", "act-named-before"}):
        # the detail locates the region's event; the place of the toll is where the strike hit
        target.place, target.geo_precision = other.place, other.geo_precision
    victim_acts = target.coding.event_type != "Battles" and _one_side(other.roles.actor1, target.roles.actor2)
    if target.roles.actor1 is None and not victim_acts:
        target.roles = Roles(other.roles.actor1 or target.roles.actor1, target.roles.actor2 or other.roles.actor2,
                             target.roles.assoc1 or other.roles.assoc1, target.roles.assoc2,
                             target.roles.victim_phrase or other.roles.victim_phrase,
                             target.roles.fighter_victim or other.roles.fighter_victim)
    elif target.roles.actor2 is None and other.roles.actor2 is not None:
        target.roles = Roles(target.roles.actor1, other.roles.actor2, target.roles.assoc1, target.roles.assoc2,
                             target.roles.victim_phrase, target.roles.fighter_victim)
    if other.roles.fighter_victim and not target.roles.fighter_victim and target.roles.actor2 is None:
        target.roles = replace(target.roles, fighter_victim=True)  # "the attack killed two soldiers"
    if target.roles.actor1 is None and victim_acts:
        target.rules.append("victim-not-attacker")
    if target.date is None and other.date is not None:
        target.date = other.date


# --- who did a development told with no actor, or with a pronoun-like one -----------------------------------

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
