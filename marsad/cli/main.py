"""The `marsad` command line: each command a thin wrapper around one library call.

Errors become output here and only here: a MarsadError is one red line on stderr and exit code 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from marsad.cli.errors import DbOption, check_limit, check_port, err, existing_db, handles_errors
from marsad.errors import InputError, MarsadError
from marsad.types import Report

if TYPE_CHECKING:
    from marsad.store.recode import RecodeOutcome

app = typer.Typer(
    help="Marsad: conflict reports in, a verified, mapped database of events and actors out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

PublishedOption = Annotated[str | None, typer.Option("--published", help="Publication date YYYY-MM-DD, for "
                                                     "resolving relative dates.")]
SourceOption = Annotated[str | None, typer.Option("--source", help="Publisher name to record as `source`.")]


def reports_error(origin: str, reason: str) -> None:
    err.print(f"[yellow]skipped[/] {reason}" if reason.startswith(origin) else f"[yellow]skipped[/] {origin}: {reason}")


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise MarsadError(f"{option} {value!r} is not a date; use YYYY-MM-DD") from None


def _reports(inputs: list[str], published: str | None, source: str | None) -> Iterator[Report]:
    from marsad.ingest import read_reports

    yield from read_reports(inputs, published=_parse_date(published, "--published"), source=source,
                            on_error=reports_error)


@app.command()
@handles_errors
def extract(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for standard input.")],
    published: PublishedOption = None,
    source: SourceOption = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or geojson.")] = "jsonl",
) -> None:
    """Code the events of reports and print them, without storing anything.

    Example: marsad extract report.txt --published 2021-02-08 --format jsonl
    """
    from marsad.export import write_events
    from marsad.nlp.pipeline import Pipeline

    if fmt not in {"jsonl", "csv", "geojson"}:
        raise MarsadError(f"--format {fmt!r}: choose jsonl, csv or geojson")
    reports = list(_reports(inputs, published, source))
    if not reports:
        raise InputError(f"no report could be read from {', '.join(inputs)}")
    pipeline = Pipeline(on_error=reports_error)
    records = (record for _, events in pipeline.pipe(reports) for record in events)
    write_events(records, fmt, sys.stdout)


@app.command()
@handles_errors
def geoparse(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for standard input.")],
) -> None:
    """Print one JSON line per resolved place mention.

    Example: marsad geoparse report.txt
    """
    from marsad.places.gazetteer import Gazetteer
    from marsad.places.rows import geoparse_rows

    reports = list(_reports(inputs, None, None))
    if not reports:
        raise InputError(f"no report could be read from {', '.join(inputs)}")
    gazetteer = Gazetteer.open()
    for row in geoparse_rows(reports, gazetteer):
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


@app.command()
@handles_errors
def ingest(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for standard input.")],
    db: DbOption = None,
    published: PublishedOption = None,
    source: SourceOption = None,
    recode: Annotated[bool, typer.Option("--recode", help="Code reports already stored again: unreviewed "
                                         "events take the new coding; reviewed ones keep their values and "
                                         "get a `recode` audit entry where the coding differs.")] = False,
) -> None:
    """Store reports and their events. A report already stored (same content) is skipped.

    Example: marsad ingest examples/reports --db sqlite:///marsad.db
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from marsad.flow import ingest_reports
    from marsad.nlp.pipeline import Pipeline
    from marsad.store import Store

    reports = list(_reports(inputs, published, source))
    if not reports:
        raise InputError(f"no report could be read from {', '.join(inputs)}; nothing stored")
    with Store.open(db) as store:
        columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("coding reports", total=len(reports))
            outcome = ingest_reports(reports, store, Pipeline(on_error=reports_error), recode=recode,
                                     on_report=lambda n, _: progress.update(task, completed=n))
    for stored in outcome.already:
        err.print(f"already stored: {stored.doc_id}")
    for doc_id, recoded in outcome.recoded:
        err.print(_recoded(doc_id, recoded))
    if not outcome.statistics_refreshed:
        err.print("[yellow]note:[/] the query planner's statistics were not refreshed (another process kept "
                  "writing); the reports are stored, and the next ingest refreshes them")
    err.print(f"{len(outcome.added)} report(s) stored with {outcome.events} event(s); "
              f"{len(reports) - len(outcome.added) - len(outcome.recoded)} already stored or skipped"
              + (f"; {len(outcome.recoded)} re-coded" if recode else ""))
    if outcome.dedupe is not None:  # links the new and re-coded records to other reports'
        err.print(f"dedupe: {outcome.dedupe.line()}")
    if not outcome.added and not outcome.recoded and not outcome.already:
        raise InputError("nothing stored: no report could be coded")


def check_event_type(event_type: str | None) -> None:
    """--type takes an ACLED event type or sub-event type (marsad/data/events/acled_types.yaml)."""
    from marsad.store.edits import acled_types

    types = acled_types()
    if event_type is not None and event_type not in types and not any(event_type in s for s in types.values()):
        raise InputError(f"--type {event_type!r} is not an ACLED event or sub-event type; event types: "
                         f"{', '.join(types)}")


def _dedupe_and_report(store, *, rebuild: bool, recoded: set[str] | None = None) -> None:
    from marsad.dedupe.run import dedupe as run_dedupe

    err.print(f"dedupe: {run_dedupe(store, rebuild=rebuild, recoded=recoded or ()).line()}")


@app.command()
@handles_errors
def dedupe(
    db: DbOption = None,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Re-examine every record, not only those stored "
                                          "or reviewed since the last run (same result, slower).")] = False,
) -> None:
    """Link records of the same event from different reports into canonical events (never deletes one).

    Example: marsad dedupe --db sqlite:///marsad.db
    """
    from marsad.store import Store

    with Store.open(existing_db(db)) as store:
        _dedupe_and_report(store, rebuild=rebuild)


def _recoded(doc_id: str, outcome: RecodeOutcome) -> str:
    line = (f"re-coded {doc_id}: {outcome.updated} updated, {outcome.added} added, {outcome.removed} removed, "
            f"{outcome.unchanged} unchanged, {outcome.kept} reviewed kept")
    if outcome.flagged:
        line += f"; the new coding differs on reviewed event(s) {', '.join(outcome.flagged)} (see their audit)"
    return line


@app.command()
@handles_errors
def events(
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Earliest event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest event date, YYYY-MM-DD.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. Battles.")] = None,
    actor: Annotated[str | None, typer.Option(help="An actor's name or alias (SDF, Daesh), or part of a name.")] = None,
    place: Annotated[str | None, typer.Option(help="A place or governorate as written anywhere (Mayadeen, Deir Ezzor), "
                                              "or part of a name.")] = None,
    backed_by: Annotated[str | None, typer.Option("--backed-by", help="Only actors backed by this patron "
                                                  "(per the actor base), e.g. IRGC.")] = None,
    admin1: Annotated[str | None, typer.Option("--admin1", help="Governorate, e.g. Deir ez-Zor.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv, geojson or acled-csv.")] = "jsonl",
    facet: Annotated[str | None, typer.Option("--facet", help="Count the matching events per event_type, "
                                              "sub_event_type, actor, admin1 or month instead.")] = None,
) -> None:
    """Query stored events.

    Example: marsad events --type Battles --since 2024-01-01 --place "Deir ez-Zor"

    How many battles per governorate in 2024: marsad events --type Battles --since 2024-01-01 --facet admin1

    Which Iran-backed groups appeared in Deir ez-Zor in 2023:
    marsad events --backed-by "Islamic Revolutionary Guard Corps" --admin1 "Deir ez-Zor" --since 2023-01-01
    """
    from marsad.export import get_exporter, write_events
    from marsad.query import resolve_filter
    from marsad.store import Store
    from marsad.store.filters import EventFilter

    check_limit(limit)
    get_exporter(fmt)
    check_event_type(event_type)
    with Store.open(existing_db(db)) as store:
        filters = resolve_filter(EventFilter(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                                             event_type=event_type, actor=actor, place=place, backed_by=backed_by,
                                             admin1=admin1), store)
        if filters.client_names == ():
            raise InputError(f"--backed-by {backed_by!r}: no actor in the actor base is backed by it "
                             "(see marsad actors list)")
        if facet is not None:
            from marsad.store.facets import print_facet

            print_facet(store, filters, facet, limit, sys.stdout)
            return
        write_events(store.query_events(filters, limit=limit), fmt, sys.stdout)


@app.command()
@handles_errors
def export(
    fmt: Annotated[str, typer.Option("--format", help="acled-csv, geojson, jsonl or csv.")] = "jsonl",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    db: DbOption = None,
    raw_cells: Annotated[bool, typer.Option(
        "--raw-cells", help="CSV: write cells exactly as stored; by default a cell a spreadsheet would run as a "
        "formula (=, +, -, @) starts with '.")] = False,
    one_per_event: Annotated[bool, typer.Option(
        "--one-per-event", help="One row per de-duplicated event (the records `marsad dedupe` linked leave "
        "one row with the reconciled fields and all their sources).")] = False,
) -> None:
    """Write every stored event in one format.

    Example: marsad export --format acled-csv -o events.csv
    """
    from marsad.export import get_exporter, write_events
    from marsad.export.deduplicated import one_row_per_event
    from marsad.store import Store

    get_exporter(fmt)  # a wrong format fails before any file is created
    store = Store.open(existing_db(db))
    try:
        rows = one_row_per_event(store) if one_per_event else store.iter_events()
        if output is None:
            count = write_events(rows, fmt, sys.stdout, raw_cells=raw_cells)
        else:
            with output.open("w", encoding="utf-8", newline="") as handle:
                count = write_events(rows, fmt, handle, raw_cells=raw_cells)
        err.print(f"{count} event(s) written")
    finally:
        store.close()


@app.command()
@handles_errors
def publish(
    output: Annotated[Path, typer.Argument(help="The new SQLite file to write (never overwritten).")],
    db: DbOption = None,
) -> None:
    """Write the published events, public fields only, into a new SQLite file to open in Datasette or share.

    The store's own file also holds report texts, sources on the ground and the audit trail: publish this
    file instead. Example: marsad publish public.db && datasette public.db
    """
    from marsad.export.public import publish as publish_events
    from marsad.store import Store

    with Store.open(db) as store:
        count = publish_events(store, output)
    err.print(f"{count} published event(s) written to {output}")


@app.command()
@handles_errors
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    public: Annotated[bool, typer.Option("--public", help="Read-only; hides source attribution and the "
                                         "audit trail (sources on the ground stay protected).")] = False,
    allow_private_feeds: Annotated[bool, typer.Option(
        "--allow-private-feeds", help="Let admins register feeds on loopback or private addresses (an intranet "
        "feed); refused by default so the server cannot be used to reach them.")] = False,
    workers: Annotated[int, typer.Option(min=1, max=32, help="Server processes (one per core); sessions, jobs "
                                         "and feed polls are shared through the database.")] = 1,
    allowed_host: Annotated[list[str] | None, typer.Option(
        "--allowed-host", metavar="NAME", help="A name the server answers for in the Host header (repeat for "
        "more); default the bind address and localhost. Others are refused (DNS rebinding).")] = None,
    forwarded_allow_ips: Annotated[str | None, typer.Option(
        "--forwarded-allow-ips", metavar="ADDRS", help="Proxies (addresses or networks, comma-separated) whose "
        "X-Forwarded-For/-Proto are trusted; none by default.")] = None,
) -> None:
    """Serve the API and the web app.

    Example: marsad serve --port 8000 --workers 2
    """
    from marsad.api.server import serve as run_server

    check_port(port)
    run_server(db, host=host, port=port, public=public, allow_private_feeds=allow_private_feeds, workers=workers,
               allowed_hosts=allowed_host or (), forwarded_allow_ips=forwarded_allow_ips)


def _mount_subcommands() -> None:
    from marsad.cli.actors import actors_app
    from marsad.cli.db import batch_command, db_app
    from marsad.cli.gazetteer import gazetteer_app
    from marsad.cli.users import users_app

    app.add_typer(gazetteer_app, name="gazetteer", help="Build and inspect the gazetteer index.")
    app.add_typer(actors_app, name="actors", help="The actor knowledge base: list, show, add, import, review.")
    app.add_typer(users_app, name="users", help="Accounts for the web app: add, list, remove.")
    app.command("batch")(batch_command)
    app.add_typer(db_app, name="db", help="Upgrade a database, copy one into another.")


_mount_subcommands()


def main() -> None:
    app()
