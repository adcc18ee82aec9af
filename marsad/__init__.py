"""Marsad: conflict reports in, a verified, mapped database of events and actors out."""

__version__ = "0.1.0"
