"""The `marsad` command line: one Typer app (main.py), one error surface (errors.py), a module per command group.

Each command is a thin call of a library function; a MarsadError becomes one red line and exit code 1.
"""

from marsad.cli.main import app, main

__all__ = ["app", "main"]
