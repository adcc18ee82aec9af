from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from marsad.errors import MarsadError
from marsad.export import ACLED_COLUMNS, EVENT_FIELDS, FORMATS, write_events
from marsad.export.acled_csv import interaction
from marsad.types import EventRecord


def export(rows: Iterable[Any], fmt: str) -> str:
    out = io.StringIO()
    write_events(rows, fmt, out)
    return out.getvalue()


def test_jsonl_round_trips(records: list[EventRecord]) -> None:
    lines = export([r.as_dict() for r in records], "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == [r.as_dict() for r in records]
    assert export(records, "jsonl") == export([r.as_dict() for r in records], "jsonl")  # records accepted too


def test_csv_has_every_contract_field(records: list[EventRecord]) -> None:
    rows = list(csv.DictReader(io.StringIO(export(records, "csv"))))
    assert tuple(rows[0]) == EVENT_FIELDS
    assert rows[0]["assoc_actor_1"] == "Iranian Revolutionary Guard Corps; Hezbollah"
    assert json.loads(rows[0]["evidence"]) == [
        {"start": 0, "end": 28, "text": "Regime forces shelled Ariha,"}
    ]
    assert rows[0]["notes"] == records[0].notes  # quotes and commas survive
    assert rows[2]["actor2"] == "" and rows[2]["latitude"] == ""


def test_geojson_is_a_feature_collection(records: list[EventRecord]) -> None:
    collection = json.loads(export(records, "geojson"))
    assert collection["type"] == "FeatureCollection"
    features = collection["features"]
    assert [f["id"] for f in features] == ["sohr-idlib-1", "sohr-idlib-2", "sohr-idlib-3"]
    assert features[0]["type"] == "Feature"
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [36.6105, 35.8137]}
    assert features[0]["properties"]["fatalities"] == 2
    assert "latitude" not in features[0]["properties"]
    assert features[2]["geometry"] is None  # kept, without a position
    assert json.loads(export([], "geojson")) == {"type": "FeatureCollection", "features": []}


def test_acled_csv_has_acleds_columns_in_order(records: list[EventRecord]) -> None:
    reader = csv.reader(io.StringIO(export(records, "acled-csv")))
    header, *rows = list(reader)
    assert tuple(header) == ACLED_COLUMNS
    assert len(header) == 31 and all(len(row) == 31 for row in rows)
    shelling, clash, unplaced = (dict(zip(header, row, strict=True)) for row in rows)
    assert shelling["event_id_cnty"].startswith("SYR") and shelling["event_id_cnty"][3:].isdigit()
    assert shelling["event_date"] == "2024-02-11" and shelling["year"] == "2024"
    assert shelling["disorder_type"] == "Political violence"
    assert shelling["interaction"] == "17"
    assert shelling["civilian_targeting"] == "Civilian targeting"
    assert shelling["iso"] == "760" and shelling["region"] == "Middle East"
    assert shelling["assoc_actor_1"] == "Iranian Revolutionary Guard Corps; Hezbollah"
    assert (shelling["latitude"], shelling["longitude"], shelling["fatalities"]) == (
        "35.8137",
        "36.6105",
        "2",
    )
    assert clash["interaction"] == "12" and clash["civilian_targeting"] == ""
    assert unplaced["disorder_type"] == "Strategic developments"
    assert unplaced["interaction"] == "20" and unplaced["inter2"] == ""
    assert unplaced["year"] == "" and unplaced["latitude"] == ""


@pytest.mark.parametrize(
    ("inter1", "inter2", "code"), [(1, 7, "17"), (8, 2, "28"), (3, 0, "30"), (7, 1, "17")]
)
def test_interaction_code(inter1: int, inter2: int, code: str) -> None:
    assert interaction(inter1, inter2) == code


def test_unknown_format_lists_the_valid_ones() -> None:
    with pytest.raises(MarsadError, match="acled-csv.*") as info:
        write_events([], "xlsx", io.StringIO())
    assert all(fmt in str(info.value) for fmt in FORMATS)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_streams(fmt: str, records: list[EventRecord]) -> None:
    """Rows are consumed one by one while writing: output exists before the input is exhausted."""
    out = io.StringIO()
    seen_output_mid_stream: list[bool] = []

    def rows() -> Iterator[dict]:
        for n in range(200):
            if n == 100:
                seen_output_mid_stream.append(len(out.getvalue()) > 0)
            yield records[n % 3].as_dict()

    assert write_events(rows(), fmt, out) == 200
    assert seen_output_mid_stream == [True]


def test_acled_csv_writes_acleds_name_for_actors_the_base_names_otherwise(records: list[EventRecord]) -> None:
    militias = replace(records[0], actor1="Iranian-backed militias", assoc_actor_1=("Iranian-backed militias",))
    row = next(csv.DictReader(io.StringIO(export([militias], "acled-csv"))))
    assert row["actor1"] == "Militia (Pro-Iran)" and row["assoc_actor_1"] == "Militia (Pro-Iran)"
    assert row["actor2"] == "Civilians (Syria)"  # already ACLED's name: unchanged
    assert json.loads(export([militias], "jsonl"))["actor1"] == "Iranian-backed militias"  # Marsad's own name
