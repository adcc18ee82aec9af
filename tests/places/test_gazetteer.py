from __future__ import annotations

import shutil
import zipfile

import pytest

from marsad.errors import GazetteerError
from marsad.places.build import build
from marsad.places.gazetteer import Gazetteer


def test_lookup_folds_spelling_variants(small_gazetteer):
    for mention in ["Al-Bokamal", "Albu Kamal", "Abu Kamal", "Al-Bukamal"]:
        ids = {c.place.geonameid for c in small_gazetteer.lookup(mention)}
        assert "1002" in ids, mention
    assert {c.place.geonameid for c in small_gazetteer.lookup("Dier Ezzor")} >= {"1001"}
    assert {c.place.geonameid for c in small_gazetteer.lookup("Nebl")} == {"1005"}


def test_lookup_arabic_script(small_gazetteer):
    hits = small_gazetteer.lookup("البو كمال")
    assert [c.place.geonameid for c in hits] == ["1002"]
    assert hits[0].method == "arabic"
    assert "1003" in {c.place.geonameid for c in small_gazetteer.lookup("الميادين")}


def test_fuzzy_lookup_is_bounded_and_finds_close_spellings(small_gazetteer):
    assert "1003" in {c.place.geonameid for c in small_gazetteer.lookup("Mayadiin city")} or "1003" in {
        c.place.geonameid for c in small_gazetteer.lookup("Mayadinn")
    }
    assert small_gazetteer.lookup("Xylophone") == []


def test_governorate_at_capital_coordinates(small_gazetteer):
    gov = small_gazetteer.governorate("Deir Ezzor")
    assert gov is not None and gov.feature_code == "ADM1" and gov.admin1 == "Deir ez-Zor"
    assert (gov.latitude, gov.longitude) == (35.336, 40.141)
    assert small_gazetteer.governorate("SY.09").latitude == pytest.approx(36.202)
    assert small_gazetteer.governorate("Dayr az Zawr", country_code="IQ") is None


def test_governorate_answers_are_remembered_per_name_and_country(small_gazetteer, monkeypatch):
    first = small_gazetteer.governorate("Deir Ezzor")
    assert small_gazetteer.governorate("Dayr az Zawr", country_code="IQ") is None
    read, really_read = [], small_gazetteer._read_governorate
    monkeypatch.setattr(small_gazetteer, "_read_governorate", lambda *asked: read.append(asked) or really_read(*asked))
    assert small_gazetteer.governorate("Deir Ezzor") is first
    assert small_gazetteer.governorate("Dayr az Zawr", country_code="IQ") is None
    assert read == []  # both answered from memory, a None as well
    small_gazetteer.governorate("Deir Ezzor", country_code="IQ")
    assert read == [("Deir Ezzor", "IQ")]  # another country is another question


def test_admin_names_and_ocha(small_gazetteer):
    place = small_gazetteer.get("1009")
    assert place.admin1 == "Deir ez-Zor"
    assert place.admin2 == "Mayadin" and place.pcode == "C5001"  # OCHA matched Dhiban/Theeban by name
    added = small_gazetteer.get("ocha:C5002")
    assert added is not None and added.admin1 == "Deir ez-Zor"  # a community GeoNames lacks
    assert small_gazetteer.get("nope") is None


def test_status_reports_sources(small_gazetteer):
    status = small_gazetteer.status()
    assert status["by_source"]["geonames"] == 11
    assert {s["kind"] for s in status["sources"]} >= {"geonames", "admin1", "ocha", "marsad"}


@pytest.mark.parametrize("damage", ["truncate", "bad_number", "bad_zip", "bad_ocha"])
def test_malformed_file_leaves_index_intact(tmp_path, gazetteer_files, damage):
    index = tmp_path / "idx" / "gazetteer.sqlite"
    build(index, [gazetteer_files["dump"]], with_default=False)
    before = index.read_bytes()
    broken = tmp_path / "broken"
    broken.mkdir()
    if damage == "truncate":
        bad = broken / "IQ.txt"
        text = gazetteer_files["dump"].read_text(encoding="utf-8")
        bad.write_text(text[: len(text) // 2], encoding="utf-8")
    elif damage == "bad_number":
        bad = broken / "IQ.txt"
        bad.write_text(gazetteer_files["dump"].read_text(encoding="utf-8").replace("35.33600", "north"))
    elif damage == "bad_zip":
        bad = broken / "IQ.zip"
        with zipfile.ZipFile(bad, "w") as archive:
            archive.write(gazetteer_files["dump"], "IQ.txt")
        bad.write_bytes(bad.read_bytes()[:200])
    else:
        bad = broken / "syr_pplp_adm4_unocha_bad.csv"
        shutil.copy(gazetteer_files["ocha"], bad)
        bad.write_text(bad.read_text() + "C9,Broken,,,,Community,C9,x,y,z,w,v,u,t,35.0\n")
    with pytest.raises(GazetteerError) as info:
        build(index, [gazetteer_files["admin1"], bad], with_default=False)
    assert "\n" not in str(info.value) and bad.name in str(info.value)
    assert index.read_bytes() == before
    assert not list(index.parent.glob(".gazetteer-*"))  # no temporary file left behind
    assert Gazetteer.open(index).get("1002") is not None


def test_zipped_dump_imports(tmp_path, gazetteer_files):
    archive_path = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.write(gazetteer_files["dump"], "SY.txt")
        archive.writestr("readme.txt", "GeoNames readme")
    index = tmp_path / "z" / "gazetteer.sqlite"
    counts = build(index, [archive_path], with_default=False)
    assert counts["SY.zip"] == 11


def test_unrecognised_file_is_a_clear_error(tmp_path):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello world\n")
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        build(tmp_path / "g.sqlite", [odd], with_default=False)
