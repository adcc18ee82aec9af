"""`marsad db backup` and `marsad db restore`: SQLite's online backup API, safe while other processes work.

Backup copies a consistent snapshot of a live store (WAL: writers go on meanwhile) into a temporary file
beside PATH, checks it, and only then renames it to PATH, so a crash never leaves a half backup under the
name. Restore copies a checked backup into the store through the same API, which takes the store's write
lock for the copy: readers and writers of a running store wait, then see either the old or the new store,
never a mix. PostgreSQL stores are backed up with the server's own tools; both commands say how.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from sqlalchemy.engine import make_url

from marsad.errors import StoreError

from .engine import BUSY_TIMEOUT_MS, auth_file, safe_url


def postgres_guidance(url: str, path: str) -> str:
    """How to back up and restore a PostgreSQL store with pg_dump / pg_restore (one line)."""
    parsed = make_url(url).set(drivername="postgresql")
    plain = parsed.render_as_string(hide_password=True)
    return (f"{safe_url(url)} is PostgreSQL: back it up with the server's tools, "
            f"`pg_dump --format=custom --file={path} '{plain}'`, and restore with "
            f"`pg_restore --clean --if-exists --no-owner --dbname='{plain}' {path}` "
            "(pg_dump reads a consistent snapshot while Marsad keeps writing)")


def sqlite_path(url: str, path: str, command: str) -> Path:
    """The store's file, or StoreError (PostgreSQL guidance, or no file for an in-memory store)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise StoreError(postgres_guidance(url, path))
    if parsed.database in (None, "", ":memory:"):
        raise StoreError(f"an in-memory store has no file to {command}; use sqlite:///path/to/marsad.db")
    return Path(parsed.database)


def backup(url: str, destination: Path, *, force: bool = False) -> dict[str, int]:
    """Copy the store at `url` into the file `destination`; returns its report and event counts."""
    source_path = sqlite_path(url, str(destination), "back up")
    if not source_path.exists():
        raise StoreError(f"no store at {source_path}; check --db (or MARSAD_DB)")
    if destination.exists() and not force:
        raise StoreError(f"{destination} exists; choose another file or add --force to overwrite it")
    if destination.resolve() == source_path.resolve():
        raise StoreError(f"{destination} is the store itself; back it up into another file")
    folder = destination.parent if str(destination.parent) else Path(".")
    if not folder.is_dir():
        raise StoreError(f"folder {folder} does not exist; create it first")
    handle, temporary = tempfile.mkstemp(prefix=f".{destination.name}.", suffix=".partial", dir=folder)
    os.close(handle)
    try:
        source = _connect(source_path)
        target = sqlite3.connect(temporary)
        try:
            source.backup(target)  # one step: a consistent snapshot, however busy the store is
            target.execute("PRAGMA journal_mode=DELETE")  # the backup is one self-contained file
            counts = check_backup(target, destination)
        finally:
            target.close()
            source.close()
        os.replace(temporary, destination)
        _copy_accounts(source_path, destination)
    except sqlite3.Error as exc:
        raise StoreError(f"could not back up {source_path} to {destination}: {exc}") from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    return counts


def _copy_accounts(source: Path, target: Path) -> None:
    """The accounts file beside `source` (marsad-auth.db) copied beside `target`, when there is one:
    accounts and sessions are kept out of the store file itself (auth_models.py)."""
    accounts = Path(auth_file(str(source)))
    if not accounts.exists():
        return
    origin = _connect(accounts)
    copy = _connect(Path(auth_file(str(target))))
    try:
        origin.backup(copy)
    finally:
        copy.close()
        origin.close()


def restore(backup_file: Path, url: str, *, force: bool = False) -> dict[str, int]:
    """Copy `backup_file` over the store at `url`; refuses to replace a store holding data without force."""
    target_path = sqlite_path(url, str(backup_file), "restore into")
    if not backup_file.is_file():
        raise StoreError(f"no backup file {backup_file}")
    if target_path.exists() and target_path.resolve() == backup_file.resolve():
        raise StoreError(f"{backup_file} is the store itself; nothing to restore")
    try:
        source = sqlite3.connect(f"file:{backup_file.resolve()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open {backup_file}: {exc}") from exc
    try:
        counts = check_backup(source, backup_file)
        if target_path.exists() and not force:
            held = _held(target_path)
            if held:
                raise StoreError(
                    f"{target_path} holds {held}; restoring would replace them: back it up first "
                    f"(marsad db backup) and add --force"
                )
        if not target_path.parent.is_dir():
            raise StoreError(f"folder {target_path.parent} does not exist; create it first")
        target = _connect(target_path)
        try:
            source.backup(target)  # takes the store's write lock; other processes wait, then see it whole
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
        _copy_accounts(backup_file, target_path)
    except sqlite3.Error as exc:
        raise StoreError(f"could not restore {backup_file} into {target_path}: {exc}") from exc
    finally:
        source.close()
    return counts


def check_backup(connection: sqlite3.Connection, path: Path) -> dict[str, int]:
    """Report and event counts of a Marsad store file, or StoreError if it is damaged or not a store."""
    try:
        verdict = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise StoreError(f"{path} is damaged (integrity_check: {verdict[0]}); use another backup")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"alembic_version", "reports", "events"} <= tables:
            raise StoreError(f"{path} is not a Marsad store (no reports/events tables)")
        return {
            "reports": connection.execute("SELECT count(*) FROM reports").fetchone()[0],
            "events": connection.execute("SELECT count(*) FROM events").fetchone()[0],
        }
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database ({exc}); give a file made by marsad db backup") from exc


def _held(path: Path) -> str:
    """What a store file holds, as words ('3 reports and 5 events'), or '' when it holds nothing."""
    connection = _connect(path)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "reports" not in tables:
            return "tables of another program" if tables else ""
        reports = connection.execute("SELECT count(*) FROM reports").fetchone()[0]
        events = connection.execute("SELECT count(*) FROM events").fetchone()[0]
        users = connection.execute("SELECT count(*) FROM users").fetchone()[0] if "users" in tables else 0
        accounts = Path(auth_file(str(path)))
        if accounts.exists():  # since revision 0009 the accounts are in the file beside it
            with closing(_connect(accounts)) as beside:
                names = {row[0] for row in beside.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                users += beside.execute("SELECT count(*) FROM users").fetchone()[0] if "users" in names else 0
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a SQLite database ({exc}); check --db") from exc
    finally:
        connection.close()
    if not (reports or events or users):
        return ""
    return f"{reports} reports, {events} events and {users} users"


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    return connection
