"""Ranking a mention's candidates: the report's context, the container, spelling, feature and size.

`Ranker.resolve` prunes the candidates a reader would not weigh (another country where the report's
governorates lie in one, a loose spelling abroad or outside the governorates named, a district not named
as one) and scores the rest (`Ranker.score`); the best above MIN_SCORE is chosen. The Geoparser finds the
mentions, reads the report's context and containers, and asks the Ranker for each mention.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from marsad.geo import distance_km
from marsad.places.admin_names import GOVERNORATE_SPELLING
from marsad.places.ayn_marks import marked_ratio
from marsad.places.constraints import (
    CORE_COUNTRIES,
    DISTRICT_CODES,
    DISTRICT_SPELLING,
    MIN_SCORE,
    NEIGHBOUR_SPELLING,
    Holder,
    country_fits,
    same_point,
)
from marsad.places.district_towns import DistrictTown, district_town_bonus
from marsad.places.foreign_story import ForeignStory, same_letters
from marsad.places.gazetteer import SEAT_METHOD, Gazetteer
from marsad.places.index import FORM_METHOD, latin_key, name_vkey
from marsad.places.known_features import known_feature_spelling
from marsad.places.mentions import Span
from marsad.places.scoring import (
    DESERT_BONUS,
    KNOWN_SPELLING,
    NISBA_PENALTY,
    _admissible,
    _anchor_bonus,
    _digits,
    _feature_bonus,
    _holder_bonus,
    _letters_alike,
    _spelling,
    in_any,
    is_nisba_of,
    well_known,
)
from marsad.places.stated_country import RULE as STATED_RULE
from marsad.places.stated_country import StatedCountry
from marsad.types import Candidate, Place, Resolution

PRUNE_SPELLING = 0.7
# A namesake in the other core country than the one the report's words place its story in gives way: more than
# the prior for Syria (0.2) and the anchors' country (0.3), less than a governorate named (1.5) or a closer spelling.
STATED_PREFERENCE = 0.5
SYRIA_PRIOR = 0.2  # Marsad's reports are mostly about Syria: the prior when nothing says where a report lies
AREA_SPELLING = 0.6  # the same, for candidates in the governorate a container names
# "fighters of Operation Peace Spring captured X": X lies on that operation's front, as a
# village of a governorate the report names would (the same weight), wherever namesakes of X lie elsewhere.
OPERATION_ZONE_BONUS = 1.5
OPERATION_ZONE_KM = 35.0  # the front runs along the towns its zone is held from (operations.yaml)
GONE_CODES = frozenset({"PPLQ", "PPLH"})  # GeoNames' abandoned and historical populated places
GONE_PENALTY = 1.0
SEAT_GAP_SPELLING = 0.85  # a place spelled this alike leaves no gap for a "Nahiyat X" name to fill


# rule `city-abroad-as-written`: "Israel's war in Gaza and Lebanon" in a report on Iraq is Gaza, not the Kurdish
# hamlet Goze that "Gaza" folds to. A city abroad of this size is in the gazetteer because reports name it.
CITY_ABROAD_POPULATION = 200_000
CITY_ABROAD_PREFERENCE = 4.0  # more than a named governorate (1.5), the core country (1.0) and its context (0.3)


def _city_abroad_as_written(span: Span, cand: Candidate, candidates: list[Candidate], holder: Holder | None) -> float:
    """How much a place of Syria or Iraq that only a folded spelling found gives way to a city abroad of 200,000+
    that bears the mention as written; a place of the core countries written so, or one of Marsad's own entries,
    keeps its reading ("Homs" is never Al-Khums, which is only folded alike), as does a name the text ties to a
    place of its own ("Iskenderun village in rural Hasakah": a container, or a settlement noun)."""
    if cand.method in ("exact", "data") or cand.place.country_code not in CORE_COUNTRIES:
        return 0.0
    if holder is not None or span.relation not in (None, "near", "in", "from", "to", "city"):
        return 0.0  # "X village", "X countryside", "the X area": a place of the report's own ground
    if any(c.place.country_code in CORE_COUNTRIES and c.method in ("exact", "data") for c in candidates):
        return 0.0
    abroad = any(c.method == "exact" and c.place.country_code not in CORE_COUNTRIES
                 and c.place.population >= CITY_ABROAD_POPULATION for c in candidates)
    return CITY_ABROAD_PREFERENCE if abroad else 0.0


def _gone_gives_way(span: Span, cand: Candidate, candidates: list[Candidate]) -> float:
    """An abandoned or historical place loses to a living place or an area whose own name is the mention,
    vowels and all ("Duhok" is the city or the governorate, not the abandoned hamlet GeoNames also calls
    Dahūk, with "Duhok" among its alternate names); else it keeps its chance (many a village of Kurdistan
    that GeoNames lists as abandoned was rebuilt and is in the news again). Where the report calls the
    name a village or a town, only a living place of people is its rival: a district is no village."""
    if cand.place.feature_code not in GONE_CODES:
        return 0.0
    written = name_vkey(span.text)
    settlement = span.relation in ("village", "town")
    living = any(
        c.place.feature_code not in GONE_CODES
        and (not settlement or c.place.feature_class == "P")
        and name_vkey(c.place.name or "") == written
        for c in candidates
    )
    return GONE_PENALTY if living else 0.0


@dataclass
class RankContext:
    """What the whole report says about where its places lie (Geoparser._context builds it)."""
    governorates: set[str]  # admin1 names
    anchors: list[Place]
    country: str | None
    admin_keys: set[str]  # keys of every name in the report, to meet district and sub-district names
    anchor_keys: list[str]
    report_country: str | None = None  # the one core country whose governorates the report names
    countries_named: frozenset[str] = frozenset()  # countries the text names ("Syria", "Iraqi", "Lebanon")
    stated: StatedCountry | None = None  # the country the report's words place its story in (stated_country.py)
    operation_towns: tuple[Place, ...] = ()  # towns of the operations the report names (operations.py)
    foreign: ForeignStory | None = None  # the country abroad the report is told from (foreign_story.py)
    district_towns: tuple[DistrictTown, ...] = ()  # district towns named for sure (district_towns.py)


def _in_operation_zone(place: Place, towns: tuple[Place, ...]) -> bool:
    """Near a town an operation the report names is held from (never the town itself: it needs no help)."""
    return any(
        town.geonameid != place.geonameid
        and distance_km(place.latitude, place.longitude, town.latitude, town.longitude) <= OPERATION_ZONE_KM
        for town in towns
    )


def _loose_abroad(cand: Candidate, spelling: float, facility: bool, mention: str = "") -> bool:
    """A place abroad read from a loose spelling: never Marsad's own entries there, except a country, which is
    read only as written, letter for letter ("As Samawah" is no Samoa, "al-Sina'a" no China, though Arabic
    spelling folds them alike; marsad/data/places/countries.yaml)."""
    country = cand.place.country_code
    if country is None or country in CORE_COUNTRIES or facility:
        return False
    if cand.method == "data":
        return cand.place.feature_code == "PCLI" and not same_letters(mention, cand.matched_name)
    return spelling < NEIGHBOUR_SPELLING


def _abroad_of_story(cand: Candidate, context: RankContext, candidates: list[Candidate]) -> float:
    """How much a namesake in the other core country than the report's words tell gives way ("near Sinjar in
    northern Iraq": Iraq's Sinjar, not Idlib's): only when a candidate lies in the told country, so a
    candidate that is the only kind stays, and no other candidate is lifted over the bar."""
    stated = context.stated
    country = cand.place.country_code
    if stated is None or country not in CORE_COUNTRIES or country == stated.code:
        return 0.0
    return STATED_PREFERENCE if any(c.place.country_code == stated.code for c in candidates) else 0.0


def with_stated_rule(resolution: Resolution, stated: StatedCountry | None) -> Resolution:
    """The resolution with rule `report-country` and its evidence when the report's country decided between
    namesakes: the chosen place lies in it and a candidate in the other core country would have won or tied
    without the preference (and the prior for Syria the told country sets aside)."""
    chosen = resolution.chosen
    if stated is None or chosen is None or chosen.place.country_code != stated.code:
        return resolution
    best = max((c.score for c in resolution.candidates if c.place.geonameid == chosen.place.geonameid),
               default=chosen.score)
    if any(c.place.country_code in CORE_COUNTRIES and c.place.country_code != stated.code
           and c.score + STATED_PREFERENCE + SYRIA_PRIOR >= best for c in resolution.candidates):
        return replace(resolution, rule=f"{STATED_RULE}: {stated.evidence}")
    return resolution


def _seat_name_fits(span: Span, candidates: list[Candidate], context: RankContext) -> bool:
    """Rule `subdistrict-seat-name`: "the Hamdun sub-district" is GeoNames' "Nahiyah Hamdun" (an Iraqi name
    form) only where the report calls the mention a (sub-)district, its sure places are not Syrian, and no
    other place of Syria or Iraq bears the name as written: the form fills a gap, it competes with no town."""
    if span.relation != "district" or context.country == "SY" or context.report_country == "SY":
        return False
    return not any(c.method != SEAT_METHOD and c.place.country_code in CORE_COUNTRIES
                   and _spelling(span.text, c) >= SEAT_GAP_SPELLING for c in candidates)


class Ranker:
    """Ranks the candidates of one mention against what the report says (deterministic)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer


    def resolve(
        self, span: Span, candidates: list[Candidate], context: RankContext, holder: Holder | None
    ) -> Resolution:
        if context.report_country:
            candidates = [
                c
                for c in candidates
                if country_fits(
                    c, _spelling(span.text, c), span.facility_after, context.report_country, context.countries_named
                )
            ]
        if context.foreign is not None:
            # a report from Nigeria: no Syrian or Iraqi namesake, a town abroad only as written, letter for letter
            # ("Borno" is no Brno), and a town of a third country only by its own name, not an alternate one
            # ("Boni" is also a name of Bonn; rule foreign-story)
            candidates = [c for c in candidates if c.place.country_code not in CORE_COUNTRIES
                          and same_letters(span.text, c.matched_name)
                          and (c.place.country_code == context.foreign.code or c.place.feature_code == "PCLI"
                               or same_letters(span.text, c.place.name))]
        # Beyond Syria and Iraq only a name spelled as written ("Sirnak", "Beirut"): "Izem'li" is no Erdemli.
        candidates = [c for c in candidates
                      if not _loose_abroad(c, _spelling(span.text, c), span.facility_after, span.text)]
        # A name's other form ("ar Rashad" of GeoNames' "Qaryat ar Rashad") names the village
        # only where the report calls it one ("Salam village"): elsewhere it would compete with towns and words.
        candidates = [c for c in candidates if c.method != FORM_METHOD or span.relation == "village"]
        if not _seat_name_fits(span, candidates, context):
            candidates = [c for c in candidates if c.method != SEAT_METHOD]
        if context.governorates and holder is None:
            # a loose spelling is trusted only in the governorates the report names
            candidates = [c for c in candidates if c.method != "fuzzy" or c.place.admin1 in context.governorates]
        area = holder.admin1 if holder else None
        if area and not any(c.place.admin1 == area and _spelling(span.text, c) >= 0.75 for c in candidates):
            # The container names the governorate and no candidate lies there: a spelling the index
            # lacks, looked for among that governorate's places only, where a looser match is safe.
            candidates = candidates + _admissible(span, self.gazetteer.fuzzy_within(span.text, area))
        if not candidates:
            return Resolution(chosen=None, score=0.0, candidates=())
        # Spellings far from the mention lose to any close one; scoring them only costs time.
        # In the governorate the container names, a looser spelling stays ("Baqras" / "Buqruş" in Deir ez-Zor).
        close = [
            c
            for c in candidates
            if _spelling(span.text, c) >= (AREA_SPELLING if area and c.place.admin1 == area else PRUNE_SPELLING)
        ]
        candidates = close or candidates
        # A district is a candidate only when named as one or spelled as it is ("Pshdar"): "Al-Mayadeen"
        # shares a key with Iraq's Al-Mada'in district, which no reader would weigh.
        candidates = [
            c
            for c in candidates
            if c.place.feature_code not in DISTRICT_CODES
            or span.relation == "district"
            or _spelling(span.text, c) >= DISTRICT_SPELLING
        ] or candidates
        capitals = {
            self.gazetteer.capitals.get(c.place.geonameid)
            for c in candidates
            if c.place.feature_code == "ADM1" and _spelling(span.text, c) >= GOVERNORATE_SPELLING
        }
        seats = tuple(c.place for c in candidates if c.place.feature_code in DISTRICT_CODES)
        # The best spelling among the well-known towns of this name ("Douma", "Qamishli"): a hamlet that
        # shares it gains nothing from lying in a governorate the report names (see _score).
        # A governorate's own name counts as well known too (rule governorate-namesake): "Duhok" in a report
        # about strikes near Amadiya is the city and its governorate, not an abandoned hamlet Dahuk beside them.
        known = max(
            (
                _spelling(span.text, c)
                for c in candidates
                if (well_known(c.place) or c.place.feature_code == "ADM1")
                and _letters_alike(span.text, c.matched_name) >= KNOWN_SPELLING
            ),
            default=None,
        )  # written as the town's name: "Kharza" folds as "Al Hartha" does, but names no Al-Hartha
        # rule known-feature-over-namesake: "Qandil" is the mountains before a hamlet of the dateline's governorate
        feature = known_feature_spelling(span, candidates, _spelling)
        if feature is not None:
            known = max(known or 0.0, feature)
        scored = sorted(
            (
                (self.score(span, c, context, capitals, holder, seats, known)
                 - _abroad_of_story(c, context, candidates) - _gone_gives_way(span, c, candidates)
                 - _city_abroad_as_written(span, c, candidates, holder), c)
                for c in candidates
            ),
            key=lambda item: (-item[0], item[1].place.geonameid),
        )
        ranked = tuple(
            Candidate(place=c.place, matched_name=c.matched_name, method=c.method, score=round(s, 3))
            for s, c in scored[:10]
        )
        best_score, best = scored[0]
        if best_score < MIN_SCORE:
            return Resolution(chosen=None, score=round(best_score, 3), candidates=ranked)
        return Resolution(chosen=ranked[0], score=round(best_score, 3), candidates=ranked)

    def score(
        self,
        span: Span,
        cand: Candidate,
        context: RankContext,
        capitals: set[str | None],
        holder: Holder | None,
        seats: tuple[Place, ...] = (),
        known_spelling: float | None = None,
    ) -> float:
        place = cand.place
        spelling = _spelling(span.text, cand)
        marked = marked_ratio(span.text, cand.matched_name)  # rule `ayn-mark-agrees`: "Baza'a" writes an ayn
        score = 4.0 * (spelling if marked is None else marked) - 2.0  # spelling decides between towns of one key
        score += 0.4 * _letters_alike(span.text, cand.matched_name)  # then the letters the key folded away
        if _digits(span.text) != _digits(cand.matched_name):
            score -= 5.0  # "T2" is not "T3", "Regiment 46" not "Regiment 47"
        if cand.matched_name == place.name:
            score += 0.1  # a place's own name before another place's alternate one
        if cand.method != "exact" and (is_nisba_of(span.text, cand.matched_name) or is_nisba_of(span.text, place.name)):
            score -= NISBA_PENALTY  # "Al-Baghdadi" is not Baghdad (unless the place bears that name as written)
        if place.pcode:
            score += 0.25  # OCHA lists it as a community: a place reports talk about
        mention_key = latin_key(span.text)
        if (mention_key and mention_key in (latin_key(place.admin3 or ""), latin_key(place.admin2 or ""))) or (
            place.feature_class == "P" and any(same_point(place, seat) for seat in seats)
        ):
            score += 0.4  # the seat of a district or sub-district of that name
        if holder is not None:
            # "X town in northern Hama": a town or village said to lie on a side of the governorate
            score += _holder_bonus(place, holder, self.gazetteer, span.relation in ("town", "village"))
        elif context.admin_keys & {latin_key(place.admin2 or ""), latin_key(place.admin3 or "")} - {
            mention_key,
            "",
        }:
            score += 0.6  # its district or sub-district is named in the report
        if cand.method == "exact":
            score += 0.3
        if cand.method == "data" and spelling >= 0.95 and place.feature_code not in DISTRICT_CODES:
            score += 1.5  # Marsad's own entries (countries, bases, fields) are written to be matched
            if place.feature_code == "PCLI":
                score += 3.0  # "Turkey", "Iran": the country, never a village that shares the name
        if place.geonameid in capitals or (place.feature_code == "ADM1" and spelling >= GOVERNORATE_SPELLING):
            score += 2.0  # a governorate's name means its capital (or the governorate itself)
        if cand.method == "fuzzy":
            score -= 0.3
        if place.country_code in CORE_COUNTRIES:
            score += 1.0
            if context.country and place.country_code == context.country:
                score += 0.3
        elif place.country_code is not None:
            score -= 0.3
            if spelling < 0.9 and cand.method != "data":
                score -= 1.0  # abroad, only a name spelled as written ("Gunmen" is no Kunming)
        score += min(place.population, 2_000_000) ** 0.25 / 90  # 0 .. ~0.4: big towns win ties
        if place.country_code == "SY" and not context.country and context.stated is None:
            score += SYRIA_PRIOR  # (unless the report's words say where it lies)
        # A report names a well-known town without its governorate, because readers know where it
        # lies: a roundup naming Hama does not move "Douma" to a hamlet of Hama. Only a container the
        # text ties to the name ("Douma village in Hama countryside": the holder above) does.
        namesake_of_known = (
            holder is None
            and known_spelling is not None
            and place.feature_class == "P"
            and not well_known(place)
            and place.geonameid not in capitals  # a governorate's capital is no namesake of it
            and known_spelling >= spelling - 0.02
        )
        if place.admin1 and place.admin1 in context.governorates and not namesake_of_known:
            score += 1.5
        elif holder is None and not namesake_of_known:
            # rule district-town-tells-governorate: "Sinjar" tells Nineveh, to the villages of its district
            score += district_town_bonus(place, mention_key, context.district_towns)
        if not namesake_of_known and _in_operation_zone(place, context.operation_towns):
            score += OPERATION_ZONE_BONUS
        anchors = context.anchors
        if holder is not None and holder.place is not None and holder.place.feature_code == "ADM1":
            # "Zamrin in Dar'a": the container means the governorate, so its capital is no anchor here.
            pairs = zip(context.anchors, context.anchor_keys, strict=True)
            anchors = [anchor for anchor, key in pairs if key != holder.key]
        score += _anchor_bonus(place, anchors)
        score += _feature_bonus(span, place)
        if span.relation == "desert" and place.feature_class == "P" and in_any(place, self.gazetteer.deserts()):
            score += DESERT_BONUS  # "the X desert": a town of the Badia, not a namesake in the western hills
        if place.geonameid.startswith("ocha:"):
            score -= 0.15  # GeoNames coordinates are the reference; OCHA fills gaps
        if (
            span.sentence_start
            and span.relation is None
            and len(span.text.split()) == 1
            and place.population < 10_000
            and cand.method != "exact"
            and place.geonameid not in capitals
        ):
            score -= 2.0  # a capitalised word opening a sentence is often no name at all
        return score
