"""The FastAPI application factory. Nothing connects at import time; `create_app` opens the store."""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from marsad.ingest import MAX_REPORT_BYTES
from marsad.store import Store
from marsad.store.facet_index import FacetIndexCache

from .auth import AccessPolicy, is_loopback
from .candidates import CandidateExplainer, default_geoparser
from .errors import install_error_handlers
from .feeds import DEFAULT_TICK_SECONDS, FeedPoller
from .jobs import JobRunner, ReportProcessor, default_pipeline
from .middleware import LimitsAndHeaders
from .routes import actors, canonical, events, facets, feeds, pending, places, reports, session, users
from .schemas import ErrorOut
from .sessions import LoginLimiter, SessionBook
from .totals import TotalsCache

if TYPE_CHECKING:
    from marsad.places.geoparser import Geoparser

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
# A report may be 5 MB; a request body a little more (form fields, JSON escaping).
MAX_BODY_BYTES = MAX_REPORT_BYTES + 512 * 1024
# No inline script can run, whatever a report contains; only the page's own files.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(
    db_url: str | None = None,
    *,
    public: bool = False,
    host: str = "127.0.0.1",
    pipeline_factory: Callable[[], ReportProcessor] | None = None,
    feed_tick_seconds: float = DEFAULT_TICK_SECONDS,
    geoparser_factory: Callable[[], Geoparser] | None = None,
    allow_private_feeds: bool = False,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The API and the web page over the store at `db_url` (default: the MARSAD_DB setting).

    `public`: read-only, sources and audit trail hidden. `host`: the address served on; open mode
    (no login while no account exists) only on a loopback address. `feed_tick_seconds`: how often the
    feed poller looks for feeds that are due. `geoparser_factory`: the geoparser whose candidates the
    event page shows (default: one over the installed gazetteer, opened on first use).
    `allow_private_feeds`: let admins' feeds be polled from loopback/private addresses (an intranet feed);
    a URL submitted with POST /api/reports is never fetched from one, whatever this says.
    `allowed_hosts`: the names this server answers for in the Host header (default: `host` and localhost);
    any other is refused, so a page whose name was rebound to this address cannot use it.
    """
    store = Store.open(db_url)
    jobs = JobRunner(store, pipeline_factory or default_pipeline, allow_private_feeds=allow_private_feeds)
    poller = FeedPoller(store, jobs, feed_tick_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        jobs.start()
        if not public:  # read-only: nothing is stored, so no feed is polled
            poller.start()
        yield
        poller.stop()
        jobs.shutdown()
        app.state.totals.close()
        store.close()

    app = FastAPI(
        title="Marsad",
        summary="Conflict events coded from reports, in the ACLED vocabulary, with their evidence.",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,  # FastAPI's pages load Swagger UI and ReDoc from a CDN: /docs below serves our copy
        redoc_url=None,
    )
    app.state.store = store
    app.state.jobs = jobs
    app.state.feeds = poller
    app.state.candidates = CandidateExplainer(geoparser_factory or default_geoparser)
    app.state.totals = totals = TotalsCache(store)
    app.state.facet_index = FacetIndexCache(store, totals.data_version)  # the summary panel's counts
    # Sessions and failed logins live in the database: every worker process of `serve --workers N` agrees.
    app.state.policy = AccessPolicy(SessionBook(store, totals), LoginLimiter(store), public=public,
                                    loopback=is_loopback(host))
    install_error_handlers(app)
    _document_error_shape(app)
    routers = (session.router, facets.router, events.router, reports.router, feeds.router, places.router,
               places.types_router, users.router, pending.router, actors.router, canonical.router)
    for router in routers:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_middleware(LimitsAndHeaders, max_body_bytes=MAX_BODY_BYTES, csp=CONTENT_SECURITY_POLICY,
                       allowed_hosts=frozenset(allowed_hosts or default_allowed_hosts(host)))

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI over /openapi.json, from static/vendor/swagger-ui: offline, under the CSP."""
        return FileResponse(STATIC_DIR / "docs.html")

    return app


def default_allowed_hosts(host: str) -> tuple[str, ...]:
    """The bind address and this machine's loopback names; for a wildcard bind (0.0.0.0, ::) also the
    machine's own host names. Any other name a proxy or DNS gives it must be named with --allowed-host."""
    names = [host, "localhost", "127.0.0.1", "::1"]
    if host in ("0.0.0.0", "::", ""):
        names += [socket.gethostname(), socket.getfqdn()]
    return tuple(name for name in names if name not in ("0.0.0.0", "::", ""))


def _document_error_shape(app: FastAPI) -> None:
    """The spec's 422 says what the API really sends ({"error", "detail"}, see errors.py), not FastAPI's
    default HTTPValidationError: clients and schemathesis check answers against it."""
    generate = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = generate()
            schemas = schema.setdefault("components", {}).setdefault("schemas", {})
            schemas["HTTPValidationError"] = {**ErrorOut.model_json_schema(), "title": "HTTPValidationError"}
            schemas.pop("ValidationError", None)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
