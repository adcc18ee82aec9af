"""The Doc extension attributes through which Marsad's components hand results to each other."""

from __future__ import annotations

from spacy.tokens import Doc

EXTENSIONS = ("report", "places", "actors", "dates", "attributions", "events")


def register_extensions() -> None:
    """Idempotent: each attribute is registered once per process, default None."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
