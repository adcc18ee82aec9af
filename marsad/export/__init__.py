"""Exports of event records, one Exporter per format picked by name.

    from marsad.export import write_events
    write_events(store.iter_events(), "acled-csv", sys.stdout)

Rows are `EventRecord.as_dict()`-shaped dicts (what the store returns) or EventRecords; every
exporter writes row by row, so a whole store streams through without being held in memory.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from marsad.errors import MarsadError
from marsad.types import EventRecord

from .acled_csv import ACLED_COLUMNS, AcledCsvExporter
from .base import EVENT_FIELDS, Exporter, write_chunks
from .formats import CsvExporter, GeoJsonExporter, JsonlExporter

EXPORTERS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (JsonlExporter(), CsvExporter(), GeoJsonExporter(), AcledCsvExporter())
}
FORMATS: tuple[str, ...] = tuple(EXPORTERS)


def get_exporter(fmt: str, *, raw_cells: bool = False) -> Exporter:
    """The exporter called `fmt`, or MarsadError listing the valid names. CSV formats neutralise cells a
    spreadsheet would run as formulas unless `raw_cells`."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise MarsadError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    if raw_cells and hasattr(exporter, "raw_cells"):
        return type(exporter)(raw_cells=True)  # type: ignore[call-arg]
    return exporter


def write_events(rows: Iterable[dict[str, Any] | EventRecord], fmt: str, out: TextIO, *,
                 raw_cells: bool = False) -> int:
    """Write `rows` to `out` in format `fmt`; returns the number of events written."""
    return write_chunks(get_exporter(fmt, raw_cells=raw_cells), rows, out)


__all__ = [
    "ACLED_COLUMNS",
    "EVENT_FIELDS",
    "EXPORTERS",
    "FORMATS",
    "Exporter",
    "get_exporter",
    "write_events",
]
