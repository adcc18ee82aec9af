"""A tiny gazetteer written by the tests: GeoNames-format rows, admin-1 names and an OCHA table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from marsad.places.build import build
from marsad.places.gazetteer import Gazetteer
from marsad.places.geoparser import Geoparser

SHARED = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[2] / ".." / "shared")

# geonameid, name, asciiname, alternates, lat, lon, class, code, cc, admin1, population
ROWS = [
    (
        "1001",
        "Dayr az Zawr",
        "Dayr az Zawr",
        "Deir ez-Zor,Deir Ezzor,دير الزور",
        35.336,
        40.141,
        "PPL",
        "SY",
        "07",
        240000,
    ),
    (
        "1002",
        "Ālbū Kamāl",
        "Albu Kamal",
        "Abu Kamal,Al-Bukamal,البوكمال",
        34.450,
        40.919,
        "PPL",
        "SY",
        "07",
        60000,
    ),
    ("1003", "Mayādīn", "Mayadin", "Al Mayadin,الميادين", 35.021, 40.453, "PPL", "SY", "07", 45000),
    ("1004", "Ḩalab", "Halab", "Aleppo,حلب", 36.202, 37.161, "PPL", "SY", "09", 1600000),
    ("1005", "Nubul", "Nubul", "Nubl,Nobl,نبل", 36.379, 36.993, "PPL", "SY", "09", 30000),
    # two villages with one name: context decides
    ("1006", "Az Zahrā’", "Az Zahra'", "الزهراء", 36.361, 37.011, "PPL", "SY", "09", 0),
    ("1007", "Az Zahrā’", "Az Zahra'", "الزهراء", 34.700, 36.700, "PPL", "SY", "11", 0),
    ("1008", "Ḩimş", "Hims", "Homs,حمص", 34.727, 36.723, "PPL", "SY", "11", 700000),
    ("1009", "Dhībān", "Dhiban", "ذيبان", 35.020, 40.520, "PPL", "SY", "07", 12000),
    ("1010", "Aş Şuwar", "As Suwar", "Suwar", 35.506, 40.657, "PPL", "SY", "07", 0),
    ("1011", "As Sūr", "As Sur", "Sur", 34.860, 36.024, "PPL", "SY", "14", 0),
]
ADMIN1 = [("SY.07", "Deir ez-Zor"), ("SY.09", "Aleppo"), ("SY.11", "Homs"), ("SY.14", "Tartus")]
OCHA_HEADER = (
    "PP_PCODE,PP_NAME_EN,PP_REF_NAM,PP_ALT1_EN,PP_ALT2_EN,PPClassTit,ADM4_PCODE,ADM4_EN,ADM3_PCODE,"
    "ADM3_EN,ADM2_PCODE,ADM2_EN,ADM1_PCODE,ADM1_EN,latitude,longitude"
)
OCHA_ROWS = [
    "C5001,Theeban,,,,Community,C5001,Theeban,SY090200,Thiban,SY0902,Mayadin,SY09,Deir-ez-Zor,35.021,40.519",
    "C5002,Hawayej Bu Msaed,,,,Community,C5002,x,SY090200,Thiban,SY0902,Mayadin,SY09,Deir-ez-Zor,"
    "35.080,40.560",
]


def geonames_line(row: tuple) -> str:
    gid, name, ascii_name, alternates, lat, lon, code, cc, admin1, pop = row
    return "\t".join(
        [
            gid,
            name,
            ascii_name,
            alternates,
            f"{lat:.5f}",
            f"{lon:.5f}",
            "P",
            code,
            cc,
            "",
            admin1,
            "",
            "",
            "",
            str(pop),
            "",
            "0",
            "Asia/Damascus",
            "2020-01-01",
        ]
    )


def gazetteer_from_rows(
    folder: Path, rows: list[tuple], ocha_rows: list[str] = (), admin1_names: list[tuple[str, str]] = ADMIN1
) -> Gazetteer:
    """An index of just these GeoNames-format rows (and OCHA rows, if any) with these admin-1 names."""
    dump = folder / "SY.txt"
    dump.write_text("\n".join(geonames_line(r) for r in rows) + "\n", encoding="utf-8")
    admin1 = folder / "admin1CodesASCII.txt"
    admin1.write_text("\n".join(f"{c}\t{n}\t{n}\t0" for c, n in admin1_names) + "\n", encoding="utf-8")
    sources = [dump, admin1]
    if ocha_rows:
        ocha = folder / "syr_pplp_adm4_unocha_rows.csv"
        ocha.write_text(OCHA_HEADER + "\n" + "\n".join(ocha_rows) + "\n", encoding="utf-8")
        sources.append(ocha)
    index = folder / "gazetteer.sqlite"
    build(index, sources, with_default=False)
    return Gazetteer.open(index)


def places_in(parser, text: str) -> dict[str, object]:
    """The report's place mentions by the text they were found as."""
    return {m.text: m for m in parser.parse(text)}


@pytest.fixture
def gazetteer_files(tmp_path: Path) -> dict[str, Path]:
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join(geonames_line(r) for r in ROWS) + "\n", encoding="utf-8")
    admin1 = tmp_path / "admin1CodesASCII.txt"
    admin1.write_text("\n".join(f"{c}\t{n}\t{n}\t0" for c, n in ADMIN1) + "\n", encoding="utf-8")
    ocha = tmp_path / "syr_pplp_adm4_unocha_test.csv"
    ocha.write_text(OCHA_HEADER + "\n" + "\n".join(OCHA_ROWS) + "\n", encoding="utf-8")
    return {"dump": dump, "admin1": admin1, "ocha": ocha}


@pytest.fixture
def small_gazetteer(tmp_path: Path, gazetteer_files) -> Gazetteer:
    index = tmp_path / "home" / "gazetteer.sqlite"
    build(index, list(gazetteer_files.values()), with_default=False)
    gazetteer = Gazetteer.open(index)
    yield gazetteer
    gazetteer.close()


@pytest.fixture(scope="module")
def gazetteer(request, tmp_path_factory) -> Gazetteer:
    """An index of the test module's own ROWS, with its OCHA_ROWS and ADMIN1 where it has them.

    One index per module: building one takes a moment, and a module's tests only read it.
    """
    module = request.module
    folder = tmp_path_factory.mktemp(module.__name__.rsplit(".", 1)[-1])
    built = gazetteer_from_rows(
        folder, module.ROWS, getattr(module, "OCHA_ROWS", ()), admin1_names=getattr(module, "ADMIN1", ADMIN1)
    )
    yield built
    built.close()


@pytest.fixture(scope="module")
def parser(gazetteer: Gazetteer) -> Geoparser:
    """A geoparser over the module's own gazetteer (the `gazetteer` fixture)."""
    return Geoparser(gazetteer)
