"""The Exporter interface and the helpers every format shares."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, Protocol, TextIO

from marsad.types import EventRecord

# The columns of the csv/jsonl exports: every EventRecord field, in its order.
EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRecord))


class Exporter(Protocol):
    """Turns event dicts (`EventRecord.as_dict()` shape) into text chunks, one row at a time."""

    name: str
    media_type: str
    extension: str

    def chunks(self, rows: Iterable[dict[str, Any] | EventRecord]) -> Iterator[str]:
        """The export as successive pieces of text (a header, then one piece per row, then a footer)."""
        ...


def write_chunks(exporter: Exporter, rows: Iterable[dict[str, Any] | EventRecord], out: TextIO) -> int:
    """Write the export of `rows` to `out`; returns the number of rows written."""
    counted = _Counter(rows)
    for chunk in exporter.chunks(counted):
        out.write(chunk)
    return counted.count


class _Counter:
    def __init__(self, rows: Iterable[Any]) -> None:
        self.rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[Any]:
        for row in self.rows:
            self.count += 1
            yield row


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection"); a report
# can put any text in a location, a note or an actor's name.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def neutralised(value: str) -> str:
    """OWASP's rule: a cell that a spreadsheet would read as a formula gets a leading apostrophe (shown
    as text, not run). Plain numbers (-3.5, a longitude) are left as they are: they run nothing."""
    if value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


class CsvLines:
    """csv.writer into a buffer that is drained after each row, so CSV can be yielded piece by piece.
    Cells are neutralised (see `neutralised`) unless `raw_cells`: then written exactly as stored."""

    def __init__(self, raw_cells: bool = False) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\n")
        self._raw = raw_cells

    def line(self, values: Iterable[Any]) -> str:
        if not self._raw:
            values = [neutralised(value) if isinstance(value, str) else value for value in values]
        self._writer.writerow(values)
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        return text


def as_row(row: dict[str, Any] | EventRecord) -> dict[str, Any]:
    """Accept records as well as dicts, so callers can export straight from the pipeline."""
    return row.as_dict() if isinstance(row, EventRecord) else row


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def cell(value: Any) -> str:
    """A CSV cell: lists joined by '; ', dicts (evidence) as JSON, None as empty."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        if all(isinstance(item, str) for item in value):
            return "; ".join(value)
        return compact_json(list(value))
    if isinstance(value, dict):
        return compact_json(value)
    return str(value)
