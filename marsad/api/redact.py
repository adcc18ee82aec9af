"""What a --public server must not show: who on the ground said what (`source_attribution`) and the
audit trail. Applied to every event the API returns, exports included."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

HIDDEN_IN_PUBLIC = ("source_attribution",)


def redact(event: dict[str, Any]) -> dict[str, Any]:
    event = dict(event)
    for name in HIDDEN_IN_PUBLIC:
        event[name] = None
        if isinstance(event.get("field_evidence"), dict):  # the span would name the source just the same
            event["field_evidence"] = {k: v for k, v in event["field_evidence"].items() if k != name}
    event.pop("audit", None)
    return event


def redact_all(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for event in events:
        yield redact(event)
