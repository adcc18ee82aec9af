"""`marsad export --one-per-event`: the records dedupe linked leave one row with the canonical event's fields
and every publisher; records of other events come through as they are."""

from __future__ import annotations

import csv
import io

from dedupe_samples import ABU_KAMAL, ENAB, event, store_report
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store


def test_one_row_per_deduplicated_event(sqlite_url: str) -> None:
    with Store.open(sqlite_url) as store:
        store_report(store, "sohr-a", event("sohr-a"))
        store_report(store, "enab-b", event("enab-b", source=ENAB, fatalities=4), source=ENAB)
        store_report(store, "sohr-c", event("sohr-c", place=ABU_KAMAL, event_date="2024-02-01"))
    assert CliRunner().invoke(app, ["dedupe", "--db", sqlite_url]).exit_code == 0
    runner = CliRunner()
    every = runner.invoke(app, ["export", "--format", "acled-csv", "--db", sqlite_url])
    one = runner.invoke(app, ["export", "--format", "acled-csv", "--one-per-event", "--db", sqlite_url])
    assert every.exit_code == 0 and one.exit_code == 0, one.output
    assert len(list(csv.DictReader(io.StringIO(every.stdout)))) == 3
    rows = list(csv.DictReader(io.StringIO(one.stdout)))
    assert [row["location"] for row in rows] == ["Al Mayadin", "Abu Kamal"]
    strike = rows[0]
    assert set(strike["source"].split("; ")) == {"Syrian Observatory for Human Rights", ENAB}
    assert strike["source_scale"] == "National"
