"""Build the default Syria + Iraq gazetteer Marsad ships (marsad/data/gazetteer/) from the standard downloads.

    python scripts/build_default_gazetteer.py ../shared/gazetteer marsad/data/gazetteer

Reads GeoNames `SY.txt`, `IQ.txt`, `admin1CodesASCII.txt` and OCHA's `syr_pplp_adm4_unocha_*.csv` from
the source folder and writes the same formats, trimmed to what Marsad reads, as zips the ordinary
importers take: GeoNames rows keep their 19 columns (so `marsad gazetteer import` reads them as it
reads a download) with the columns Marsad never reads left empty (cc2, admin2-4, elevation, dem,
timezone, modification date) and only Latin and Arabic alternate names; admin-1 names of SY and IQ
only; OCHA's English name, P-code, admin1-3 and coordinate columns only. Same input, same bytes:
zip entries carry a fixed timestamp.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

from marsad.places.index import name_rows

COUNTRIES = ("SY", "IQ")
OCHA_COLUMNS = ("PP_PCODE", "PP_NAME_EN", "PP_REF_NAM", "PP_ALT1_EN", "PP_ALT2_EN", "ADM3_EN", "ADM2_EN",
                "ADM1_EN", "latitude", "longitude")
_UNREAD_GEONAMES_COLUMNS = (9, 11, 12, 13, 15, 16, 17, 18)  # cc2, admin2-4, elevation, dem, timezone, date
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)


def kept_alternates(alternates: str) -> str:
    """The alternate names the index keeps (Latin and Arabic script), in their order."""
    return ",".join(name for name in alternates.split(",") if name and name_rows("x", [name]))


def trim_geonames(text: str) -> str:
    lines = []
    for line in text.splitlines():
        columns = line.split("\t")
        if len(columns) != 19:
            raise SystemExit(f"not a GeoNames dump line: {line[:80]!r}")
        columns[3] = kept_alternates(columns[3])
        for index in _UNREAD_GEONAMES_COLUMNS:
            columns[index] = ""
        lines.append("\t".join(columns))
    return "\n".join(lines) + "\n"


def trim_admin1(text: str) -> str:
    kept = [line for line in text.splitlines() if line.split(".", 1)[0] in COUNTRIES]
    return "\n".join(kept) + "\n"


def trim_ocha(text: str) -> str:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(OCHA_COLUMNS)
    for row in reader:
        writer.writerow(row[column] for column in OCHA_COLUMNS)
    return out.getvalue()


def write_zip(path: Path, member: str, text: str) -> None:
    info = zipfile.ZipInfo(member, date_time=_FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(info, text.encode("utf-8"), compresslevel=9)


def main(source: Path, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for cc in COUNTRIES:
        write_zip(target / f"{cc}.zip", f"{cc}.txt", trim_geonames((source / f"{cc}.txt").read_text("utf-8")))
    write_zip(target / "admin1CodesASCII.zip", "admin1CodesASCII.txt",
              trim_admin1((source / "admin1CodesASCII.txt").read_text("utf-8")))
    ocha = sorted(source.glob("syr_pplp_adm4_unocha_*.csv"))
    if not ocha:
        raise SystemExit(f"{source}: no syr_pplp_adm4_unocha_*.csv")
    write_zip(target / "syr_pplp_adm4_unocha.zip", ocha[-1].name, trim_ocha(ocha[-1].read_text("utf-8")))
    for path in sorted(target.glob("*.zip")):
        print(f"{path}: {path.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]), Path(sys.argv[2]))
