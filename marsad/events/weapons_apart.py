"""Two weapons told in one sentence (rule weapon-beside-weapon): "Russian jets struck the village, coinciding with
regime shelling on it" tells an air strike and a shelling, two types of action the guide codes apart, most often of
two hands; each keeps the actors and the toll of its own clause. A coder's note or a brief codes the one event."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from marsad.events.drafts import WEAPON_KINDS, Analysis, Draft
from marsad.events.lexicon import CueMatch
from marsad.events.rules import rule
from marsad.types import ActorMention

CIVILIANS_INTER = 7  # ACLED's inter code of civilians


def other_weapons_beside(brief: bool, main: dict[str, list[CueMatch]], by_kind: dict[str, list[CueMatch]]) -> set[str]:
    """The weapon kinds told only in a background clause ("coinciding with regime shelling on the village") beside
    another weapon told in the main clause: events of their own in a full report."""
    told = set(main) & WEAPON_KINDS
    if brief or not told:
        return set()
    return {k for k in by_kind if k in WEAPON_KINDS and k not in main}


def weapon_clause_roles(analysis: Analysis, drafts: list[Draft], subordinate: list[tuple[int, int]],
                        sentence: tuple[int, int]) -> None:
    """Strikes of two weapons told in clauses of their own each have the actors of their own clause: the hand named
    in the clause before its trigger ("coinciding with regime shelling"), never the other strike's; a toll told in
    one clause is that clause's strike's (rule weapon-beside-weapon)."""
    weapons = [d for d in drafts if d.kind in WEAPON_KINDS]
    if len({d.kind for d in weapons}) < 2:
        return
    edges = (edge for span in subordinate for edge in span if sentence[0] <= edge < sentence[1])
    starts = sorted({sentence[0], *edges})

    def clause(draft: Draft) -> tuple[int, int]:
        start = max(b for b in starts if b <= draft.trigger.start)
        return start, next((b for b in starts if b > start), sentence[1])

    if len({clause(d) for d in weapons}) < 2:
        return  # "shelling and air strikes on the village": one clause, the roles as found
    for draft in weapons:
        start, end = clause(draft)

        def own(mention: ActorMention | None, start: int = start, end: int = end) -> ActorMention | None:
            return mention if mention is not None and start <= mention.start < end else None

        hand = own(draft.roles.actor1) or next((a for a in reversed(analysis.actors)
                                                if start <= a.start and a.end <= draft.trigger.start), None)
        draft.roles = replace(draft.roles, actor1=hand, actor2=own(draft.roles.actor2))
        if draft.fatalities is not None and not start <= draft.fatalities.evidence.start < end:
            draft.fatalities = None
        if "weapon-beside-weapon" not in draft.rules:
            draft.rules.append("weapon-beside-weapon")


def strike_in_clause_of_its_own(analysis: Analysis, cue: CueMatch, drafts: list[Draft],
                                draft_it: Callable[[], list[Draft]]) -> list[Draft]:
    """"Regime forces shelled the village, while rebel factions hit army posts in it with rockets": a weapon told
    again in a clause of its own (rule own-clause: "while", "when", ", and then") whose subject, named after the
    clause mark and before the weapon, is a named hand other than the one who struck before is a second strike
    (rule another-striker), as two sides shelling one town, or each other, on one day are two events."""
    text = analysis.report.text
    first = min(d.trigger.start for d in drafts)
    marks = [m.end() for m in rule("own-clause").pattern.finditer(text, first, cue.start)]
    if not marks:
        return []
    subject = next((a for a in analysis.actors if marks[-1] <= a.start and a.end <= cue.start), None)
    strikers = {d.roles.actor1.name for d in drafts if d.roles.actor1 is not None}
    # a loose name of a known side ("opposition factions") is that side; an unidentified hand or civilians are none
    if subject is None or subject.name.startswith("Unidentified") or subject.inter == CIVILIANS_INTER or \
            subject.discovered or subject.name in strikers:
        return []
    found = draft_it()
    if not found:
        return []
    for earlier in drafts:  # the hand of the second strike is no target of the first ("the rebels" hit back)
        if earlier.roles.actor2 is not None and earlier.roles.actor2.start >= marks[-1]:
            earlier.roles = replace(earlier.roles, actor2=None)
    draft = found[0]
    victim = draft.roles.actor2 if draft.roles.actor2 is not None and draft.roles.actor2.start >= marks[-1] else None
    draft.roles = replace(draft.roles, actor1=subject, actor2=victim)
    draft.rules.append("another-striker")
    return [draft]
