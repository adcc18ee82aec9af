"""Modules stay small enough to read whole: no module under marsad/ exceeds 500 lines (common brief: "modules
under ~500 lines"). A module that grows past it is split along a real seam, as places/gazetteer.py was in round
22 (the index's upkeep moved to places/index_upkeep.py)."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "marsad"
LIMIT = 500

# Modules allowed past the limit for now, each with the reason; empty on 2026-12-08 (the largest, events/roles.py,
# has 488 lines).
EXCEPTIONS: dict[str, str] = {}


def test_no_module_exceeds_the_limit():
    too_long = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE.parent).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LIMIT and name not in EXCEPTIONS:
            too_long[name] = lines
    assert not too_long, f"modules over {LIMIT} lines (split them along a real seam): {too_long}"


def test_every_exception_is_still_needed():
    for name in EXCEPTIONS:
        path = PACKAGE.parent / name
        assert path.exists() and len(path.read_text(encoding="utf-8").splitlines()) > LIMIT, name
