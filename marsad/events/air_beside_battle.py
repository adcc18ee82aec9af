"""Air or drone strikes told with a battle (rule air-beside-battle): another means than the ground fighting, most
often of another hand, which the guide codes as an event of its own at its place ("clashes broke out in the village
amid air raids on the area"); each keeps the actors and the toll of its own clause."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.acts_apart import one_side
from marsad.events.drafts import Analysis, Draft
from marsad.events.lexicon import Kind
from marsad.events.rules import rule
from marsad.types import ActorMention


def air_beside_battle(analysis: Analysis, kind: Kind, stronger: list[Kind]) -> bool:
    """"Fighting raged around the hill while jets struck the same slopes": warplanes and drones are another
    means than the ground fighting, most often of another hand, and the guide codes each type of action apart;
    in a full report the strikes told with a battle are an event of their own at their place (rule
    air-beside-battle), where the shelling that goes with the fighting is part of it. A coder's note or a brief
    codes the one battle."""
    return kind.name == "air" and not analysis.brief and all(k.name in {"clash", "fight"} for k in stronger)


def strike_beside_capture(analysis: Analysis, kind: Kind, stronger: list[Kind]) -> bool:
    """"Regime forces took the village under cover of Russian air strikes", "recaptured the hill after shelling it
    for hours": the bombardment that prepared the ground is remote violence apart from the territory the troops
    took, in one sentence as in two (rule strike-beside-capture); the clashes that won the ground stay part of the
    territory change, and a coder's note or a brief codes the one event."""
    return kind.name in _BOMBARDMENT and not analysis.brief and any(k.name == "capture" for k in stronger)


_BOMBARDMENT = {"air", "shelling"}


def air_and_battle_roles(analysis: Analysis, drafts: list[Draft], subordinate: list[tuple[int, int]],
                         sentence: tuple[int, int]) -> None:
    """Each side and toll to its own clause (air-beside-battle), then the strikes that were only the battle's
    setting joined to it (air-support-of-battle)."""
    _clause_roles(analysis, drafts, subordinate, sentence)
    air = [d for d in drafts if d.kind == "air"]
    battles = [d for d in drafts if d.kind in {"clash", "fight"}]
    if air and battles:
        _apart_by_their_toll(analysis, drafts, air, battles)


def _clause_roles(analysis: Analysis, drafts: list[Draft], subordinate: list[tuple[int, int]],
                  sentence: tuple[int, int]) -> None:
    """"Regime forces and rebels clashed in the village amid Russian air strikes on it": strikes and a battle told
    in clauses of their own each have the actors of their own clause only; the sides named in the battle's clause
    are not the strikes', nor the warplanes a side of the battle; a toll told in one clause is that clause's act's
    (rule air-beside-battle)."""
    # and the bombardment told beside a captured place, and that capture (rule strike-beside-capture)
    air = [d for d in drafts if d.kind == "air" or "strike-beside-capture" in d.rules]
    battles = [d for d in drafts if d.kind in {"clash", "fight", "capture"}]
    if not (air and battles):
        return
    text = analysis.report.text
    marks = [m.start() for name in ("own-clause", "background-clause", "new-subject-clause")
             for m in rule(name).pattern.finditer(text, *sentence)]
    starts = sorted({sentence[0], *marks, *(a for a, _ in subordinate if sentence[0] <= a < sentence[1])})

    def clause(draft: Draft) -> tuple[int, int]:
        start = max(b for b in starts if b <= draft.trigger.start)
        return start, next((b for b in starts if b > start), sentence[1])

    strikers = {d.roles.actor1.name for d in air if d.roles.actor1 is not None}
    for draft in battles:  # "took the village under cover of Russian air strikes": the jets are no side it fought
        if draft.kind == "capture" and draft.roles.actor2 is not None and draft.roles.actor2.name in strikers:
            draft.roles = replace(draft.roles, actor2=None)
    if any(clause(a) == clause(b) for a in air for b in battles):
        return  # "clashes and air strikes on the village": one clause, the roles as found
    for draft in air + battles:
        start, end = clause(draft)

        def own(mention: ActorMention | None, start: int = start, end: int = end) -> ActorMention | None:
            return mention if mention is not None and start <= mention.start < end else None

        draft.roles = replace(draft.roles, actor1=own(draft.roles.actor1), actor2=own(draft.roles.actor2))
        if draft.fatalities is not None and not start <= draft.fatalities.evidence.start < end:
            draft.fatalities = None  # "... amid air raids on the area, killing a fighter": the strikes' toll
        if draft.kind == "air" and not {"air-beside-battle", "strike-beside-capture"} & set(draft.rules):
            draft.rules.append("air-beside-battle")


def _apart_by_their_toll(analysis: Analysis, drafts: list[Draft], air: list[Draft], battles: list[Draft]) -> None:
    """"Clashes broke out in the village amid air raids on the area": strikes told only as the setting of the
    fighting, at its place and with no toll of their own, are the battle's support, not a second event there (rule
    air-support-of-battle); strikes that killed or wounded someone of their own ("air raids on the area killing a
    fighter"), hit a place of their own, or were flown by a named hand that is neither side ("amid Russian strikes")
    stay an event apart (rule air-beside-battle). The drafts dropped are noted for the drop ledger."""
    for strike in air:
        battle = next((b for b in battles if b.kind in {"clash", "fight"} and (
            strike.place is None or (b.place is not None and strike.place.place == b.place.place))), None)
        if strike.kind != "air" or strike.fatalities is not None or strike.injured is not None or battle is None \
                or _another_hand(strike, battle):
            continue
        drafts.remove(strike)
        analysis.dropped_drafts.append(("air-support-of-battle", strike))
        battle.evidence.extend(e for e in strike.evidence if e not in battle.evidence)
        if "air-support-of-battle" not in battle.rules:
            battle.rules.append("air-support-of-battle")


def _another_hand(strike: Draft, battle: Draft) -> bool:
    """The strike's named hand is neither side of the battle: an act of that actor of its own."""
    hand = strike.roles.actor1
    if hand is None or hand.kind == "generic" or hand.discovered:
        return False
    return not any(one_side(hand, side) for side in (battle.roles.actor1, battle.roles.actor2) if side is not None)
