"""`marsad users add|list|passwd|remove`: web accounts, mounted on the main CLI as `users`.

    marsad users add amira --role coder          # asks for the password twice
    echo "$PASS" | marsad users add amira --role coder --password-stdin
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from marsad.api.passwords import hash_password
from marsad.api.sessions import drop_user_sessions
from marsad.cli.errors import DbOption, existing_db, handles_errors
from marsad.errors import InputError
from marsad.store import Store
from marsad.store.users import ROLES

users_app = typer.Typer(help="Web accounts: viewer (read), coder (review and edit), admin (users, feeds).",
                        no_args_is_help=True)


def _password_hash(from_stdin: bool, prompt: str) -> str:
    """The hash of a password read from stdin (one line) or asked for twice."""
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt(prompt, hide_input=True, confirmation_prompt=True)
    return hash_password(password)


@users_app.command("add")
@handles_errors
def add(
    name: Annotated[str, typer.Argument(help="the login name")],
    role: Annotated[str, typer.Option("--role", help="viewer, coder or admin")] = "viewer",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the password from stdin")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create an account. Example: marsad users add amira --role coder"""
    if role not in ROLES:
        raise InputError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
    password_hash = _password_hash(password_stdin, "Password")
    with Store.open(db) as store:
        store.add_user(name, password_hash, role)
    typer.echo(f"added {name} ({role})")


@users_app.command("list")
@handles_errors
def list_users(db: DbOption = None) -> None:
    """List the accounts. Example: marsad users list"""
    with Store.open(existing_db(db)) as store:
        users = store.list_users()
    if not users:
        typer.echo("no accounts: `marsad serve` on 127.0.0.1 is open to anyone at this machine")
    for user in users:
        typer.echo(f"{user['name']}\t{user['role']}\t{user['created_at'][:19]}")


@users_app.command("passwd")
@handles_errors
def passwd(
    name: Annotated[str, typer.Argument(help="the login name")],
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="read the new password from stdin")
    ] = False,
    db: DbOption = None,
) -> None:
    """Set a new password; the user's web sessions end at once. Example: marsad users passwd amira"""
    password_hash = _password_hash(password_stdin, "New password")
    with Store.open(db) as store:
        store.set_password_hash(name, password_hash)
        drop_user_sessions(store, name)  # the fingerprint would refuse them anyway; no row left behind
    typer.echo(f"changed the password of {name}")


@users_app.command("remove")
@handles_errors
def remove(name: Annotated[str, typer.Argument(help="the login name")], db: DbOption = None) -> None:
    """Delete an account (its sessions end at once). Example: marsad users remove amira"""
    with Store.open(db) as store:
        store.remove_user(name)
        drop_user_sessions(store, name)
    typer.echo(f"removed {name}")
