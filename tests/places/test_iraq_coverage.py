"""Iraqi place coverage: GeoNames' "Qaryat X" villages found as "X village", abandoned places that give way
to the living place of the name, and district seats chosen by their own name (hand-made gazetteers)."""

from __future__ import annotations

from marsad.places.index import FORM_METHOD, name_rows
from marsad.places.name_forms import other_forms, without_village_noun

from .conftest import places_in

ADMIN1 = [("IQ.08", "Duhok"), ("IQ.10", "Diyala"), ("IQ.01", "Anbar"), ("IQ.11", "Erbil")]
# geonameid, name, asciiname, alternates, lat, lon, code, cc, admin1, population
ROWS = [
    ("4001", "Qaryat al Bardī", "Qaryat al Bardi", "قرية البردي", 33.90, 45.10, "PPL", "IQ", "10", 0),
    ("4002", "Al Bardī", "Al Bardi", "", 33.30, 42.30, "PPL", "IQ", "01", 0),  # a namesake in Anbar
    ("4003", "Ba‘qūbah", "Ba'qubah", "Baqubah,Baquba", 33.746, 44.643, "PPLA", "IQ", "10", 400000),
    ("4004", "Qaryat Nahrawān", "Qaryat Nahrawan", "", 33.95, 45.05, "PPL", "IQ", "10", 0),
    # an abandoned hamlet that GeoNames also calls by the city's name, beside the living city
    ("4005", "Dahūk", "Dahuk", "Duhok", 37.104, 43.830, "PPLQ", "IQ", "08", 0),
    ("4006", "Duhok", "Duhok", "Dihok,Dohuk", 36.858, 42.986, "PPL", "IQ", "08", 0),
    ("4007", "Kāfirān", "Kafiran", "", 37.10, 43.60, "PPL", "IQ", "08", 0),
    # a name borne by an abandoned hamlet near Kafiran and by a living village further off
    ("4008", "Bēdār", "Bedar", "", 37.12, 43.64, "PPLQ", "IQ", "08", 0),
    ("4009", "Bēdār", "Bedar", "", 36.95, 43.10, "PPL", "IQ", "08", 0),
]


def test_the_village_noun_is_dropped_from_a_name_and_kept_otherwise():
    assert without_village_noun("Qaryat ar Rashad") == "ar Rashad"
    assert without_village_noun("Garyat Tall Hamid") == "Tall Hamid"
    assert without_village_noun("Qaryat Ab") is None  # too little left to name a village
    assert without_village_noun("Qarayat") is None and without_village_noun("Tall Qaryat") is None
    # a form already among the place's names is not added twice
    assert other_forms(["Qaryat as Suq", "As Suq"]) == []
    assert other_forms(["Qaryat as Suq", "Qaryat as Sūq"]) == ["as Suq", "as Sūq"]


def test_a_form_is_indexed_by_its_key_without_a_vowel_key():
    rows = name_rows("9", ["Qaryat ar Rashad"], forms=["ar Rashad"])
    form = [r for r in rows if r[3] == "ar Rashad"]
    assert form and form[0][1] == "" and form[0][4] == "form"


def test_a_village_called_so_is_found_by_its_name_without_the_noun(parser):
    found = places_in(parser, "Gunmen attacked Bardi village in Diyala on Monday.")
    assert found["Bardi"].resolution.chosen.place.geonameid == "4001"
    found = places_in(parser, "Gunmen attacked the village of Nahrawan near Baquba.")
    assert found["Nahrawan"].resolution.chosen.place.geonameid == "4004"


def test_the_form_names_no_place_where_the_report_does_not_say_village(parser, gazetteer):
    assert any(c.method == FORM_METHOD for c in gazetteer.lookup("Nahrawan"))
    found = places_in(parser, "Officials from Nahrawan met in Baquba.")
    chosen = found["Nahrawan"].resolution.chosen if "Nahrawan" in found else None
    assert chosen is None or chosen.method != FORM_METHOD


def test_a_form_is_never_matched_loosely(gazetteer):
    assert all(c.place.geonameid != "4004" for c in gazetteer.lookup("Nahrawand"))


def test_an_abandoned_place_gives_way_to_the_living_one_of_the_name(parser):
    found = places_in(parser, "Turkish drones struck Kafiran and Bedar villages in Duhok.")
    assert found["Bedar"].resolution.chosen.place.geonameid == "4009"  # not the abandoned hamlet near Kafiran
    found = places_in(parser, "DUHOK - A drone struck near Kafiran village, north of Duhok, on Monday.")
    for text in ("DUHOK", "Duhok"):
        assert found[text].resolution.chosen.place.feature_code != "PPLQ"


def _iraq_admin_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "iraq_admin.py"
    spec = importlib.util.spec_from_file_location("iraq_admin", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_district_seat_is_the_village_that_bears_the_name_with_its_vowels(tmp_path):
    script = _iraq_admin_script()
    dump = tmp_path / "IQ.txt"
    # id, name, ascii, alternates, lat, lon, class, code, cc, cc2, admin1, admin2, admin3, admin4, population
    rows = [
        ["1", "Sêtkan", "Setkan", "Sīdkān,Sitkan", "36.68", "44.59", "P", "PPL", "IQ", "", "11", "", "", "", "0"],
        ["2", "Sīdakān", "Sidakan", "Sidaka", "36.80", "44.67", "P", "PPL", "IQ", "", "11", "", "", "", "0"],
        ["3", "Sūsnāwah", "Susnawah", "Susna", "36.76", "43.82", "P", "PPL", "IQ", "", "11", "", "", "", "0"],
        ["4", "Sinūnī", "Sinuni", "", "36.47", "41.71", "P", "PPL", "IQ", "", "11", "", "", "", "0"],
    ]
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    by_key = script.read_dump(dump)
    assert script.find_seat(by_key, ["Sidakan"], "11")[0] == "2"  # its own name, not another's alternate
    assert script.find_seat(by_key, ["Sinuni"], "11")[0] == "4"  # the folded key drops vowels; they decide


def test_a_sub_district_seat_is_the_namesake_near_its_district_seat(tmp_path):
    script = _iraq_admin_script()
    dump = tmp_path / "IQ.txt"
    rows = [  # two villages of one name in one governorate, alike in all but where they lie
        ["31", "Qaryat Nahr", "Qaryat Nahr", "", "33.80", "44.40", "P", "PPL", "IQ", "", "10", "", "", "", "0"],
        ["32", "Qaryat Nahr", "Qaryat Nahr", "", "34.20", "45.10", "P", "PPL", "IQ", "", "10", "", "", "", "0"],
    ]
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    by_key = script.read_dump(dump)
    assert script.find_seat(by_key, ["Qaryat Nahr"], "10")[0] == "31"  # no district told: the lower id, as before
    assert script.find_seat(by_key, ["Qaryat Nahr"], "10", (34.35, 45.39))[0] == "32"
    assert script.find_seat(by_key, ["Qaryat Nahr"], "10", (33.75, 44.60))[0] == "31"


def test_a_regional_command_names_the_area_it_holds(parser):
    found = places_in(parser, "Forces of the Diyala Operations Command arrested two suspects.")
    assert found["Diyala"].resolution.chosen.place.admin1 == "Diyala"
    found = places_in(parser, "A commander of the Baquba Police Command was wounded.")
    assert "Baquba" in found
    # an organisation word other than a command still makes the run a group's name
    assert "Baquba" not in places_in(parser, "The Baquba Brigade said it repelled an attack.")
