"""The geoparser: mentions (mentions.py) -> candidates (gazetteer) -> a ranked Resolution per mention.

Ranking reads the whole report: the dateline province and the governorates the text names, the
places that resolve without doubt (anchors: a nearby candidate is likelier), the country most
places fall in, the feature and population, and how closely the spelling matches. Every mention
with the same folded text resolves the same way within a report. Candidates and the winning score
are kept in the Resolution for the review screen.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from marsad.geo import distance_km
from marsad.places.admin_names import (
    GOVERNORATE_SPELLING,
    district_named,
    names_admin_area,
    names_governorate,
    seat_as_district,
)
from marsad.places.as_written import read_as_written
from marsad.places.coherence import (
    as_short_form,
    between_pair,
    in_report_country,
    near_both,
    place_lists,
    report_country,
    short_forms,
    toward_list,
)
from marsad.places.constraints import (
    CORE_COUNTRIES,
    DISTRICT_CODES,
    Holder,
    administrative_links,
    countries_named,
    in_then_governorate,
    inside_holder,
    listed,
    misread_holder,
    named_area,
    place_list,
)
from marsad.places.context import containers, links_by_comma, nearby_town, part_word
from marsad.places.district_towns import sure_district_towns
from marsad.places.foreign_story import ForeignStory, foreign_story
from marsad.places.gazetteer import Gazetteer
from marsad.places.geo_precision import geo_precision, placed_at_town
from marsad.places.index import latin_key
from marsad.places.listed_quarters import listed_quarter
from marsad.places.mentions import Span, find_spans, lexicon
from marsad.places.namesakes import context_points, nearest_namesake
from marsad.places.numbered import numbered_facilities, numbered_names
from marsad.places.operations import operation_towns
from marsad.places.quarters import CITY_DASH, WHOLE_SPELLING, a_city, city_part, unknown_quarters
from marsad.places.ranking import RankContext, Ranker, with_stated_rule
from marsad.places.read_once import read_once
from marsad.places.scoring import (
    _ALSO_NAMED,
    CITY_KM,
    _admissible,
    _direction_before,
    _mark_between,
    _span_key,
    _spelling,
    _spread_km,
    _strip_admin_words,
    _within_city,
)
from marsad.places.sentence_governorate import toward_sentence_governorate
from marsad.places.stated_country import GOVERNORATES_NAMED, stated_country
from marsad.places.whole_runs import prefer_whole_runs
from marsad.types import Candidate, Place, PlaceMention, Resolution

_RURAL_GAP = re.compile(r"\b(rural|countryside|countrysides|outskirts|desert|badia|vicinity|near)\b", re.I)
# A street or square "in X countryside" is no street of the town X: "the Al Qusayr road in Homs countryside".
RURAL_RELATIONS = frozenset({"countryside", "province", "desert", "outskirts", "near"})


# What a name tied by "in" to a governorate's name can be that never lies inside the capital city itself.
_RURAL_KINDS = frozenset({"village", "town", "front"})


def _settlement_in_governorate(span: Span, resolution: Resolution, holder: Place | None,
                               holder_reading: Candidate | None, capitals: dict[str, str]) -> bool:
    """True when a village, town or front ("X village in Raqqa") is tied to a name read as the capital city of
    the governorate it names, and the village is not placed within that city (unknown, or elsewhere)."""
    if span.relation not in _RURAL_KINDS or holder is None or holder.feature_code != "ADM1":
        return False
    if holder_reading is None or capitals.get(holder.geonameid) != holder_reading.place.geonameid:
        return False  # "X town near Humah town": a village spelled like the governorate is no capital
    city = holder_reading.place
    chosen = resolution.chosen
    return chosen is None or chosen.place.geonameid in (city.geonameid, holder.geonameid) or distance_km(
        chosen.place.latitude, chosen.place.longitude, city.latitude, city.longitude) > CITY_KM


def _is_country(resolution: Resolution) -> bool:
    return resolution.chosen is not None and resolution.chosen.place.feature_code == "PCLI"


class Geoparser:
    """Finds and resolves the places of a report. `parse` is deterministic and needs no spaCy."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.ranker = Ranker(gazetteer)
        self.names_admin_area = functools.partial(names_admin_area, gazetteer)
        self.numbered = numbered_names(gazetteer.own_names())  # "Regiment 46", "17th Division base"

    def parse(self, text: str, *, context_place: str | None = None) -> list[PlaceMention]:
        return self.parse_with_story(text, context_place=context_place)[0]

    def parse_with_story(self, text: str, *, context_place: str | None = None
                         ) -> tuple[list[PlaceMention], ForeignStory | None]:
        """The report's place mentions, and the country abroad its story is told from (rule foreign-story)."""
        spans = find_spans(text, self.gazetteer.has_key, self._fuzzy_known)
        spans = numbered_facilities(text, spans, self.numbered)  # "regiment 46", "the 17th Division base"
        spans = _mark_between(text, spans)
        spans = unknown_quarters(text, spans, lambda name: self.gazetteer.has_key(latin_key(name)), self._names_city)
        candidates: dict[str, list[Candidate]] = {}
        kept = []
        for span in spans:
            found = _admissible(span, self.gazetteer.lookup(span.text))
            if found or part_word(text, span) or city_part(span) or listed_quarter(text, span.end):
                # an unknown quarter is placed at its town below
                candidates[span.text] = candidates.get(span.text) or found
                kept.append(span)
        spans = kept
        context = self._context(spans, candidates, context_place)
        # "Laftah Furêh": a run that goes on past its known first word, read whole where the report points
        whole = prefer_whole_runs(text, spans, candidates, context.governorates, self.gazetteer)
        if whole != spans:
            spans = whole
            context = self._context(spans, candidates, context_place)
        context.report_country, context.countries_named = self._report_country(text, context.governorates)
        context.district_towns = sure_district_towns(  # rule district-town-tells-governorate
            spans, candidates, context.report_country, context.governorates, _spelling)
        operations = operation_towns(text, self.gazetteer)  # "operating under OPS": along the Peace Spring zone
        context.operation_towns = tuple(operations)
        context.stated = stated_country(
            text, spans, lambda s: candidates[s.text], lambda s, c: _spelling(s.text, c),
            self._governorate_countries(context.governorates),
        )
        context.foreign = foreign_story(
            text, spans, lambda s: candidates[s.text], lambda s, c: _spelling(s.text, c),
            # governorates are read again there, as written: "Dakar" folds like Dhi Qar
            (context.stated is not None and context.stated.evidence != GOVERNORATES_NAMED) or bool(context_place),
        )
        by_key: dict[str, Resolution] = {}
        for span in spans:
            key = _span_key(span)
            if key not in by_key:
                by_key[key] = self.ranker.resolve(span, candidates[span.text], context, None)
        # "Sinjar (Shingal)", "Xakurke (Wadi Khakurik)": two names of one place; a place that bears both wins.
        for first, second in zip(spans, spans[1:], strict=False):
            if not _ALSO_NAMED.fullmatch(text[first.end : second.start]) or not text[second.end :].startswith(")"):
                continue
            both = {c.place.geonameid for c in candidates[second.text] if _spelling(second.text, c) >= 0.9}
            shared = [c for c in candidates[first.text] if c.place.geonameid in both]
            if shared:
                by_key[_span_key(first)] = self.ranker.resolve(first, shared, context, None)
                shared_second = [
                    c for c in candidates[second.text] if c.place.geonameid in {c.place.geonameid for c in shared}
                ]
                by_key[_span_key(second)] = self.ranker.resolve(second, shared_second, context, None)
        # The report's other places: its country, and the longer name a short mention opens.
        country = report_country(spans, lambda s: by_key[_span_key(s)], lambda s, c: _spelling(s.text, c))
        for span in spans if country else ():
            key = _span_key(span)
            by_key[key] = in_report_country(by_key[key], span, country, _spelling(span.text, by_key[key].chosen)
                                            if by_key[key].chosen else 0.0)
        for index, longer in short_forms(spans).items():
            key = _span_key(spans[index])
            by_key[key] = as_short_form(by_key[key], by_key[_span_key(spans[longer])])
        # A mention followed by its container ("X village in Y countryside") is resolved again with
        # the container's place; every mention of the same name in the report follows that reading.
        links, as_governorate = self._read_containers(text, spans, candidates, context, by_key)
        for run in place_lists(text, spans):  # "the villages of A, B, C and D": listed places lie together
            for index in run:
                key = _span_key(spans[index])
                others = [by_key[_span_key(spans[i])] for i in run if _span_key(spans[i]) != key]
                by_key[key] = toward_list(by_key[key], candidates[spans[index].text], others,
                                          functools.partial(_spelling, spans[index].text))
        # "Al-Sukhnah" as written, not a likeness; "Ras al-Ain (Sere Kaniye)": one place (as_written.py)
        by_key = read_as_written(text, spans, by_key, {_span_key(spans[i]) for i in links}, _spelling)
        # Namesakes in one governorate: the one nearest the report's other places.
        capitals = frozenset(self.gazetteer.capitals.values())
        for span in spans:
            key = _span_key(span)
            others = context_points([r for k, r in by_key.items() if k != key], capitals) + operations
            by_key[key] = nearest_namesake(by_key[key], others, functools.partial(_spelling, span.text))
        # a near tie between namesakes in two governorates: the one its sentence names (sentence_governorate.py)
        held = set(links) | set(as_governorate)
        before = [by_key[_span_key(s)] for s in spans]
        resolved = toward_sentence_governorate(text, spans, before, capitals, held, lambda s, c: _spelling(s.text, c))
        resolved = read_once([_span_key(s) for s in spans], before, resolved, held)  # the headline's Jasim too
        mentions = []
        for index, span in enumerate(spans):
            resolution = resolved[index]
            if index in as_governorate:
                resolution = Resolution(chosen=as_governorate[index], score=resolution.score,
                                        candidates=resolution.candidates)
            resolution, quarter = self._within_holder(text, spans, index, resolution, by_key, links, context)
            if resolution.chosen is None:
                continue
            resolution = with_stated_rule(resolution, context.stated)  # "report-country: in northern Iraq"
            at_town = placed_at_town(resolution)  # judged before "Aleppo city" may read the town again
            resolution = self._city_of(span, resolution)
            precision = geo_precision(span, resolution, quarter=quarter, at_town=at_town)
            mentions.append(
                PlaceMention(
                    start=span.start,
                    end=span.end,
                    text=span.text,
                    resolution=resolution,
                    geo_precision=precision,
                    relation=span.relation,
                    direction=span.direction,
                )
            )
        return mentions, context.foreign

    def _within_holder(self, text: str, spans: list[Span], index: int, resolution: Resolution,
                       by_key: dict[str, Resolution], links: dict[int, int],
                       context: RankContext) -> tuple[Resolution, bool]:
        """A mention read within what holds it: the town between two places, the city before a dash, the
        town a street or quarter lies in. Returns the resolution and whether it is a quarter of a town."""
        span = spans[index]
        quarter = False
        pair = between_pair(text, spans, index)  # "Habboubah village between Al-Khafsah and Maskanah"
        if pair is not None and index not in links:
            first, second = (by_key[_span_key(spans[end])] for end in pair)
            resolution = near_both(resolution, first, second)
            quarter = resolution.chosen is not None and resolution.chosen.method == "container"
        rural = index in links and spans[links[index]].relation in RURAL_RELATIONS
        # "Mosul - Al Zuhur": in Mosul; but "Tadmor - Al-Sokhna" names a town of its own after its district
        city = None if a_city(resolution.chosen.place if resolution.chosen else None) else (
            self._city_dash(span, resolution, context) or self._city_before_dash(text, spans, index, by_key))
        if city is not None:
            if resolution.chosen is not None and resolution.chosen.place.feature_class not in ("P", "S"):
                resolution = Resolution(chosen=None, score=resolution.score, candidates=resolution.candidates)
            resolution, quarter = _within_city(resolution, city), True
        elif index in links and part_word(text, spans[links[index] - 1]) and not rural:  # the word after the list
            holder_span = spans[links[index]]  # "X street in Y city": Y
            holder_resolution = by_key[_span_key(holder_span)]
            resolution = self._city_of(holder_span, holder_resolution)
            town = self._town_of(holder_resolution)  # "the X quarter of Aleppo": the city, not the governorate
            if town is not None and resolution.chosen and resolution.chosen.place.feature_code == "ADM1":
                resolution, quarter = _within_city(Resolution(chosen=None, score=resolution.score), town), True
        elif index in links:
            city = self._container_city(text, spans, links, index, by_key)
            if city is not None:
                resolution = _within_city(resolution, city)
        elif part_word(text, span) or (listed_quarter(text, span.end) and not a_city(
                resolution.chosen.place if resolution.chosen else None)):
            # "the Bani Zaid neighbourhood", "in Bani Zaid and Salah neighbourhoods" (rule listed-quarters): the
            # town named just before
            city = nearby_town(text, spans, index, lambda s: self._town_of(by_key[_span_key(s)]))
            if city is not None:
                resolution, quarter = _within_city(resolution, city), True
        return resolution, quarter

    def _read_containers(self, text: str, spans: list[Span], candidates: dict[str, list[Candidate]],
                         context: RankContext, by_key: dict[str, Resolution]
                         ) -> tuple[dict[int, int], dict[int, Candidate]]:
        """Resolves again, in `by_key`, each mention the text ties to a container; returns the links
        (mention index -> container index) read from the text, and the closing governorate names that
        the resolution read as their capital town (index -> the governorate)."""
        links = containers(text, spans)
        as_governorate: dict[int, Candidate] = {}
        administrative = administrative_links(text, spans, links, self.names_admin_area)
        holders: dict[str, Holder] = {}
        for index, holder_index in sorted({**links, **administrative}.items()):
            key, holder_span = _span_key(spans[index]), spans[holder_index]
            if _is_country(by_key[key]):
                continue  # "the Iraq-Turkey border (Zakho, Duhok)": a country lies in no governorate
            chosen = by_key[_span_key(holder_span)].chosen
            # "in Y district", "in Y township" (a sub-district, in Syrian reports)
            named_admin = index in administrative or holder_span.relation in ("district", "township")
            by_comma = (
                not named_admin
                and links_by_comma(text, spans, index, holder_index,
                                   town=chosen is not None and chosen.place.feature_class == "P")
                and not in_then_governorate(text, spans, links, holder_index, self.names_admin_area)
            )
            holder_place = self._holder_place(holder_span, chosen.place if chosen else None, named_admin)
            if by_comma and (holder_place is None or holder_place.feature_code != "ADM1"):
                continue  # "in Diwaniya, Baghdad, and Anbar" lists places; "X, Rural Damascus" locates X
            if misread_holder(holder_span, holder_place, by_key[key].chosen, self.names_admin_area):
                # "a town in rural eastern Deir ez": a loosely spelt container constrains no town, and its own
                # reading (a hamlet of that spelling elsewhere) is no place of the report either
                holder_key = _span_key(holder_span)
                by_key[holder_key] = Resolution(chosen=None, score=by_key[holder_key].score,
                                                candidates=by_key[holder_key].candidates)
                continue
            if key not in holders:
                holders[key] = Holder(
                    holder_place,
                    holder_span.direction or _direction_before(text, holder_span),
                    latin_key(holder_span.text),
                    self.names_admin_area(holder_span.text) or named_area(holder_place)
                    or (named_admin and holder_place is not None and holder_place.feature_code in DISTRICT_CODES),
                    said_in=index not in administrative and not by_comma,
                    # a countryside bounds its villages when its town is spelled as the gazetteer has it ("Hamas
                    # countryside" is a misspelt Hama, not Homs)
                    rural=holder_span.relation == "countryside" and chosen is not None
                    and _spelling(holder_span.text, chosen) >= WHOLE_SPELLING
                    and self._in_named_governorate(chosen, spans, {**links, **administrative}.get(holder_index)),
                )
                span = spans[index]
                # "in Y" says for sure that X lies in Y, and so does a closing ", Duhok"; a comma inside
                # a list ("Nasiriyah, Basra and Najaf") or between two governorates ("Homs, Hama") does not:
                # such a list names places side by side, so the next one is no container of the first.
                hard = not by_comma or (
                    not listed(text, holder_span) and not names_governorate(span.text, candidates[span.text])
                )
                if not hard and by_comma and (place_list(text, spans, holder_index)  # nor "between Baghdad, Erbil
                                              or names_governorate(span.text, candidates[span.text])):  # and X"
                    continue
                if by_comma and hard and holder_place is not None and chosen is not None \
                        and chosen.place.feature_code != "ADM1":
                    # "in Koya, Erbil": the closing name is the governorate, not its capital (a second place)
                    as_governorate[holder_index] = Candidate(place=holder_place, matched_name=chosen.matched_name,
                                                             method=chosen.method, score=chosen.score)
                resolution = self.ranker.resolve(span, candidates[span.text], context, holders[key])
                spelled = functools.partial(_spelling, span.text)
                by_key[key] = inside_holder(resolution, holders[key], spelled) if hard else resolution
                if not by_comma and _settlement_in_governorate(span, by_key[key], holder_place, chosen,
                                                               self.gazetteer.capitals):
                    # "X village in Raqqa", "the X front in Raqqa": a village or front lies in the governorate,
                    # not in its capital; read there, the name would put the event in the city (precision 1)
                    as_governorate[holder_index] = Candidate(place=holder_place, matched_name=chosen.matched_name,
                                                             method=chosen.method, score=chosen.score)
        return links, as_governorate

    def _in_named_governorate(self, town: Candidate, spans: list[Span], outer: int | None) -> bool:
        """Whether a countryside's town lies in the governorate the text names after it, if any: in "near X,
        in the countryside of Y, Homs", a Y read in another governorate is a namesake that bounds nothing."""
        governorate = self.gazetteer.governorate(spans[outer].text) if outer is not None else None
        if governorate is None or not town.place.admin1:
            return True
        return town.place.admin1 == governorate.admin1

    def _city_dash(self, span: Span, resolution: Resolution, context: RankContext) -> Place | None:
        """The city of a "City - Quarter" mention that Marsad does not hold whole (quarters.py), or None."""
        city = city_part(span)
        chosen = resolution.chosen
        if city is None or (chosen is not None and _spelling(span.text, chosen) >= WHOLE_SPELLING):
            return None
        city_span = Span(span.start, span.start + len(city), city, None, None, span.sentence_start, None)
        town = self._town_of(self.ranker.resolve(city_span, self.gazetteer.lookup(city), context, None))
        return town if a_city(town) else None

    def _city_before_dash(self, text: str, spans: list[Span], index: int, by_key: dict[str, Resolution]
                          ) -> Place | None:
        """ "Mosul - Al Zuhur" found as two mentions: the city named right before the spaced dash."""
        before = spans[index - 1] if index > 0 else None
        if before is None or before.sentence_start or not CITY_DASH.fullmatch(text[before.end : spans[index].start]):
            return None
        if self.gazetteer.governorate(before.text) is not None:
            return None  # "Idleb - Sarmada": ACLED's governorate, then a town anywhere in it (rows.py)
        town = self._town_of(by_key[_span_key(before)])
        return town if a_city(town) and self._names_city(before.text) else None

    def _names_city(self, name: str) -> bool:
        """Whether a city of Syria or Iraq bears this name, spelled alike (or a governorate, for its capital)."""
        return any(
            c.place.country_code in CORE_COUNTRIES
            and _spelling(name, c) >= WHOLE_SPELLING
            and (a_city(c.place) or c.place.feature_code == "ADM1")
            for c in self.gazetteer.lookup(name)
        )

    def _city_of(self, span: Span, resolution: Resolution) -> Resolution:
        """ "Aleppo city": the town, not the governorate that shares its name."""
        chosen = resolution.chosen
        if chosen is None or chosen.place.feature_code != "ADM1" or span.relation not in ("city", "town"):
            return resolution
        capital = self.gazetteer.get(self.gazetteer.capitals.get(chosen.place.geonameid) or "")
        if capital is None:
            return resolution
        city = Candidate(place=capital, matched_name=chosen.matched_name, method=chosen.method, score=chosen.score)
        return Resolution(chosen=city, score=resolution.score, candidates=resolution.candidates)

    def _town_of(self, resolution: Resolution) -> Place | None:
        """The town a resolved mention names, if it names one: a governorate's name means its capital."""
        chosen = resolution.chosen
        if chosen is None:
            return None
        if chosen.place.feature_code == "ADM1":
            return self.gazetteer.get(self.gazetteer.capitals.get(chosen.place.geonameid) or "")
        return chosen.place if chosen.place.feature_class == "P" else None

    def _container_city(
        self, text: str, spans: list[Span], links: dict[int, int], index: int, by_key: dict[str, Resolution]
    ) -> Place | None:
        """The city a mention lies in, when its containers name one: "Jobar in Damascus", "Tadamon area
        of Al-Midan district of Damascus city". A governorate container (other than a city-governorate)
        or a countryside ends the search: a village there may lie far from the capital."""
        seen = {index}
        inner, holder = index, links.get(index)
        while holder is not None and holder not in seen:
            seen.add(holder)
            span = spans[holder]
            if _RURAL_GAP.search(text[spans[inner].end : span.start]):
                return None  # "in rural Al Qutayfah in rural Damascus": the countryside, not the city
            inner = holder
            chosen = by_key[_span_key(span)].chosen
            if chosen is None or span.relation in ("countryside", "province", "desert", "near", "outskirts"):
                return None
            place = chosen.place
            if place.feature_code == "ADM1":
                # "in Homs city": the capital, though the report's other "Aleppo" read as the governorate
                if span.relation not in ("city", "town") and (
                    place.geonameid.split(":", 1)[1] not in lexicon()["city_governorates"]
                ):
                    return None
                return self.gazetteer.get(self.gazetteer.capitals.get(place.geonameid) or "")
            if span.relation in ("city", "town") and place.feature_class == "P":
                return place
            holder = links.get(holder)
        return None

    def _holder_place(self, span: Span, chosen: Place | None, named_admin: bool = False) -> Place | None:
        """ "in Dar'a", "in Hama": a governorate's name as a container means the governorate, unless the
        text says the city ("in Hama city"). "in Amadiya district", "(Zakho, Duhok)": the district."""
        if span.relation in ("city", "town"):
            return chosen
        governorate = self.gazetteer.governorate(_strip_admin_words(span.text))
        if governorate is not None and governorate.country_code in CORE_COUNTRIES:
            return governorate
        if named_admin:
            district = district_named(self.gazetteer, span.text) or seat_as_district(chosen, span.text)
            if district is not None:
                return district
        return chosen

    def _fuzzy_known(self, text: str) -> bool:
        return any(c.place.country_code in CORE_COUNTRIES for c in self.gazetteer.lookup(text))

    # -- context -------------------------------------------------------------------------------

    def _context(
        self, spans: list[Span], candidates: dict[str, list[Candidate]], context_place: str | None
    ) -> RankContext:
        governorates: set[str] = set()
        if context_place:
            gov = self.gazetteer.governorate(_strip_admin_words(context_place))
            if gov and gov.admin1:
                governorates.add(gov.admin1)
        anchors: list[Place] = []
        anchor_keys: list[str] = []  # the name each anchor was read from
        for span in spans:
            cands = [c for c in candidates[span.text] if c.place.country_code in CORE_COUNTRIES]
            govs = [c for c in cands if c.place.feature_code == "ADM1"]
            if govs and (
                span.relation in ("countryside", "province")
                or len(cands) <= 3
                or _spelling(span.text, govs[0]) >= GOVERNORATE_SPELLING
            ):
                governorates.add(govs[0].place.admin1 or govs[0].place.name)
            # a country named is no point of the story: "fled to Iraq", "Iraqi militias" (the text's words that
            # place the story in a country are read by stated_country.py)
            points = [c for c in cands if c.place.feature_code not in ("ADM1", "PCLI")
                      and _spelling(span.text, c) >= 0.75]
            if points and _spread_km([c.place for c in points]) <= 15:
                anchors.append(points[0].place)
                anchor_keys.append(latin_key(span.text))
        countries = Counter(p.country_code for p in anchors)
        country = countries.most_common(1)[0][0] if countries else None
        admin_keys = {latin_key(span.text) for span in spans}
        return RankContext(governorates, anchors, country, admin_keys, anchor_keys)

    def _governorate_countries(self, governorates: set[str]) -> set[str]:
        return {
            place.country_code
            for name in governorates
            if (place := self.gazetteer.governorate(name)) is not None and place.country_code
        }

    def _report_country(self, text: str, governorates: set[str]) -> tuple[str | None, frozenset[str]]:
        """The country of the governorates a report names, when they all lie in one (an Iraqi note that
        closes with ", Duhok"), and the countries the text names by name. A country named in the text is
        no report country: "fighters from Iraq" may fight in a Syrian village."""
        countries = self._governorate_countries(governorates)
        named = countries_named(text)
        return (countries.pop() if len(countries) == 1 else None), named
