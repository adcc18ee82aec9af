"""Reading the YAML files of `marsad/data/events/`: one reader, one plain error for a file that does not parse."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from marsad.errors import MarsadError


def read_yaml(path: Path | Any) -> Any:
    """The parsed YAML at `path` (a file or a package resource); a syntax error is one line naming the file."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise MarsadError(f"{path}: not valid YAML: {err}".splitlines()[0]) from err


def event_data_file(name: str) -> Any:
    """The package resource `marsad/data/events/<name>`."""
    return resources.files("marsad") / "data" / "events" / name
