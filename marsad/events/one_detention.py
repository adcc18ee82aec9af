"""One detention, one event: a detention told with the words of an arrest and the words of its manner ("arrested five
young men to take them to the compulsory conscription", "detained a shepherd, taking him to an unknown destination")
is one act, whichever words made each of its drafts (rule one-detention), and in a full report it is an arrest when a
named hand made it and no word tells a kidnapping (rule told-as-kidnapping: the guide's `Arrests` are detentions by
authorities or armed groups controlling the area; a kidnapping by gunmen stays an abduction). Runs on the events of a
report once merging is done; an ACLED coder's note keeps ACLED's own practice (types.yaml `report: coder-note`)."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Analysis, Draft, choose_coding, compatible_actor, place_key
from marsad.events.lexicon import Lexicon
from marsad.events.merging import absorb
from marsad.events.rules import rule

# the kinds whose drafts tell a detention: an arrest, an abduction (or a detention its manner words call one)
_DETENTION_KINDS = ("arrest", "abduct")


def one_detention(analysis: Analysis, lexicon: Lexicon, drafts: list[Draft]) -> list[Draft]:
    """The report's events with each detention told as an arrest and as an abduction joined into one, coded as
    an arrest where its tellings say an arrest by a named hand (full reports only)."""
    if analysis.coder_note or "arrest" not in lexicon.kinds or "abduct" not in lexicon.kinds:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        same = next((k for k in kept if _one_detention(k, draft)), None)
        if same is None:
            kept.append(draft)
            continue
        absorb(same, draft, "one-detention")
    for draft in kept:
        if draft.kind == "abduct" and _told_as_arrest(draft):
            coding = choose_coding(lexicon.kinds["arrest"], draft.roles)
            if coding.sub_event_type != draft.coding.sub_event_type:
                draft.kind, draft.coding = "arrest", coding
                draft.rules.append("told-as-arrest")
    return kept


def _one_detention(first: Draft, second: Draft) -> bool:
    """An arrest and an abduction told in one sentence (or in tellings that share one), by one hand, at one place,
    on one day: the same people taken once."""
    if {first.kind, second.kind} != set(_DETENTION_KINDS) or different_days(first, second):
        return False
    a, b = first.roles.actor1, second.roles.actor1
    if (a is None and b is None) or not compatible_actor(a, b):  # a participle's hand may go unnamed: "…, arresting"
        return False
    if place_key(first) != place_key(second):
        return False
    starts = {e.start for e in first.evidence} | {first.sentence[0]}
    return first.sentence == second.sentence or any(e.start in starts for e in second.evidence)


def _told_as_arrest(draft: Draft) -> bool:
    """The tellings say an arrest ("arrested", "detained") and no word of a kidnapping ("kidnapped", "abducted",
    "ransom", "bundled into a car"): the manner words ("to an unknown destination", "for conscription", "without
    charge") only say how the arrest was made (rule told-as-kidnapping)."""
    if draft.roles.actor1 is None:
        return False  # people "taken away" with nobody named: the coding of the rules stands
    told = " ".join(e.text for e in [draft.trigger, *draft.evidence])
    return bool(rule("arrest-told").search(told)) and not rule("told-as-kidnapping").search(told)
