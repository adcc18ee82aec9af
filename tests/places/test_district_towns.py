"""Rule `district-town-tells-governorate` (places/district_towns.py) on invented places, no gazetteer file:
which district towns a report names for sure, and which places their district's bonus reaches."""

from __future__ import annotations

from dataclasses import replace

from marsad.places.district_towns import (
    DISTRICT_TOWN_BONUS,
    DistrictTown,
    district_town_bonus,
    is_district_town,
    sure_district_towns,
)
from marsad.places.index import latin_key
from marsad.places.mentions import Span
from marsad.types import Candidate, Place


def place(gid: str, name: str, lat: float, lon: float, admin1: str, admin2: str | None, code: str = "PPL",
          cc: str = "IQ", population: int = 0) -> Place:
    return Place(gid, name, lat, lon, cc, None, admin1, admin2, feature_class="P", feature_code=code,
                 population=population)


KASRA = place("1", "Kasra", 36.30, 42.00, "Nineveh", "Kasra")  # a district town: its district bears its name
KASRA_SY = place("2", "Kasra", 36.00, 37.00, "Aleppo", "Bab", code="PPLA3", cc="SY")  # a namesake abroad
KASRA_HAMLET = place("3", "Kasra", 33.00, 44.00, "Babil", "Hilla")  # a hamlet of the name in the same country
DAHLA = place("4", "Dahla", 36.80, 43.00, "Duhok", "Dahla", code="PPLA", population=300_000)  # a capital
TEL_NOUR_KASRA = place("5", "Tel Nour", 36.35, 41.90, "Nineveh", "Kasra")
TEL_NOUR_DAHLA = place("6", "Tel Nour", 36.85, 43.10, "Duhok", "Dahla")
TEL_NOUR_FAR = place("7", "Tel Nour", 35.50, 43.20, "Nineveh", "Hadar")  # same governorate, other district


def spelled(mention: str, cand: Candidate) -> float:
    return 1.0 if latin_key(mention) == latin_key(cand.matched_name) else 0.5


def span(text: str, relation: str | None = None) -> Span:
    return Span(0, len(text), text, relation, None, False, None)


def candidates(*places: Place, method: str = "exact") -> list[Candidate]:
    return [Candidate(p, p.name, method) for p in places]


def test_a_town_its_district_is_named_after_is_a_district_town_a_capital_is_not() -> None:
    assert is_district_town(KASRA)
    assert is_district_town(place("8", "Ravan", 35.0, 43.0, "Kirkuk", "Other", code="PPLA2"))
    assert not is_district_town(DAHLA)
    assert not is_district_town(TEL_NOUR_KASRA)
    assert is_district_town(KASRA_SY)  # a sub-district seat
    assert not is_district_town(replace(KASRA_SY, feature_class="A", feature_code="ADM3"))  # the area itself


def test_a_namesake_abroad_or_a_hamlet_at_home_leaves_the_town_sure() -> None:
    found = sure_district_towns([span("Kasra")], {"Kasra": candidates(KASRA, KASRA_SY, KASRA_HAMLET)}, "IQ",
                                {"Duhok"}, spelled)
    assert [t.place.geonameid for t in found] == ["1"]


def test_a_second_seat_of_that_name_in_the_country_leaves_it_to_the_ranker() -> None:
    other_seat = place("9", "Kasra", 33.50, 44.50, "Diyala", "Mahar", code="PPLA3")
    assert sure_district_towns([span("Kasra")], {"Kasra": candidates(KASRA, other_seat)}, "IQ", set(), spelled) == ()


def test_no_report_country_or_a_named_governorate_or_a_loose_match_tells_nothing() -> None:
    cands = {"Kasra": candidates(KASRA)}
    assert sure_district_towns([span("Kasra")], cands, None, set(), spelled) == ()  # which country is unknown
    assert sure_district_towns([span("Kasra")], cands, "IQ", {"Nineveh"}, spelled) == ()  # already named
    loose = {"Kasra": candidates(KASRA, method="fuzzy")}
    assert sure_district_towns([span("Kasra")], loose, "IQ", set(), spelled) == ()
    assert sure_district_towns([span("Kasra", "district")], cands, "IQ", set(), spelled) == ()  # the district


def test_a_capital_is_no_district_town_even_where_an_entry_bears_its_districts_name() -> None:
    entry = place("10", "Dahla", 36.81, 43.01, "Duhok", "Dahla")
    assert sure_district_towns([span("Dahla")], {"Dahla": candidates(DAHLA, entry)}, "IQ", set(), spelled) == ()


def test_only_the_villages_of_the_towns_district_gain() -> None:
    towns = (DistrictTown(KASRA, latin_key("Kasra")),)
    key = latin_key("Tel Nour")
    assert district_town_bonus(TEL_NOUR_KASRA, key, towns) == DISTRICT_TOWN_BONUS
    assert district_town_bonus(TEL_NOUR_DAHLA, key, towns) == 0.0  # another governorate
    assert district_town_bonus(TEL_NOUR_FAR, key, towns) == 0.0  # its governorate, another district
    assert district_town_bonus(KASRA_HAMLET, latin_key("Kasra"), towns) == 0.0  # never the town's own name
    abroad = place("11", "Tel Nour", 36.3, 41.9, "Nineveh", "Kasra", cc="SY")
    assert district_town_bonus(abroad, key, towns) == 0.0


def test_a_name_borne_by_villages_across_the_country_names_no_town_for_sure() -> None:
    villages = [place(str(20 + i), "Kasra", 33.0 + i, 44.0, "Babil", "Hilla") for i in range(2)]
    assert sure_district_towns([span("Kasra")], {"Kasra": candidates(KASRA, *villages)}, "IQ", set(), spelled) == ()
    one = sure_district_towns([span("Kasra")], {"Kasra": candidates(KASRA, villages[0])}, "IQ", set(), spelled)
    assert [t.place.geonameid for t in one] == ["1"]
