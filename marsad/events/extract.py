"""From the mentions of one report (places, actors, dates, attributions) to event drafts.

Per sentence: find trigger cues (data), drop those that are not facts (plans, promises, tallies,
recaps, negations), let stronger kinds absorb the weaker ones they imply, then bind each remaining
kind to its actors (roles), place (the sentence's own, else the dateline region at precision 3),
date and counts. Drafts that tell the same event twice (headline and body, a recap sentence) are
merged, keeping every evidence span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.events import quantities
from marsad.events.accuser import role_candidates
from marsad.events.air_beside_battle import air_and_battle_roles
from marsad.events.background import absorb_restatements, carried_date, not_news
from marsad.events.carrying import carry_actors
from marsad.events.civilian_victims import civilian_victim
from marsad.events.clauses import (
    alone_in_background,
    another_actor,
    another_hand,
    clause_bounds,
    development_bounds,
    elsewhere,
    in_own_clause,
    occasion_named,
    own_subject,
    subordinate_spans,
)
from marsad.events.cue_context import actor_acts, cargo_in_clause, counted_people, load_in_clause, past_clause
from marsad.events.dates import act_dates, only_days_of_saying, trigger_day
from marsad.events.discourse import carry_report_actors
from marsad.events.drafts import (
    DEVELOPMENT_KINDS,
    DISTINCT_ACT_KINDS,
    FIGHTING_KINDS,
    PRECEDENCE,
    WEAPON_KINDS,
    Analysis,
    Draft,
    choose_coding,
    counts_deaths,
    lowest,
    place_key,
)
from marsad.events.each_day import on_each_day, other_day
from marsad.events.kept_apart import battle_named_again, kept_apart_by, other_pair_told
from marsad.events.lexicon import Cue, CueMatch, Kind, Lexicon
from marsad.events.merging import merge_drafts
from marsad.events.modality import dated_act_of_a_hand, irrealis_mode, is_negated, is_reference, sentence_skip_reason
from marsad.events.movements import movement_places
from marsad.events.placing import (
    effective_precision,
    own_place_after,
    place_follows,
    places_for,
    region_in_sentence,
)
from marsad.events.roles import (
    ARMED_INTER,
    Roles,
    alleged_side,
    assign_roles,
    ground_side_as_striker,
    holds_place,
)
from marsad.events.rules import rule
from marsad.events.told_after import complete_previous
from marsad.events.told_not_done import abroad_in_passing
from marsad.events.transfers import unfought_transfers
from marsad.events.weapons_apart import other_weapons_beside, strike_in_clause_of_its_own, weapon_clause_roles
from marsad.types import DateMention, Evidence

# what the other stages import from here
__all__ = ["Analysis", "Draft", "draft_for_cue", "extract_drafts", "merge_drafts"]


def extract_drafts(analysis: Analysis, lexicon: Lexicon) -> list[Draft]:
    drafts = _extract(analysis, lexicon)
    unfought_transfers(analysis, lexicon, drafts)
    label = lexicon.label(analysis.report.text)
    if label is not None:
        _apply_label(analysis, lexicon, drafts, label)
    if analysis.coder_note or label is not None:  # a labelled note ("Looting: On 3 May ...") is a coder's too
        if len(drafts) > 1:
            main = _one_coded_event(drafts)
            analysis.dropped_drafts.extend(("coder-note-one-event", d) for d in drafts if d is not main)
            drafts = [main]
        for draft in drafts:  # ACLED's own conventions for its notes (types.yaml `report: coder-note`)
            coding = choose_coding(lexicon.kinds[draft.kind], draft.roles, coder_note=True)
            if ("report", "coder-note") in coding.when:
                draft.coding = coding
    return drafts


def _one_coded_event(drafts: list[Draft]) -> Draft:
    """An ACLED coder's note codes one event: the gravest it tells (ACLED's order of types, as when
    merging), the first of equals; the rest (the strikes that went with the fighting) is context, and the
    note's figures ("Total fatalities coded as 7") are that event's."""
    ordered = sorted(drafts, key=lambda d: (-PRECEDENCE.get(d.coding.event_type, 0), d.trigger.start))
    main = ordered[0]
    main.rules.append("coder-note-one-event")
    for other in ordered[1:]:
        main.evidence.extend(e for e in other.evidence if e not in main.evidence)
        if other.fatalities is not None and any(
                word in other.fatalities.evidence.text.lower() for word in ("coded", "total", "fatalit")):
            main.fatalities = lowest(main.fatalities, other.fatalities)
    return main


def _apply_label(analysis: Analysis, lexicon: Lexicon, drafts: list[Draft], label: tuple[str, int, int]) -> None:
    """The coder's label names the note's event: its first event takes the label's kind; where no trigger
    was found, the label itself is the trigger of an event in the note's first sentence."""
    kind_name, start, end = label
    kind = lexicon.kinds[kind_name]
    if drafts:
        first = drafts[0]
        first.kind, first.coding = kind.name, choose_coding(kind, first.roles)
        first.rules.append("note-label")
        return
    sentence = next((s for s in analysis.sentences if s[0] <= start < s[1]), None)
    if sentence is None:
        return
    cue = CueMatch(Cue(id="label", kind=kind.name, terms=()), start, end, analysis.report.text[start:end])
    dates = [d for d in analysis.dates if sentence[0] <= d.start < sentence[1]]
    drafts.extend(_drafts_for_kind(analysis, kind, cue, sentence, dates, None)[:1])


def _extract(analysis: Analysis, lexicon: Lexicon) -> list[Draft]:
    text = analysis.report.text
    drafts: list[Draft] = []
    current_date: DateMention | None = None
    for sentence in analysis.sentences:
        s_start, s_end = sentence
        sentence_text = text[s_start:s_end]
        own_dates = act_dates(text, s_start, [d for d in analysis.dates if s_start <= d.start < s_end])
        sentence_drafts: list[Draft] = []
        line_end = text.find("\n", s_end)
        rest_of_line = text[s_end:] if line_end < 0 else text[s_end:line_end]
        skip = _sentence_skip_reason(sentence_text, rest_of_line)
        if skip is None:
            sentence_drafts = _sentence_drafts(analysis, lexicon, sentence, own_dates, current_date)
        else:
            analysis.dropped.append((skip, Evidence(s_start, s_end, sentence_text)))
        if own_dates and s_start >= analysis.headline_end:
            current_date = carried_date(own_dates, analysis.reference)
        if drafts and s_start >= analysis.headline_end:  # its toll, or where the event before happened
            complete_previous(analysis, drafts[-1], sentence, skip, bool(sentence_drafts))
        drafts.extend(sentence_drafts)
    joined = merge_drafts(drafts, lexicon.kinds, apart=not analysis.brief)
    merged = absorb_restatements(analysis, joined, lexicon.kinds)
    _note_joined(analysis, [d for d in drafts if not d.in_headline], joined, "merged-as-one-event")
    _note_joined(analysis, joined, merged, "restates")
    return carry_actors(text, carry_report_actors(merged, analysis))


def _note_joined(analysis: Analysis, before: list[Draft], after: list[Draft], rule_name: str) -> None:
    """The drafts that joined another (told as the same event) are noted with the rule, for the drop ledger."""
    kept = {id(d) for d in after}
    analysis.dropped_drafts.extend((rule_name, d) for d in before if id(d) not in kept)


def _sentence_skip_reason(sentence_text: str, rest_of_line: str) -> str | None:
    """The sentence rule (rules.yaml, stage `sentence`) by which a whole sentence tells no new event."""
    return sentence_skip_reason(sentence_text, rest_of_line)


def _sentence_drafts(analysis: Analysis, lexicon: Lexicon, sentence: tuple[int, int],
                     own_dates: list[DateMention], current_date: DateMention | None) -> list[Draft]:
    by_kind, markers = _standing_cues(analysis, lexicon, sentence, own_dates)
    if not by_kind:
        return []
    for match in markers:
        by_kind.setdefault(match.cue.kind, []).append(match)
    # "gunmen killed a guard, after the army shelled the town": the background clause
    # neither names the event nor stands as one of its own when the main clause has an event
    subordinate = subordinate_spans(analysis.report.text, sentence)
    by_kind = _main_clause_violence(analysis, by_kind, subordinate)
    kept, absorbed, own_clause = _kinds_that_stand(analysis, lexicon, by_kind, subordinate, sentence)
    drafts = []
    for kind in kept:
        for draft in _kind_drafts(analysis, kind, by_kind[kind.name], sentence, own_dates, current_date):
            if absorbed.get(kind.name):
                draft.rules.append("stronger-absorbs-weaker")
            if kind.name in own_clause:
                draft.rules.append("own-clause")
            elif f"{kind.name}:development-beside" in own_clause:
                draft.rules.extend(["own-clause", "development-beside"])
            else:  # the rule that kept it apart: air-beside-battle, named-development, occasion-named...
                # sorted: a set's order follows the hash seed, and the same input must give the same output
                draft.rules.extend(mark.split(":", 1)[1] for mark in sorted(own_clause)
                                   if mark.startswith(f"{kind.name}:"))
            drafts.append(draft)
    battle_named_again(drafts)  # "linked the clash to an incident in B, where gunmen threw a grenade"
    if not analysis.brief:
        air_and_battle_roles(analysis, drafts, subordinate, sentence)
        weapon_clause_roles(analysis, drafts, subordinate, sentence)
        own_subject(analysis, drafts)
    return drafts


def _standing_cues(analysis: Analysis, lexicon: Lexicon, sentence: tuple[int, int],
                   own_dates: list[DateMention]) -> tuple[dict[str, list[CueMatch]], list[CueMatch]]:
    """The sentence's cues by kind that tell a fact (each other one is noted in `analysis.dropped` with the
    rule that dropped it), and its markers apart."""
    text = analysis.report.text
    by_kind: dict[str, list[CueMatch]] = {}
    markers: list[CueMatch] = []
    label = lexicon.label(text)
    # "Looting: On 3 May, gunmen seized four houses": the label names the type, the body tells the act (its words
    # are read from after the label, so that the label's word does not take the body's object as its own)
    start = max(sentence[0], label[2]) if label is not None and label[2] < sentence[1] else sentence[0]
    for match in lexicon.find(text, start, sentence[1]):
        reason = "inside-name" if _inside_name(analysis, match) else None
        if reason is None and match.cue.marker:  # "..., asking a ransom": what the event was, not a wish
            markers.append(match)
            continue
        reason = reason or _drop_reason(analysis, match, sentence, own_dates)
        if reason is not None:
            analysis.dropped.append((reason, Evidence(match.start, match.end, match.text)))
            continue
        by_kind.setdefault(match.cue.kind, []).append(match)
    if "capture" in by_kind and "arrest" in by_kind:  # "captured" a place is not an arrest of people
        places_taken = {m.start for m in by_kind["capture"]}
        analysis.dropped.extend(("captured-place-not-arrest", Evidence(m.start, m.end, m.text))
                                for m in by_kind["arrest"] if m.start in places_taken)
        by_kind["arrest"] = [m for m in by_kind["arrest"] if m.start not in places_taken]
        if not by_kind["arrest"]:
            del by_kind["arrest"]
    return by_kind, markers


def _inside_name(analysis: Analysis, match: CueMatch) -> bool:
    """A trigger word inside a place's or a group's name ("Shelling Brigade") or an attribution is a name;
    inside a generic description ("a protest", "the attackers") it still tells what happened."""
    blocked = [(p.start, p.end) for p in analysis.places if p.resolution.chosen is not None]
    blocked += [(a.start, a.end) for a in analysis.attributions]
    return any(s <= match.start < e for s, e in blocked) or any(
        a.start <= match.start < a.end and match.text.lower() in a.name.lower()
        for a in analysis.actors if a.kind != "generic")


def _drop_reason(analysis: Analysis, match: CueMatch, sentence: tuple[int, int],
                 own_dates: list[DateMention]) -> str | None:
    """The name of the first cue rule (rules.yaml, stage `cue`) by which this trigger tells no fact."""
    before = analysis.report.text[sentence[0]:match.start]
    if is_negated(before):
        return "negated"
    if irrealis_mode(before) and not rule("presumed-means").search(before[-60:]):
        return "not-a-fact"  # but "killed two militants via unspecified means (presumed to be airstrike)": how
    # "remnants of the regime attacked": told; "came a day after the Asayish arrested X on Tuesday": its own act
    if is_reference(before, match.text) and not actor_acts(analysis, match, sentence[0]) \
            and not dated_act_of_a_hand(analysis.report.text, analysis.actors, match, sentence[1]):
        return "reference"
    if rule("charged-act").search(before[-80:]):
        return "charged-act"  # "detained five men accused of instigating riots": the charge, not an act
    if why := not_news(analysis.report.text, sentence, match.start, match.cue.kind, own_dates, analysis.reference,
                       match.end):
        return why
    if match.cue.needs_place and not place_follows(analysis, match, sentence):
        return "needs-place"
    # "the convoy included weapons, ammunition and rockets", "caught carrying rifles": cargo
    if (match.cue.kind in WEAPON_KINDS or _WEAPON_NOUN.search(match.text)) and (
            cargo_in_clause(before[-100:], match.text) or rule("seized-cargo").match(analysis.report.text[match.end:])):
        return "cargo"
    if match.cue.kind in WEAPON_KINDS and load_in_clause(before[-80:]):
        return "moved-cargo"  # "as trucks of tanks and heavy weapons arrived": a movement's load
    if rule("habitual").search(before[-40:]) and not counted_people(before[-40:], match.text):
        return "habitual"
    if rule("trend").search(before[-60:]):
        return "trend"
    if why := past_clause(before, match, own_dates):  # "a guard who had deserted", "had been the scene of battles"
        return why
    return None


def _main_clause_violence(analysis: Analysis, by_kind: dict[str, list[CueMatch]],
                          subordinate: list[tuple[int, int]]) -> dict[str, list[CueMatch]]:
    """Violence told in the background of other violence is part of it; an arrest or a seizure told there
    ("clashes erupted after a patrol had confiscated a truck") is an event of its own."""
    main = {k: [m for m in ms if not any(a <= m.start < b for a, b in subordinate)] for k, ms in by_kind.items()}
    main = {k: ms for k, ms in main.items() if ms}
    if not (main and set(main) & FIGHTING_KINDS):
        return by_kind
    # air strikes told in the background of a battle are another means, an event of their own in a full report
    # ("clashes erupted amid air raids on the area": rule air-beside-battle)
    apart = {"air"} if not analysis.brief and set(main) & {"clash", "fight"} else set()
    if not analysis.brief and "capture" in main:  # "took the town after heavy shelling" (rule strike-beside-capture)
        apart |= {"air", "shelling"}
    apart |= other_weapons_beside(analysis.brief, main, by_kind)
    kept = {k: (main.get(k) or ms) for k, ms in by_kind.items()
            if k in main or k not in FIGHTING_KINDS or k in apart}
    analysis.dropped.extend(("background-clause", Evidence(m.start, m.end, m.text))
                            for k, ms in by_kind.items() for m in ms if m not in kept.get(k, ()))
    return kept


def _kinds_that_stand(analysis: Analysis, lexicon: Lexicon, by_kind: dict[str, list[CueMatch]],
                      subordinate: list[tuple[int, int]], sentence: tuple[int, int]
                      ) -> tuple[list[Kind], dict[str, bool], set[str]]:
    """The kinds of the sentence that stand as events, strongest first: a kind a stronger one implies is told
    by it, unless told alone in a background clause, at a place of its own or in a clause of its own. Also: which
    kept kinds absorbed a weaker one, and which stand for a clause of their own."""
    kinds = sorted((lexicon.kinds[k] for k in by_kind), key=lambda k: -k.rank)
    kept: list[Kind] = []
    absorbed: dict[str, bool] = {}
    clauses = [] if analysis.brief else clause_bounds(analysis, sentence, subordinate)
    own_clause: set[str] = set()
    for kind in kinds:
        stronger = [k for k in kept if kind.name in k.absorbs]
        occasions = [k for k in stronger if occasion_named(analysis.report.text, kind, by_kind[k.name])]
        if occasions and not analysis.brief:  # "sent reinforcements to contain the clashes" (rule occasion-named)
            stronger = [k for k in stronger if k not in occasions]
            own_clause.add(f"{kind.name}:occasion-named")
        their_cues = [m for k in stronger for m in by_kind[k.name]]
        bounds = development_bounds(analysis, sentence, clauses, by_kind[kind.name]) \
            if kind.name in DEVELOPMENT_KINDS else clauses
        if stronger and in_own_clause(analysis, kind, by_kind, kinds, bounds, sentence):
            beside = bounds != clauses and not in_own_clause(analysis, kind, by_kind, kinds, clauses, sentence)
            own_clause.add(f"{kind.name}:development-beside" if beside else kind.name)
            kept.append(kind)
            continue
        apart = kept_apart_by(analysis, kind, by_kind, stronger, sentence)  # air-beside-battle, strike-elsewhere...
        if apart is not None:
            own_clause.add(f"{kind.name}:{apart}")
            kept.append(kind)
            continue
        if stronger and not alone_in_background(by_kind[kind.name], their_cues, subordinate) and not elsewhere(
                analysis, by_kind[kind.name], their_cues, sentence):
            absorbed.update({k.name: True for k in stronger})
            analysis.dropped.extend(("stronger-absorbs-weaker", Evidence(m.start, m.end, m.text))
                                    for m in by_kind[kind.name])
            continue
        kept.append(kind)
    return kept, absorbed, own_clause


def _kind_drafts(analysis: Analysis, kind: Kind, cues: list[CueMatch], sentence: tuple[int, int],
                 own_dates: list[DateMention], current_date: DateMention | None) -> list[Draft]:
    """One draft per place the kind's cues name in the sentence; a repeated cue with no place of its own
    repeats the kind's event."""
    drafts: list[Draft] = []
    seen_places: set[str | None] = set()
    for number, cue in enumerate(sorted(cues, key=lambda m: m.start)):
        if number and not own_place_after(analysis, cue, sentence):
            drafts.extend(_another_actor(analysis, kind, cue, sentence, own_dates, current_date, drafts))
            continue
        for draft in _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date):
            key = place_key(draft)
            if key in seen_places or None in seen_places or (key is None and seen_places):
                if another_hand(analysis, draft, drafts):
                    drafts.append(draft)
                continue
            seen_places.add(key)
            drafts.append(draft)
    # "struck the village on Monday and Tuesday": one event on each day told (rule each-day-told)
    return drafts + [again for d in drafts if (day := other_day(analysis.report.text, own_dates, d.date))
                     for again in on_each_day([d], day)]


def _another_actor(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int],
                   own_dates: list[DateMention], current_date: DateMention | None, drafts: list[Draft]) -> list[Draft]:
    """"The SDF withdrew from its posts near the town, and Russian forces deployed in the area": the kind told
    again with no place of its own but by another actor, neither side of the first telling, is a second act
    there (rule another-actor); in a full report, for the developments that act on nobody else."""
    if not analysis.brief and kind.name in {"clash", "fight"} and drafts:  # "…, and the army clashed with the SDF"
        found = _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date)[:1]
        return other_pair_told(analysis, found, drafts)
    if analysis.brief or kind.name not in DISTINCT_ACT_KINDS or not drafts:
        return []
    if kind.name in WEAPON_KINDS:  # "shelled the town, while the rebels hit army posts in it with rockets"
        return strike_in_clause_of_its_own(  # drafted only when the clause's words allow one (roles cost most)
            analysis, cue, drafts, lambda: _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date)[:1])
    return another_actor(analysis, _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date)[:1], drafts)


def draft_for_cue(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int]) -> list[Draft]:
    """The drafts one cue would make in its sentence were no rule to drop it (for the drop ledger)."""
    own_dates = act_dates(analysis.report.text, sentence[0],
                          [d for d in analysis.dates if sentence[0] <= d.start < sentence[1]])
    return _drafts_for_kind(analysis, kind, cue, sentence, own_dates, None)


def _told_before(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> list[str]:
    """The rules that find the act told before: told-before ("the scene of the blast"), and death-told-later
    when the sentence names it only for a victim's fate on the day of the death ("a protester wounded in the
    clashes died of his wounds on Tuesday"), which is no new act and drops the trigger (a coder's note tells
    one act: never there)."""
    text = analysis.report.text
    before = text[max(sentence[0], cue.start - 50):cue.start]  # "raised the state of alert" does it (rule done-so)
    if not rule("told-before").search(before) or rule("done-so").search(before):
        return []
    if analysis.brief or not rule("death-told-later").search(text[sentence[0]:sentence[1]]):
        return ["told-before"]
    analysis.dropped.append(("death-told-later", Evidence(cue.start, cue.end, cue.text)))
    return ["told-before", "death-told-later"]


def _drafts_for_kind(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int],
                     own_dates: list[DateMention], current_date: DateMention | None) -> list[Draft]:
    text = analysis.report.text
    s_start, s_end = sentence
    actors, set_aside = role_candidates(analysis, sentence)  # rules source-not-side, accuser-not-side
    roles = assign_roles(text, sentence, (cue.start, cue.end), actors, analysis.parse, targets=kind.targets)
    if not kind.targets and roles.actor2 is not None:
        # a kind with no target ("Security measures: ... Turkish forces dug trenches", "the arrival of
        # Hezbollah fighters"): the one actor named after the trigger is the one acting; an armed one
        # before civilians ("the enlisting of villagers into the militia's ranks": the militia)
        actor = roles.actor1 or (None if holds_place(text, roles.actor2) else roles.actor2)
        if roles.actor1 is None and (actor is None or roles.actor2.inter not in ARMED_INTER):
            actor = next((m for m in analysis.actors if cue.end <= m.start < s_end and m.inter in ARMED_INTER
                          and m.kind != "person" and not holds_place(text, m)), actor)
        roles = Roles(actor, None, roles.assoc1, (), None)
    fired = [f"cue:{cue.cue.id}", *roles.rules, *set_aside]
    if any(s_start <= m.start < s_end and alleged_side(text, m, s_start) for m in analysis.actors):
        fired.append("alleged-membership")  # a group named only as what the suspects are said to belong to
    told = _told_before(analysis, cue, sentence)  # "reached the scene of the blast": the strike told before
    if "death-told-later" in told:
        return []
    fired.extend(told)
    if rule("another-of-its-kind").search(text[max(s_start, cue.start - 50):cue.start]):
        fired.append("another-of-its-kind")  # "another drone strike hit a car": a second event, never the first again
    if rule("act-in-return").search(text[max(s_start, cue.start - 160):cue.start]):
        fired.append("act-in-return")  # "a revenge attack": an answer to the act told before, not it
    if kind.name in {"attack", "loot"} and rule("act-named-before").match(text[s_start:cue.start]):
        # "The strike killed two civilians in X", "the shelling destroyed three houses": the strike told before
        fired.append("act-named-before")
    if kind.name == "attack" and roles.actor2 is None and roles.victim_phrase is None and not roles.fighter_victim \
            and rule("armed-target").match(text[cue.end:s_end]):
        roles = replace(roles, fighter_victim=True)  # "gunmen attacked a checkpoint": forces were the target
        fired.append("armed-target")
    roles = civilian_victim(text, roles, s_start, kind.name in FIGHTING_KINDS | {"abduct"}, fired)
    coding = choose_coding(kind, roles)
    grounded = ground_side_as_striker(text, sentence, roles, analysis.actors)
    if coding.sub_event_type == "Air/drone strike" and grounded is not None:
        roles = grounded
        fired.append("aircraft-of-states")
    places, origin = places_for(analysis, kind, cue, sentence, fired)
    if abroad_in_passing(analysis, sentence, places):
        analysis.dropped.append(("abroad-in-passing", Evidence(cue.start, cue.end, cue.text)))
        return []
    # every origin and destination a movement's sentence names, with their spans (movements.py)
    movement = movement_places(text, sentence, [p for p in analysis.places if s_start <= p.start < s_end]
                               ) if kind.name == "movement" else None
    sentence_text = text[s_start:s_end]
    date = trigger_day(own_dates, cue.start, text, cue.end) or current_date
    fallback = None
    if not places:
        fallback = region_in_sentence(analysis, sentence) or analysis.region
        fired.extend(["region-fallback"] if fallback else [])
    attribution = next((a for a in reversed(analysis.attributions) if a.start < s_end), None)
    drafts = []
    split = kind.split_places and "joint-area" not in fired  # "in the areas of A and B": one area
    for number, place in enumerate(places or [None]):
        geo_precision = effective_precision(place) if place else 3
        if place is not None and len(places) > 1 and not split:
            geo_precision = max(geo_precision, 2)
        drafts.append(Draft(
            kind=kind.name, coding=coding,
            trigger=Evidence(cue.start, cue.end, cue.text), sentence=sentence, roles=roles,
            place=place, place_fallback=fallback, geo_precision=geo_precision, date=date,
            # one toll for targets listed together is counted once, on the first of them
            fatalities=quantities.fatalities(sentence_text, s_start)
            if number == 0 and counts_deaths(coding, kind.name, sentence_text) else None,
            injured=quantities.injured(sentence_text, s_start),
            detained=quantities.detained(sentence_text, s_start),
            fighters=quantities.fighters(sentence_text, s_start),
            vehicles=quantities.vehicles(sentence_text, s_start),
            attribution=attribution, origin=origin, movement=movement,
            in_headline=s_start < analysis.headline_end,
            evidence=[Evidence(s_start, s_end, sentence_text.strip())],
            explicit_date=bool(own_dates) and not only_days_of_saying(text, s_start, own_dates),
            rules=list(fired),
        ))
        if not split:
            break
    return drafts


_WEAPON_NOUN = re.compile(r"\b(?:machine\s+)?guns?$", re.IGNORECASE)  # a clash cue that names a weapon

