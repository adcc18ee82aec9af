"""A city, then the quarter of it where the act happened: "a hand grenade was thrown at a shop in Baghdad's Karrada
district" placed at the city, then "unknown persons threw a hand grenade at a shop in inner Karrada" at the quarter,
is one act told twice, one event at the quarter (rule quarter-of-the-city): the same coding, a hand the two tellings
share, one day, and the quarter a section of the city (named "City - Quarter" in the gazetteer, or a GeoNames section
of a populated place within a few kilometres of a large city). Two acts of one kind in quarters of one city stay
apart: the city's telling joins only where exactly one quarter's act can be the one it told. Runs on a report's
events once merging is done."""

from __future__ import annotations

from marsad.events.acts_apart import different_days
from marsad.events.drafts import Draft, compatible_actor
from marsad.events.merging import absorb
from marsad.geo import distance_km
from marsad.types import Place

_QUARTER_KM = 15.0  # a quarter of a large city lies within its built-up area
_LARGE_CITY = 100_000  # people: a city with quarters of its own
# an act told as another of its kind, a reprisal, or one of a sentence's several places is no retelling
_NEW_ACT = {"another-of-its-kind", "act-in-return", "each-place-its-event", "listed-places"}


def quarter_of_the_city(drafts: list[Draft]) -> list[Draft]:
    """The report's events with an act told at a city joined to the one act of its coding told at a quarter of it."""
    joined: set[int] = set()
    for city in drafts:
        if _NEW_ACT & set(city.rules) or city.place is None or city.place.place is None:
            continue
        quarters = [d for d in drafts if d is not city and id(d) not in joined and _tells_again(city, d)]
        if len(quarters) == 1:
            absorb(quarters[0], city, "quarter-of-the-city")
            joined.add(id(city))
    return [d for d in drafts if id(d) not in joined]


def _tells_again(city: Draft, quarter: Draft) -> bool:
    """`quarter` has `city`'s coding, a hand both can be, its day, and a place that is a quarter of `city`'s."""
    if (city.coding.event_type, city.coding.sub_event_type) != (quarter.coding.event_type,
                                                                quarter.coding.sub_event_type):
        return False
    if _NEW_ACT & set(quarter.rules) or quarter.place is None or quarter.place.place is None:
        return False
    if not compatible_actor(city.roles.actor1, quarter.roles.actor1) or different_days(city, quarter):
        return False
    return _quarter_of(quarter.place.place, city.place.place)  # type: ignore[union-attr]


def _quarter_of(quarter: Place, city: Place) -> bool:
    """A section of a populated place ("Baghdad - Karrada") that lies in the city ("Baghdad")."""
    if quarter.feature_code != "PPLX" or city.feature_class not in {None, "P"} or quarter.admin1 != city.admin1:
        return False
    if quarter.name.casefold().startswith(f"{city.name.casefold()} - "):
        return True
    return city.population >= _LARGE_CITY and \
        distance_km(city.latitude, city.longitude, quarter.latitude, quarter.longitude) <= _QUARTER_KM
