"""The ACLED CSV export concatenates with a real ACLED download: ACLED's governorate spellings, plain ASCII
place names, ids in ACLED's form, integer years, source scale and timestamp filled, undated events tagged."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest
import yaml

from marsad.export import ACLED_COLUMNS, write_events
from marsad.export.acled_csv import event_id_cnty
from marsad.places.build import DATA_DIR
from marsad.types import EventRecord

# ACLED's admin1 names for Syria and Iraq, as ACLED's data writes them (written here, independently of
# marsad/data/export/acled.yaml, so a wrong entry there fails).
ACLED_ADMIN1 = {
    "Syria": {"Aleppo", "Al Hasakeh", "Ar Raqqa", "As Sweida", "Damascus", "Dara", "Deir ez Zor", "Hama", "Homs",
              "Idleb", "Lattakia", "Quneitra", "Rural Damascus", "Tartous"},
    "Iraq": {"Al Anbar", "Al Basrah", "Al Muthanna", "Al Qadissiya", "Al Sulaymaniyah", "An Najaf", "Babil",
             "Baghdad", "Diyala", "Duhok", "Erbil", "Halabja", "Karbala", "Kirkuk", "Maysan", "Ninewa",
             "Salah Al Din", "Thi Qar", "Wasit"},
}
COUNTRY = {"SY": "Syria", "IQ": "Iraq"}


def acled_rows(records: list[EventRecord]) -> list[dict[str, str]]:
    out = io.StringIO()
    write_events(records, "acled-csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


# OCHA's Syrian governorate spellings (syr_pplp_adm4_unocha ADM1_EN), another source events may carry.
OCHA_ADMIN1 = ["Al-Hasakeh", "Aleppo", "Ar-Raqqa", "As-Sweida", "Dar'a", "Deir-ez-Zor", "Hama", "Homs", "Idleb",
               "Lattakia", "Quneitra", "Rural Damascus", "Tartous"]


def gazetteer_governorates() -> list[tuple[str, str]]:
    """(country, name) of every governorate as the gazetteer index names it (the admin1 of its places)."""
    entries = yaml.safe_load((DATA_DIR / "governorates.yaml").read_text(encoding="utf-8"))
    return [(COUNTRY[g["code"][:2]], g["name"]) for g in entries]


def test_every_governorate_is_written_as_acled_writes_it(records: list[EventRecord]) -> None:
    governorates = gazetteer_governorates()
    spellings = [*governorates, *(("Syria", name) for name in OCHA_ADMIN1),
                 *((country, name) for country, names in ACLED_ADMIN1.items() for name in names)]
    rows = acled_rows([replace(records[0], country=country, admin1=name) for country, name in spellings])
    wrong = [(country, name, row["admin1"]) for (country, name), row in zip(spellings, rows, strict=True)
             if row["admin1"] not in ACLED_ADMIN1[country]]
    assert wrong == []
    # every governorate of the index meets a different ACLED name (Halabja: not a GeoNames admin-1 yet)
    written = {row["admin1"] for row in rows[:len(governorates)]}
    assert len(governorates) == 32 and written == (ACLED_ADMIN1["Syria"] | ACLED_ADMIN1["Iraq"]) - {"Halabja"}


@pytest.mark.parametrize(("gazetteer_name", "acled_name"), [
    ("Ālbū Kamāl", "Albu Kamal"), ("Al Mayādīn", "Al Mayadin"), ("Tall Rif‘at", "Tall Rifat"),
    ("Al Qā’im", "Al Qaim"), ("Ma‘arrat an Nu‘mān", "Maarrat an Numan"), ("Buşrá al Ḩarīrī", "Busra al Hariri"),
])
def test_place_names_are_plain_ascii(records: list[EventRecord], gazetteer_name: str, acled_name: str) -> None:
    [row] = acled_rows([replace(records[0], location=gazetteer_name, admin2=gazetteer_name,
                                admin3=f"Markaz {gazetteer_name}")])
    assert (row["location"], row["admin2"], row["admin3"]) == (acled_name, acled_name, f"Markaz {acled_name}")


def test_ids_years_scale_and_timestamp_in_acleds_form(records: list[EventRecord]) -> None:
    iraqi = replace(records[1], event_id="shafaq-1", country="Iraq", admin1="Nineveh", source="Shafaq News")
    undated = replace(records[2], event_date=None, source="A blog nobody knows")
    syrian, iraq_row, undated_row = acled_rows([records[0], iraqi, undated])
    assert re.fullmatch(r"SYR\d+", syrian["event_id_cnty"]) and re.fullmatch(r"IRQ\d+", iraq_row["event_id_cnty"])
    assert syrian["event_id_cnty"] == acled_rows([records[0]])[0]["event_id_cnty"]  # the same every export
    assert event_id_cnty("SYR12345", "Syria") == "SYR12345"  # an ACLED row's own id is kept
    assert syrian["year"] == "2024" and int(syrian["year"]) == 2024 and syrian["tags"] == ""
    assert iraq_row["admin1"] == "Ninewa" and iraq_row["source_scale"] == "National"
    assert syrian["source_scale"] == "National"  # SOHR
    assert undated_row["event_date"] == "" and undated_row["year"] == "" and undated_row["tags"] == "date unknown"
    assert undated_row["source_scale"] == "Other"
    stamps = {int(row["timestamp"]) for row in (syrian, iraq_row, undated_row)}
    assert len(stamps) == 1 and stamps.pop() > 1_700_000_000


def test_the_export_concatenates_with_an_acled_download(records: list[EventRecord]) -> None:
    # An ACLED download's header and one invented row in its form.
    download = io.StringIO()
    writer = csv.writer(download)
    writer.writerow(ACLED_COLUMNS)
    writer.writerow(["SYR12345", "2024-02-10", 2024, 1, "Political violence", "Battles", "Armed clash",
                     "Islamic State (Syria)", "", 2, "Military Forces of Syria (2000-2024)", "", 1, 12, "",
                     760, "Middle East", "Syria", "Deir ez Zor", "Al Mayadin", "Al Mayadin", "Al Mayadin",
                     35.0203, 40.4513, 1, "SOHR", "National", "invented", 3, "", 1707900000])
    ours = io.StringIO()
    write_events(records, "acled-csv", ours)
    header, *_ = ours.getvalue().splitlines()
    combined = download.getvalue() + "".join(ours.getvalue().splitlines(keepends=True)[1:])
    rows = list(csv.DictReader(io.StringIO(combined)))
    assert header.split(",") == list(ACLED_COLUMNS) and len(rows) == 1 + len(records)
    assert all(None not in row and all(isinstance(v, str) for v in row.values()) for row in rows)
    assert {row["admin1"] for row in rows} <= ACLED_ADMIN1["Syria"]
    assert all(row["year"].isdigit() for row in rows if row["event_date"])
