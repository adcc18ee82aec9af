"""A district town the report names tells where its villages lie (rule `district-town-tells-governorate`).

An Iraqi report about the camps of Sinjar seldom writes "Nineveh", yet naming Sinjar tells it as plainly; a
governorate named in passing ("families displaced to camps in Duhok province") should not alone pull the
villages of the story to namesakes there. The rule is narrow on purpose (marsad/data/places/district_towns.yaml):
a wide form (any district town, its whole governorate, the town made an anchor of the report) moved towns of
other reports to namesakes. So:

- only a town known before any ranking (not circular): in the report's country (the one country of the
  governorates it names) no other seat, and no big town, is written alike more than 15 km away, and at most one
  village is (a common name, "the white spring", names no town for sure);
- only the seat of a district or sub-district (GeoNames PPLA2, PPLA3, or a town its district is named after),
  never a governorate's capital ("Erbil said" names a government more often than a place of the story);
- only for places of the town's own district, in that country, not in a governorate the report names, and never
  where the sentence gives a container ("X village in Duhok" stays in Duhok).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from marsad.geo import CORE_COUNTRIES, distance_km
from marsad.places.index import latin_key
from marsad.places.mentions import Span
from marsad.places.scoring import well_known
from marsad.types import Candidate, Place

RULE = "district-town-tells-governorate"
RULE_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "district_towns.yaml"
_DATA = yaml.safe_load(RULE_FILE.read_text(encoding="utf-8"))
DISTRICT_TOWN_BONUS = float(_DATA["bonus"])  # as a named governorate's, for the villages of the town's district
SURE_SPREAD_KM = float(_DATA["sure_spread_km"])  # entries of one town lie this close
MAX_FAR_NAMESAKES = int(_DATA["max_far_namesakes"])  # villages of the name elsewhere in the country
SURE_SPELLING = float(_DATA["sure_spelling"])  # the town is written as its name, not merely like it
_READ_AS_WRITTEN = ("exact", "folded", "arabic")  # not a loose match, nor another form of a longer name
_SEAT_CODES = ("PPLC", "PPLA", "PPLA2", "PPLA3")


@dataclass(frozen=True)
class DistrictTown:
    """A district town the report names, known before ranking: its governorate and the name it was read from."""

    place: Place
    key: str

    @property
    def admin1(self) -> str:
        return self.place.admin1 or ""


def is_district_town(place: Place) -> bool:
    """A town of Syria or Iraq that is the seat of its district or sub-district, not a governorate's capital:
    GeoNames marks it PPLA2 or PPLA3, or the district it lies in bears its name ("Sinjar" in Sinjar district)."""
    if place.feature_class != "P" or place.country_code not in CORE_COUNTRIES:
        return False
    if place.feature_code in ("PPLA", "PPLC"):
        return False
    own_district = bool(place.admin2) and latin_key(place.admin2 or "") == latin_key(place.name)
    return place.feature_code in ("PPLA2", "PPLA3") or own_district


def _sure_town(
    mention: str, candidates: list[Candidate], country: str, spelling: Callable[[str, Candidate], float]
) -> Place | None:
    """The district town of `country` the mention names, when it is the one town of that name a reader knows
    there: a village may share the name (the ranker's well-known-town rule passes it over), but no other seat
    of a district or sub-district, no town of 50,000, and no second village written alike lies beyond 15 km."""
    written = [c for c in candidates if c.place.country_code == country and c.method in _READ_AS_WRITTEN
               and c.place.feature_class == "P" and spelling(mention, c) >= SURE_SPELLING]
    towns = [c.place for c in written if is_district_town(c.place)]
    if not towns:
        return None
    town = max(towns, key=lambda p: (p.feature_code == "PPLA2", p.population, p.geonameid))
    if any(c.place.feature_code in ("PPLA", "PPLC") for c in written):
        return None  # "Ramadi": a governorate's capital (some entries of it bear its district's name)
    rivals = [c.place for c in written if well_known(c.place) or c.place.feature_code in _SEAT_CODES
              or is_district_town(c.place)]
    if any(distance_km(town.latitude, town.longitude, p.latitude, p.longitude) > SURE_SPREAD_KM for p in rivals):
        return None  # two towns of that name in the report's country: which one is meant is the ranker's call
    far = {c.place.geonameid for c in written
           if distance_km(town.latitude, town.longitude, c.place.latitude, c.place.longitude) > SURE_SPREAD_KM}
    if len(far) > MAX_FAR_NAMESAKES:
        return None  # a common name ("the white spring"): villages of it all over the country, no sure town
    return town


def sure_district_towns(
    spans: Iterable[Span],
    candidates: dict[str, list[Candidate]],
    country: str | None,
    governorates: set[str],
    spelling: Callable[[str, Candidate], float],
) -> tuple[DistrictTown, ...]:
    """The district towns of `country` the report names without doubt, in governorates it does not name."""
    if country not in CORE_COUNTRIES:
        return ()
    found: dict[str, DistrictTown] = {}
    for span in spans:
        if span.relation in ("countryside", "province", "district"):
            continue  # "Sinjar district" is the district, told by the ranker's own rules
        town = _sure_town(span.text, candidates.get(span.text, []), country, spelling)
        if town is not None and town.admin1 and town.admin1 not in governorates:
            found.setdefault(town.geonameid, DistrictTown(town, latin_key(span.text)))
    return tuple(found.values())


def district_town_bonus(place: Place, mention_key: str, towns: tuple[DistrictTown, ...]) -> float:
    """The bonus of a place of the district whose town the report names (never the town's own name): the
    story of a report about Sinjar lies around Sinjar, not in the villages of a governorate named in passing.
    Only the town's own district: a district town says little of the far side of its governorate."""
    if not place.admin1 or not place.admin2 or place.feature_class == "A":
        return 0.0
    district = latin_key(place.admin2)
    told = any(t.place.country_code == place.country_code and t.admin1 == place.admin1
               and latin_key(t.place.admin2 or "") == district and t.key != mention_key for t in towns)
    return DISTRICT_TOWN_BONUS if told else 0.0
