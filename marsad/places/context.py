"""What the words around a mention say about where it lies: its container and the direction asked.

Reports place a village inside something larger right after naming it: "Jarablus city in Aleppo
countryside", "Kafr Zayat village in Wadi Barada area in Rural Damascus", "Al Jumhuria street in
Lattakia city", "Damascus International Airport, Rural Damascus". The larger place (the container)
tells which of several homonyms is meant, much more surely than a governorate named elsewhere in
the report. "in the northern countryside of Homs" also says on which side of Homs to look.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from marsad.geo import distance_km
from marsad.places.index import latin_key
from marsad.places.mentions import Span
from marsad.types import Place

# Words allowed between a mention and its container: feature nouns, relation words, directions.
_LINK_WORDS = frozenset(
    """in of the at within inside located which is lies village villages town towns city area areas
    district districts subdistrict sub-district township townships neighbourhood neighborhood
    neighbourhoods neighborhoods
    quarter quarters square street streets road camp camps axis airbase airport base dam field fields
    oilfield oilfields station refinery crossing checkpoint well wells cluster
    front frontline frontlines countryside countrysides rural province governorate region desert plain
    plains outskirts vicinity suburb suburbs near nearby eastern western northern southern central
    north south east west northeastern northwestern southeastern southwestern north-eastern north-western
    south-eastern south-western east-north east-south""".split()
)
_LINK_TOKEN = re.compile(r"[a-z-]+|,")
# Words after a name that make it a part of a town (a street, a quarter), located by its container.
PART_WORDS = frozenset(
    {
        "street",
        "streets",
        "neighbourhood",
        "neighbourhoods",
        "neighborhood",
        "neighborhoods",
        "quarter",
        "quarters",
        "roundabout",
        "square",
    }
)
_MAX_LINK_WORDS = 7
_INSIDE = frozenset({"in", "within", "inside"})  # "Al-Sukkariyat area within the Salah al-Din Governorate"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")
# After a town, a comma goes on with a list when a name or "and"/"or" follows it ("in Tikrit, Baiji and Samarra");
# a clause after it ("in the countryside of Tikrit, killing two") ends the place and leaves the town its container.
_LIST_GOES_ON = re.compile(r",\s*(?:and\b|or\b|[A-Z0-9'’\u0600-\u06ff])")

_BEARING_WORDS = frozenset({"north", "south", "east", "west", "central"})
_BEARINGS = {
    "northern": (1.0, 0.0),
    "southern": (-1.0, 0.0),
    "eastern": (0.0, 1.0),
    "western": (0.0, -1.0),
    "northeastern": (0.7, 0.7),
    "north-eastern": (0.7, 0.7),
    "northwestern": (0.7, -0.7),
    "north-western": (0.7, -0.7),
    "southeastern": (-0.7, 0.7),
    "south-eastern": (-0.7, 0.7),
    "southwestern": (-0.7, -0.7),
    "south-western": (-0.7, -0.7),
}


def containers(text: str, spans: list[Span]) -> dict[int, int]:
    """Index of a span -> index of the span that contains it ("X town in Y countryside": Y holds X)."""
    found: dict[int, int] = {}
    for index in range(len(spans) - 1):
        gap = text[spans[index].end : spans[index + 1].start].lower()
        if _is_link(gap):
            found[index] = index + 1
    # "Baqras and Lower Baqras villages in Deir-ez-Zor": the container of a list holds every name on it
    for index in range(len(spans) - 2, -1, -1):
        holder = found.get(index + 1)
        gap = text[spans[index].end : spans[index + 1].start].lower()
        if holder is not None and _LIST_GAP.fullmatch(gap) and not links_by_comma(text, spans, index + 1, holder):
            found[index] = holder
    return found


def links_by_comma(text: str, spans: list[Span], index: int, holder: int | None = None, town: bool = False) -> bool:
    """True when only a comma joins a span (or the list it ends) to its container, or the container
    goes on a list ("X, Y and Z"): a weak link that holds only when the container is a governorate."""
    holder = index + 1 if holder is None else holder
    gap = text[spans[holder - 1].end : spans[holder].start].lower()
    after = text[spans[holder].end : spans[holder].end + 6].lower()
    if town:  # "in the countryside of Tikrit, killing two": a clause after a town's comma ends no list
        return not _INSIDE & set(_LINK_TOKEN.findall(gap)) or after.startswith((" and", " or", " -")) or (
            _LIST_GOES_ON.match(text, spans[holder].end) is not None)
    return not _INSIDE & set(_LINK_TOKEN.findall(gap)) or after.startswith((",", " and", " or", " -"))


def _is_link(gap: str) -> bool:
    if any(mark in gap for mark in '.;:!?()\n"“”'):
        return False
    words = _LINK_TOKEN.findall(gap)
    if not words or len(words) > _MAX_LINK_WORDS:
        return False
    if any(word != "," and word not in _LINK_WORDS for word in words):
        return False
    # "the Al-Zuhur neighbourhood of eastern Mosul": a bearing between "of" and the town still links them
    while len(words) > 1 and (words[-1] in _BEARINGS or words[-1] in _BEARING_WORDS):
        words = words[:-1]
    return bool(_INSIDE & set(words)) or "," in words or words[-1] == "of"


def part_word(text: str, span: Span) -> bool:
    """True when the span names a street or quarter ("Zamzam street", "Al Jumhuria neighbourhood")."""
    following = text[span.end : span.end + 20].lower().split()
    return bool(following) and following[0].strip(",.") in PART_WORDS


_SENTENCE_END = re.compile(r"[.!?\n]\s")
TOWN_POPULATION = 20_000  # a place this large has quarters of its own
_SENTENCES_BACK = 3  # the quarter's own sentence and the two before it


def nearby_town(text: str, spans: list[Span], index: int, town_of: Callable[[Span], Place | None]) -> Place | None:
    """The town a quarter lies in when no container says so: the last town named before it in its own or the
    two previous sentences ("In Aleppo, ... in the Bani Zaid neighbourhood"), a governorate's name standing for
    its capital. ACLED codes a city's quarters at the city (a namesake village elsewhere is never meant)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, spans[index].start)]
    since = ends[-_SENTENCES_BACK] if len(ends) >= _SENTENCES_BACK else 0
    for earlier in reversed(spans[:index]):
        if earlier.start < since:
            break
        town = town_of(earlier)
        if town is not None and (
            town.population >= TOWN_POPULATION
            or earlier.relation in ("city", "town")
            or (town.feature_code or "").startswith(("PPLA", "PPLC"))
        ):
            return town
    return None


# "X town in northern Hama": a town or village on one side of a governorate lies beyond its capital's own edge;
# one a few km from the capital's centre is no more "northern" than southern (it is the city's fringe).
SETTLEMENT_SIDE_KM = 10.0


def direction_fit(place: Place, centre: Place, direction: str | None, settlement: bool = False) -> float:
    """+1 when the place lies on the asked side of the centre, -1 on the opposite side, 0 when unknown or too
    close to the centre to lie on any side (~2 km; a town or village: SETTLEMENT_SIDE_KM)."""
    bearing = _BEARINGS.get(direction or "")
    if bearing is None:
        return 0.0
    north = place.latitude - centre.latitude
    east = (place.longitude - centre.longitude) * math.cos(math.radians(centre.latitude))
    length = math.hypot(north, east)
    if length < 0.02 or (settlement and length * 111.19 < SETTLEMENT_SIDE_KM):
        return 0.0
    cosine = (north * bearing[0] + east * bearing[1]) / (length * math.hypot(*bearing))
    if cosine > 0.3:
        return 1.0
    if cosine < -0.3:
        return -1.0
    return 0.0


def holder_fit(place: Place, holder: Place) -> float:
    """How well a candidate sits inside its container: 1 inside (same governorate, or within 15 km of a
    town), 0.5 close by, -1 in another governorate."""
    if place.geonameid == holder.geonameid:
        return 0.0
    if holder.feature_code in ("ADM2", "ADM3") and inside_district(place, holder):
        return 1.0  # "near Sidakan in Soran district": anywhere in the district, however far from its seat
    distance = distance_km(place.latitude, place.longitude, holder.latitude, holder.longitude)
    if holder.feature_code == "ADM1":
        if place.admin1 and holder.admin1:
            if place.admin1 == holder.admin1:
                return 1.0
            # "rural Damascus" names the city's governorate but means the one around it
            return 0.0 if distance <= 30 else -1.0
        return 0.0
    if distance <= 15:
        return 1.0
    if distance <= 40:
        return 0.5
    if place.admin1 and holder.admin1 and place.admin1 != holder.admin1:
        return -1.0
    return 0.0


def inside_district(place: Place, district: Place) -> bool:
    """Rule `inside-named-district`: the gazetteer puts the place in the district (ADM2) or sub-district (ADM3)
    the text names as its container. A district's point is its seat's, and a village 25 km from the seat is as
    much inside it as one next door: the words say which district, not how near its seat."""
    level = "admin3" if district.feature_code == "ADM3" else "admin2"
    own, theirs = getattr(district, level), getattr(place, level)
    return bool(own and theirs) and latin_key(own) == latin_key(theirs)
