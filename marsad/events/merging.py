"""One event told twice: the same event, the same battle, a region then its detail, a later sentence
that elaborates, a summary before its details, a headline. Each merge cites its rule (rules.yaml, stage
`merge`)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.act_located import act_located, kind_named_again
from marsad.events.acts_apart import (
    apart_by_day,
    different_days,
    distinct_acts,
    missing_side_named,
    one_side,
    other_pair,
    same_kind_family,
    side_of,
)
from marsad.events.acts_told_apart import told_earlier
from marsad.events.air_defence import answers_the_strike, fold_air_defences
from marsad.events.battle_places import same_battle
from marsad.events.both_sides import join_other_side
from marsad.events.development_once import development_told_there
from marsad.events.drafts import (
    DISTINCT_ACT_KINDS,
    FIGHTING_KINDS,
    PRECEDENCE,
    THERE_KINDS,
    WEAPON_KINDS,
    Draft,
    choose_coding,
    compatible_actor,
    lowest,
    place_key,
)
from marsad.events.headline_detail import headline_detail, take_headline_detail
from marsad.events.headline_hand import take_headline_hand
from marsad.events.lede_at_dateline import lede_told_again
from marsad.events.lexicon import Kind
from marsad.events.locating import take_headline_place
from marsad.events.move_told_twice import join_move_told_twice
from marsad.events.placed_after import aftermath_there, reprisal_near
from marsad.events.placing import is_region
from marsad.events.protest_merging import force_on_protest, protest_escalates, protest_kind, same_protest
from marsad.events.region_holds import region_holds, road_end, same_hand
from marsad.events.riot_told_again import fold_one_protest, meets_the_crowd
from marsad.events.roles import Roles
from marsad.events.rules import rule
from marsad.events.strike_told_first import strike_told_first
from marsad.events.told_again import told_again_as
from marsad.events.toll_then_how import toll_then_how

# --- merging the same event told twice --------------------------------------------------------


def _region_then_detail(first: Draft, second: Draft) -> bool:
    """"detained a cell member west of Raqqa" then "searched his farm near Hamrat": the first only
    named the region the second locates, by the same actor (a governorate's capital stands for its region;
    "near Ein al-Arab", a smaller town, is a place of its own)."""
    # the detail may leave the actor unnamed ("13 drones of the regime struck Idlib and Hama. • Hama: a drone
    # struck Qahera village"), or neither may name one ("Drones struck two fields in the region. A drone hit X")
    if first.place is None or second.place is None or not same_hand(first, second):
        return False
    a = first.place.place
    # a governorate's capital, or a town that bears the governorate's name, stands for the governorate
    capital = a.feature_code in {"PPLA", "PPLC"} or (a.admin1 or "").casefold() == a.name.casefold()
    vague = first.geo_precision >= 2 and (first.place.relation in {"countryside", "province", "direction", "district"}
                                          or is_region(first.place) or capital)
    # "drones struck positions in Aleppo, Idlib, Hama and Latakia": capitals listed together name governorates
    listed_capital = capital and "listed-places" in first.rules
    return (vague and second.geo_precision <= first.geo_precision or listed_capital) and region_holds(first, second)


def _same_event(first: Draft, second: Draft) -> bool:
    if (first.coding.event_type, first.coding.sub_event_type) != (second.coding.event_type,
                                                                  second.coding.sub_event_type):
        return False
    # a battle has two sides in no fixed order: "the Guards clashed with the Rebels after the latter attacked" and
    # "clashes between the Guards and the Rebels went on" at one place are one event
    either_side = place_key(second) is None or first.coding.event_type == "Battles"
    if not compatible_actor(first.roles.actor1, second.roles.actor1) and not (
            either_side and side_of(first, second.roles.actor1)) and not missing_side_named(first, second):
        return False
    if different_days(first, second) or other_pair(first, second):
        return False
    key_a, key_b = place_key(first), place_key(second)
    if told_earlier(first, second):  # "Earlier today, a strike hit an apartment in X": another act, not the detail
        return False
    if key_a and key_b and key_a != key_b and _region_then_detail(first, second):
        return True
    if key_a and key_b:
        return key_a == key_b or act_located(first, second)
    # a later sentence with no place of its own elaborates the event before it; a headline restates
    return key_b is None or first.in_headline


def _another_hand(first: Draft, second: Draft) -> bool:
    """A later sentence whose act a named group does that is neither side of the event told before (both named,
    neither unidentified) tells that group's act, not more of the event (rule another-hand): "A Turkish drone
    struck a car near the town. When ISIS overran the town, its militants killed thousands." """
    a, b = first.roles.actor1, second.roles.actor1
    if first.sentence == second.sentence or a is None or b is None or \
            any(m.kind == "generic" or m.discovered for m in (a, b)):
        return False
    if any(one_side(b, m) for m in (first.roles.actor1, first.roles.actor2) if m is not None):
        return False
    if meets_the_crowd(first, second):  # the crowd named again, or the police who met it (one-protest-a-day)
        return False
    if "another-hand" not in second.rules:
        second.rules.append("another-hand")
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
    if (place_key(second) is not None and not same_place) or different_days(first, second):
        return False
    if second.evidence and rule("another-thread").match(second.evidence[0].text):
        return False  # "Meanwhile, the demonstration was attacked": the report turns to something else
    adjacent = fighting and 0 <= second.sentence[0] - first.sentence[1] <= 3  # the very next sentence
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    if a is None or b is None:
        return False
    # the police who disperse a protest are its other side, not another actor (rule protest-escalates)
    one_protest = protest_kind(a) and protest_kind(b)
    if not adjacent and not same_place and not one_protest and not side_of(first, second.roles.actor1):
        return False
    # the same kind coded apart by what each telling names ("attacked a checkpoint. The attack killed two guards";
    # the same coding is for same-event, which weighs the actors)
    recoded = first.kind == second.kind and first.coding.sub_event_type != second.coding.sub_event_type
    return second.kind in a.absorbs or first.kind in b.absorbs or recoded


def merge_drafts(drafts: list[Draft], kinds: dict[str, Kind] | None = None, apart: bool = True) -> list[Draft]:
    """One draft per event: later tellings join the first. `apart`: a full report, whose distinct acts stay
    events of their own (rule distinct-act); a coder's note or a brief tells its acts as one."""
    body = [d for d in drafts if not d.in_headline]
    headline = [d for d in drafts if d.in_headline]
    merged: list[Draft] = []
    for draft in body:
        if kinds:
            force_on_protest(merged, draft, kinds)
        target, why = _earlier_telling(merged, draft, kinds if apart else None, kinds)
        if target is None and kinds:
            target, why = _placed_apart(merged, draft, kinds, apart), "development-once"
        if target is None:
            merged.append(draft)
            continue
        if why == "toll-then-how":
            target.kind, target.coding = draft.kind, draft.coding  # how they died: the strike's type
        elif why == "elaborates" and not (apart and answers_the_strike(target, draft)) and (
                _raises(target, draft, kinds) or _names_the_act(target, draft, kinds)
                or _agent_told_after(target, draft, kinds)):
            target.kind, target.coding = draft.kind, draft.coding  # "Fighting was also heard": a battle
        elif kinds and protest_escalates(target, draft, kinds):
            target.kind, target.coding = draft.kind, draft.coding
            target.rules.append("protest-escalates")
        absorb(target, draft, why)
        if kinds:  # the victims named in the second telling may change the type ("killed 22 fighters")
            target.coding = choose_coding(kinds[target.kind], target.roles)
    merged = fold_one_protest(merged, kinds, absorb) if kinds and apart else merged
    # "Reinforcements have been sent to the area. [...] Reinforcements moved from A to B": one move
    merged = join_move_told_twice(merged, absorb) if kinds and apart else merged
    merged = fold_air_defences(merged, absorb) if apart else merged  # "air defences confronted the missiles"
    if kinds:  # a summary told before the details ("nine dead in three raids by the cell") joins them
        # an act kept apart by its day (rule another-day) is a new act, no summary
        for draft in [d for d in merged if place_key(d) is None and not (_NEW_ACT | {"another-day"}) & set(d.rules)]:
            target = next((m for m in merged if m is not draft and place_key(m) is not None
                           and (same_kind_family(m, draft, kinds))
                           and compatible_actor(m.roles.actor1, draft.roles.actor1)
                           and not different_days(m, draft) and not _act_after(m, draft, kinds)), None)
            if target is not None:
                absorb(target, draft, "summary-joins-details")
                merged.remove(draft)
    for draft in headline:  # a headline only restates: it never stands as an event of its own
        target = next((m for m in merged if _same_event(m, draft) or _same_event(draft, m)), None) \
            or headline_detail(merged, draft)
        if target is not None:
            target.evidence.insert(0, draft.trigger)
            target.rules.append("headline-restates")
            take_headline_place(target, draft)
            take_headline_detail(target, draft)
            take_headline_hand(target, draft)
    return merged


def _placed_apart(merged: list[Draft], draft: Draft, kinds: dict[str, Kind], apart: bool) -> Draft | None:
    """A telling that joins no event told before is a new event: its day and place (rules another-day, act-there,
    distinct-act...); None, unless it is part of the development told where it took place (rule development-once)."""
    if apart_by_day(merged, draft, kinds):
        draft.rules.append("another-day")
        _there_another_day(merged, draft, kinds)
    if not apart:
        return None
    reprisal_near(merged, draft)
    _second_act(merged, draft, kinds)
    if (twin := development_told_there(merged, draft)) is not None:
        return twin
    _act_there(merged, draft)
    aftermath_there(merged, draft)
    _where_its_clause_mate(merged, draft)
    return None


def _raises(target: Draft, later: Draft, kinds: dict[str, Kind] | None = None) -> bool:
    """A later telling of a graver type names the event ("Fighting was also heard": a battle), unless it is an ambush
    of the civilians the event attacked (rule ambush-of-civilians), or an act the event's kind absorbs by ACLED's
    conventions (rule absorbed-told-after: "Security forces shot dead a protester. The boy was shot in the chest." is
    force against protesters, not an attack)."""
    if PRECEDENCE.get(later.coding.event_type, 0) <= PRECEDENCE.get(target.coding.event_type, 0) or \
            strike_told_first(target, later):  # "A bomb killed two soldiers. Rebels later took the village."
        return False
    kind = kinds.get(target.kind) if kinds else None
    if kind is not None and later.kind in kind.absorbs and (told_again := told_again_as(target, later)):
        target.rules.append(told_again)  # "The attack killed two fighters": the strike told before, told again
        return False
    if _ambush_of_civilians(target, later):
        target.rules.append("ambush-of-civilians")
        return False
    return True


def _ambush_of_civilians(target: Draft, later: Draft) -> bool:
    """"Gunmen attacked residents of the village, killing four. Residents say the militants ambushed them.": an
    attack on civilians told again as an ambush of nobody armed is still one-sided violence, not a battle (rule
    ambush-of-civilians); an ambush of a patrol or of fighters raises it to a battle."""
    return target.coding.event_type == "Violence against civilians" and later.kind == "attack_armed" and \
        not later.roles.fighter_victim and (later.roles.actor2 is None or later.roles.actor2.inter == 7)


def _act_after(detail: Draft, summary: Draft, kinds: dict[str, Kind]) -> bool:
    """"Clashes broke out in the town. The militia later withdrew its fighters.": a distinct act told after the
    event, with no place the gazetteer knows, is no summary of it (rule summary-joins-details joins a summary
    told before its details); it is a second act (rule distinct-act)."""
    return summary.sentence[0] > detail.sentence[1] and distinct_acts(detail, summary, kinds)


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
    where that event did (rule act-there), not somewhere in the governorate; so did a protest or a riot told so
    after another act ("Gunmen kidnapped a man in the town. His relatives protested, demanding his release.": rule
    crowd-there)."""
    crowd = draft.coding.event_type in _CROWD_TYPES
    if draft.place is not None or (draft.kind not in THERE_KINDS and not crowd) or not merged:
        return
    earlier = max(merged, key=lambda m: m.sentence[1])
    if crowd and earlier.coding.event_type in _CROWD_TYPES:
        return  # a protest told after another is the same one (same-event) or one elsewhere
    # a unit of a side is that side ("a vehicle of the army was hit. Members of its 4th Division then closed the road")
    side = side_of(earlier, draft.roles.actor1) or any(
        one_side(draft.roles.actor1, m) for m in (earlier.roles.actor1, earlier.roles.actor2))
    if earlier.place is None or earlier.in_headline or not 0 <= draft.sentence[0] - earlier.sentence[1] <= 3 \
            or not crowd and (not side or different_days(earlier, draft)):  # a crowd: whoever, even the day after
        return
    draft.place, draft.geo_precision = earlier.place, earlier.geo_precision
    draft.place_fallback = None
    draft.rules.append("crowd-there" if crowd else "act-there")


# "His relatives protested, demanding his release": a crowd that reacts to an act told just before gathers where
# it happened (rule crowd-there)
_CROWD_TYPES = {"Protests", "Riots"}


def _there_another_day(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> None:
    """"Police dispersed a protest in the town on Friday. The next day, they arrested three of its participants in
    the town.": an act kept apart by its day (rule another-day) whose sentence names its place only by referring to
    one told before ("in the town", "there") happened where the latest act of its family told before did (rule
    place-referred)."""
    if draft.place is not None or not _refers_to_place(draft):
        return
    earlier = next((m for m in reversed(merged) if m.place is not None and not m.in_headline
                    and same_kind_family(m, draft, kinds) and different_days(m, draft)), None)
    if earlier is not None:
        draft.place, draft.geo_precision, draft.place_fallback = earlier.place, earlier.geo_precision, None
        draft.rules.append("place-referred")


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


def _agent_told_after(target: Draft, later: Draft, kinds: dict[str, Kind] | None) -> bool:
    """"A rocket struck the outskirts of the town. Doctors treated dozens for poisoning by chlorine gas.": a chemical
    agent told after the strike that delivered it names the event, as it would in one sentence (ACLED: a chemical
    weapon is coded as such whatever delivered it; rule agent-told-after). Only a strike can carry it: a battle told
    first ("Regime forces battled the rebels in the suburb. The regime allegedly used chlorine.") stays the battle."""
    kind = kinds.get(later.kind) if kinds else None
    if kind is None or later.kind != "chemical" or target.kind not in kind.absorbs & WEAPON_KINDS:
        return False
    later.rules.append("agent-told-after")
    return True


def _second_act(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> None:
    """A second act that would have elaborated an earlier event (rule distinct-act); told with no place of its
    own, it happened where that event did ("The reinforcements also seized several houses": in the town they
    reached)."""
    earlier = next((m for m in reversed(merged) if _tells_more(m, draft, kinds)
                    and distinct_acts(m, draft, kinds)), None)
    if earlier is None:
        return
    draft.rules.append("distinct-act")
    # the act itself inherits the place, not a stronger one that would have absorbed an earlier move of forces (a
    # protest told a paragraph after the road was closed is not where the road was), unless its sentence refers to
    # the place named before ("Clashes then broke out between the SDF and tribal gunmen in the town": rule
    # place-referred)
    if draft.place is None and earlier.place is not None and (
            draft.kind in DISTINCT_ACT_KINDS or _refers_to_place(draft)):
        draft.place, draft.geo_precision = earlier.place, earlier.geo_precision
        if draft.kind not in DISTINCT_ACT_KINDS:
            draft.rules.append("place-referred")


def _refers_to_place(draft: Draft) -> bool:
    """The sentence of the act names its place only by referring to one named before: "in the town", "the
    village", "there" (rules definite-place, place-referred)."""
    told = draft.evidence[0].text if draft.evidence else ""
    return bool(rule("definite-place").pattern.search(told) or rule("place-referred").search(told))


def _earlier_telling(merged: list[Draft], draft: Draft, apart_kinds: dict[str, Kind] | None,
                     kinds: dict[str, Kind] | None) -> tuple[Draft | None, str | None]:
    """The latest merged draft that `draft` tells again, with the merge rule that says so; a telling of "another"
    act of its kind tells none again (rule another-of-its-kind)."""
    if _NEW_ACT & set(draft.rules):
        return None, None
    if "act-named-before" in draft.rules:  # "The strike killed two civilians in Tal Hamis": the strike told before
        earlier = next((m for m in reversed(merged) if m.kind in FIGHTING_KINDS and not m.in_headline
                        and not different_days(m, draft)), None)
        if earlier is not None:
            return earlier, "act-named-before"
    if (earlier := kind_named_again(merged, draft)) is not None:  # "The protest was held in front of the station."
        return earlier, "same-event"
    if kinds:  # "Two soldiers were killed in Salahuddin. A roadside bomb struck their vehicle in Tuz Khurmatu."
        earlier = next((m for m in reversed(merged) if toll_then_how(m, draft)), None)
        if earlier is not None:
            return earlier, "toll-then-how"
    for earlier in reversed(merged):
        if _holds_another_place_of(earlier, draft):
            continue
        if _same_event(earlier, draft) or same_protest(earlier, draft):
            keys = place_key(earlier), place_key(draft)
            return earlier, "region-then-detail" if all(keys) and keys[0] != keys[1] else "same-event"
        if same_battle(earlier, draft):
            return earlier, "same-battle"
    if kinds:
        earlier = next((m for m in reversed(merged) if _tells_more(m, draft, kinds)
                        and not (apart_kinds and distinct_acts(m, draft, apart_kinds))
                        and not _another_hand(m, draft)), None)
        if earlier is not None:
            return earlier, "elaborates"
    return (lede, "lede-at-dateline") if apart_kinds and (lede := lede_told_again(merged, draft)) else (None, None)


# a telling marked as a new act of its kind ("another strike", "a retaliatory attack") tells no earlier one again
_NEW_ACT = frozenset({"another-of-its-kind", "act-in-return"})


def _holds_another_place_of(earlier: Draft, draft: Draft) -> bool:
    """"Six militants were killed in clashes in the province. Two were killed in A, and four in B.": a sentence that
    tells its act at two places tells two events; once one of them has joined an event told before, the other place
    stays an event of its own (rule each-place-its-event)."""
    if place_key(draft) is None or place_key(earlier) == place_key(draft):
        return False
    if any(e.start == draft.sentence[0] for e in earlier.evidence) and earlier.sentence != draft.sentence:
        draft.rules.append("each-place-its-event")
        return True
    return False


def absorb(target: Draft, other: Draft, why: str) -> None:
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
    if other.place is not None and (target.place is None or not road_end(other) and (other.geo_precision < (
            target.geo_precision) or why in {"region-then-detail", "act-named-before", "toll-then-how"})):
        # the detail locates the region's event; the place of the toll is where the strike hit
        target.place, target.geo_precision = other.place, other.geo_precision
    victim_acts = target.coding.event_type != "Battles" and one_side(other.roles.actor1, target.roles.actor2)
    if target.roles.actor1 is None and not victim_acts:
        target.roles = Roles(other.roles.actor1 or target.roles.actor1, target.roles.actor2 or other.roles.actor2,
                             target.roles.assoc1 or other.roles.assoc1, target.roles.assoc2,
                             target.roles.victim_phrase or other.roles.victim_phrase,
                             target.roles.fighter_victim or other.roles.fighter_victim)
    elif target.roles.actor2 is None and other.roles.actor2 is not None:
        join_other_side(target, other)  # its other side, or both sides the telling names (both_sides.py)
    if other.roles.fighter_victim and not target.roles.fighter_victim and target.roles.actor2 is None:
        target.roles = replace(target.roles, fighter_victim=True)  # "the attack killed two soldiers"
    if target.roles.actor1 is None and victim_acts:
        target.rules.append("victim-not-attacker")
    if target.date is None and other.date is not None:
        target.date = other.date
    if not target.explicit_date and other.explicit_date and other.date is not None and "told-before" not in other.rules:
        # the event's day is the first one a telling of the act itself names (rule day-of-the-act)
        target.date, target.explicit_date = other.date, True
        target.rules.append("day-of-the-act")
