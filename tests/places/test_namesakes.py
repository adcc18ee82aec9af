"""Namesakes in one governorate: the village nearest the report's other places wins; OCHA's names that carry
their sub-district after them ("Safieh Quamishli") are found by the bare name too. Fixtures are invented."""

from __future__ import annotations

from marsad.places.geoparser import Geoparser
from marsad.places.importers import _name_parts
from marsad.places.namesakes import context_points, nearest_namesake
from marsad.types import Candidate, Place, Resolution
from tests.places.conftest import gazetteer_from_rows, places_in


def _cand(pid: str, lat: float, lon: float, score: float, name: str = "Tall Khadra", code: str = "PPL",
          population: int = 0) -> Candidate:
    place = Place(pid, name, lat, lon, "SY", admin1="Al-Hasakah", feature_class="P", feature_code=code,
                  population=population)
    return Candidate(place=place, matched_name=name, method="folded", score=score)


WEST = _cand("west", 36.66, 40.28, 7.6)  # by the town the report also names
EAST = _cand("east", 36.55, 40.75, 7.8)  # the ranker's choice, 45 km away
TOWN = _cand("town", 36.65, 40.37, 9.0, name="Tall Batin").place
SPELLED = lambda c: 1.0  # noqa: E731


def _resolution(*cands: Candidate) -> Resolution:
    return Resolution(chosen=cands[0], score=cands[0].score, candidates=tuple(cands))


def test_the_namesake_nearest_the_other_places_wins():
    moved = nearest_namesake(_resolution(EAST, WEST), [TOWN], SPELLED)
    assert moved.chosen.place.geonameid == "west"


def test_without_other_places_or_with_a_clear_score_gap_the_ranking_stands():
    assert nearest_namesake(_resolution(EAST, WEST), [], SPELLED).chosen is EAST
    far_behind = _cand("west", 36.66, 40.28, 6.9)  # scored 0.9 lower: something in the report preferred EAST
    assert nearest_namesake(_resolution(EAST, far_behind), [TOWN], SPELLED).chosen is EAST


def test_only_villages_of_the_same_name_compete():
    other_name = _cand("west", 36.66, 40.28, 7.7, name="Tall Khudayr")
    assert nearest_namesake(_resolution(EAST, other_name), [TOWN], SPELLED).chosen is EAST
    seat = _cand("east", 36.55, 40.75, 7.8, code="PPLA3")  # a sub-district's town is the one meant
    assert nearest_namesake(_resolution(seat, WEST), [TOWN], SPELLED).chosen is seat


def test_only_settled_places_that_are_no_governorate_capital_say_where_the_report_is():
    contested = Resolution(chosen=_cand("a", 36.0, 37.0, 5.0, name="Atshan"), score=5.0,
                           candidates=(_cand("a", 36.0, 37.0, 5.0, name="Atshan"),
                                       _cand("b", 35.4, 36.8, 4.8, name="Atshan")))
    settled = _resolution(_cand("town", 36.65, 40.37, 9.0, name="Tall Batin"), _cand("x", 33.0, 36.0, 3.0))
    capital = _resolution(_cand("capital", 36.50, 40.74, 9.0, name="Hasakah"))
    points = context_points([contested, settled, capital], frozenset({"capital"}))
    assert [p.geonameid for p in points] == ["town"]


def test_the_choice_is_the_same_on_every_run_and_in_every_order():
    twin = _cand("twin", 36.66, 40.28, 7.6)  # two records at one point: the ranking's order decides
    first = nearest_namesake(_resolution(EAST, WEST, twin), [TOWN], SPELLED).chosen.place.geonameid
    assert first == "west"
    assert all(nearest_namesake(_resolution(EAST, WEST, twin), [TOWN], SPELLED).chosen.place.geonameid == first
               for _ in range(3))


def test_ocha_names_that_end_in_their_sub_district_are_found_by_the_bare_name():
    areas = ("Tal Hmis", "Quamishli")
    assert "Safieh" in _name_parts(["Safieh Tal Hmis"], areas)
    assert "Safieh" in _name_parts(["Safieh / Quamishli"], areas)
    assert _name_parts(["Kharijet Tal Hmis"], areas) == ["Kharijet Tal Hmis"]  # the Kharija OF Tal Hmis
    assert _name_parts(["Led Tal Hmis"], areas) == ["Led Tal Hmis"]  # too short to stand alone


ROWS = [
    ("2001", "Tall Baţin", "Tall Batin", "Tal Batin", 36.650, 40.370, "PPLA3", "SY", "01", 8000),
    ("2002", "Tall Khaḑrā’", "Tall Khadra", "Tal Khadra", 36.550, 40.750, "PPL", "SY", "01", 0),
    ("2003", "Al Hasakah", "Al Hasakah", "Hasakah,Hasaka", 36.502, 40.747, "PPLA", "SY", "01", 180000),
]
OCHA = ["C9001,Tal Khadra Tal Batin,,,,Community,C9001,x,SY080100,Tal Batin,SY0801,Al-Hasakeh,SY08,Al-Hasakeh,"
        "36.660,40.280"]


def test_a_report_about_one_side_of_the_governorate_means_the_namesake_there(tmp_path):
    gazetteer = gazetteer_from_rows(tmp_path, ROWS, OCHA, [("SY.01", "Al-Hasakah")])
    parser = Geoparser(gazetteer)
    near_town = places_in(parser, "Shells fell on Tall Khadra village near Tall Batin in Hasakah countryside.")
    assert near_town["Tall Khadra"].resolution.chosen.place.geonameid == "ocha:C9001"
    alone = places_in(parser, "Shells fell on Tall Khadra village in Hasakah countryside.")
    assert alone["Tall Khadra"].resolution.chosen.place.geonameid == "2002"  # nothing nearer: the ranking
    gazetteer.close()


IRAQ = [
    ("3001", "Erbil", "Erbil", "Arbil,Hewler", 36.190, 44.010, "PPLA", "IQ", "11", 900000),
    ("3002", "Kōya", "Koya", "Koye,Koysinjaq", 36.080, 44.630, "PPLA2", "IQ", "11", 80000),
]


def test_a_closing_governorate_name_is_the_governorate_not_a_second_town(tmp_path):
    """ "in Koya, Erbil": Erbil says where Koya lies; read as the city, it would be a second place of the event."""
    gazetteer = gazetteer_from_rows(tmp_path, IRAQ, admin1_names=[("IQ.11", "Erbil")])
    parser = Geoparser(gazetteer)
    closing = places_in(parser, "An Iranian drone struck a party office in Koya, Erbil.")
    assert closing["Erbil"].resolution.chosen.place.feature_code == "ADM1"
    assert closing["Koya"].resolution.chosen.place.geonameid == "3002"
    city = places_in(parser, "Protesters gathered in Erbil on Sunday.")
    assert city["Erbil"].resolution.chosen.place.feature_code == "PPLA"
    gazetteer.close()


ZONE = [
    ("165509", "Ra’s al ‘Ayn", "Ras al Ayn", "Ras al-Ain", 36.850, 40.070, "PPLA2", "SY", "01", 0),
    ("2101", "Tall Ţawīl", "Tall Tawil", "Tal Tawil", 36.555, 40.748, "PPL", "SY", "01", 0),  # by Hasakah city
    ("2102", "Tall Ţawīl", "Tall Tawil", "Tal Tawil", 36.664, 40.287, "PPL", "SY", "01", 0),  # by the front
]


def test_the_operation_a_force_acts_under_says_which_namesake(tmp_path):
    """ "operating under OPS": the Peace Spring zone (held from Ras al-Ain) stands for the note's other places."""
    gazetteer = gazetteer_from_rows(tmp_path, ZONE, admin1_names=[("SY.01", "Al-Hasakah")])
    parser = Geoparser(gazetteer)
    note = "On 24 May 2024, JWS, operating under OPS, shelled QSD positions in Tall Tawil, Al-Hasakah."
    assert places_in(parser, note)["Tall Tawil"].resolution.chosen.place.geonameid == "2102"
    plain = "On 24 May 2024, unknown gunmen shot a man in Tall Tawil, Al-Hasakah."
    assert places_in(parser, plain)["Tall Tawil"].resolution.chosen.place.geonameid == "2101"  # the ranking's
    gazetteer.close()


ZONE_ACROSS = [
    ("165509", "Ra’s al ‘Ayn", "Ras al Ayn", "Ras al-Ain", 36.850, 40.070, "PPLA2", "SY", "01", 0),
    # the same name in two governorates: the Damascus one is the ranking's choice (a few hundred people more)
    ("2201", "Umm Ḩarmalah", "Umm Harmalah", "Umm Harmala", 33.600, 36.400, "PPL", "SY", "08", 900),
    ("2202", "Umm Ḩarmalah", "Umm Harmalah", "Umm Harmala", 36.700, 40.250, "PPL", "SY", "01", 0),  # 23 km off
]


def test_a_village_an_operation_captured_lies_on_that_operation_front_in_any_governorate(tmp_path):
    """ "fighters of Operation Peace Spring captured X": X lies along Ras al-Ain–Tall Abyad, though the note names
    no governorate and a namesake elsewhere would win without it."""
    gazetteer = gazetteer_from_rows(tmp_path, ZONE_ACROSS, admin1_names=[("SY.01", "Al-Hasakah"),
                                                                          ("SY.08", "Rif Dimashq")])
    parser = Geoparser(gazetteer)
    note = "Fighters of Operation Peace Spring captured the village of Umm Harmala after clashes."
    assert places_in(parser, note)["Umm Harmala"].resolution.chosen.place.geonameid == "2202"
    plain = "Unknown gunmen shot a shepherd near the village of Umm Harmala."
    assert places_in(parser, plain)["Umm Harmala"].resolution.chosen.place.geonameid == "2201"  # the ranking's
    gazetteer.close()


CLAW_LOCK = [
    ("99611", "Amadiyah", "Amadiyah", "Amadiya,Amedi", 37.092, 43.487, "PPL", "IQ", "08", 10000),
    ("2301", "Kani Rash", "Kani Rash", "Kanirash", 36.300, 44.900, "PPL", "IQ", "11", 500),  # Erbil's: the ranking's
    ("2302", "Kani Rash", "Kani Rash", "Kanirash", 37.250, 43.550, "PPL", "IQ", "08", 0),  # 18 km north of Amadiya
]


def test_a_turkish_operation_in_iraq_places_its_strikes_along_its_zone(tmp_path):
    gazetteer = gazetteer_from_rows(tmp_path, CLAW_LOCK, admin1_names=[("IQ.08", "Duhok"), ("IQ.11", "Erbil")])
    parser = Geoparser(gazetteer)
    note = "Turkish drones struck PKK positions near Kani Rash as part of Operation Claw-Lock."
    assert places_in(parser, note)["Kani Rash"].resolution.chosen.place.geonameid == "2302"
    plain = "A drone struck a car near Kani Rash."
    assert places_in(parser, plain)["Kani Rash"].resolution.chosen.place.geonameid == "2301"
    gazetteer.close()


def test_a_plain_town_at_the_point_of_its_sub_district_is_the_seat_not_a_namesake():
    # GeoNames lists many an Iraqi sub-district's town as a plain PPL; Marsad's sub-district entry of that name
    # lies at its point, so the town is the seat and no nearer hamlet of the name takes its place
    # (rule seat-is-no-namesake)
    subdistrict = Candidate(place=Place("sub", "Tall Khadra", 36.55, 40.75, "SY", admin1="Al-Hasakah",
                                        feature_class="A", feature_code="ADM3"),
                            matched_name="Tall Khadra", method="data", score=7.0)
    assert nearest_namesake(_resolution(EAST, WEST, subdistrict), [TOWN], SPELLED).chosen is EAST
    elsewhere = Candidate(place=Place("sub", "Tall Khadra", 36.10, 40.00, "SY", admin1="Al-Hasakah",
                                      feature_class="A", feature_code="ADM3"),
                          matched_name="Tall Khadra", method="data", score=7.0)
    assert nearest_namesake(_resolution(EAST, WEST, elsewhere), [TOWN], SPELLED).chosen.place.geonameid == "west"
