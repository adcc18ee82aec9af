"""Hard constraints on where a mention may lie: its container and the report's country.

A report ties a name to a container ("X village in Y district", "Kani Masi area (Amadiya, Duhok)", "in
Duhok's Amadiya", a note's closing ", Duhok", "Sinine area in Xakurke region"): a candidate outside the
container is never the place meant, and when none lies inside, the mention is placed at the container
itself (its seat: precision 2 for a district, sub-district or named area, 3 for a governorate), the
convention of ACLED's coders. The report's country likewise: an Iraqi report never resolves to a
namesake in Australia, Pakistan or (unless it names Syria) Syria.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from marsad.geo import CORE_COUNTRIES, distance_km
from marsad.places.context import holder_fit
from marsad.places.index import latin_key
from marsad.places.mentions import Span
from marsad.types import Candidate, Place, Resolution

TOWN_POPULATION = 10_000  # a town, not a village: a misread container must not move it
NEIGHBOUR_COUNTRIES = ("TR", "IR", "JO", "LB", "SA", "KW", "IL", "PS")
MIN_SCORE = 1.0
# The method of a mention placed at its container because the place itself is unknown: where the event
# is coded (ACLED's convention), not where the named village lies, so `marsad geoparse` does not list it.
FALLBACK = "fallback"
DISTRICT_KM = {"ADM2": 60.0, "ADM3": 30.0}  # how far from its seat a place of a district may lie
DISTRICT_CODES = ("ADM2", "ADM3")
DISTRICT_SPELLING = 0.95  # a district's name spelled closely enough to mean the district
# Within a district or named area, a village spelled less alike than this is another village: the container's
# seat (a few km off) is nearer than a namesake guessed from a loose spelling (often 20 km off or more).
DISTRICT_TRUST = 0.85
ADMIN_CODES = ("ADM1", "ADM2", "ADM3")
# Named local areas of Marsad's data (a valley, a mountain area): "Sinine area in Xakurke region"
AREA_CODES = ("AREA", "VAL", "MT")
AREA_KM = 25.0
_CONSTRAINING_CODES = ADMIN_CODES + AREA_CODES


@dataclass(frozen=True)
class Holder:
    """The container of a mention: its resolved place (if any), the direction asked, its name's key."""

    place: Place | None
    direction: str | None
    key: str
    named: bool = False  # the container's name is a governorate's or district's, not a guess of the ranker
    said_in: bool = False  # the text says the name lies "in" the container ("X area in Tikrit")
    rural: bool = False  # the container is a town's countryside ("X village in the countryside of Ain Issa")

    @property
    def admin1(self) -> str | None:
        if self.place is None or self.place.country_code not in CORE_COUNTRIES:
            return None
        return self.place.admin1


_COUNTRY_WORDS = {
    code: re.compile(rf"\b(?:{words})\b", re.I)
    for code, words in {
        "SY": "syria|syrian|syrians",
        "IQ": "iraq|iraqi|iraqis",
        "TR": "turkey|turkiye|türkiye",
        "LB": "lebanon|lebanese",
        "JO": "jordan|jordanian",
        "IR": "iran|iranian",
        "SA": "saudi arabia",
        "KW": "kuwait|kuwaiti",
        "IL": "israel",
        "PS": "palestine|west bank|gaza",
    }.items()
}
NEIGHBOUR_SPELLING = 0.95


def countries_named(text: str) -> frozenset[str]:
    """The countries a text names by name or demonym ("Syria", "Iraqi", "Lebanon")."""
    return frozenset(code for code, pattern in _COUNTRY_WORDS.items() if pattern.search(text))


def country_fits(
    cand: Candidate, spelling: float, facility: bool, report_country: str | None, named: frozenset[str]
) -> bool:
    """The report's country as a hard constraint: an Iraqi report never resolves to a namesake in
    Australia or Pakistan, nor in Syria unless it names Syria; a Syrian one never to Iraq's Basra for
    "Busra". A country the text names, Marsad's own entries (countries, crossings, camps), a named
    facility ("Trebil border crossing") and a neighbour's town spelled as written ("Sirnak") stay."""
    country = cand.place.country_code
    if country is None or country == report_country or cand.method == "data":
        return True
    if country in named or (facility and cand.place.feature_class in ("S", "H")):
        # "a prison in Lebanon"; a facility of the gazetteer across the border. A town that would stand
        # for a facility named after it ("Qasrok airbase") lies in the report's country like any town.
        return True
    if country in CORE_COUNTRIES:
        return False
    return country in NEIGHBOUR_COUNTRIES and spelling >= NEIGHBOUR_SPELLING


def inside_holder(
    resolution: Resolution, holder: Holder, spelling: Callable[[Candidate], float] = lambda _c: 1.0
) -> Resolution:
    """ "Awijah village in Ar-Raqqa province", "Kani Rash village in Amadiya district": the container is a
    hard constraint. A candidate outside it is never the place meant; when none lies inside, the village
    is one the gazetteer lacks and the mention is placed at the container itself (its seat: precision 2
    for a district, 3 for a governorate), as ACLED codes it. Whatever the container, a namesake in
    another country than it is never the place meant."""
    chosen = resolution.chosen
    container = holder.place
    if container is None or (chosen is None and container.feature_code not in _CONSTRAINING_CODES):
        return resolution
    if container.feature_code not in _CONSTRAINING_CODES:
        abroad = chosen.method != "data" and _other_country(chosen.place, container)
        # "Al-Zarga area in Tikrit" (a town that names a district) or "X village in Ain Issa countryside": the
        # town bounds where the village lies
        town = (holder.named or holder.rural) and holder.said_in and container.feature_class == "P"
        if town and (abroad or _far_from_town(chosen, container)):
            # "Al-Zarga area in Tikrit": the town also names a district, so the place lies near it, not in
            # another governorate or country; when no candidate does, the area is placed at the town
            # (ACLED's way)
            for cand in resolution.candidates:
                if cand.score >= MIN_SCORE and not _other_country(cand.place, container) and not _far_from_town(
                    cand, container
                ):
                    return Resolution(chosen=cand, score=resolution.score, candidates=resolution.candidates)
            fallback = Candidate(place=container, matched_name=container.name, method=FALLBACK, score=resolution.score)
            return Resolution(chosen=fallback, score=resolution.score, candidates=resolution.candidates)
        if holder.said_in and _facility(container) and chosen is not None and _beyond(chosen, container, AREA_KM):
            # "a pumping unit at X well in the Tanak oil field", "a checkpoint at X in the T4 airbase": a part of one of
            # Marsad's facilities lies at it; a namesake far away is never meant, the facility itself is
            near = [c for c in resolution.candidates if c.score >= MIN_SCORE and not _beyond(c, container, AREA_KM)]
            fallback = Candidate(place=container, matched_name=container.name, method=FALLBACK, score=resolution.score)
            return Resolution(chosen=near[0] if near else fallback, score=resolution.score,
                              candidates=resolution.candidates)
        if abroad:
            # "Khan Al-asal area in Daret Azza": never a namesake in another country than its container
            return Resolution(chosen=None, score=resolution.score, candidates=resolution.candidates)
        return resolution
    for cand in ([chosen] if chosen else []) + list(resolution.candidates):
        if container.feature_code != "ADM1" and spelling(cand) < DISTRICT_TRUST:
            continue  # "Rashad village in Miqdadiyah district" is not Rashid: the district's seat is nearer the truth
        if cand.score >= MIN_SCORE or cand is chosen:
            if _lies_in(cand, container):
                return Resolution(chosen=cand, score=resolution.score, candidates=resolution.candidates)
    if not holder.named:  # the container is the ranker's guess for a misspelt name: nothing to fall back to
        return Resolution(chosen=None, score=resolution.score, candidates=resolution.candidates)
    fallback = Candidate(place=container, matched_name=container.name, method=FALLBACK, score=resolution.score)
    return Resolution(chosen=fallback, score=resolution.score, candidates=resolution.candidates)


def _facility(place: Place) -> bool:
    """One of Marsad's own facilities (a field, base, airport, crossing, camp): a spot feature."""
    return place.geonameid.startswith("marsad:") and place.feature_class == "S"


def _beyond(cand: Candidate, place: Place, km: float) -> bool:
    return cand.method != "data" and distance_km(
        cand.place.latitude, cand.place.longitude, place.latitude, place.longitude
    ) > km


def _far_from_town(cand: Candidate, town: Place) -> bool:
    """A populated candidate in another governorate than the town holding it, and beyond a district's reach."""
    place = cand.place
    if cand.method == "data" or place.feature_class != "P" or not (place.admin1 and town.admin1):
        return False
    if place.admin1 == town.admin1:
        return False
    return distance_km(place.latitude, place.longitude, town.latitude, town.longitude) > DISTRICT_KM["ADM2"]


def same_point(place: Place, other: Place) -> bool:
    """Within 3 km: a town and the district that has it for its seat."""
    return distance_km(place.latitude, place.longitude, other.latitude, other.longitude) <= 3.0


def named_area(place: Place | None) -> bool:
    """A container that is one of Marsad's named areas (a valley, a mountain area) bounds its places."""
    return place is not None and place.geonameid.startswith("marsad:") and place.feature_code in AREA_CODES


def _other_country(place: Place, container: Place) -> bool:
    return bool(place.country_code and container.country_code and place.country_code != container.country_code)


def _lies_in(cand: Candidate, container: Place) -> bool:
    """Whether a candidate may lie in an administrative container (governorate, district, sub-district)."""
    place = cand.place
    if place.geonameid == container.geonameid or _other_country(place, container):
        return place.geonameid == container.geonameid
    if container.feature_code == "ADM1":
        if cand.method == "data" or place.feature_class != "P":
            return True  # a named station, field or base is one of a kind, wherever a report places it
        if holder_fit(place, container) >= 0:
            return True
        # within 100 km of the governorate's centre a different admin1 is as likely the gazetteer's border
        return distance_km(place.latitude, place.longitude, container.latitude, container.longitude) < 100
    if place.admin1 and container.admin1 and place.admin1 != container.admin1 and cand.method != "data":
        return False
    reach = DISTRICT_KM.get(container.feature_code or "", AREA_KM)
    return distance_km(place.latitude, place.longitude, container.latitude, container.longitude) <= reach


_OPEN_CONTAINER = re.compile(r"^\s*(?:[a-z-]+\s+){0,3}\(\s*$", re.I)
_REMARK_THEN_IN = re.compile(r"^\s*(?:[a-z-]+\s+){0,2}\([^()]{1,40}\)\s+(?:[a-z-]+\s+){0,2}in\s+(?:the\s+)?$", re.I)
_ADMIN_AFTER = (",", ")", "governorate", "province", "district", "sub-district")
# "in Duhok's Amadiya", "Raqqa province's al-Karama town": a possessive governorate or district
_POSSESSIVE = re.compile(r"^(?:\s+(?:province|governorate|district|sub-district|region))?['’ʼ]s\s+$", re.I)


def administrative_links(
    text: str, spans: list[Span], links: dict[int, int], names_admin_area: Callable[[str], bool]
) -> dict[int, int]:
    """Containers that `containers` does not read, naming districts and governorates:
    "Kani Masi area (Amadiya, Duhok)": the parenthesis after a name holds its district and governorate;
    "in Duhok's Amadiya": a possessive governorate or district before a name holds it. A single name in
    the parenthesis is a container only when it names a governorate or district: "Derik (al-Malikiyah)"
    gives a second name of one town."""
    found: dict[int, int] = {}
    for index in range(len(spans) - 1):
        inner, outer = spans[index], spans[index + 1]
        gap = text[inner.end : outer.start]
        after = text[outer.end : outer.end + 12].lstrip().lower()
        if index in links or latin_key(inner.text) == latin_key(outer.text):  # "Baghdad city (Baghdad)"
            continue
        if _REMARK_THEN_IN.match(gap):  # "the A area (its local name) in Xakurke": a remark, then "in"
            found[index] = index + 1
        elif _OPEN_CONTAINER.match(gap) and after.startswith(_ADMIN_AFTER):
            if after.startswith(",") or names_admin_area(outer.text):
                found[index] = index + 1
        elif _POSSESSIVE.match(gap) and names_admin_area(inner.text):
            found[index + 1] = index
    # "the A and B areas (local names) in Xakurke": the container after a list holds every name on it
    for index, holder in sorted(found.items()):
        if holder != index + 1:
            continue
        earlier = index - 1
        while earlier >= 0 and earlier not in links and earlier not in found and _LIST_GAP.fullmatch(
            text[spans[earlier].end : spans[earlier + 1].start]
        ):
            found[earlier] = holder
            earlier -= 1
    return found


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+", re.I)


def place_list(text: str, spans: list[Span], index: int) -> bool:
    """True when the span and the next are names side by side on one list ("Nasiriyah, Basra and Najaf"),
    not a name and a clause after it ("in Rural Damascus, which ...")."""
    return index + 1 < len(spans) and bool(_LIST_GAP.fullmatch(text[spans[index].end : spans[index + 1].start]))


def listed(text: str, span: Span) -> bool:
    """True when a name goes on a list after it ("Aleppo, Idlib and Hama")."""
    return text[span.end : span.end + 6].lower().startswith((",", " and", " or", " -", "/"))


def in_then_governorate(
    text: str, spans: list[Span], links: dict[int, int], holder: int, names_admin_area: Callable[[str], bool]
) -> bool:
    """ "Al-Zarga area in Tikrit, Salah Al Din province": "in" ties the name to a town, and the comma
    after the town gives the town's own governorate; it does not put the town on a list."""
    gap = text[spans[holder - 1].end : spans[holder].start].lower().split()
    outer = links.get(holder)
    return (
        "in" in gap and outer == holder + 1 and names_admin_area(spans[outer].text) and not listed(text, spans[outer])
    )


def misread_holder(
    holder_span: Span, holder: Place | None, chosen: Candidate | None, names_admin_area: Callable[[str], bool]
) -> bool:
    """A container read as a hamlet (no population), or as a governorate its words spell only loosely
    ("Deir ez or" met Dar'a by its folded key), cannot hold a town the mention names by itself: the
    container was misread, so it constrains nothing."""
    if holder is None or chosen is None or chosen.place.feature_class != "P":
        return False
    if chosen.place.population < TOWN_POPULATION:
        return False
    if holder.feature_class == "P":
        return holder.population == 0
    return holder.feature_code == "ADM1" and not names_admin_area(holder_span.text)
