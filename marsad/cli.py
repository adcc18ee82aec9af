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

from marsad.cli_errors import DbOption, err, handles_errors
from marsad.errors import MarsadError
from marsad.types import Report

if TYPE_CHECKING:
    from marsad.store import Store
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
    pipeline = Pipeline(on_error=reports_error)
    records = (record for _, events in pipeline.pipe(_reports(inputs, published, source)) for record in events)
    write_events(records, fmt, sys.stdout)


@app.command()
@handles_errors
def geoparse(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, URLs, or - for standard input.")],
) -> None:
    """Print one JSON line per resolved place mention.

    Example: marsad geoparse report.txt
    """
    from marsad.places.cli import geoparse_rows
    from marsad.places.gazetteer import Gazetteer

    gazetteer = Gazetteer.open()
    for row in geoparse_rows(_reports(inputs, None, None), gazetteer):
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

    from marsad.actors.userbase import queue_discovered
    from marsad.nlp.pipeline import Pipeline
    from marsad.store import Store

    store = Store.open(db)
    try:
        reports = list(_reports(inputs, published, source))
        fresh, seen, stored_again = [], set(), set()
        for report in reports:
            stored = report.content_hash not in seen and recode and store.stored_report(report.content_hash)
            if stored:  # the stored doc_id and fields, so the event ids stay those of the first coding
                seen.add(report.content_hash)
                stored_again.add(report.content_hash)
                fresh.append(stored)
            elif report.content_hash in seen or store.has_report(report.content_hash):
                err.print(f"already stored: {report.doc_id}")
            else:
                seen.add(report.content_hash)
                fresh.append(report)
        added = events = 0
        if fresh:
            from marsad.settings import get_settings

            # the store's user-added and accepted actors join the shipped base
            pipeline = Pipeline(db_url=db or get_settings().db_url, on_error=reports_error)
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            with Progress(*columns, console=err, transient=True) as progress:
                task = progress.add_task("coding reports", total=len(fresh))
                for doc in pipeline.analyse(fresh):
                    report, records = doc._.report, list(doc._.events or [])
                    if report.content_hash in stored_again:
                        err.print(_recoded(report.doc_id, store.recode_report(report, records)))
                        progress.advance(task)
                        continue
                    _, was_added = store.add_report(report, records)
                    if was_added:
                        added += 1
                        events += len(records)
                        # groups the base does not know wait for review in `marsad actors pending`
                        queue_discovered(store, doc._.actors or [], report.doc_id)
                    else:
                        err.print(f"already stored: {report.doc_id}")
                    progress.advance(task)
        if added:
            _refresh_statistics(store)
        err.print(f"{added} report(s) stored with {events} event(s); "
                  f"{len(reports) - added - len(stored_again)} already stored or skipped"
                  + (f"; {len(stored_again)} re-coded" if recode else ""))
        if added or stored_again:  # links the new and re-coded records to other reports' (issue 5)
            _dedupe_and_report(store, rebuild=False, recoded=stored_again)
    finally:
        store.close()


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

    store = Store.open(db)
    try:
        _dedupe_and_report(store, rebuild=rebuild)
    finally:
        store.close()


def _refresh_statistics(store: Store) -> None:
    import time

    from marsad.errors import StoreError

    for attempt in range(3):
        try:
            store.refresh_statistics()  # the query planner's statistics, so filtered pages stay fast
            return
        except StoreError:  # another process is writing (SQLite): the reports are stored all the same
            time.sleep(0.5 * 2**attempt)
    err.print("[yellow]note:[/] the query planner's statistics were not refreshed (another process kept "
              "writing); the reports are stored, and the next ingest refreshes them")


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
    actor: Annotated[str | None, typer.Option(help="Part of an actor's name.")] = None,
    place: Annotated[str | None, typer.Option(help="Part of a location or governorate name.")] = None,
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
    from marsad.export import write_events
    from marsad.store import Store

    store = Store.open(db)
    try:
        if facet is not None:
            from marsad.store.facets import print_facet
            from marsad.store.filters import EventFilter

            filters = EventFilter(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                                  event_type=event_type, actor=actor, place=place, backed_by=backed_by,
                                  admin1=admin1)
            print_facet(store, filters, facet, limit, sys.stdout)
            return
        rows = store.query_events(since=_parse_date(since, "--since"), until=_parse_date(until, "--until"),
                                  event_type=event_type, actor=actor, place=place, backed_by=backed_by,
                                  admin1=admin1, limit=limit)
        write_events(rows, fmt, sys.stdout)
    finally:
        store.close()


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
    store = Store.open(db)
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

    run_server(db, host=host, port=port, public=public, allow_private_feeds=allow_private_feeds, workers=workers,
               allowed_hosts=allowed_host or (), forwarded_allow_ips=forwarded_allow_ips)


def _mount_subcommands() -> None:
    from marsad.actors.cli import actors_app
    from marsad.api.users_cli import users_app
    from marsad.places.cli import gazetteer_app
    from marsad.scale.cli import batch_command, db_app

    app.add_typer(gazetteer_app, name="gazetteer", help="Build and inspect the gazetteer index.")
    app.add_typer(actors_app, name="actors", help="The actor knowledge base: list, show, add, import, review.")
    app.add_typer(users_app, name="users", help="Accounts for the web app: add, list, remove.")
    app.command("batch")(batch_command)
    app.add_typer(db_app, name="db", help="Upgrade a database, copy one into another.")


_mount_subcommands()


def main() -> None:
    app()
