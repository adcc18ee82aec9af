"""ACLED's CSV export layout, so Marsad's events sit beside downloaded ACLED data.

Derived columns follow the ACLED codebook: `interaction` is the two-digit code of the two inter
codes (lower first; X0 for a one-sided event), `disorder_type` follows the event type,
`civilian_targeting` is set when actor2 is civilians. ACLED-internal columns Marsad cannot know
(`source_scale`, `tags`, `timestamp`) are left empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from typing import Any

import pycountry

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
    if not country:
        return ""
    try:
        found = pycountry.countries.lookup(country)
    except LookupError:
        try:
            found = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return ""
    return str(int(found.numeric))


@cache
def shipped_acled_names() -> dict[str, str]:
    """Canonical name -> ACLED name from the shipped actor base (e.g. "Militia (Pro-Iran)")."""
    from marsad.actors.base import ActorBase  # the export needs the base only for this table

    return ActorBase.load(strict=False).acled_names()


def _acled_actor(name: Any, acled_names: Mapping[str, str]) -> Any:
    if isinstance(name, (list, tuple)):
        return [acled_names.get(n, n) for n in name]
    return acled_names.get(name, name) if isinstance(name, str) else name


def acled_row(row: dict[str, Any], acled_names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """One event in ACLED's columns; actors under ACLED's names where the base gives one."""
    names = shipped_acled_names() if acled_names is None else acled_names
    row = {
        **row,
        **{key: _acled_actor(row.get(key), names) for key in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")},
    }
    event_date = row.get("event_date") or ""
    country = row.get("country")
    return {
        "event_id_cnty": row.get("event_id"),
        "event_date": event_date,
        "year": event_date[:4],
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
        "admin1": row.get("admin1"),
        "admin2": row.get("admin2"),
        "admin3": row.get("admin3"),
        "location": row.get("location"),
        "latitude": row.get("latitude"),
        "longitude": row.get("longitude"),
        "geo_precision": row.get("geo_precision"),
        "source": row.get("source"),
        "source_scale": "",
        "notes": row.get("notes"),
        "fatalities": row.get("fatalities"),
        "tags": "",
        "timestamp": "",
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
        for row in rows:
            data = acled_row(as_row(row))
            yield lines.line(cell(data[column]) for column in ACLED_COLUMNS)
