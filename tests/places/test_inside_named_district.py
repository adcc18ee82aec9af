"""Rule `inside-named-district` (places/context.py): "X in Y district" holds every candidate the gazetteer puts
in district Y, however far from the seat's point the district entry carries; outside it, distance decides as
before. Invented places, no gazetteer file."""

from __future__ import annotations

from marsad.places.context import holder_fit, inside_district
from marsad.types import Place

# a district entry at its seat's point, and a sub-district entry
DISTRICT = Place("adm2:x", "Bardan", 36.60, 44.50, "IQ", "Iraq", "Erbil", "Bardan", feature_class="A",
                 feature_code="ADM2")
SUB_DISTRICT = Place("adm3:x", "Kani Zer", 36.80, 44.70, "IQ", "Iraq", "Erbil", "Bardan", "Kani Zer",
                     feature_class="A", feature_code="ADM3")


def village(name: str, lat: float, lon: float, admin2: str | None, admin3: str | None = None) -> Place:
    return Place(name, name, lat, lon, "IQ", "Iraq", "Erbil", admin2, admin3, feature_class="P", feature_code="PPL")


def test_a_village_far_from_the_seat_but_inside_the_district_fits_fully() -> None:
    far_inside = village("Sar Kani", 36.80, 44.70, "Bardan")  # ~28 km from the district's point
    assert inside_district(far_inside, DISTRICT)
    assert holder_fit(far_inside, DISTRICT) == 1.0


def test_outside_the_district_distance_decides_as_before() -> None:
    near_outside = village("Sar Kanni", 36.80, 44.70, "Rawan")  # as far, in another district
    assert not inside_district(near_outside, DISTRICT)
    assert holder_fit(near_outside, DISTRICT) == 0.5
    unknown_district = village("Sar Kano", 36.80, 44.70, None)  # the gazetteer gives no district: distance too
    assert holder_fit(unknown_district, DISTRICT) == 0.5


def test_a_sub_district_holds_what_lies_in_it() -> None:
    assert inside_district(village("Girda", 36.60, 44.50, "Bardan", "Kani Zer"), SUB_DISTRICT)
    # in the district but another sub-district: not inside the sub-district named
    assert not inside_district(village("Girdo", 36.80, 44.70, "Bardan", "Mergan"), SUB_DISTRICT)


def test_a_town_container_keeps_its_distance_rule() -> None:
    town = Place("t1", "Bardan", 36.60, 44.50, "IQ", "Iraq", "Erbil", "Bardan", feature_class="P", feature_code="PPL")
    assert holder_fit(village("Sar Kani", 36.80, 44.70, "Bardan"), town) == 0.5  # a town holds by distance
