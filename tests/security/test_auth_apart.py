"""Issue 18.11: the store file analysts open holds no account, password hash, session, login failure or
job (they are in marsad-auth.db beside it, moved there from older stores too); `marsad publish` writes
a file with the published events' public fields only."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from security_helpers import local, login
from security_samples import PUBLISHED, SECRET_SOURCE, TEXT, UNREVIEWED, UNREVIEWED_MARK
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import Store
from marsad.store.engine import downgrade

AUTH_TABLES = {"users", "web_sessions", "login_failures", "web_jobs"}


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_the_store_file_holds_no_account_or_session(accounts_url: str, tmp_path: Path) -> None:
    with local(accounts_url) as client:
        assert login(client, "carl").status_code == 200
        assert login(client, "vera", "wrong-password").status_code == 401
    store_file = tmp_path / "sec.db"
    assert not _tables(store_file) & AUTH_TABLES
    assert b"argon2id" not in store_file.read_bytes()
    assert AUTH_TABLES <= _tables(tmp_path / "sec-auth.db")


def test_an_older_store_has_its_accounts_moved_out(accounts_url: str, tmp_path: Path) -> None:
    with Store.open(accounts_url) as store:
        downgrade(store.engine, "0008")  # as a store made before the accounts file existed
    assert AUTH_TABLES <= _tables(tmp_path / "sec.db")
    (tmp_path / "sec-auth.db").unlink()
    with Store.open(accounts_url) as store:
        assert [u["name"] for u in store.list_users()] == ["ada", "carl", "vera"]
    assert not _tables(tmp_path / "sec.db") & AUTH_TABLES


def test_publish_writes_only_public_fields_of_published_events(store_url: str, tmp_path: Path) -> None:
    with Store.open(store_url) as store:
        store.review_event(PUBLISHED.event_id, "confirm", "carl")
    out = tmp_path / "public.db"
    result = CliRunner().invoke(app, ["publish", str(out), "--db", store_url])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    for secret in (SECRET_SOURCE, UNREVIEWED_MARK, UNREVIEWED.event_id, TEXT[:40], b"carl".decode()):
        assert secret.encode() not in data, secret
    with sqlite3.connect(out) as connection:
        assert connection.execute("SELECT event_id, location FROM events").fetchall() == [("sec-a-1", "Sarmada")]
        columns = {row[1] for row in connection.execute("PRAGMA table_info(events)")}
    assert not columns & {"source_attribution", "evidence", "field_evidence", "report", "audit"}
    again = CliRunner().invoke(app, ["publish", str(out), "--db", store_url])
    assert again.exit_code != 0 and "exists" in again.output


def test_the_store_owns_every_table_and_needs_no_api() -> None:
    import ast
    import subprocess
    import sys

    code = ("import sys, marsad.store; from marsad.store.models import Base; "
            "print(sorted(m for m in sys.modules if m.startswith('marsad.api'))); "
            "print(sorted({t.__module__ for t in Base.registry._class_registry.values() if hasattr(t, '__table__')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0] == "[]"
    assert all(module.startswith(("marsad.store.", "marsad.dedupe.")) for module in ast.literal_eval(out[1])), out[1]


def test_copying_a_store_copies_its_accounts_into_the_accounts_file(accounts_url: str, tmp_path: Path) -> None:
    from marsad.scale.copy import copy_store

    target = f"sqlite:///{tmp_path / 'copy.db'}"
    assert copy_store(accounts_url, target)["users"] == 3
    with Store.open(target) as store:
        assert [u["name"] for u in store.list_users()] == ["ada", "carl", "vera"]
    assert AUTH_TABLES <= _tables(tmp_path / "copy-auth.db") and not _tables(tmp_path / "copy.db") & AUTH_TABLES


def test_backup_and_restore_carry_the_accounts_file(accounts_url: str, tmp_path: Path) -> None:
    from marsad.store.backup import backup, restore

    saved = tmp_path / "saved" / "backup.db"
    saved.parent.mkdir()
    backup(accounts_url, saved)
    assert AUTH_TABLES <= _tables(saved.with_name("backup-auth.db")) and not _tables(saved) & AUTH_TABLES
    target = f"sqlite:///{tmp_path / 'restored.db'}"
    restore(saved, target)
    with Store.open(target) as store:
        assert [u["name"] for u in store.list_users()] == ["ada", "carl", "vera"]
