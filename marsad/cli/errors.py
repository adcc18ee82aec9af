"""What every `marsad` command shares: the error console, the --db option, and the one place where a
MarsadError becomes output (one red line, exit code 1)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from marsad.errors import InputError, MarsadError

err = Console(stderr=True, highlight=False, soft_wrap=True)  # soft_wrap: an error stays one line

DbOption = Annotated[str | None, typer.Option("--db", envvar="MARSAD_DB",
                                               help="Database URL (default sqlite:///marsad.db).")]


def handles_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except MarsadError as error:
            err.print(f"[red]error:[/] {error}")
            raise typer.Exit(1) from None
        except BrokenPipeError:  # `marsad extract ... | head`
            sys.stderr.close()
            raise typer.Exit(0) from None
    return wrapper


def existing_db(db: str | None) -> str:
    """The database URL a read command opens: a SQLite file that is not there is an error (reading must
    not leave a new, empty marsad.db behind and answer "nothing")."""
    from marsad.settings import get_settings

    url = db or get_settings().db_url
    if url.startswith("sqlite:///") and ":memory:" not in url:
        path = Path(url.removeprefix("sqlite:///").split("?", 1)[0])
        if not path.exists():
            raise InputError(f"no database at {path}; store reports first (marsad ingest ...) or name one with --db")
    return url


def check_limit(limit: int | None, option: str = "--limit") -> None:
    if limit is not None and limit < 0:
        raise InputError(f"{option} {limit} is negative; give 0 or more")


def check_port(port: int) -> None:
    if not 0 < port < 65536:
        raise InputError(f"--port {port} is out of range; use 1-65535")
