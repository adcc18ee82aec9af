"""Run documented commands for `cog` so every command output in README.md and docs/ is real.

Each `[[[cog run("marsad ...") ]]]` block runs the command in one shared scratch session (a MARSAD_HOME
and a marsad.db of its own, the repository as the working folder) and writes the command and its output.
`make docs` regenerates them (`cog -r`); CI runs `cog --check`, so an output that drifts fails the build.
"""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import cog  # type: ignore[import-not-found]  (provided by cogapp while it runs)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
_SESSIONS: dict[str, dict[str, str]] = {}
_HOME: list[str] = []  # one gazetteer index for every page: building it is the slow part


def _session() -> dict[str, str]:
    """A fresh database for each documented file (its session starts empty), one shared home."""
    if not _HOME:
        home = Path(tempfile.mkdtemp(prefix="marsad-docs-home-"))
        atexit.register(shutil.rmtree, home, ignore_errors=True)
        _HOME.append(str(home))
    key = str(cog.inFile)
    if key not in _SESSIONS:
        folder = Path(tempfile.mkdtemp(prefix="marsad-docs-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        _SESSIONS[key] = {"folder": str(folder), "MARSAD_HOME": _HOME[0],
                          "MARSAD_DB": f"sqlite:///{folder / 'marsad.db'}"}
    return _SESSIONS[key]


def run(command: str, *, lines: int | None = None) -> None:
    """Write `$ command` and what it printed (stdout and stderr), at most `lines` lines of it."""
    session = _session()
    env = {**os.environ, "MARSAD_HOME": session["MARSAD_HOME"], "MARSAD_DB": session["MARSAD_DB"],
           "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "COLUMNS": "100", "NO_COLOR": "1",
           "TERM": "dumb"}
    result = subprocess.run(command, shell=True, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, timeout=600, check=False)
    output = result.stdout.replace(session["folder"], "/tmp/marsad-docs").replace(_HOME[0], "~/.marsad")
    kept = [line.rstrip() for line in output.strip("\n").splitlines()]
    if lines is not None:
        kept = kept[:lines]
    cog.outl(f"$ {command}")
    for line in kept:
        cog.outl(line)


def block(*commands: str) -> None:
    """Commands and their outputs in one console block."""
    cog.outl("```console")
    for command in commands:
        run(command)
    cog.outl("```")
