"""From the mentions of one report (places, actors, dates, attributions) to event drafts.

Per sentence: find trigger cues (data), drop those that are not facts (plans, promises, tallies,
recaps, negations), let stronger kinds absorb the weaker ones they imply, then bind each remaining
kind to its actors (roles), place (the sentence's own, else the dateline region at precision 3),
date and counts. Drafts that tell the same event twice (headline and body, a recap sentence) are
merged, keeping every evidence span.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property

from marsad.events import quantities
from marsad.events.lexicon import Coding, Cue, CueMatch, Kind, Lexicon
from marsad.events.modality import (
    irrealis_mode,
    is_aside,
    is_coder_note,
    is_comment,
    is_negated,
    is_recap,
    is_reference,
    is_tally,
)
from marsad.events.roles import ARMED_INTER, Roles, SentenceParser, assign_roles
from marsad.types import ActorMention, DateMention, Evidence, Place, PlaceMention, Report

NEARBY_KM = 25.0
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
# ACLED counts the fighting that won or lost ground in the territory events themselves
TERRITORY_SUBTYPES = {"Government regains territory", "Non-state actor overtakes territory"}
_ORIGIN_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?!(?:to|towards|into|in)\b)\w+\s+){0,3}$", re.IGNORECASE)
# between two listed places: a comma or "and", perhaps with names the gazetteer lacks in between
# ("on Al-Kawekly, Korhaik, Qart Wairan and Al-Sayada")
_LIST_GAP = re.compile(r"^(?:\s*\([^)]{1,30}\))?(?:(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*/\s*)(?:the\s+)?"
                       r"(?:villages?\s+of\s+|towns?\s+of\s+)?"
                       r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=\s*(?:,|and\b)))?)+$")


_CODED_TO = re.compile(r"\bcoded\s+(?:to|as|at)\s+(?:the\s+)?(?:provincial\s+capital\s+|town\s+of\s+|city\s+of\s+)?$",
                       re.IGNORECASE)


@dataclass
class Analysis:
    """Everything the earlier stages found in one report."""

    report: Report
    sentences: list[tuple[int, int]]
    places: list[PlaceMention]
    actors: list[ActorMention]
    dates: list[DateMention]
    attributions: list[Evidence]
    region: Place | None = None  # the dateline's governorate, for events with no place of their own
    country: str | None = None
    headline_end: int = 0
    parse: SentenceParser | None = None  # the dependency parse of a sentence, made only when asked

    @cached_property
    def coder_note(self) -> bool:
        """The report is an ACLED coder's note (modality.is_coder_note): it codes one event."""
        return is_coder_note(self.report.text)

    @cached_property
    def coded_place(self) -> PlaceMention | None:
        """"Coded to provincial capital Diwaniya", "coded to Sheikh Isa": the place a coder's note says it codes
        its one event to."""
        if not self.coder_note:
            return None
        text = self.report.text
        return next((p for p in self.places if p.place is not None
                     and _CODED_TO.search(text[max(0, p.start - 40):p.start])), None)


@dataclass
class Draft:
    kind: str
    coding: Coding
    trigger: Evidence
    sentence: tuple[int, int]
    roles: Roles
    place: PlaceMention | None
    place_fallback: Place | None
    geo_precision: int
    date: DateMention | None
    fatalities: quantities.Count | None
    injured: quantities.Count | None
    detained: quantities.Count | None
    fighters: quantities.Count | None
    vehicles: quantities.Count | None
    attribution: Evidence | None
    origin: PlaceMention | None = None
    in_headline: bool = False
    evidence: list[Evidence] = field(default_factory=list)
    explicit_date: bool = False
    mode: str | None = None
    why: list[str] = field(default_factory=list)  # the rule and classifier decisions that made it (refine.py)


def extract_drafts(analysis: Analysis, lexicon: Lexicon) -> list[Draft]:
    drafts = _extract(analysis, lexicon)
    label = lexicon.label(analysis.report.text)
    if label is not None:
        _apply_label(analysis, lexicon, drafts, label)
    if analysis.coder_note:
        if len(drafts) > 1:
            drafts = [_one_coded_event(drafts)]
        for draft in drafts:  # ACLED's own conventions for its notes (types.yaml `report: coder-note`)
            coding = _choose_coding(lexicon.kinds[draft.kind], draft.roles, coder_note=True)
            if ("report", "coder-note") in coding.when:
                draft.coding = coding
    return drafts


def _one_coded_event(drafts: list[Draft]) -> Draft:
    """An ACLED coder's note codes one event: the gravest it tells (ACLED's order of types, as when
    merging), the first of equals; the rest (the strikes that went with the fighting) is context, and the
    note's figures ("Total fatalities coded as 7") are that event's."""
    ordered = sorted(drafts, key=lambda d: (-_PRECEDENCE.get(d.coding.event_type, 0), d.trigger.start))
    main = ordered[0]
    for other in ordered[1:]:
        main.evidence.extend(e for e in other.evidence if e not in main.evidence)
        if other.fatalities is not None and any(
                word in other.fatalities.evidence.text.lower() for word in ("coded", "total", "fatalit")):
            main.fatalities = _lowest(main.fatalities, other.fatalities)
    return main


def _apply_label(analysis: Analysis, lexicon: Lexicon, drafts: list[Draft], label: tuple[str, int, int]) -> None:
    """The coder's label names the note's event: its first event takes the label's kind; where no trigger
    was found, the label itself is the trigger of an event in the note's first sentence."""
    kind_name, start, end = label
    kind = lexicon.kinds[kind_name]
    if drafts:
        first = drafts[0]
        first.kind, first.coding = kind.name, _choose_coding(kind, first.roles)
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
        own_dates = [d for d in analysis.dates if s_start <= d.start < s_end]
        sentence_drafts: list[Draft] = []
        line_end = text.find("\n", s_end)
        rest_of_line = text[s_end:] if line_end < 0 else text[s_end:line_end]
        if not (is_tally(sentence_text) or is_recap(sentence_text) or is_comment(sentence_text)
                or is_aside(sentence_text, rest_of_line)):
            sentence_drafts = _sentence_drafts(analysis, lexicon, sentence, own_dates, current_date)
        if own_dates and s_start >= analysis.headline_end:
            current_date = own_dates[0]
        if sentence_drafts:
            drafts.extend(sentence_drafts)
        elif drafts and s_start >= analysis.headline_end:
            _attach_counts(drafts[-1], text, sentence)
    return _carry_actors(merge_drafts(drafts, lexicon.kinds))


def _carry_actors(drafts: list[Draft]) -> list[Draft]:
    """A development told with no actor of its own ("The recruitment operations are concentrated in
    Maskanah", "the new base was built in the village") goes on with the actor of the event before it, as a
    coder reading the report would; violence with no named attacker stays unidentified."""
    previous: ActorMention | None = None
    for draft in sorted(drafts, key=lambda d: d.trigger.start):
        actor = draft.roles.actor1
        if actor is None and previous is not None and draft.coding.event_type == "Strategic developments" \
                and not draft.in_headline:
            draft.roles = Roles(previous, draft.roles.actor2, draft.roles.assoc1, draft.roles.assoc2,
                                draft.roles.victim_phrase)
        elif actor is not None and actor.kind != "generic" and not draft.in_headline:
            previous = actor
    return drafts


def _sentence_drafts(analysis: Analysis, lexicon: Lexicon, sentence: tuple[int, int],
                     own_dates: list[DateMention], current_date: DateMention | None) -> list[Draft]:
    text = analysis.report.text
    s_start, s_end = sentence
    # a trigger word inside a group's name ("Shelling Brigade") is a name; inside a generic description
    # ("a protest", "the attackers") it still tells what happened
    names = [a for a in analysis.actors if a.kind != "generic"]
    blocked = [(p.start, p.end) for p in analysis.places if p.resolution.chosen is not None]
    blocked += [(a.start, a.end) for a in analysis.attributions]
    by_kind: dict[str, list[CueMatch]] = {}
    markers: list[CueMatch] = []
    for match in lexicon.find(text, s_start, s_end):
        if any(s <= match.start < e for s, e in blocked) or any(
                a.start <= match.start < a.end and match.text.lower() in a.name.lower() for a in names):
            continue
        if match.cue.marker:  # "..., demanding a ransom": the demand is what the event was, not a wish
            markers.append(match)
            continue
        before = text[s_start:match.start]
        if is_negated(before) or irrealis_mode(before) or is_reference(before):
            continue
        if match.cue.needs_place and not _place_follows(analysis, match, sentence):
            continue
        if (match.cue.kind in WEAPON_KINDS or _WEAPON_NOUN.search(match.text)) and _IN_EQUIPMENT_LIST.search(
                before[-100:]):
            continue  # "the convoy included weapons, ammunition and rockets", "arrested in possession of machine
            # guns": cargo, not a strike or a fight
        if _HABITUAL.search(before[-40:]) or _TREND.search(before[-60:]):
            continue  # "he survived several assassination attempts", "Turkey increased its shelling": no one event
        background = _BACKGROUND_RELATIVE.search(before[-60:])
        if background and not any(d.start >= match.start for d in own_dates):
            continue  # "a fighter who had accepted the reconciliation agreement": a past fact, undated
        by_kind.setdefault(match.cue.kind, []).append(match)
    if "capture" in by_kind and "arrest" in by_kind:  # "captured" a place is not an arrest of people
        places_taken = {m.start for m in by_kind["capture"]}
        by_kind["arrest"] = [m for m in by_kind["arrest"] if m.start not in places_taken]
        if not by_kind["arrest"]:
            del by_kind["arrest"]
    if not by_kind:
        return []
    for match in markers:
        by_kind.setdefault(match.cue.kind, []).append(match)
    # "gunmen killed two soldiers, after regime targeting the town with rockets": the background clause
    # neither names the event nor stands as one of its own when the main clause has an event
    subordinate = _subordinate_spans(text, sentence)
    main = {k: [m for m in ms if not any(a <= m.start < b for a, b in subordinate)] for k, ms in by_kind.items()}
    main = {k: ms for k, ms in main.items() if ms}
    if main and set(main) & FIGHTING_KINDS:
        # violence told in the background of other violence is part of it; an arrest or a seizure told
        # there ("clashes erupted after a patrol had confiscated a truck") is an event of its own
        by_kind = {k: ms for k, ms in by_kind.items() if k in main or k not in FIGHTING_KINDS}
        by_kind = {k: (main.get(k) or ms) for k, ms in by_kind.items()}
    kinds = sorted((lexicon.kinds[k] for k in by_kind), key=lambda k: -k.rank)
    kept: list[Kind] = []
    for kind in kinds:
        stronger = [k for k in kept if kind.name in k.absorbs]
        background = _alone_in_background(by_kind[kind.name], [m for k in stronger for m in by_kind[k.name]],
                                          subordinate)
        if stronger and not background and not _elsewhere(
                analysis, by_kind[kind.name], [m for k in stronger for m in by_kind[k.name]], sentence):
            continue
        kept.append(kind)
    drafts = []
    for kind in kept:
        seen_places: set[str | None] = set()
        cues = sorted(by_kind[kind.name], key=lambda m: m.start)
        for number, cue in enumerate(cues):
            if number and not _own_place_after(analysis, cue, sentence):
                continue  # a repeated trigger with no place of its own repeats the same event
            for draft in _drafts_for_kind(analysis, kind, cue, sentence, own_dates, current_date):
                key = _place_key(draft)
                if key in seen_places:
                    continue
                if None in seen_places or (key is None and seen_places):
                    continue  # a cue with no place of its own repeats the kind's event in this sentence
                seen_places.add(key)
                drafts.append(draft)
    return drafts


def _drafts_for_kind(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int],
                     own_dates: list[DateMention], current_date: DateMention | None) -> list[Draft]:
    text = analysis.report.text
    s_start, s_end = sentence
    roles = assign_roles(text, sentence, (cue.start, cue.end), analysis.actors, analysis.parse,
                         targets=kind.targets)
    if not kind.targets and roles.actor2 is not None:
        # a kind with no target ("Security measures: ... Turkish forces dug trenches", "the arrival of
        # Hezbollah fighters"): the one actor named after the trigger is the one acting; an armed one
        # before civilians ("the recruitment of civilians to the ranks of the militias": the militias)
        actor = roles.actor1 or roles.actor2
        if roles.actor1 is None and roles.actor2.inter not in ARMED_INTER:
            actor = next((m for m in analysis.actors if cue.end <= m.start < s_end and m.inter in ARMED_INTER
                          and m.kind != "person"), actor)
        roles = Roles(actor, None, roles.assoc1, (), None)
    coding = _choose_coding(kind, roles)
    places, origin = _places_for(analysis, kind, cue, sentence)
    sentence_text = text[s_start:s_end]
    date = _nearest(own_dates, cue.start) or current_date
    fallback = None
    if not places:
        fallback = _region_in_sentence(analysis, sentence) or analysis.region
    attribution = next((a for a in reversed(analysis.attributions) if a.start < s_end), None)
    drafts = []
    for number, place in enumerate(places or [None]):
        geo_precision = _effective_precision(place) if place else 3
        if place is not None and len(places) > 1 and not kind.split_places:
            geo_precision = max(geo_precision, 2)
        drafts.append(Draft(
            kind=kind.name, coding=coding,
            trigger=Evidence(cue.start, cue.end, cue.text), sentence=sentence, roles=roles,
            place=place, place_fallback=fallback, geo_precision=geo_precision, date=date,
            # one toll for targets listed together is counted once, on the first of them
            fatalities=quantities.fatalities(sentence_text, s_start) if number == 0 and (
                coding.event_type in VIOLENT_TYPES or kind.name == "weapons") else None,
            injured=quantities.injured(sentence_text, s_start),
            detained=quantities.detained(sentence_text, s_start),
            fighters=quantities.fighters(sentence_text, s_start),
            vehicles=quantities.vehicles(sentence_text, s_start),
            attribution=attribution, origin=origin,
            in_headline=s_start < analysis.headline_end,
            evidence=[Evidence(s_start, s_end, sentence_text.strip())],
            explicit_date=bool(own_dates),
        ))
        if not kind.split_places:
            break
    return drafts


_LOCATIVE_GAP = re.compile(r"^[^.;]{0,40}?\b(?:in|on|at|near|targeting|targeted|into|of)\s+(?:the\s+)?"
                           r"(?:(?:village|town|city|area|outskirts|vicinity|countryside)\s+of\s+)?$|"
                           r"^\s+(?:the\s+)?$", re.I)  # or the trigger's object: "shelled (the) Ain Dewar"


_SUBORDINATE_MARK = re.compile(r"\b(?:after|following|amid|amidst|in response to|in retaliation for|"
                               r"in conjunction with|coinciding with|in addition to)\b", re.IGNORECASE)


def _subordinate_spans(text: str, sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """Clauses that give a background to the main one: "Amid X, ..." up to its comma; ", after X" to the end."""
    start, end = sentence
    spans = []
    for mark in _SUBORDINATE_MARK.finditer(text, start, end):
        before = text[start:mark.start()]
        if not before.strip():
            comma = text.find(",", mark.end(), end)
            spans.append((mark.start(), comma if comma != -1 else end))
        elif re.search(r"(?:,|\band)\s*$", before):
            spans.append((mark.start(), end))
    return spans


def _alone_in_background(weaker: list[CueMatch], stronger: list[CueMatch], clauses: list[tuple[int, int]]) -> bool:
    """Every cue of the weaker kind is told in a background clause where no stronger cue is told: it stands as an
    event of its own ("after a patrol had confiscated a truck and arrested a civilian": the patrol made the
    arrest, no movement of its own)."""
    def alone(cue: CueMatch) -> bool:
        return any(a <= cue.start < b and not any(a <= o.start < b for o in stronger) for a, b in clauses)

    return all(alone(cue) for cue in weaker)


def _elsewhere(analysis: Analysis, weaker: list[CueMatch], stronger: list[CueMatch],
               sentence: tuple[int, int]) -> bool:
    """"A drone targeted a village near Ain Issa, and Turkish forces shelled Ain Dewar": the weaker kind
    names a place of its own, apart from the stronger kind's places, so it is an event of its own."""
    own = {_first_place_after(analysis, c, sentence) for c in weaker} - {None}
    theirs = {_first_place_after(analysis, c, sentence) for c in stronger}
    return bool(own - theirs) and all(c.start > max(m.start for m in stronger) for c in weaker)


def _first_place_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> str | None:
    if not _own_place_after(analysis, cue, sentence):
        return None
    place = next(p for p in analysis.places if cue.end <= p.start < sentence[1] and _usable(p, analysis))
    return place.place.geonameid if place.place else None


def _place_follows(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A usable place starts within a few words after the trigger ("captured Hawarte in Hama")."""
    text = analysis.report.text
    for place in analysis.places:
        if cue.end <= place.start < min(sentence[1], cue.end + 40) and _usable(place, analysis):
            return bool(re.fullmatch(r"[\s\w'’-]{0,30}?", text[cue.end:place.start]))
    return False


def _own_place_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """True when a place follows the trigger closely, introduced by a locative ("shelled X", "in Y")."""
    text = analysis.report.text
    for place in analysis.places:
        if cue.end <= place.start < sentence[1] and _usable(place, analysis):
            return bool(_LOCATIVE_GAP.match(text[cue.end:place.start]))
    return False


def _choose_coding(kind: Kind, roles: Roles, coder_note: bool = False) -> Coding:
    for coding in kind.codings:
        if all(_holds(key, value, roles, coder_note) for key, value in coding.when):
            return coding
    return kind.codings[-1]


def _holds(key: str, value: str, roles: Roles, coder_note: bool = False) -> bool:
    if value == "any":
        return True
    if key == "report":
        return coder_note and value == "coder-note"
    if key == "actor1":
        inter = roles.actor1.inter if roles.actor1 else None
        if value == "state":
            return inter == 1
        if value == "nonstate":
            return inter is not None and inter != 1
        if value == "generic":  # unidentified gunmen or an unnamed militia, not "opposition rebels"
            actor = roles.actor1
            return actor is None or actor.name.startswith("Unidentified") or (
                actor.kind == "generic" and actor.inter in {3, 4})
    if key == "actor2":
        inter = roles.actor2.inter if roles.actor2 else None
        if value == "armed":
            return inter in ARMED_INTER
        if value == "civilian":
            return inter == 7 or (roles.actor2 is None and roles.victim_phrase is not None)
        if value == "none":
            return roles.actor2 is None
    return False


CORE_COUNTRIES = {"SY", "IQ"}
WEAPON_KINDS = {"shelling", "air", "ied", "grenade"}
FIGHTING_KINDS = {"clash", "fight", "attack", "attack_armed", "shelling", "air", "ied", "grenade", "suicide", "capture"}
_IN_EQUIPMENT_LIST = re.compile(
    r"\b(?:includ\w+|(?<!carried )(?<!carrying )carry(?:ing)?(?! out)|carried(?! out)|loaded with|compris\w+|"
    r"consist\w* of|equipped with|transport\w*|stockpiles? of|shipments? of|depots? of|caches? of|"
    r"possession of|possessing|confiscat\w+|seiz\w+)\b"
    r"[^.;:]*$", re.IGNORECASE)
_WEAPON_NOUN = re.compile(r"\b(?:machine\s+)?guns?$", re.IGNORECASE)  # a clash cue that names a weapon
_BACKGROUND_RELATIVE = re.compile(r"\b(?:who|which|whom|that)\s+(?:had|having|was|were|has been|have been)\s+"
                                  r"(?:[\w-]+\s+){0,4}$|"
                                  r"\bhaving\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
_TREND = re.compile(r"\b(?:increased|increasing|stepped up|stepping up|escalated|escalating|intensified|intensifying|"
                    r"decreased|reduced|continued)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_HABITUAL = re.compile(r"\b(?:several|many|numerous|repeated|multiple|a series of|a number of|dozens of|"
                       r"frequent)\s+(?:[\w-]+\s+){0,2}$|"
                       # "he used to plant IEDs" (what he did habitually), not "a drone was used to strike"
                       r"(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )\bused\s+to\s+(?:[\w-]+\s+){0,2}$",
                       re.IGNORECASE)
_DESCRIPTOR_AROUND = re.compile(r"^[-\s]*(?:backed|affiliated|allied|aligned|linked|supported|led|loyal|tribal|tribe|"
                                r"tribes|clan|clans|militia|brigade|battalion|regiment|family|families)\b",
                                re.IGNORECASE)
_SUB_FEATURE_AFTER = re.compile(
    r"^[\s'’]*(?:market|street|st\.|road|highway|roundabout|square|hospital|school|bridge|checkpoint|"
    r"neighbou?rhood|district of|camp|mosque|station|junction|axis|front ?lines?|roundabout|farms?|"
    r"crossing|prison|hill|dam|factory|silos?|base|airport|field)\b", re.IGNORECASE)


def _usable(place: PlaceMention, analysis: Analysis) -> bool:
    chosen = place.resolution.chosen
    if chosen is None:
        return False
    text = analysis.report.text
    if _DESCRIPTOR_AROUND.match(text[place.end:place.end + 15]) or \
            text[max(0, place.start - 4):place.start].lower().endswith("pro-"):
        return False  # "pro-Iran militias", "Turkish-backed": a patron, not a place
    if chosen.place.country_code not in CORE_COUNTRIES and chosen.method not in {"exact", "data"}:
        return False  # a loose spelling match far from Syria and Iraq is noise, not a place
    if (chosen.place.feature_code or "").startswith("PCL") or chosen.place.feature_class == "H":
        return False  # "in Syria", "the Euphrates": nothing an analyst can map an event to
    if _TITLE_OF.search(text[max(0, place.start - 25):place.start]):
        return False  # "the so-called Prince of Kurdistan": a title, not where anything happened
    for actor in analysis.actors:  # "Manbij Military Council" names a group, not a place
        if actor.start <= place.start and place.end <= actor.end:
            return False
    return not any(a.start <= place.start < a.end for a in analysis.attributions)


_TITLE_OF = re.compile(r"\b(?:prince|emir|amir|wali|caliph)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_CONTAINER_GAP = re.compile(
    r"^['’]?\s*(?:(?:village|town|city|area|areas|desert|countryside|district|subdistrict|province|governorate|"
    r"region|neighbou?rhoods?|camp|axis|front)\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:in|of|within|near)\s+"
    r"(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)*(?:(?:countryside|outskirts|vicinity|suburbs)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE)


def _is_container(text: str, place: PlaceMention, others: list[PlaceMention]) -> bool:
    """"Hawarte in Hama", "Al-Bokamal city in the countryside of Deir Ezzor": the second names where
    the first lies, not the event's place."""
    return any(o.end <= place.start and _CONTAINER_GAP.match(text[o.end:place.start]) for o in others
               if o is not place)


def _is_sub_feature(text: str, place: PlaceMention) -> bool:
    """"Al Hal market in Qamishli city": the market is part of the town ACLED codes."""
    return bool(_SUB_FEATURE_AFTER.match(text[place.end:place.end + 25]))


def _places_for(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int]
                ) -> tuple[list[PlaceMention], PlaceMention | None]:
    """The places an event of `kind` triggered by `cue` is tied to, and the origin of a movement."""
    text = analysis.report.text
    s_start, s_end = sentence
    mentions = [p for p in analysis.places if s_start <= p.start < s_end and _usable(p, analysis)]
    origin = None
    if kind.name == "movement":
        origins = [p for p in mentions if _ORIGIN_BEFORE.search(text[max(s_start, p.start - 30):p.start])]
        origin = origins[0] if origins else None
        mentions = [p for p in mentions if p not in origins]
    if analysis.coded_place is not None:
        return [analysis.coded_place], origin
    specific = [p for p in mentions if not _is_region(p)]
    contained = [p for p in specific if not _is_container(text, p, specific)]
    specific = contained or specific
    towns = [p for p in specific if not _is_sub_feature(text, p)]
    if towns and len(towns) < len(specific):
        later_towns = [p for p in towns if p.start >= cue.start]
        specific = later_towns or towns
    pool = specific or mentions
    if not specific:
        referred = _referred_place(analysis, cue, sentence)
        if referred is not None:
            return [referred], origin
    if not pool:
        return [], origin
    after = [p for p in pool if p.start >= cue.start]
    anchor = after[0] if after else pool[-1]
    # "Gunde Dergele (Dargal)": the name in brackets is the one the gazetteer knows by that spelling;
    # "Batifa area (Zakho, Duhok)" brackets where it lies, not another name
    bracketed = next((p for p in pool if p.start > anchor.end and re.fullmatch(
        r"[\s\w'’-]{0,25}\(\s*", text[anchor.end:p.start]) and text[p.end:].lstrip().startswith(")")
        and p.resolution.chosen is not None
        and p.resolution.chosen.method in {"exact", "data"}), None)
    if bracketed is not None and (anchor.resolution.chosen is None
                                  or anchor.resolution.chosen.method not in {"exact", "data"}):
        anchor = bracketed
    if kind.split_places and specific:
        listed = _coordinated(text, specific, anchor) if anchor in specific else [anchor]
        if len(listed) > 1:
            return listed, origin
    if len(specific) > 1:
        listed = _coordinated(text, specific, anchor)
        if len(listed) > 1:  # "in Nebl and Al-Zahraa areas": the first, near-precision
            return [listed[0]] + [p for p in listed[1:]], origin
    return [anchor], origin


_DEFINITE_PLACE = re.compile(r"\b(?:in|at|into|to|near|from)\s+the\s+(?P<noun>city|town|village|area|"
                             r"neighbou?rhood|camp)\b(?!\s+of\b)", re.IGNORECASE)


def _referred_place(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> PlaceMention | None:
    """"arrived in the city": the town last named before it, even inside an attribution ("sources in X city")."""
    text = analysis.report.text
    match = _DEFINITE_PLACE.search(text, cue.end, sentence[1])
    if match is None or match.start() - cue.end > 40:
        return None
    earlier = [p for p in analysis.places if p.end <= match.start() and p.place is not None
               and not _is_region(p) and p.start >= analysis.headline_end
               and not any(a.start <= p.start and p.end <= a.end for a in analysis.actors)]
    return earlier[-1] if earlier else None


_TOWN_CODES = {"PPL", "PPLA2", "PPLA3", "PPLA4", "PPLX", "PPLL"}


def _effective_precision(place: PlaceMention) -> int:
    """"The eastern countryside of Ma'arrat An Nu'man" is near the town (2); the countryside of a
    governorate ("of Idlib", its capital's name) is only the region (3)."""
    chosen = place.place
    if place.relation == "countryside" and chosen is not None and chosen.feature_code in _TOWN_CODES:
        return 2
    return place.geo_precision


def _is_region(place: PlaceMention) -> bool:
    chosen = place.place
    if _effective_precision(place) < 3 and place.geo_precision >= 3:
        return False
    code = (chosen.feature_code or "") if chosen else ""
    return place.geo_precision >= 3 or code.startswith(("ADM1", "PCL")) or code == "REGION"


def _coordinated(text: str, pool: list[PlaceMention], anchor: PlaceMention) -> list[PlaceMention]:
    """The run of places listed together with `anchor` ("on A, B and C")."""
    ordered = sorted(pool, key=lambda p: p.start)
    index = ordered.index(anchor)
    run = [anchor]
    for left, right in zip(ordered[index:], ordered[index + 1:], strict=False):
        if _LIST_GAP.match(text[left.end:right.start]):
            run.append(right)
        else:
            break
    return run


def _region_in_sentence(analysis: Analysis, sentence: tuple[int, int]) -> Place | None:
    s_start, s_end = sentence
    for place in analysis.places:
        if s_start <= place.start < s_end and _usable(place, analysis) and _is_region(place):
            return place.place
    return None


def _nearest(dates: list[DateMention], position: int) -> DateMention | None:
    if not dates:
        return None
    before = [d for d in dates if d.start <= position]
    return before[-1] if before else dates[0]


def _attach_counts(draft: Draft, text: str, sentence: tuple[int, int]) -> None:
    """A sentence with no trigger of its own often completes the event before it (toll, injuries)."""
    s_start, s_end = sentence
    sentence_text = text[s_start:s_end]
    if draft.coding.event_type in VIOLENT_TYPES or draft.kind == "weapons" or \
            draft.coding.sub_event_type in TERRITORY_SUBTYPES:
        count = quantities.fatalities(sentence_text, s_start)
        if count is not None:
            draft.fatalities = _lowest(draft.fatalities, count)
            draft.evidence.append(Evidence(s_start, s_end, sentence_text.strip()))
        if draft.fatalities is not None:  # "Unknown fatalities coded as 10, distributed across two locations"
            place_name = draft.place.text if draft.place is not None else None
            part = quantities.share(sentence_text, draft.fatalities.value, place_name)
            if part is not None and part != draft.fatalities.value:
                draft.fatalities = quantities.Count(part, Evidence(s_start, s_end, sentence_text.strip()))
    if draft.injured is None:
        draft.injured = quantities.injured(sentence_text, s_start)


def _lowest(a: quantities.Count | None, b: quantities.Count | None) -> quantities.Count | None:
    """ACLED's conservative rule: of two stated figures the lowest, but a stated figure beats none."""
    if a is None or b is None:
        return a or b
    if "total" in b.evidence.text.lower() or "fatalit" in b.evidence.text.lower() and \
            "total" not in a.evidence.text.lower():
        return b  # the stated total of an ACLED-style note
    return a if a.value <= b.value else b


# --- merging the same event told twice --------------------------------------------------------

def _place_key(draft: Draft) -> str | None:
    if draft.place is not None and draft.place.place is not None:
        return draft.place.place.geonameid
    return None


def _compatible_actor(a: ActorMention | None, b: ActorMention | None) -> bool:
    """The same actor, or one the base does not know yet (it may be the same group named loosely)."""
    if a is None or b is None:
        return True
    return a.name == b.name or a.discovered or (b.discovered and not a.actor_id)


def _km(a: Place, b: Place) -> float:
    dlat = math.radians(b.latitude - a.latitude)
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.latitude)) * math.cos(math.radians(b.latitude)) * \
        math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _same_battle(first: Draft, second: Draft) -> bool:
    """Fighting told again with nearby place names ("Clashes between the same sides in Mreijeb, Abu Miyal")
    is the same battle: same sides, places within a few kilometres."""
    if first.coding.event_type != "Battles" or second.coding.event_type != "Battles":
        return False
    if not (_side_of(first, second.roles.actor1) and _side_of(first, second.roles.actor2)):
        return False
    a, b = first.place.place if first.place else None, second.place.place if second.place else None
    return a is not None and b is not None and _km(a, b) <= NEARBY_KM


def _region_then_detail(first: Draft, second: Draft) -> bool:
    """"arrested an ISIS leader east of Deir Ezzor" then "raided his house near Al-Daman": the first only
    named the region the second locates, by the same actor (a governorate's capital stands for its region;
    "near Tal Tamir", a smaller town, is a place of its own)."""
    if first.place is None or second.place is None or first.roles.actor1 is None or second.roles.actor1 is None:
        return False
    if first.roles.actor1.name != second.roles.actor1.name:
        return False
    a, b = first.place.place, second.place.place
    vague = first.geo_precision >= 2 and (first.place.relation in {"countryside", "province", "direction"}
                                          or _is_region(first.place) or a.feature_code in {"PPLA", "PPLC"})
    return vague and a.admin1 is not None and a.admin1 == b.admin1 and second.geo_precision <= first.geo_precision


def _same_event(first: Draft, second: Draft) -> bool:
    if (first.coding.event_type, first.coding.sub_event_type) != (second.coding.event_type,
                                                                  second.coding.sub_event_type):
        return False
    if not _compatible_actor(first.roles.actor1, second.roles.actor1) and not (
            _place_key(second) is None and _side_of(first, second.roles.actor1)):
        return False
    if _different_days(first, second):
        return False
    key_a, key_b = _place_key(first), _place_key(second)
    if key_a and key_b and key_a != key_b and _region_then_detail(first, second):
        return True
    if key_a and key_b:
        return key_a == key_b
    # a later sentence with no place of its own elaborates the event before it; a headline restates
    return key_b is None or first.in_headline


# When a later sentence elaborates an event, it may raise its type (shelling, then "clashes also
# reported": a battle) but never lower it (an explosive belt set off during an attack: still a battle).
_PRECEDENCE = {"Battles": 4, "Explosions/Remote violence": 3, "Violence against civilians": 2,
               "Riots": 1, "Protests": 1, "Strategic developments": 0}


def _side_of(first: Draft, actor: ActorMention | None) -> bool:
    """The actor is one of the sides of `first` (either role), unknown, or unidentified."""
    if actor is None or actor.kind == "generic" or actor.discovered:
        return True
    names = {m.name for m in (first.roles.actor1, first.roles.actor2) if m is not None}
    return not names or actor.name in names


_ANOTHER_THREAD = re.compile(
    r"\s*(meanwhile|in the meantime|elsewhere|separately|in a separate|in another|on the other hand)\b", re.I
)


def _elaborates(first: Draft, second: Draft, kinds: dict[str, Kind]) -> bool:
    """A later sentence with no place of its own ("Clashes also reported.") that a kind of the earlier
    event absorbs, or that absorbs it, tells more of the same event rather than a new one."""
    fighting = first.kind in FIGHTING_KINDS and second.kind in FIGHTING_KINDS
    same_place = fighting and _place_key(second) is not None and _place_key(second) == _place_key(first)
    if (_place_key(second) is not None and not same_place) or _different_days(first, second):
        return False
    if second.evidence and _ANOTHER_THREAD.match(second.evidence[0].text):
        return False  # "Meanwhile, the demonstration was attacked": the report turns to something else
    adjacent = fighting and 0 <= second.sentence[0] - first.sentence[1] <= 3  # the very next sentence
    if not adjacent and not same_place and not _side_of(first, second.roles.actor1):
        return False
    a, b = kinds.get(first.kind), kinds.get(second.kind)
    if a is None or b is None:
        return False
    return second.kind in a.absorbs or first.kind in b.absorbs


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


def merge_drafts(drafts: list[Draft], kinds: dict[str, Kind] | None = None) -> list[Draft]:
    body = [d for d in drafts if not d.in_headline]
    headline = [d for d in drafts if d.in_headline]
    merged: list[Draft] = []
    for draft in body:
        target = next((m for m in reversed(merged) if _same_event(m, draft) or _same_battle(m, draft)), None)
        if target is None and kinds:
            target = next((m for m in reversed(merged) if _elaborates(m, draft, kinds)), None)
            if target is not None and _PRECEDENCE.get(draft.coding.event_type, 0) > _PRECEDENCE.get(
                    target.coding.event_type, 0):
                target.kind, target.coding = draft.kind, draft.coding  # "Clashes also reported": a battle
        if target is None:
            merged.append(draft)
            continue
        _absorb(target, draft)
        if kinds:  # the victims named in the second telling may change the type ("killed 22 fighters")
            target.coding = _choose_coding(kinds[target.kind], target.roles)
    if kinds:  # a summary told before the details ("28 killed in two attacks by ISIS") joins them
        for draft in [d for d in merged if _place_key(d) is None]:
            target = next((m for m in merged if m is not draft and _place_key(m) is not None
                           and (_same_kind_family(m, draft, kinds))
                           and _compatible_actor(m.roles.actor1, draft.roles.actor1)), None)
            if target is not None:
                _absorb(target, draft)
                merged.remove(draft)
    for draft in headline:  # a headline only restates: it never stands as an event of its own
        target = next((m for m in merged if _same_event(m, draft) or _same_event(draft, m)), None)
        if target is not None:
            target.evidence.insert(0, draft.trigger)
    return merged


def _absorb(target: Draft, other: Draft) -> None:
    target.evidence.extend(e for e in other.evidence if e not in target.evidence)
    target.fatalities = _lowest(target.fatalities, other.fatalities) if target.fatalities and other.fatalities \
        else target.fatalities or other.fatalities
    target.injured = target.injured or other.injured
    target.detained = target.detained or other.detained
    target.fighters = target.fighters or other.fighters
    target.vehicles = target.vehicles or other.vehicles
    if other.place is not None and (target.place is None or other.geo_precision < target.geo_precision):
        target.place, target.geo_precision = other.place, other.geo_precision
    if target.roles.actor1 is None:
        target.roles = Roles(other.roles.actor1 or target.roles.actor1, target.roles.actor2 or other.roles.actor2,
                             target.roles.assoc1 or other.roles.assoc1, target.roles.assoc2,
                             target.roles.victim_phrase or other.roles.victim_phrase)
    elif target.roles.actor2 is None and other.roles.actor2 is not None:
        target.roles = Roles(target.roles.actor1, other.roles.actor2, target.roles.assoc1, target.roles.assoc2,
                             target.roles.victim_phrase)
    if target.date is None and other.date is not None:
        target.date = other.date
