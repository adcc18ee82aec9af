"""Errors become output here and only here: one JSON shape, {"error": kind, "detail": message}."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from marsad.errors import ConfigError, GazetteerError, InputError, MarsadError, NotFoundError, StoreError


class NotAuthenticated(MarsadError):
    """401: log in first."""


class Forbidden(MarsadError):
    """403: this needs another role, the CSRF token, or a server not in --public mode."""


class TooManyAttempts(MarsadError):
    """429: too many failed logins from this address or for this name."""


class InvalidRequest(MarsadError):
    """422: the request is well-formed but its content cannot be applied (an unknown place, an empty edit)."""


class PayloadTooLarge(MarsadError):
    """413: the body or upload is bigger than the limit."""


# Most specific first: the first class the error is an instance of decides.
_STATUS: tuple[tuple[type[MarsadError], int, str], ...] = (
    (NotFoundError, 404, "not_found"),
    (NotAuthenticated, 401, "not_authenticated"),
    (Forbidden, 403, "forbidden"),
    (TooManyAttempts, 429, "too_many_attempts"),
    (PayloadTooLarge, 413, "too_large"),
    (InvalidRequest, 422, "invalid_request"),
    (InputError, 400, "invalid_input"),
    (ConfigError, 400, "invalid_config"),
    (StoreError, 503, "store_error"),
    (GazetteerError, 503, "gazetteer_error"),
    (MarsadError, 400, "error"),
)


def error_response(status: int, kind: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(status_code=status, content={"error": kind, "detail": detail}, headers=headers)


async def _marsad_error(_request: Request, exc: Exception) -> JSONResponse:
    for cls, status, kind in _STATUS:
        if isinstance(exc, cls):
            return error_response(status, kind, str(exc))
    return error_response(500, "error", str(exc))


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    problems = []
    for error in getattr(exc, "errors", list)():
        where = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query", "path", "body"))
        problems.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return error_response(422, "invalid_request", "; ".join(problems) or "invalid request")


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    status = getattr(exc, "status_code", 500)
    kind = "not_found" if status == 404 else "http_error"
    # a 405 names the methods that are allowed (`Allow`), as HTTP requires
    return error_response(status, kind, str(getattr(exc, "detail", "")), getattr(exc, "headers", None))


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(MarsadError, _marsad_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
