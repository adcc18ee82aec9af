"""What every `marsad` command shares: the error console, the --db option, and the one place where a
MarsadError becomes output (one red line, exit code 1)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Annotated, Any

import typer
from rich.console import Console

from marsad.errors import MarsadError

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
