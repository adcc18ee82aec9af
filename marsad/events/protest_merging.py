"""A protest told more than once: the same protest at one place and day, a protest that escalates, and the
force that met it (rules protest-escalates, force-on-protest). Split from merging.py, which calls these while
it folds the drafts of a report."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, choose_coding, compatible_actor, place_key
from marsad.events.lexicon import Kind
from marsad.events.rules import rule

STATE_INTER = 1  # ACLED's inter code of state forces (army, police)


def protest_coding(draft: Draft) -> bool:
    return draft.coding.event_type == "Protests" or draft.coding.sub_event_type == "Violent demonstration"


def same_protest(first: Draft, second: Draft) -> bool:
    """One protest told as peaceful and as dispersed (or violent) at one place on one day is one event, as ACLED
    codes one protest per place and day (rule protest-escalates names it by its gravest telling)."""
    key = place_key(first)
    return protest_coding(first) and protest_coding(second) and key is not None and key == place_key(second) \
        and not different_days(first, second) and compatible_actor(first.roles.actor1, second.roles.actor1)


def protest_kind(kind: Kind) -> bool:
    """A kind of protest, force met by a protest, or a violent demonstration (not a mob's violence)."""
    return any(c.event_type == "Protests" or c.sub_event_type == "Violent demonstration" for c in kind.codings)


def _bare_state_force(draft: Draft) -> bool:
    """An attack by state forces told only by the generic words ("fired", "attacked") and aimed at no one else
    than a crowd (rule force-on-protest's words: "fired at a police post" is aimed elsewhere), or such words
    naming again, with the article and no hand, an act told before ("The shooting happened in X")."""
    if draft.kind != "attack":
        return False
    cues = [name for name in draft.rules if name.startswith("cue:")]
    if not cues or not all(rule("bare-attack").match(name) for name in cues):
        return False
    actor = draft.roles.actor1
    if actor is None and "told-before" in draft.rules and draft.place is not None:
        # "The shooting happened in X, where ...": the force told before, named again by no hand at the protest's
        # place; "the ministry condemned the attack" names again, at no place, the strike the crowd protests
        return True
    if actor is None or actor.inter != STATE_INTER:
        return False  # gunmen who fire on a crowd attack it; "they attacked" may be the protesters
    told = next((e for e in draft.evidence if e.start <= draft.trigger.start < e.end), None)
    return told is None or not rule("force-on-protest").match(told.text[draft.trigger.end - told.start:])


def _met_the_protest(force: Draft, kinds: dict[str, Kind]) -> None:
    """The force becomes what met the protest: excessive force when it kills or wounds, else an intervention."""
    name = "excessive_force" if force.fatalities or force.injured else "protest_intervention"
    if name in kinds:
        force.kind, force.coding = name, choose_coding(kinds[name], force.roles)
        force.rules.append("force-on-protest")


def force_on_protest(merged: list[Draft], draft: Draft, kinds: dict[str, Kind]) -> None:
    """"Hundreds protested in front of the building. Security forces fired live bullets, wounding five of them.":
    an attack by state forces told by the generic words alone ("fired", "attacked"), with no place of its own
    or at the protest's, in the next sentence or so (`_NEXT_SENTENCES_CHARS`) after a protest told on its day,
    is the force that met the protest (rule force-on-protest): force that kills or wounds is excessive force,
    other force an intervention; the protest then takes it in. Told the other way round ("Police fired live
    rounds near the council, wounding three. Hundreds had gathered there to demand jobs."), the crowd told next
    is the one the force met."""
    def protest(d: Draft) -> bool:
        return (kind := kinds.get(d.kind)) is not None and protest_kind(kind)

    if _bare_state_force(draft):
        if any(protest(m) and _told_just_before(m, draft) for m in merged):
            _met_the_protest(draft, kinds)
    elif protest(draft) and not draft.in_headline:
        force = next((m for m in reversed(merged) if _bare_state_force(m) and _told_just_before(m, draft)), None)
        if force is not None:
            _met_the_protest(force, kinds)


def _told_just_before(earlier: Draft, later: Draft) -> bool:
    """Told on the later telling's day, in the sentence or so before it, at its place (or the later has none)."""
    return not earlier.in_headline and 0 <= later.sentence[0] - _told_until(earlier, later) <= _NEXT_SENTENCES_CHARS \
        and not different_days(earlier, later) and (later.place is None or place_key(later) == place_key(earlier))


# "in one of the next sentences": about two sentences of news copy
_NEXT_SENTENCES_CHARS = 400


def _told_until(draft: Draft, later: Draft) -> int:
    """Where the last telling of a draft before the later one's sentence ends (the later's own sentence may have
    lent the draft its place: "The shooting happened in X", rule place-told-after)."""
    start = later.sentence[0]
    return max([draft.sentence[1], *(e.end for e in draft.evidence if e.start < start)])


def protest_escalates(target: Draft, later: Draft, kinds: dict[str, Kind]) -> bool:
    """"Teachers protested in the square. Police fired tear gas to disperse them.": one protest told as it
    escalates is one event, and the gravest telling names it (rule protest-escalates; the kinds' ranks: a
    peaceful protest, then one dispersed, then excessive force, then a riot)."""
    a, b = kinds.get(target.kind), kinds.get(later.kind)
    return a is not None and b is not None and protest_kind(a) and protest_kind(b) and b.rank > a.rank

