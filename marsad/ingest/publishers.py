"""Known publishers (marsad/data/ingest/publishers.yaml): canonical names for Report.source."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from marsad.errors import InputError

_NOT_WORD = re.compile(r"[^\w]+")


def _key(name: str) -> str:
    key = _NOT_WORD.sub(" ", name.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    path = resources.files("marsad") / "data" / "ingest" / "publishers.yaml"
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the publisher list ({exc}); fix the YAML") from exc
    table: dict[str, str] = {}
    for entry in entries:
        name = entry["name"]
        for alias in (name, *(entry.get("aliases") or ())):
            table[_key(alias)] = name
    return table


def canonical_publisher(name: str | None) -> str | None:
    """The canonical name of a known publisher, or None when the name is not a known one."""
    if not name:
        return None
    return _table().get(_key(name))


def publisher_name(name: str | None) -> str | None:
    """The canonical name when known, else the name as written (trimmed); None for blank."""
    if not name or not name.strip():
        return None
    return canonical_publisher(name) or name.strip()
