"""Events within a radius of a point (the workbench's circle on the map): an equirectangular distance,
plain arithmetic that SQLite and PostgreSQL both evaluate, with a box around the circle first so the
latitude/longitude index narrows the rows. Within a few hundred km the error is well under 1%."""

from __future__ import annotations

import math

from sqlalchemy import ColumnElement, and_

from .models import EventRow

KM_PER_DEGREE = 111.32  # along a meridian; along a parallel, times cos(latitude)
MAX_RADIUS_KM = 1000.0


def _scale(latitude: float) -> float:
    return max(math.cos(math.radians(latitude)), 0.01)  # near the poles a degree of longitude is ~0 km


def within_radius(latitude: float, longitude: float, km: float) -> ColumnElement[bool]:
    reach_lat = km / KM_PER_DEGREE
    reach_lon = reach_lat / _scale(latitude)
    north_south = EventRow.latitude - latitude
    east_west = (EventRow.longitude - longitude) * _scale(latitude)
    return and_(
        EventRow.latitude >= latitude - reach_lat, EventRow.latitude <= latitude + reach_lat,
        EventRow.longitude >= longitude - reach_lon, EventRow.longitude <= longitude + reach_lon,
        north_south * north_south + east_west * east_west <= reach_lat * reach_lat,
    )


def distance_squared_degrees(latitude: float, longitude: float, lats, lons):  # numpy arrays in, out
    """The same measure as within_radius, for the in-memory facet index."""
    east_west = (lons - longitude) * _scale(latitude)
    return (lats - latitude) ** 2 + east_west ** 2
