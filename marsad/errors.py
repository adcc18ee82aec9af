"""One exception tree. The CLI turns a MarsadError into one red line, the API into one JSON shape."""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error Marsad raises on purpose; the message says what failed and how to fix it."""


class InputError(MarsadError):
    """A report, file or URL could not be read (unreadable, empty, binary, malformed)."""


class GazetteerError(MarsadError):
    """The gazetteer index is missing, or a gazetteer file is malformed."""


class ActorBaseError(MarsadError):
    """An actor YAML file does not follow the schema (the message gives file and line)."""


class StoreError(MarsadError):
    """The database could not be opened, migrated or written."""


class NotFoundError(MarsadError):
    """A requested record (event, report, actor, place) does not exist."""


class ConfigError(MarsadError):
    """A setting is wrong (unknown spaCy model, bad database URL...)."""
