"""One field list: the CSV columns, the API's event model and the dedupe record come from EventRecord."""

from __future__ import annotations

import dataclasses
import io

from marsad.api.schemas import EventOut
from marsad.dedupe.match import Record
from marsad.dedupe.run import RECORD_COLUMNS
from marsad.export import write_events
from marsad.record_fields import CONTRACT_FIELDS, DEDUPE_FIELDS, EVENT_FIELDS, field_types
from marsad.store.models import EventRow
from marsad.types import EventRecord


def test_the_field_list_is_the_records():
    assert EVENT_FIELDS == tuple(f.name for f in dataclasses.fields(EventRecord))
    assert CONTRACT_FIELDS[0] == "doc_id" and CONTRACT_FIELDS[-1] == "confidence" and "geonameid" not in CONTRACT_FIELDS


def test_csv_columns_are_the_field_list():
    out = io.StringIO()
    write_events([], "csv", out)
    assert tuple(out.getvalue().splitlines()[0].split(",")) == EVENT_FIELDS


def test_api_model_is_the_field_list_plus_what_the_store_adds():
    store_adds = ("review_status", "canonical_id", "canonical_event", "report_count", "sources")
    assert tuple(EventOut.model_fields) == (*EVENT_FIELDS, *store_adds)
    assert EventOut.model_fields["assoc_actor_1"].annotation == list[str]
    assert EventOut.model_fields["fatalities"].annotation is field_types()["fatalities"]


def test_dedupe_record_reads_record_fields_the_store_has():
    assert set(DEDUPE_FIELDS) <= set(EVENT_FIELDS)
    assert RECORD_COLUMNS == ("id", "report_id", *DEDUPE_FIELDS, "review_status", "canonical_id")
    assert all(hasattr(EventRow, name) for name in RECORD_COLUMNS)
    assert Record.__dataclass_fields__["fatalities"].type is int
