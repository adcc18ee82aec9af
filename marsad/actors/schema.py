"""Reading actor YAML files: schema validation with FILE:LINE messages, entries to `Actor` objects.

A file is `actors:` followed by a list of mappings. Line numbers come from PyYAML's node marks, which a
loader subclass records next to every mapping it builds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import yaml

from marsad.errors import ActorBaseError

KINDS = frozenset(
    {
        "state",
        "rebel",
        "political-militia",
        "identity-militia",
        "rioters",
        "protesters",
        "civilians",
        "external",
        "political-party",
        "other",
    }
)
FIELDS = frozenset(
    {
        "id",
        "name",
        "acled_name",
        "inter",
        "kind",
        "country",
        "aliases",
        "arabic",
        "part_of",
        "backed_by",
        "active",
        "began",
        "ended",
        "description",
        "generic",
        "coded_under_parent",
        "phrases",
    }
)
_SLUG = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_LINES = "__lines__"  # key under which the loader keeps {field: line} for each mapping


def _base_loader() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_base_loader()):  # type: ignore[misc]
    """Safe loader whose mappings remember the line of the mapping and of each of its keys."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[str, Any]:
        mapping = super().construct_mapping(node, deep=deep)
        lines = {"": node.start_mark.line + 1}
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                lines[str(key_node.value)] = key_node.start_mark.line + 1
        mapping[_LINES] = lines
        return mapping


@dataclass
class RawActor:
    """One validated YAML entry before cross-references are resolved."""

    data: dict[str, Any]
    source: str  # "actors/syria.yaml"
    lines: dict[str, int] = field(default_factory=dict)

    def where(self, key: str = "") -> str:
        return f"{self.source}:{self.lines.get(key, self.lines.get('', 0))}"


def parse_yaml(text: str, source: str) -> list[RawActor]:
    """Validate one file's text; `source` names it in error messages."""
    try:
        document = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - a safe loader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ActorBaseError(f"{source}:{line}: not valid YAML ({problem}); fix the syntax") from exc
    except UnicodeEncodeError as exc:  # a lone surrogate (text decoded with errors="surrogateescape")
        raise ActorBaseError(f"{source}:1: not valid text (character {exc.start + 1} cannot be encoded); "
                             "save it as UTF-8") from None
    except ValueError as exc:  # a date YAML reads but the calendar lacks ("began: 2024-13-40")
        raise ActorBaseError(f"{source}: not a valid date ({exc}); write began/ended as YYYY-MM-DD") from exc
    if document is None:
        return []
    if not isinstance(document, dict) or "actors" not in document:
        raise ActorBaseError(f"{source}:1: the file must be a mapping with a top-level 'actors:' list")
    entries = document["actors"]
    if entries is None:
        return []
    if not isinstance(entries, list):
        line = document[_LINES].get("actors", 1)
        raise ActorBaseError(f"{source}:{line}: 'actors' must be a list of mappings")
    return [_validate_entry(entry, source, document[_LINES].get("actors", 1)) for entry in entries]


def _validate_entry(entry: Any, source: str, list_line: int) -> RawActor:
    if not isinstance(entry, dict):
        raise ActorBaseError(f"{source}:{list_line}: every item of 'actors' must be a mapping (id, name...)")
    lines = entry.pop(_LINES, {})
    raw = RawActor(data=entry, source=source, lines=lines)

    def fail(key: str, message: str) -> None:
        raise ActorBaseError(f"{raw.where(key)}: {message}")

    unknown = sorted(str(key) for key in set(entry) - FIELDS)  # YAML keys may be numbers
    if unknown:
        fail(unknown[0], f"unknown field '{unknown[0]}' (known: {', '.join(sorted(FIELDS))})")
    for key in ("id", "name", "inter", "kind"):
        if key not in entry or entry[key] in (None, ""):
            fail("", f"missing required field '{key}'")
    if not isinstance(entry["id"], str) or not _SLUG.match(entry["id"]):
        fail("id", f"id must be a lower-case slug (letters, digits, - _ .), got {entry['id']!r}")
    if not isinstance(entry["name"], str):
        fail("name", "name must be a string")
    inter = entry["inter"]
    if isinstance(inter, bool) or not isinstance(inter, int) or not 1 <= inter <= 8:
        fail("inter", f"inter must be 1..8 (ACLED interaction code), got {inter!r}")
    if not isinstance(entry["kind"], str) or entry["kind"] not in KINDS:
        fail("kind", f"kind must be one of {', '.join(sorted(KINDS))}, got {entry['kind']!r}")
    for key in ("acled_name", "country", "arabic", "part_of", "description"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            fail(key, f"{key} must be a string")
    for key in ("aliases", "phrases"):
        value = entry.get(key)
        if value is not None and (not isinstance(value, list) or not all(isinstance(v, str) for v in value)):
            fail(key, f"{key} must be a list of strings")
    _validate_flags(entry, fail)
    _validate_active(entry.get("active"), fail)
    _validate_days(entry, fail)
    _validate_backed_by(entry.get("backed_by"), fail)
    return raw


def _validate_active(active: Any, fail: Any) -> None:
    if active is None:
        return
    if not isinstance(active, list) or len(active) != 2:
        fail("active", "active must be [first_year, last_year] (last_year may be null)")
    first, last = active
    for year in (first, last):
        if year is not None and (
            isinstance(year, bool) or not isinstance(year, int) or not 1800 < year < 2200
        ):
            fail("active", f"active years must be four-digit years or null, got {year!r}")
    if first is not None and last is not None and last < first:
        fail("active", f"active ends ({last}) before it starts ({first})")


def _validate_flags(entry: dict, fail: Any) -> None:
    for key in ("generic", "coded_under_parent"):
        if key in entry and not isinstance(entry[key], bool):
            fail(key, f"{key} must be true or false")


def day_of(value: Any) -> date | None:
    """A `began`/`ended` value as a date: YAML reads 2024-12-08 as a date, a quoted one stays a string."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _validate_days(entry: dict, fail: Any) -> None:
    """`began` / `ended`: the day a period actor took over or gave way, when the government changed within a
    year ("Military Forces of Syria (2024-)" began on 2024-12-08)."""
    days = {}
    for key in ("began", "ended"):
        try:
            days[key] = day_of(entry.get(key))
        except ValueError:
            fail(key, f"{key} must be a date written YYYY-MM-DD, got {entry.get(key)!r}")
    if days["began"] and days["ended"] and days["ended"] < days["began"]:
        fail("ended", f"ended ({days['ended']}) is before began ({days['began']})")


def _validate_backed_by(backed_by: Any, fail: Any) -> None:
    if backed_by is None:
        return
    if not isinstance(backed_by, list):
        fail("backed_by", "backed_by must be a list of {id, since?, until?}")
    for item in backed_by:
        if isinstance(item, str):
            continue  # a bare id is accepted as shorthand
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            fail("backed_by", "each backed_by item needs an 'id' (and optional since/until years)")
        item.pop(_LINES, None)
        extra = set(item) - {"id", "since", "until"}
        if extra:
            fail("backed_by", f"backed_by items take id, since, until; got {sorted(map(str, extra))[0]!r}")
        for key in ("since", "until"):
            year = item.get(key)
            if year is not None and (isinstance(year, bool) or not isinstance(year, int)):
                fail("backed_by", f"backed_by {key} must be a year, got {year!r}")


def check_references(raws: Iterable[RawActor], known_ids: set[str], *, strict: bool = True) -> list[str]:
    """Unknown `part_of`/`backed_by` ids and duplicate ids are errors with the line that names them.

    With strict=False the problems are returned instead of raised (the caller drops those references).
    """
    problems: list[str] = []

    def report(message: str) -> None:
        if strict:
            raise ActorBaseError(message)
        problems.append(message)

    seen: dict[str, str] = {}
    for raw in raws:
        actor_id = raw.data["id"]
        if actor_id in seen:
            report(f"{raw.where('id')}: duplicate id '{actor_id}' (first defined at {seen[actor_id]})")
        seen[actor_id] = raw.where("id")
    for raw in raws:
        parent = raw.data.get("part_of")
        if parent and parent not in known_ids:
            report(f"{raw.where('part_of')}: part_of refers to unknown actor id '{parent}'")
        for item in raw.data.get("backed_by") or []:
            patron = item if isinstance(item, str) else item["id"]
            if patron not in known_ids:
                report(f"{raw.where('backed_by')}: backed_by refers to unknown actor id '{patron}'")
    return problems
