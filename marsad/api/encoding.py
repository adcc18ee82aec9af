"""JSON responses encoded straight from dicts (orjson), for routes whose output is large and already shaped."""

from __future__ import annotations

from typing import Any

import orjson
from fastapi.responses import Response


def json_response(payload: Any, status_code: int = 200) -> Response:
    # orjson writes NaN as null, as pydantic's responses do; ~10x faster than json.dumps for a page.
    return Response(orjson.dumps(payload), status_code=status_code, media_type="application/json")
