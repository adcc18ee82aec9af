"""JSONL reports: one object per line, {id, title, text, published, source, url}.

The hot path (the dev sets are read many times): one json.loads per line and a dateline scan of the
first paragraphs, no HTML or date parsing libraries. `text` is kept verbatim, so offsets given by
others (gold annotations) stay valid. A bad line is reported and the next one is read.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

from marsad.ingest.build import Overrides, make_report, parse_published
from marsad.ingest.decode import megabytes
from marsad.settings import input_limits
from marsad.types import Report

ErrorHandler = Callable[[str, str], None]


class RowError(ValueError):
    """A JSONL row that cannot become a report; the message is the bare reason."""


def _optional_str(row: dict, key: str) -> str | None:
    value = row.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise RowError(f"'{key}' must be a string, not {type(value).__name__}")
    return value


def report_from_row(
    row: object, *, default_id: str, origin: str, overrides: Overrides
) -> Report:
    if not isinstance(row, dict):
        raise RowError(f"expected a JSON object, got {type(row).__name__}")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise RowError("no 'text' (each row needs a non-empty 'text' string)")
    raw_id = row.get("id", row.get("doc_id"))
    if isinstance(raw_id, bool) or not isinstance(raw_id, str | int) or str(raw_id).strip() == "":
        if raw_id is not None:
            raise RowError(f"'id' must be a string or a number, not {raw_id!r}")
        raw_id = default_id
    published = None
    if overrides.published is None:
        try:
            published = parse_published(row.get("published"))
        except ValueError as exc:
            raise RowError(str(exc)) from None
    return make_report(
        doc_id=str(raw_id).strip(),
        text=text,
        origin=origin,
        overrides=overrides,
        title=_optional_str(row, "title"),
        published=published,
        source=_optional_str(row, "source"),
        url=_optional_str(row, "url"),
    )


def reports_from_jsonl(
    lines: Iterable[bytes | str], *, origin: str, stem: str, overrides: Overrides, on_error: ErrorHandler
) -> Iterator[Report]:
    """Reports from JSONL lines (bytes from a file, or str from stdin); rows without an id get `stem-N`."""
    found_any = False
    max_line = input_limits().max_jsonl_line_bytes
    for number, raw in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if len(raw) > max_line:  # str lines (stdin) are counted in characters: close enough for a bound
            found_any = True
            on_error(where, f"line too long ({megabytes(len(raw))}; the limit is {megabytes(max_line)} "
                            "per line): split the report or raise MARSAD_MAX_JSONL_LINE_MB")
            continue
        if isinstance(raw, bytes):
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                on_error(where, f"not UTF-8 text (invalid byte at offset {exc.start}); save it as UTF-8")
                continue
        else:
            line = raw.lstrip("\ufeff") if number == 1 else raw
        if not line.strip():
            continue
        found_any = True
        try:
            row = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            on_error(where, f"not valid JSON ({exc.msg} at column {exc.pos + 1})")
            continue
        except RecursionError:
            on_error(where, "not a report row (JSON nested too deeply)")
            continue
        except ValueError as exc:  # an integer of thousands of digits, refused by Python's int limit
            on_error(where, f"not a report row ({str(exc).splitlines()[0]})")
            continue
        try:
            yield report_from_row(row, default_id=f"{stem}-{number}", origin=where, overrides=overrides)
        except RowError as exc:
            on_error(where, str(exc))
    if not found_any:
        on_error(origin, "empty file, no JSONL rows to read")
