"""Marsad: conflict reports in, a verified, mapped database of events and actors out."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["ingest_reports"]


def __getattr__(name: str) -> Any:
    # `marsad.ingest_reports(reports, store, coder)`: the one ingest path (marsad/flow.py), imported on use
    # so that `import marsad` stays light.
    if name == "ingest_reports":
        from marsad.flow import ingest_reports

        return ingest_reports
    raise AttributeError(f"module 'marsad' has no attribute {name!r}")
