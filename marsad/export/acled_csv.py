"""ACLED's CSV export layout, so Marsad's events sit beside downloaded ACLED data.

Derived columns follow the ACLED codebook: `interaction` is the two-digit code of the two inter
codes (lower first; X0 for a one-sided event), `disorder_type` follows the event type,
`civilian_targeting` is set when actor2 is civilians. Names are ACLED's (marsad/data/export/acled.yaml):
governorates as ACLED spells them ("Deir ez Zor", "Idleb", "Ninewa"), places and districts in plain
ASCII ("Albu Kamal", not "Ālbū Kamāl"); the gazetteer's own name and id stay in the store and the
csv/jsonl exports. `event_id_cnty` takes ACLED's country-prefix form (SYR + a number derived from
Marsad's event id, so the same event always gets the same one), `source_scale` comes from the
publisher, `timestamp` is the export's time, and an event without a date is tagged "date unknown".
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
import yaml
from anyascii import anyascii

from marsad.text.fold import compact, fold
from marsad.types import EventRecord

from .base import CsvLines, as_row, cell

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED's Middle East region (the countries Marsad's sources cover); others are left blank.
MIDDLE_EAST = frozenset({
    "Bahrain", "Iran", "Iraq", "Israel", "Jordan", "Kuwait", "Lebanon", "Oman", "Palestine", "Qatar",
    "Saudi Arabia", "Syria", "Turkey", "United Arab Emirates", "Yemen",
})  # fmt: skip

_DISORDER_BY_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
# Sub-event types that ACLED counts as both violence and demonstration.
_DISORDER_BY_SUB_TYPE = {
    "Excessive force against protesters": "Political violence; Demonstrations",
    "Mob violence": "Political violence; Demonstrations",
}


ACLED_DATA = Path(__file__).resolve().parents[1] / "data" / "export" / "acled.yaml"
UNDATED_TAG = "date unknown"
_ACLED_ID = re.compile(r"[A-Z]{3}\d+")
_QUOTES = re.compile(r"['`\u02bb\u02bc\u02be\u02bf\u2018\u2019]")  # ayn and hamza marks, which ACLED drops


@cache
def acled_data() -> dict[str, Any]:
    return yaml.safe_load(ACLED_DATA.read_text(encoding="utf-8"))


@cache
def _admin1_names() -> dict[tuple[str, str], str]:
    """(country, folded spelling) -> ACLED's governorate name."""
    table = {}
    for country, governorates in acled_data()["admin1"].items():
        for acled_name, spellings in governorates.items():
            for spelling in [acled_name, *spellings]:
                table[(country, compact(fold(spelling)))] = acled_name
    return table


def acled_admin1(name: str | None, country: str | None) -> str | None:
    """ACLED's spelling of a governorate ("Deir ez-Zor" -> "Deir ez Zor", "Nineveh" -> "Ninewa");
    a governorate ACLED's table does not hold is written in plain ASCII."""
    if not name:
        return name
    key = compact(fold(name))
    found = _admin1_names().get((country or "", key))
    if found is None:
        found = next((acled for (_c, k), acled in _admin1_names().items() if k == key), None)
    return found or plain_ascii(name)


def plain_ascii(name: str | None) -> str | None:
    """A place name as ACLED writes it: ASCII letters, no diacritics, no ayn or hamza marks."""
    if not name:
        return name
    return re.sub(r"\s+", " ", anyascii(_QUOTES.sub("", name))).strip()


def event_id_cnty(event_id: str | None, country: str | None) -> str:
    """ACLED's id form, country prefix and number ("SYR123456789012"): an id already in that form is
    kept; otherwise the number comes from Marsad's event id, the same for the same event every time."""
    if not event_id:
        return ""
    if _ACLED_ID.fullmatch(event_id):
        return event_id
    number = int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:12], 16)
    return f"{iso3(country) or 'XXX'}{number}"


@cache
def iso3(country: str | None) -> str:
    found = _country(country)
    return found.alpha_3 if found else ""


def source_scale(source: str | None) -> str:
    """ACLED's source scale from the publisher(s) ("National", "Subnational-International")."""
    scales = acled_data()["source_scale"]
    found: list[str] = []
    for name in (source or "").split(";"):
        scale = scales.get(name.strip()) if name.strip() else None
        scale = scale or scales["default"]
        if scale not in found:
            found.append(scale)
    return "-".join(found) if found else scales["default"]


def interaction(inter1: int | None, inter2: int | None) -> str:
    """ACLED's interaction code: '17' for state forces vs civilians, '20' for rebels alone."""
    codes = sorted(code for code in (inter1, inter2) if code)
    if not codes:
        return ""
    if len(codes) == 1:
        return f"{codes[0]}0"
    return f"{codes[0]}{codes[1]}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    return _DISORDER_BY_SUB_TYPE.get(sub_event_type or "") or _DISORDER_BY_TYPE.get(event_type or "", "")


def civilian_targeting(actor2: str | None, inter2: int | None) -> str:
    targets_civilians = inter2 == 7 or (actor2 or "").startswith("Civilians")
    return "Civilian targeting" if targets_civilians else ""


@cache
def iso_numeric(country: str | None) -> str:
    """ISO 3166-1 numeric code without leading zeros, as ACLED writes it ('760' for Syria)."""
    found = _country(country)
    return str(int(found.numeric)) if found else ""


@cache
def _country(country: str | None) -> Any:
    if not country:
        return None
    try:
        return pycountry.countries.lookup(country)
    except LookupError:
        try:
            return pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return None


@cache
def shipped_acled_names() -> dict[str, str]:
    """Canonical name -> ACLED name from the shipped actor base (e.g. "Militia (Pro-Iran)")."""
    from marsad.actors.base import ActorBase  # the export needs the base only for this table

    return ActorBase.load(strict=False).acled_names()


def _acled_actor(name: Any, acled_names: Mapping[str, str]) -> Any:
    if isinstance(name, (list, tuple)):
        return [acled_names.get(n, n) for n in name]
    return acled_names.get(name, name) if isinstance(name, str) else name


def acled_row(
    row: dict[str, Any], acled_names: Mapping[str, str] | None = None, *, timestamp: int | None = None
) -> dict[str, Any]:
    """One event in ACLED's columns; actors under ACLED's names where the base gives one, places under
    ACLED's spellings. `timestamp`: the export's time (default: now)."""
    names = shipped_acled_names() if acled_names is None else acled_names
    row = {
        **row,
        **{key: _acled_actor(row.get(key), names) for key in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")},
    }
    event_date = row.get("event_date") or ""
    country = row.get("country")
    return {
        "event_id_cnty": event_id_cnty(row.get("event_id"), country),
        "event_date": event_date,
        "year": int(event_date[:4]) if event_date else "",
        "time_precision": row.get("time_precision"),
        "disorder_type": disorder_type(row.get("event_type"), row.get("sub_event_type")),
        "event_type": row.get("event_type"),
        "sub_event_type": row.get("sub_event_type"),
        "actor1": row.get("actor1"),
        "assoc_actor_1": row.get("assoc_actor_1"),
        "inter1": row.get("inter1") or "",
        "actor2": row.get("actor2"),
        "assoc_actor_2": row.get("assoc_actor_2"),
        "inter2": row.get("inter2") or "",
        "interaction": interaction(row.get("inter1"), row.get("inter2")),
        "civilian_targeting": civilian_targeting(row.get("actor2"), row.get("inter2")),
        "iso": iso_numeric(country),
        "region": "Middle East" if country in MIDDLE_EAST else "",
        "country": country,
        "admin1": acled_admin1(row.get("admin1"), country),
        "admin2": plain_ascii(row.get("admin2")),
        "admin3": plain_ascii(row.get("admin3")),
        "location": plain_ascii(row.get("location")),
        "latitude": row.get("latitude"),
        "longitude": row.get("longitude"),
        "geo_precision": row.get("geo_precision"),
        "source": row.get("source"),
        "source_scale": source_scale(row.get("source")),
        "notes": row.get("notes"),
        "fatalities": row.get("fatalities"),
        "tags": "" if event_date else UNDATED_TAG,
        "timestamp": int(time.time()) if timestamp is None else timestamp,
    }


class AcledCsvExporter:
    name = "acled-csv"
    media_type = "text/csv"
    extension = "csv"

    def __init__(self, raw_cells: bool = False) -> None:
        self.raw_cells = raw_cells  # True: cells exactly as stored, formula-like ones too

    def chunks(self, rows: Iterable[dict[str, Any] | EventRecord]) -> Iterator[str]:
        lines = CsvLines(self.raw_cells)
        yield lines.line(ACLED_COLUMNS)
        exported_at = int(time.time())  # one timestamp for the whole export, as ACLED's own files have per upload
        for row in rows:
            data = acled_row(as_row(row), timestamp=exported_at)
            yield lines.line(cell(data[column]) for column in ACLED_COLUMNS)
