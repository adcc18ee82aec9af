"""Binding an event to its place: which place mentions are usable, which of a sentence's places the
trigger names (containers, sub-features, lists, a place referred to as "the town"), and the origin of a
movement. Each decision cites its rule (rules.yaml, stage `place`)."""

from __future__ import annotations

import re

from marsad.events.drafts import Analysis, Draft
from marsad.events.lexicon import CueMatch, Kind
from marsad.events.locating import crowd_origins, weak_place_tests
from marsad.events.movements import movement_places
from marsad.events.past_act_place import past_act_place_test
from marsad.events.rules import rule
from marsad.geo import CORE_COUNTRIES
from marsad.types import Evidence, Place, PlaceMention

_LOCATIVE_GAP = re.compile(r"^[^.;]{0,40}?\b(?:in|on|at|near|targeting|targeted|into|of)\s+(?:the\s+)?"
                           r"(?:(?:village|town|city|area|outskirts|vicinity|countryside)\s+of\s+)?$|"
                           r"^\s+(?:the\s+)?$", re.I)  # or the trigger's object: "shelled (the) Tal Hamis"


# where a clause opens: the start of the text or a sentence, a comma, or a conjunction
# Rule `dam-or-wadi-place`: a dam or a named valley is a place ACLED codes events at ("the Tishreen Dam",
# "Wadi al-Shay"), unlike a river or a lake, which runs or spreads over too much ground to map an event to.
MAPPED_WATER_FEATURES = {"DAM", "WAD"}
_OPENS_CLAUSE = re.compile(r"(?:^|[.!?\n]\s*|[,;:]\s*|\b(?:and|while|as|but|when|after)\s+)$", re.I)


def usable(place: PlaceMention, analysis: Analysis) -> bool:
    chosen = place.resolution.chosen
    if chosen is None:
        return False
    text = analysis.report.text
    if rule("patron-not-place").match(text[place.end:place.end + 15]) or \
            text[max(0, place.start - 4):place.start].lower().endswith("pro-"):
        return False  # "pro-Iran militias", "Turkish-backed": a patron, not a place
    if chosen.place.country_code not in CORE_COUNTRIES and chosen.method not in {"exact", "data"}:
        return False  # a loose spelling match far from Syria and Iraq is noise, not a place
    abroad = chosen.place.country_code not in CORE_COUNTRIES
    if abroad and _OPENS_CLAUSE.search(text[max(0, place.start - 12):place.start]) \
            and rule("city-as-government").match(text[place.end:place.end + 40]):
        return False  # "Ankara launched strikes on the mountains": the government, not the place
    if (chosen.place.feature_code or "").startswith("PCL") or (
            chosen.place.feature_class == "H" and chosen.place.feature_code not in MAPPED_WATER_FEATURES):
        return False  # "in Syria", "the Euphrates": nothing an analyst can map an event to
    for actor in analysis.actors:  # "the Raqqa Revolutionaries Brigade" names a group, not a place
        if actor.start <= place.start and place.end <= actor.end:
            return False
    return not any(a.start <= place.start < a.end for a in analysis.attributions)


def place_follows(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """A usable place starts within a few words after the trigger ("took Kafr Zita in Hama")."""
    text = analysis.report.text
    for place in analysis.places:
        if cue.end <= place.start < min(sentence[1], cue.end + 40) and usable(place, analysis):
            gap = text[cue.end:place.start]  # people or things taken in a place took no ground (rules people-taken,
            return bool(re.fullmatch(r"[\s\w'’-]{0,30}?", gap)) and not rule("people-taken").match(gap) \
                and not rule("things-taken").match(gap)  # things-taken)
    return False


def own_place_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> bool:
    """True when a place follows the trigger closely, introduced by a locative ("shelled X", "in Y")."""
    text = analysis.report.text
    for place in analysis.places:
        if cue.end <= place.start < sentence[1] and usable(place, analysis):
            return bool(_LOCATIVE_GAP.match(text[cue.end:place.start]))
    return False


def first_place_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> str | None:
    if not own_place_after(analysis, cue, sentence):
        return None
    place = next(p for p in analysis.places if cue.end <= p.start < sentence[1] and usable(p, analysis))
    return place.place.geonameid if place.place else None


def next_place_after(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> str | None:
    """The first usable place after the trigger in its sentence, however far."""
    place = next((p for p in analysis.places if cue.end <= p.start < sentence[1] and usable(p, analysis)), None)
    return place.place.geonameid if place is not None and place.place is not None else None


def _is_container(text: str, place: PlaceMention, others: list[PlaceMention]) -> bool:
    """"Kafr Zita in Hama", "Hajin town in the countryside of Deir ez-Zor": the second names where
    the first lies, not the event's place."""
    return any(o.end <= place.start and rule("container").match(text[o.end:place.start]) for o in others
               if o is not place)


def _is_sub_feature(text: str, place: PlaceMention) -> bool:
    """"the vegetable market in Manbij city": the market is part of the town ACLED codes."""
    return bool(rule("sub-feature").match(text[place.end:place.end + 25]))


def places_for(analysis: Analysis, kind: Kind, cue: CueMatch, sentence: tuple[int, int], fired: list[str]
                ) -> tuple[list[PlaceMention], PlaceMention | None]:
    """The places an event of `kind` triggered by `cue` is tied to, and the origin of a movement; the names of
    the place rules that decided are added to `fired`."""
    text = analysis.report.text
    s_start, s_end = sentence
    mentions = [p for p in analysis.places if s_start <= p.start < s_end and usable(p, analysis)]
    origin = None
    if kind.name == "movement":
        # every place of a "from A, B and C" list is an origin, not where the force went (movements.py)
        listed_origins = movement_places(text, sentence, mentions).origins
        origins = [p for p in mentions if p in listed_origins
                   or rule("origin").search(text[max(s_start, p.start - 30):p.start])
                   or rule("from-positions").search(text[max(s_start, p.start - 60):p.start])]
        origin = origins[0] if origins else None
        left = _place_left(text, cue, origins)
        if left is not None:  # "withdrew from X": the leaving happened at X (rule left-place)
            fired.append("left-place")
            return [left], None
        mentions = [p for p in mentions if p not in origins]
        fired.extend(["origin"] if origin else [])
    if analysis.coded_place is not None:
        fired.append("coded-to")
        return [analysis.coded_place], origin
    stated = next((p for p in mentions
                   if rule("unspecified-location").search(text[max(s_start, p.start - 60):p.start])), None)
    if stated is not None:  # "arrested two men in an unspecified location in Kut": at Kut
        fired.append("unspecified-location")
        return [stated], origin
    mentions = _without_crowd_origins(analysis, sentence, mentions, cue, fired)
    mentions = _without_weak_places(analysis, sentence, mentions, fired, cue)
    specific = [p for p in mentions if not is_region(p)]
    contained = [p for p in specific if not _is_container(text, p, specific)]
    fired.extend(["container"] if contained and len(contained) < len(specific) else [])
    specific = contained or specific
    towns = [p for p in specific if not _is_sub_feature(text, p)]
    if towns and len(towns) < len(specific):
        fired.append("sub-feature")
        later_towns = [p for p in towns if p.start >= cue.start]
        specific = later_towns or towns
    pool = specific or mentions
    if not specific:
        referred = _referred_place(analysis, cue, sentence)
        if referred is not None:
            fired.append(referred[1])
            return [referred[0]], origin
    if not pool:
        sole = sole_place_told_before(analysis, sentence)
        fired.extend(["sole-place-of-brief"] if sole is not None else [])
        return ([sole] if sole is not None else []), origin
    anchor, alone = _anchor(text, pool, cue, fired)
    specific = [anchor] if alone else specific  # a place standing alone is listed with no other
    # "Kani Mase (Kanimasi)": the name in brackets is the one the gazetteer knows by that spelling;
    # "Sidakan area (Soran, Erbil)" brackets where it lies, not another name
    bracketed = next((p for p in pool if p.start > anchor.end and re.fullmatch(
        r"[\s\w'’-]{0,25}\(\s*", text[anchor.end:p.start]) and text[p.end:].lstrip().startswith(")")
        and p.resolution.chosen is not None
        and p.resolution.chosen.method in {"exact", "data"}), None)
    if bracketed is not None and (anchor.resolution.chosen is None
                                  or anchor.resolution.chosen.method not in {"exact", "data"}):
        anchor = bracketed
        fired.append("bracketed-name")
    dateline_ids = {p.place.geonameid for p in analysis.places if p.place is not None and _in_dateline(text, p)}
    return _listed_with(text, kind, specific, anchor, fired, dateline_ids), origin


def _listed_with(text: str, kind: Kind, specific: list[PlaceMention], anchor: PlaceMention,
                 fired: list[str], dateline_ids: frozenset[str] | set[str] = frozenset()) -> list[PlaceMention]:
    """The places listed together with `anchor` that the event is tied to: each for a kind told at every place
    listed ("strikes on A, B and C"), else the first, near-precision ("in Hajin and Al-Shafa areas"); the anchor alone
    where the two are the ends of a stretch ("on the road between A and B": rule between-places), or the other end
    where the dateline names it (`dateline_ids`, rule dateline-end)."""
    if rule("between-places").search(text[max(0, anchor.start - 60):anchor.start]):
        fired.append("between-places")
        other = next((p for p in specific
                      if p.start > anchor.end and re.fullmatch(r"\s+and\s+", text[anchor.end:p.start])), None)
        if other is not None and other.place is not None and other.place.geonameid in dateline_ids and (
                anchor.place is None or anchor.place.geonameid not in dateline_ids):
            fired.append("dateline-end")  # the end the report was filed from
            return [other]
        return [anchor]
    if kind.split_places and specific:
        listed = _coordinated(text, specific, anchor) if anchor in specific else [anchor]
        if len(listed) > 1:
            fired.append("listed-places")
            if _joint_area(text, listed):
                fired.append("joint-area")
            return listed
    if len(specific) > 1:
        listed = _coordinated(text, specific, anchor)
        if len(listed) > 1:
            fired.append("listed-places")
            return listed
    return [anchor]


def _place_left(text: str, cue: CueMatch, origins: list[PlaceMention]) -> PlaceMention | None:
    """"Government forces withdrew from X", "the militia pulled out of the town of X": the place a force leaves,
    named right after a verb of leaving, is where the change happened (rule left-place), not a mere origin."""
    if not rule("left-place").search(cue.text):
        return None
    return next((p for p in sorted(origins, key=lambda p: p.start) if cue.end <= p.start
                 and rule("left-place-gap").match(text[cue.end:p.start])), None)


def _without_weak_places(analysis: Analysis, sentence: tuple[int, int], mentions: list[PlaceMention],
                         fired: list[str], cue: CueMatch | None = None) -> list[PlaceMention]:
    """The sentence's places without the weak ones while a stronger one remains: the dateline's ("MOSUL, Iraq –"
    tells where the report was filed), a person's home (", said Ali, a resident of X"), where a strike was fired
    from or its shooters stand, and the ends of a route ("a bus travelling from X to Y was hit near Z";
    locating.py)."""
    text = analysis.report.text
    opens_line = not text[text.rfind("\n", 0, sentence[0]) + 1:sentence[0]].strip()
    dateline = rule("dateline-place").match(text[sentence[0]:sentence[1]]) if opens_line else None
    dateline_end = sentence[0] + dateline.end() if dateline is not None else -1
    abroad = [p for p in mentions if p.end <= dateline_end and p.place is not None
              and p.place.country_code not in CORE_COUNTRIES]
    if abroad:  # "BEIRUT (Reuters) –", "AMMAN, Jordan (AP) —": where a wire filed a report on Syria or Iraq
        fired.append("dateline-abroad")
        mentions = [p for p in mentions if p not in abroad]
    published = analysis.report.published
    # the place of a past act told about the one arrested yields first, even to the dateline (past_act_place.py)
    tests = [("past-act-place", past_act_place_test(text, sentence, cue, published.year if published else None)),
             ("dateline-place", lambda p: p.end <= dateline_end), *weak_place_tests(text, sentence, cue)]
    for name, weak in tests:
        weak_only = {id(p) for p in mentions if weak(p)}
        weak_here = _with_locators(text, mentions, weak_only) if name != "dateline-place" else weak_only
        strong = [p for p in mentions if id(p) not in weak_here]
        # the dateline yields to any other place; a home village or a launch site only to a place as precise ("in
        # the Diyala countryside" does not say better where it happened than the speaker's village)
        # the hospital the wounded were carried to yields to any other place, as the dateline does
        rivals = strong if name in _NO_CLAIM else [p for p in strong if not is_region(p)]
        if name == "dateline-place":  # the governorate the dateline's town lies in says no better where the act was
            rivals = [p for p in rivals if not _holds(p, [m for m in mentions if id(m) in weak_only])]
        # ... and it, like the place of the wrong an act answers, is no place of the act even when the sentence
        # names no other (_never_the_acts)
        if len(strong) < len(mentions) and (rivals or _never_the_acts(analysis, sentence, name)):
            fired.extend([name, "locator-of-weak"] if weak_here - weak_only else [name])
            mentions = strong
    return mentions


def _holds(region: PlaceMention, places: list[PlaceMention]) -> bool:
    """Whether `region` is the governorate one of `places` lies in ("KIRKUK – ... in Kirkuk province"): the town
    is a point within it, so the region is no rival to the dateline (rule dateline-place)."""
    if not is_region(region) or region.place is None or not region.place.admin1:
        return False
    return any(p.place is not None and p.place.admin1 == region.place.admin1 for p in places)


# the weak places that are no place of the act once the report has told a place before the sentence
_TOLD_PLACE_FIRST = frozenset({"care-destination", "came-from-direction", "addressed-place", "demand-place",
                               "fighter-from"})


def _never_the_acts(analysis: Analysis, sentence: tuple[int, int], name: str) -> bool:
    """Whether the weak places of test `name` are dropped even where the sentence names no other place: the place
    of the wrong an act answers always (grievance-place: that other act's place); the hospital town, and the way
    attackers came from (came-from-direction: "from the direction of X"), once the report
    has told a place before the sentence, where the act it tells the wounded of most likely was (care-destination:
    "the wounded were taken to a hospital in X" after a clash told at Y). With nothing told before, the hospital
    town is the nearest the report says. So with the governments a crowd calls on or chants against, and the
    people or places it stands with (addressed-place, demand-place: "the protesters chanted against Erbil and
    Baghdad" after the protest was told at Y): seats and causes, never where the crowd gathered."""
    if name == "grievance-place":
        return True
    return name in _TOLD_PLACE_FIRST and any(
        p.end <= sentence[0] and usable(p, analysis) and not is_region(p) and p.place is not None
        and p.place.country_code in CORE_COUNTRIES for p in analysis.places)


def _with_locators(text: str, mentions: list[PlaceMention], weak: set[int]) -> set[int]:
    """The weak places of a test and the places that only say where one of them lies: "rockets launched from the
    X area south of Y hit Z" — Y locates the launch site, so it is no more where the rockets landed than X is
    (rule locator-of-weak: "X area south of Y", "X, 10 km east of Y"; not "X in Y" or "X near Y")."""
    ordered = sorted(mentions, key=lambda p: p.start)
    found = set(weak)
    for index, place in enumerate(ordered[1:], start=1):
        before = ordered[index - 1]
        if id(before) in found and id(place) not in found \
                and rule("locator-of-weak").match(text[before.end:place.start]):
            found.add(id(place))
    return found


def _joint_area(text: str, listed: list[PlaceMention]) -> bool:
    """"the areas of A, B and C", "A and B areas": one area named by its places (rules joint-area)."""
    first, last = listed[0], listed[-1]
    return bool(rule("joint-area").search(text[max(0, first.start - 40):first.start])
                or rule("joint-area-after").match(text[last.end:last.end + 20]))


def _referred_place(analysis: Analysis, cue: CueMatch, sentence: tuple[int, int]) -> tuple[PlaceMention, str] | None:
    """"arrived in the city": the town last named before it, even inside an attribution ("sources in X city");
    "deployed reinforcements to the town and set up checkpoints": the town the sentence names before the trigger;
    "shelled the town again": the trigger's object is the place itself (rule place-as-object). With the rule that
    found it."""
    text = analysis.report.text
    name = "definite-place"
    match = rule(name).pattern.search(text, cue.end, sentence[1])
    found = (match.start(), match.group(0)) if match else None
    if found is None and (direct := rule("place-as-object").search(text[cue.end:sentence[1]])) is not None:
        found, name = (cue.end + direct.start(), direct.group(0)), "place-as-object"
    # "the same village" refers back however far after the trigger it is told ("shelled positions of the
    # factions in the same village"); a bare "the village" only close to it (rule definite-place)
    if found is None or found[0] - cue.end > 40 and " same " not in found[1].lower():
        before = list(rule("definite-place").pattern.finditer(text, sentence[0], cue.start))
        found, name = ((before[-1].start(), before[-1].group(0)), "definite-place") if before else (None, name)
    if found is None:
        return None
    start, told = found
    # "the village" is a settlement named before, not "the countryside of Afrin" named after it (rule definite-place)
    word = told.split()[-1].lower()
    earlier = [p for p in analysis.places if p.end <= start and p.place is not None
               and not is_region(p) and p.start >= analysis.headline_end
               and not (word in {"village", "town", "city"} and p.relation in _AREA_RELATIONS)
               and not any(a.start <= p.start and p.end <= a.end for a in analysis.actors)]
    # "took Umm Adasa village, north of Tal Hamis. ... in the village": the place named a village before, not the
    # town named after it to locate it (rule definite-place)
    named_so = [p for p in earlier if _called(text, p, word)]
    # "in the X sub-district, north-east of Y ... sent to the area": Y only located X (rule container)
    located = [p for p in earlier if not _is_container(text, p, earlier)] or earlier
    referred = named_so[-1] if named_so else located[-1] if located else None
    return (referred, name) if referred is not None else None


def _called(text: str, place: PlaceMention, word: str) -> bool:
    """The text names the place with the word a definite reference uses ("X village", "the village of X")."""
    after = text[place.end:place.end + 20].lower().split()
    return bool(after and after[0].strip(",.;") == word) or text[max(0, place.start - 20):place.start].lower(
    ).rstrip().endswith(f"{word} of")


_NO_CLAIM = {"dateline-place", "care-destination", "grievance-place"}  # weak places that yield even to a region
_AREA_RELATIONS = {"countryside", "province", "direction", "desert"}
_TOWN_CODES = {"PPL", "PPLA2", "PPLA3", "PPLA4", "PPLX", "PPLL"}


def effective_precision(place: PlaceMention) -> int:
    """"The western countryside of Saraqib" is near the town (2); the countryside of a
    governorate ("of Idlib", its capital's name) is only the region (3)."""
    chosen = place.place
    if place.relation == "countryside" and chosen is not None and chosen.feature_code in _TOWN_CODES:
        return 2
    return place.geo_precision


def is_region(place: PlaceMention) -> bool:
    chosen = place.place
    if effective_precision(place) < 3 and place.geo_precision >= 3:
        return False
    code = (chosen.feature_code or "") if chosen else ""
    return place.geo_precision >= 3 or code.startswith(("ADM1", "PCL")) or code == "REGION"


def _coordinated(text: str, pool: list[PlaceMention], anchor: PlaceMention) -> list[PlaceMention]:
    """The run of places listed together with `anchor` ("on A, B and C")."""
    ordered = sorted(pool, key=lambda p: p.start)
    index = ordered.index(anchor)
    run = [anchor]
    left = anchor
    for right in ordered[index + 1:]:
        if re.fullmatch(r"\s*\(\s*", text[left.end:right.start]) and text[right.end:].lstrip().startswith(")"):
            continue  # "Sinjar (Shingal) and Makhmour": the name in brackets is another name of the place before
        if not rule("listed-places").match(text[left.end:right.start]):
            break
        run.append(right)
        left = right
    return run


def _anchor(text: str, pool: list[PlaceMention], cue: CueMatch, fired: list[str]) -> tuple[PlaceMention, bool]:
    """The place a trigger is tied to, and whether it stands alone (no list of places makes one event each)."""
    after = [p for p in pool if p.start >= cue.start]
    if after:
        return after[0], False
    if rule("list-of-another-clause").search(text[pool[-1].end:cue.start]):
        # "deployed in A, B and C after a feud killed a man": the list is the deployment's; the act of the clause
        # after it happened in that area, one event at its first place (rule list-of-another-clause)
        fired.append("list-of-another-clause")
        return _run_ending_at(text, pool, pool[-1], []), True
    first = _run_ending_at(text, pool, pool[-1], [])
    if first is not pool[-1] and rule("list-of-origin-or-hold").search(text[max(0, first.start - 60):first.start]):
        # "fighters from A, B and C attacked a post", "the SDF, which controls A and B, attacked": the list tells
        # where the actors come from or what they hold, one event at its first place (rule list-of-origin-or-hold)
        fired.append("list-of-origin-or-hold")
        return first, True
    # "bombed the villages of A and B with heavy artillery": a trigger told after its places names them all,
    # from the first of the list that ends the pool (rule list-before-trigger)
    return _run_ending_at(text, pool, pool[-1], fired), False


def _run_ending_at(text: str, pool: list[PlaceMention], last: PlaceMention, fired: list[str]) -> PlaceMention:
    """The first place of the run listed together that ends with `last` ("A, B and C" for C)."""
    ordered = sorted(pool, key=lambda p: p.start)
    first = last
    for left in reversed(ordered[:ordered.index(last)]):
        if not rule("listed-places").match(text[left.end:first.start]):
            break
        first = left
    if first is not last:
        fired.append("list-before-trigger")
    return first


def place_told_after(analysis: Analysis, draft: Draft, sentence: tuple[int, int]) -> None:
    """"Turkish drones struck positions in the countryside of Hasakah. One of the strikes hit a car near Tal Tamr.":
    a sentence with no trigger of its own that says where the event just placed in a region happened gives it
    that place (rule place-told-after). So does one that says where an event placed only by the dateline happened
    ("BASRA (Wire) - Police fired on protesters in the south on Monday. The shooting happened in the town of X"):
    the dateline tells where the report was filed."""
    text = analysis.report.text
    if draft.place is None or (effective_precision(draft.place) < 3 and not _in_dateline(text, draft.place)):
        return
    if not rule("place-told-after").match(text[sentence[0]:sentence[1]]):
        return
    place = next((p for p in analysis.places if sentence[0] <= p.start < sentence[1] and usable(p, analysis)
                  and not is_region(p)), None)
    if place is not None:
        draft.place, draft.geo_precision = place, effective_precision(place)
        draft.evidence.append(Evidence(sentence[0], sentence[1], text[sentence[0]:sentence[1]].strip()))
        draft.rules.append("place-told-after")


def _in_dateline(text: str, mention: PlaceMention) -> bool:
    """Whether a place is named in the dateline that opens its line ("MOSUL, Iraq -", rule dateline-place)."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    dateline = rule("dateline-place").match(text[line_start:mention.end + 80])
    return dateline is not None and mention.end <= line_start + dateline.end()


def _without_crowd_origins(analysis: Analysis, sentence: tuple[int, int], mentions: list[PlaceMention],
                           cue: CueMatch, fired: list[str]) -> list[PlaceMention]:
    """The sentence's places without those a protest's people came from ("protesters from A and B joined them",
    rule crowd-origin) once the report has named a place in Syria or Iraq before (where the protest they joined
    may have been told); before that, they stay weak places (locating.py)."""
    origins = crowd_origins(analysis.report.text, sentence, mentions, cue)
    if not origins or not any(p.end <= sentence[0] and p.place is not None
                              and p.place.country_code in CORE_COUNTRIES for p in analysis.places):
        return mentions
    fired.append("crowd-origin")
    return [p for p in mentions if p not in origins]


def sole_place_told_before(analysis: Analysis, sentence: tuple[int, int]) -> PlaceMention | None:
    """"The bodies of five fighters were found near X. They were killed in clashes with the army in March.": in a
    brief (a coder's note, a one-paragraph report) an act whose sentence names no place at all happened at the one
    place the brief names before it, not in its governorate at large (rule sole-place-of-brief). Two places told
    before, or a place only told after, leave the act to its region."""
    if not analysis.brief:
        return None
    told = [p for p in analysis.places if p.end <= sentence[0] and usable(p, analysis) and not is_region(p)
            and p.place is not None and p.place.country_code in CORE_COUNTRIES]
    # "found in the Jandairis area of the Afrin district": the district only says where the one place lies
    told = [p for p in told if not _is_container(analysis.report.text, p, told)]
    if not told or len({p.place.geonameid for p in told if p.place is not None}) > 1:
        return None
    return told[-1]


def region_in_sentence(analysis: Analysis, sentence: tuple[int, int]) -> Place | None:
    s_start, s_end = sentence
    for place in analysis.places:
        if s_start <= place.start < s_end and usable(place, analysis) and is_region(place):
            return place.place
    return None
