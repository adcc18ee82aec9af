"""What a --public server shows: the allow-lists of marsad.export.public, applied to every answer."""

from marsad.export.public import public_event, public_events, public_report

__all__ = ["public_event", "public_events", "public_report"]
