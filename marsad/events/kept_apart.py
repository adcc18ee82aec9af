"""Why a kind that a stronger one in its sentence would absorb still stands as an event of its own: air strikes
beside ground fighting, a bombardment beside a captured place, a move of forces named as such beside an attack, a
strike that hit a place of its own while the fighting named again was told elsewhere (rules air-beside-battle,
strike-beside-capture, named-development, strike-elsewhere; docs/events.md)."""

from __future__ import annotations

from dataclasses import replace

from marsad.events.acts_apart import other_pair
from marsad.events.air_beside_battle import air_beside_battle, strike_beside_capture
from marsad.events.clauses import named_development, subject_before
from marsad.events.drafts import Analysis, Draft
from marsad.events.lexicon import CueMatch, Kind
from marsad.events.placing import next_place_after, places_for, usable
from marsad.events.roles import Roles
from marsad.events.rules import rule
from marsad.events.strike_support import told_as_support
from marsad.types import Evidence


def kept_apart_by(analysis: Analysis, kind: Kind, by_kind: dict[str, list[CueMatch]], stronger: list[Kind],
                  sentence: tuple[int, int]) -> str | None:
    """The rule that keeps `kind` apart from the `stronger` kinds that would absorb it, or None."""
    if not stronger:
        return None
    if kind.name in _STRIKES and told_as_support(analysis.report.text, by_kind[kind.name], sentence[0]):
        # "backed by coalition warplanes, clashed with ISIS": the side's support, the stronger act's (strike-as-support)
        analysis.dropped.extend(("strike-as-support", Evidence(m.start, m.end, m.text)) for m in by_kind[kind.name])
        return None
    if air_beside_battle(analysis, kind, stronger):
        return "air-beside-battle"
    if strike_beside_capture(analysis, kind, stronger):
        return "strike-beside-capture"
    if not analysis.brief and named_development(analysis.report.text, kind, by_kind, stronger):
        return "named-development"
    if strike_elsewhere(analysis, kind, by_kind, stronger, sentence):
        return "strike-elsewhere"
    if began_peacefully(analysis, kind, stronger, sentence):
        return "began-peacefully"
    return None


def began_peacefully(analysis: Analysis, kind: Kind, stronger: list[Kind], sentence: tuple[int, int]) -> bool:
    """"Protests that began peacefully on Saturday night turned violent late on Sunday": a protest told with a day of
    its own before it turned into a riot on another is a peaceful protest that day and a riot the next, two events
    as ACLED codes a protest by its day (rule began-peacefully); "a peaceful protest turned violent" with one day
    stays the riot."""
    if kind.name != "protest" or not any(k.name == "riot" for k in stronger):
        return False
    days = rule("began-peacefully").search(analysis.report.text[sentence[0]:sentence[1]])
    return days is not None and days.group("first").lower() != days.group("second").lower()


# the remote strikes that land on a place, and the ground fighting whose named-again words they are told beside
_STRIKES = frozenset({"shelling", "air"})
# the acts with a weapon of their own that may hit a place apart from the fighting named again: a strike, and a hand
# grenade, a bomb or a suicide attack thrown at or set off by a house in another village (rule strike-elsewhere)
_WEAPON_ACTS = _STRIKES | {"grenade", "ied", "suicide"}
_GROUND_FIGHTING = frozenset({"clash", "fight"})


def strike_elsewhere(analysis: Analysis, kind: Kind, by_kind: dict[str, list[CueMatch]], stronger: list[Kind],
                     sentence: tuple[int, int]) -> bool:
    """"Clashes broke out in A. Shells fired during the clashes fell on houses in the nearby village of B.": fighting
    named again with the article (rule told-before) is the battle told before, at its own place; a shelling or a
    strike the sentence tells at a place of its own hit that place, an event there apart from the battle, as ACLED
    codes two acts at two places (rule strike-elsewhere). Where that place is the battle's own, the strike stays the
    battle's (merging: distinct_acts); told with no place of its own ("both sides used mortars during the
    clashes"), or beside fighting told anew ("clashes and shelling in B"), it is the battle's shelling."""
    if analysis.brief or kind.name not in _WEAPON_ACTS or not all(k.name in _GROUND_FIGHTING for k in stronger):
        return False
    text = analysis.report.text
    fighting = [m for k in stronger for m in by_kind[k.name]]
    if not fighting or not all(rule("told-before").search(text[max(sentence[0], m.start - 30):m.start])
                               for m in fighting):
        return False
    # the place the strike is told at, unless it is where the fighting named again is placed ("during the clashes
    # in B": the battle's place)
    battle_places = {_placed_right_after(analysis, m, sentence) for m in fighting}
    # a strike keeps to the place its words are followed by; a grenade, a bomb or a suicide attack, told at a house
    # or "an incident in B, where …", also to the place it would be drafted at
    return any((place := next_place_after(analysis, cue, sentence)
                or (None if kind.name in _STRIKES else _told_at(analysis, kind, cue, sentence)))
               is not None and place not in battle_places for cue in by_kind[kind.name])


def battle_named_again(drafts: list[Draft]) -> None:
    """"The source linked the clash to an incident in B the day before, where gunmen threw a grenade at a house":
    where a weapon act of the sentence stands apart from fighting named again for a place of its own (rule
    strike-elsewhere), the fighting's words name the battle told before, not one at that place: its drafts lose
    the place and the sides they took from the weapon's clause (or from who tells it) and join that battle when
    merged (rule kind-named-again)."""
    if not any("strike-elsewhere" in d.rules for d in drafts):
        return
    for draft in drafts:
        if draft.kind in _GROUND_FIGHTING and "told-before" in draft.rules and draft.place is not None:
            draft.place = None
            draft.roles = Roles(None, None)
            draft.rules.append("battle-named-again")


def _told_at(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int]) -> str | None:
    """The place the act would be drafted at when none follows its words ("an incident in B, where gunmen threw a
    hand grenade at a house"), or None."""
    places, _ = places_for(analysis, kind, cue, sentence, [])
    return places[0].place.geonameid if places and places[0].place is not None else None


def _placed_right_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> str | None:
    """The place named right after the fighting's words ("the clashes in B", "the fighting on the outskirts of B":
    rule fighting-placed), or None."""
    place = next((p for p in analysis.places if cue.end <= p.start < sentence[1] and usable(p, analysis)), None)
    if place is None or place.place is None:
        return None
    return place.place.geonameid if rule("fighting-placed").fullmatch(analysis.report.text[cue.end:place.start]) \
        else None


def other_pair_told(analysis: Analysis, found: list[Draft], drafts: list[Draft]) -> list[Draft]:
    """"ISIS clashed with the SDF in the village, and regime forces clashed with the SDF there.": fighting told again
    in one sentence, by the side named right before its verb (rule own-subject), with another pair of sides around a
    named side is a second battle (rule other-pair), as it is across sentences; the same pair told again ("…, and
    the SDF clashed with ISIS again") is the one battle."""
    if not found:
        return []
    subject = subject_before(analysis, found[0])
    if subject is not None and subject.kind != "generic":
        found[0].roles = replace(found[0].roles, actor1=subject)
    if not any(other_pair(d, found[0]) for d in drafts):
        return []
    found[0].rules.append("other-pair")
    return found
