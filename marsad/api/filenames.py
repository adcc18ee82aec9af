"""Names of downloaded exports that say what was filtered: `events_type-Battles_since-2024-01-01.csv`."""

from __future__ import annotations

import re
from collections.abc import Mapping

# Query parameters that shape the download rather than select events.
NOT_FILTERS = frozenset({"format", "limit", "offset", "sort", "bom"})
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def export_filename(params: Mapping[str, str], extension: str) -> str:
    """"events", then each filter given as name-value (characters a file name may not hold become "-"),
    cut to MAX_NAME_CHARS; ASCII only, so the Content-Disposition header needs no encoding."""
    parts = ["events"]
    for name, value in params.items():
        if name in NOT_FILTERS or not value:
            continue
        if name == "canonical":
            if value.lower() in ("false", "0", "no", "off"):
                parts.append("all-records")
            continue
        slug = _UNSAFE.sub("-", value).strip("-")
        parts.append(f"{name}-{slug}" if slug else name)
    return f"{'_'.join(parts)[:MAX_NAME_CHARS]}.{extension}"
