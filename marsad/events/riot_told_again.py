"""A riot told again by the words of an attack: "Protesters stormed the water office. A young man was shot dead
outside it." The shooting that follows a violent demonstration, by no hand of its own or by the state's forces,
is the force that met the rioters (rule force-on-riot): it tells the riot again and does not raise it to an
attack on civilians. A hand of its own that is no state force ("gunmen then opened fire on the crowd") attacks,
and fighting told after a riot (a clash) may still name it. told_again.py asks this; background.py asks whether
the act named again afterwards ("an inquiry into the killing") is the crowd's; merging.py, once the merge is done,
folds a riot told apart from the force that met the crowd at its place and day (rule one-protest-a-day)."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, compatible_actor, place_key
from marsad.events.lexicon import Kind
from marsad.events.word_lists import alternation
from marsad.types import ActorMention

STATE_INTER = 1  # ACLED's inter code of state forces (army, police)


def force_on_riot(target: Draft, later: Draft) -> bool:
    """Whether `later`, a generic attack told after the riot `target`, is the force that met the riot."""
    if target.kind != "riot" or later.kind != "attack" or later.roles.fighter_victim:
        return False
    hand = later.roles.actor1
    return hand is None or hand.inter == STATE_INTER or _same_hand(hand, target)


def _same_hand(hand: ActorMention, target: Draft) -> bool:
    """The rioters told again as the hand ("protesters attacked the building"): their own riot."""
    return target.roles.actor1 is not None and hand.name == target.roles.actor1.name


# a crowd's violence, or lethal force on a crowd; and what may have met a crowd before it
_VIOLENT_CROWD = frozenset({"riot", "excessive_force"})
_FORCE_OR_RIOT = frozenset({"riot", "excessive_force", "protest_intervention"})

# the kinds that name a crowd's violence or the force used on a crowd, which a generic attack only tells again
_CROWD_VIOLENCE = frozenset({"riot", "excessive_force", "protest_intervention", "mob"})


def crowd_act_named_again(kinds: dict[str, Kind], earlier: Draft, named: Draft) -> bool:
    """"Police fired on the protesters, killing one. The ministry opened an inquiry into the killing.": the act
    named again with the article after a riot, force on a protest or a mob's violence (rule `restates`) is that
    act, of the earlier kind that absorbs it, not an attack of its own (rule force-on-riot)."""
    kind = kinds.get(earlier.kind)
    return named.kind == "attack" and earlier.kind in _CROWD_VIOLENCE and kind is not None \
        and named.kind in kind.absorbs


def fold_one_protest(merged: list[Draft], kinds: dict[str, Kind], absorb: Callable[[Draft, Draft, str], None]) \
        -> list[Draft]:
    """"Police fired on protesters outside the office, killing one. The shooting happened in X, where hundreds had
    gathered. Some threw stones at the gate.": a telling that became a protest or a riot only once later sentences
    told more of it (the crowd that "gathered", then the stones) is the protest told before at its place on its
    day, which it had not been when it was first read; ACLED codes one protest per place and day, named by its
    gravest telling (rule one-protest-a-day)."""
    kept: list[Draft] = []
    for draft in merged:
        earlier = next((m for m in kept if _one_protest(m, draft)), None) if not draft.in_headline else None
        if earlier is None:
            kept.append(draft)
            continue
        graver = kinds.get(draft.kind) is not None and kinds.get(earlier.kind) is not None \
            and kinds[draft.kind].rank > kinds[earlier.kind].rank
        if graver:
            earlier.kind, earlier.coding = draft.kind, draft.coding
        absorb(earlier, draft, "one-protest-a-day")
    return kept


def _one_protest(earlier: Draft, later: Draft) -> bool:
    """A riot or lethal force and force on a protest (or another riot) told apart, in either order, at one place on
    one day, by one crowd or by a crowd and the state's forces that met it. Peaceful tellings, and two
    interventions, are left as the merge read them: two rallies at one place may be two events where the day is
    not known (measured, round 21: folding a peaceful telling too joined two crowds' protests in one city)."""
    key = place_key(earlier)
    kinds = {earlier.kind, later.kind}
    if earlier.in_headline or not kinds <= _FORCE_OR_RIOT or not kinds & _VIOLENT_CROWD \
            or key is None or key != place_key(later) or different_days(earlier, later):
        return False
    a, b = earlier.roles.actor1, later.roles.actor1
    return compatible_actor(a, b) or any(m is not None and m.inter == STATE_INTER for m in (a, b))


# the name a crowd takes when the report names it by what it does (actors: Protesters (Iraq), Rioters (Syria))
_CROWD_WORD = re.compile(alternation("crowd-actor-names") + r" \(")


def meets_the_crowd(earlier: Draft, later: Draft) -> bool:
    """"Hundreds of a movement's supporters demonstrated in the square. The protesters then tried to storm the
    ministry and were pushed back by the police.": a protest's telling after a protest, done by the state's forces
    or naming the crowd by what it does, is the same crowd and the force it met, not another group's act (rule
    another-hand: merging.py asks this before it keeps a named hand apart)."""
    if not (_protest_like(earlier) and _protest_like(later)):
        return False
    # a protest told by a state force of its own ("supporters of the PMF held a sit-in") is no force on the crowd
    force = later.coding.sub_event_type in {"Protest with intervention", "Excessive force against protesters"}
    return any(m is not None and (force and m.inter == STATE_INTER or bool(_CROWD_WORD.match(m.name)))
               for m in (later.roles.actor1, later.roles.actor2))


def _protest_like(draft: Draft) -> bool:
    return draft.coding.event_type == "Protests" or draft.coding.sub_event_type == "Violent demonstration"
