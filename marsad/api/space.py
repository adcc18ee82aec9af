"""The `near=latitude,longitude,km` query parameter: a circle on the map."""

from __future__ import annotations

from marsad.errors import InputError
from marsad.store.radius import MAX_RADIUS_KM


def parse_near(value: str | None) -> tuple[float, float, float] | None:
    if not value:
        return None
    try:
        latitude, longitude, km = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise InputError(f"near {value!r}: give latitude,longitude,km, e.g. 35.33,40.14,25") from exc
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 < km <= MAX_RADIUS_KM):
        raise InputError(f"near {value!r}: latitude in -90..90, longitude in -180..180, "
                         f"a radius of more than 0 and at most {MAX_RADIUS_KM:.0f} km")
    return latitude, longitude, km
