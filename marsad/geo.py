"""Shared geometry and scope, below every stage: one great-circle distance, the countries Marsad covers."""

from __future__ import annotations

import math
from functools import lru_cache

EARTH_RADIUS_KM = 6371.0
# The countries Marsad codes (Syria, Iraq): their places are preferred over namesakes elsewhere.
CORE_COUNTRIES: frozenset[str] = frozenset({"SY", "IQ"})


@lru_cache(maxsize=1 << 16)  # the place stage measures the same pairs of places again and again (~9 of 10 asks)
def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance in kilometres between two points in degrees."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
