"""JSONL, CSV and GeoJSON exports of the event contract."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.types import EventRecord

from .base import EVENT_FIELDS, CsvLines, as_row, cell, compact_json

Rows = Iterable[dict[str, Any] | EventRecord]


class JsonlExporter:
    name = "jsonl"
    media_type = "application/x-ndjson"
    extension = "jsonl"

    def chunks(self, rows: Rows) -> Iterator[str]:
        for row in rows:
            yield json.dumps(as_row(row), ensure_ascii=False) + "\n"


class CsvExporter:
    """Every contract field as a column; lists of names joined by '; ', evidence as JSON."""

    name = "csv"
    media_type = "text/csv"
    extension = "csv"

    def __init__(self, raw_cells: bool = False) -> None:
        self.raw_cells = raw_cells  # True: cells exactly as stored, formula-like ones too

    def chunks(self, rows: Rows) -> Iterator[str]:
        lines = CsvLines(self.raw_cells)
        yield lines.line(EVENT_FIELDS)
        for row in rows:
            data = as_row(row)
            yield lines.line(cell(data.get(name)) for name in EVENT_FIELDS)


class GeoJsonExporter:
    """A FeatureCollection of Points. Events without coordinates are kept with `"geometry": null`
    (allowed by RFC 7946 section 3.2), so an export never silently drops events; map layers skip them."""

    name = "geojson"
    media_type = "application/geo+json"
    extension = "geojson"

    def chunks(self, rows: Rows) -> Iterator[str]:
        # Feature by feature, so a big store never sits in memory as one document.
        yield '{"type":"FeatureCollection","features":['
        separator = "\n"
        for row in rows:
            yield separator + compact_json(feature(as_row(row)))
            separator = ",\n"
        yield "\n]}\n"


def feature(row: dict[str, Any]) -> dict[str, Any]:
    latitude, longitude = row.get("latitude"), row.get("longitude")
    geometry = None
    if latitude is not None and longitude is not None:
        geometry = {"type": "Point", "coordinates": [longitude, latitude]}  # GeoJSON order: lon, lat
    properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": row.get("event_id"), "geometry": geometry, "properties": properties}
