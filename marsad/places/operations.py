"""Named military operations as places: "operating under OPS" says the force acts along the Peace Spring zone.

A village name with namesakes in a governorate ("Tall Tawil" in Al-Hasakah) is told apart by the report's
other places (namesakes.py). A short note often names none, but names the operation its attackers act under;
the towns that operation's zone is held from stand for the report's other places then
(marsad/data/places/operations.yaml, GeoNames ids of places already in the gazetteer). A village near those
towns also outranks a namesake in another governorate, as one in a governorate the report names would
("fighters of Operation Peace Spring captured Al-Arbain": the Arbaine by Ras al-Ain, not Irbin by Damascus).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from marsad.places.gazetteer import Gazetteer
from marsad.types import Place

OPERATIONS_FILE = Path(__file__).resolve().parents[1] / "data" / "places" / "operations.yaml"


@lru_cache(maxsize=1)
def _operations() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    data = yaml.safe_load(OPERATIONS_FILE.read_text(encoding="utf-8"))
    return tuple(
        (re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in op["names"]) + r")(?![\w-])"),
         tuple(str(town) for town in op["towns"]))
        for op in data["operations"]
    )


@lru_cache(maxsize=1)
def _any_operation() -> re.Pattern[str]:
    """Every operation's names in one pattern: a text it finds nothing in names no operation (most reports)."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _operations()) or "(?!)")


def operation_towns(text: str, gazetteer: Gazetteer) -> list[Place]:
    """The towns of every operation the text names (none the gazetteer lacks)."""
    if not _any_operation().search(text):
        return []
    towns = [gazetteer.get(town) for pattern, ids in _operations() if pattern.search(text) for town in ids]
    return [town for town in towns if town is not None]
