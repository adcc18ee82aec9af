"""Write marsad/data/places/iraq-admin.yaml: Iraq's districts and sub-districts placed at their seats.

The names come from marsad/data/places/sources/iraq-districts.tsv (Wikipedia's lists of districts of
Iraq); each seat's coordinates from its GeoNames record in an IQ country dump (CC BY 4.0), found by the
folded name among the places of the seat's governorate (administrative seats and big towns first).

    python scripts/iraq_admin.py ../shared/gazetteer/IQ.txt

Seats the dump does not hold are listed on stderr and left out of the YAML (no invented coordinates).
"""

from __future__ import annotations

import csv
import math
import re
import sys
from pathlib import Path

import yaml
from anyascii import anyascii

from marsad.places.build import DATA_DIR
from marsad.places.index import latin_key, name_vkey

SOURCE_TSV = DATA_DIR / "sources" / "iraq-districts.tsv"
TARGET = DATA_DIR / "iraq-admin.yaml"
_SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3, "PPLA4": 4, "PPL": 5}


def governorate_codes() -> dict[str, str]:
    governorates = yaml.safe_load((DATA_DIR / "governorates.yaml").read_text(encoding="utf-8"))
    return {g["name"]: g["code"].split(".")[1] for g in governorates if g["code"].startswith("IQ.")}


def read_dump(path: Path) -> dict[str, list[tuple]]:
    """Folded name -> GeoNames rows (id, name, lat, lon, feature code, admin1 code, population, the vowel
    keys of its own names, 0 when the key is the place's own name or 1 when it is only an alternate name)."""
    by_key: dict[str, list[tuple]] = {}
    with path.open(encoding="utf-8") as handle:
        for cols in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(cols) < 15 or cols[6] != "P" or cols[7] in ("PPLH", "PPLQ", "PPLX", "PPLW"):
                continue
            own_vkeys = frozenset(name_vkey(n) for n in (cols[1], cols[2]) if n)
            row = (cols[0], cols[1], float(cols[4]), float(cols[5]), cols[7], cols[10], int(cols[14] or 0), own_vkeys)
            own = {latin_key(cols[1]), latin_key(cols[2])} - {""}
            for key in {latin_key(n) for n in cols[3].split(",") if n} - {""} - own:
                by_key.setdefault(key, []).append((*row, 1))
            for key in own:
                by_key.setdefault(key, []).append((*row, 0))
    return by_key


def find_seat(by_key: dict[str, list[tuple]], spellings: list[str], admin1: str,
              district_seat: tuple[float, float] | None = None) -> tuple | None:
    """The GeoNames row of a seat; for a sub-district, `district_seat` is where its district's seat lies."""
    rows = [
        (*row, order, name_vkey(spelling) not in row[7])
        for order, spelling in enumerate(spellings)
        for row in by_key.get(latin_key(spelling), [])
    ]
    inside = [row for row in rows if row[5] == admin1]
    # Districts of disputed areas (Akre, Shekhan, Makhmur) may stand under a neighbouring governorate
    # in GeoNames: outside the governorate, only an administrative seat is taken.
    pool = inside or [row for row in rows if row[4] in ("PPLA", "PPLA2", "PPLA3")]
    if not pool:
        return None
    # Between villages alike (same rank and population): the TSV's first spelling before its others, then
    # the village whose own name has the spelling's vowels too ("Sinuni" is Sinūnī, not Sūsnāwah: the
    # folded key drops vowels), then the one that bears the name before one that lists it among its
    # alternate names ("Sidakan" is Sīdakān, not the nearby Sêtkan whose alternates include "Sīdkān").
    # A sub-district lies in its district: between namesakes of one governorate alike in all of that,
    # the one nearer the district's seat ("As Sa'diyah" of Khanaqin district, not the namesake near Baghdad).
    return min(pool, key=lambda row: (_SEAT_RANK.get(row[4], 9), -row[6], row[9], row[10], row[8],
                                      _farther_than(row, district_seat), row[0]))


def _farther_than(row: tuple, seat: tuple[float, float] | None, km: float = 60.0) -> bool:
    """Whether a candidate seat lies more than `km` from the district's seat (a rough flat-earth distance)."""
    if seat is None:
        return False
    return math.hypot((row[2] - seat[0]) * 111.0, (row[3] - seat[1]) * 111.0 * math.cos(math.radians(seat[0]))) > km


def main(dump: Path) -> int:
    codes = governorate_codes()
    by_key = read_dump(dump)
    entries, missing = [], []
    district_seats: dict[tuple[str, str], tuple[float, float]] = {}
    lines = [line for line in SOURCE_TSV.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    for line in lines:
        level, governorate, name, seats, others, district = (line.split("\t") + [""] * 6)[:6]
        seat = find_seat(by_key, seats.split("|"), codes[governorate],
                         district_seats.get((governorate, district)) if level == "ADM3" else None)
        if seat is None:
            missing.append(f"{level} {name} ({governorate}): no seat among {seats}")
            continue
        if level == "ADM2":
            district_seats[(governorate, name)] = (seat[2], seat[3])
        slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
        entry = {
            "id": f"iq-{level.lower()}-{codes[governorate]}-{slug}",
            "name": name,
            "feature_code": level,
            "feature_class": "A",
            "point": [round(seat[2], 5), round(seat[3], 5)],
            "country_code": "IQ",
            "admin1": governorate,
            "admin2": district or name,
            "aliases": sorted({a for a in others.split("|") if a}),
            "seat": seat[1],
            "source": f"names: Wikipedia, Districts of Iraq; seat: geonames:{seat[0]}",
        }
        if level == "ADM3":
            entry["admin3"] = name
        entries.append(entry)
    header = (
        "# Iraq's districts (ADM2) and some sub-districts (ADM3) at their seats. Written by\n"
        "# scripts/iraq_admin.py from sources/iraq-districts.tsv (names: Wikipedia's lists of districts of\n"
        "# Iraq) and the GeoNames IQ dump (seat coordinates, CC BY 4.0). Do not edit by hand: edit the TSV\n"
        "# and run the script again.\n"
    )
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    TARGET.write_text(header + body, encoding="utf-8")
    for line in missing:
        print(line, file=sys.stderr)
    print(f"{len(entries)} entries written to {TARGET}, {len(missing)} seats not found", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python scripts/iraq_admin.py PATH/TO/IQ.txt")
    sys.exit(main(Path(sys.argv[1])))
