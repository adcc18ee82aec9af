"""Air defences that answer a strike the report tells (rule air-defence-of-the-strike).

"Israeli jets struck positions near the town. Syrian air defences confronted the missiles." In a full report the
air defences' engagement is what became of the strike's missiles, as an interception is (rule
interception-of-the-strike): the strike is the event, at its own place, and the air defences are the side it hit
or that answered it; the engagement is no battle of its own at the governorate the sentence names, and it does not
raise the strike to a battle when it elaborates it. Air defences told with no strike in the report ("air defences
confronted an aggression over the capital") stay the battle the cue `air_defence` makes; a coder's note codes its
one event as ACLED did (rule coder-note-one-event)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.events.acts_apart import different_days
from marsad.events.drafts import WEAPON_KINDS, Draft
from marsad.events.rules import rule

# what air defences answer: a strike from the air or from afar, a bomb, or the interception told of it
_ANSWERED = WEAPON_KINDS | {"intercept"}


def air_defence_engagement(draft: Draft) -> bool:
    """The draft is fighting told only by air defences engaging (its trigger the air defences themselves)."""
    return draft.kind == "clash" and rule("air-defence-engages").fullmatch(draft.trigger.text) is not None


def answers_the_strike(strike: Draft, engagement: Draft) -> bool:
    """`engagement` (air defences engaging) answers `strike`, told before it or in its sentence on its day."""
    return strike.kind in _ANSWERED and air_defence_engagement(engagement) and not strike.in_headline \
        and strike.sentence[0] <= engagement.sentence[0] and not different_days(strike, engagement)


def fold_air_defences(merged: list[Draft], absorb: Callable[[Draft, Draft, str], None]) -> list[Draft]:
    """Each engagement of air defences joins the latest strike it answers (rule air-defence-of-the-strike)."""
    kept: list[Draft] = []
    for draft in merged:
        strike = next((m for m in reversed(merged) if m is not draft and answers_the_strike(m, draft)), None) \
            if air_defence_engagement(draft) else None
        if strike is None:
            kept.append(draft)
            continue
        absorb(strike, draft, "air-defence-of-the-strike")
    return kept
