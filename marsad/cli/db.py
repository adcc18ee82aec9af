"""`marsad batch` and `marsad db upgrade|copy|backup|restore|check`: thin wrappers over `run_batch`,
`Store.open`, `copy_store` and `store.backup`, mounted on the main app by marsad/cli/main.py."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from marsad.cli.errors import DbOption, err, handles_errors
from marsad.errors import MarsadError

db_app = typer.Typer(help="Upgrade, copy, back up, restore and check a database.", no_args_is_help=True)


def batch_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories or URLs of reports.")],
    db: DbOption = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a local cluster).")] = None,
    workers: Annotated[int | None, typer.Option(
        help="Worker processes of the local cluster (default: one per core).")] = None,
    partition_size: Annotated[int, typer.Option(help="Reports per task.")] = 50,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD, all reports.")] = None,
    source: Annotated[str | None, typer.Option(help="Publisher name to record as `source`.")] = None,
) -> None:
    """Code an archive of reports on Dask and store the events; re-running codes only what is missing.

    Example: marsad batch archive/ --workers 2 --db sqlite:///marsad.db
    """
    from datetime import date

    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from marsad.scale.batch import BatchResult, run_batch

    try:
        published_date = date.fromisoformat(published) if published else None
    except ValueError:
        raise MarsadError(f"--published {published!r} is not a date; use YYYY-MM-DD") from None
    columns = (TextColumn("coding"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("coding", total=None, rate="")

        def show(result: BatchResult, total: int | None) -> None:
            progress.update(task, completed=result.done, total=total,
                            rate=f"{result.reports_per_second:.1f} reports/s, {result.events} events")

        result = run_batch(inputs, db_url=db, scheduler=scheduler, workers=workers,
                           partition_size=partition_size, published=published_date, source=source,
                           on_progress=show)
    for failure in result.failures:
        err.print(f"[yellow]failed[/] {failure.origin or failure.doc_id}: {failure.reason}")
    err.print(result.summary())
    if result.stored:
        link_across_reports(db)
    if result.failures:
        raise typer.Exit(1)


def link_across_reports(db_url: str | None) -> None:
    """`marsad dedupe` over what a batch or a copy just stored (incremental: only the new records)."""
    from marsad.dedupe.run import dedupe
    from marsad.store import Store

    with Store.open(db_url) as store:
        err.print(f"dedupe: {dedupe(store).line()}")


batch_command = handles_errors(batch_command)


@db_app.command("upgrade")
@handles_errors
def upgrade_command(db: DbOption = None) -> None:
    """Create the schema or bring it to the newest revision.

    Example: marsad db upgrade --db postgresql+psycopg://marsad@db.example.org/marsad
    """
    from marsad.store import Store

    with Store.open(db) as store:
        revision = _revision(store)
        err.print(f"{store.url} is at revision {revision}")


@db_app.command("copy")
@handles_errors
def copy_command(
    source: Annotated[str, typer.Option("--from", help="Database to read, e.g. sqlite:///marsad.db.")],
    target: Annotated[str, typer.Option("--to", help="Database to write, e.g. postgresql+psycopg://...")],
) -> None:
    """Copy reports, events, evidence, places and actors into another database (what it lacks only).

    Example: marsad db copy --from sqlite:///marsad.db --to postgresql+psycopg://marsad@db/marsad
    """
    from marsad.scale.copy import copy_store

    counts = copy_store(source, target)
    err.print("copied " + ", ".join(f"{count} {table}" for table, count in counts.items()))
    if counts.get("events"):
        link_across_reports(target)  # canonical events are the target's own, built from all it holds


@db_app.command("backup")
@handles_errors
def backup_command(
    path: Annotated[Path, typer.Argument(help="File to write the backup to.")],
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite PATH if it exists.")] = False,
) -> None:
    """Back up a SQLite store into one file, safely while others use it (PostgreSQL: prints pg_dump advice).

    Example: marsad db backup backups/marsad-2024-03-05.db --db sqlite:///marsad.db
    """
    from marsad.settings import get_settings
    from marsad.store import backup

    counts = backup.backup(db or get_settings().db_url, path, force=force)
    err.print(f"backed up {counts['reports']} reports and {counts['events']} events to {path}")


@db_app.command("restore")
@handles_errors
def restore_command(
    path: Annotated[Path, typer.Argument(help="A file written by marsad db backup.")],
    db: DbOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace a store that holds data.")] = False,
) -> None:
    """Replace a SQLite store with a backup (refuses to replace data without --force).

    Example: marsad db restore backups/marsad-2024-03-05.db --db sqlite:///marsad.db --force
    """
    from marsad.settings import get_settings
    from marsad.store import Store, backup

    url = db or get_settings().db_url
    counts = backup.restore(path, url, force=force)
    with Store.open(url) as store:  # a backup from an older Marsad is brought to the current schema
        revision = _revision(store)
    err.print(f"restored {counts['reports']} reports and {counts['events']} events from {path} into "
              f"{store.url} (revision {revision})")


@db_app.command("check")
@handles_errors
def check_command(db: DbOption = None) -> None:
    """Check a store is whole: SQLite's integrity_check, nothing stored twice, no event without its report.

    Example: marsad db check --db sqlite:///marsad.db
    """
    from marsad.store import Store
    from marsad.store.integrity import integrity_problems, store_summary

    with Store.open(db) as store:
        problems = integrity_problems(store.engine)
        counts = store_summary(store.engine)
        url = store.url
    for problem in problems:
        err.print(f"[red]problem:[/] {problem}")
    if problems:
        raise MarsadError(f"{url} failed {len(problems)} check(s); restore a backup (marsad db restore)")
    err.print(f"{url}: ok ({counts['reports']} reports, {counts['events']} events, {counts['evidence']} evidence)")


def _revision(store: Any) -> str:
    from sqlalchemy import text

    with store.engine.connect() as connection:
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar() or "base"
