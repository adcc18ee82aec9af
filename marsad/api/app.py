"""The FastAPI application factory. Nothing connects at import time; `create_app` opens the store."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request, Response
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from marsad.ingest import MAX_REPORT_BYTES
from marsad.store import Store

from .auth import AccessPolicy, is_loopback
from .candidates import CandidateExplainer, default_geoparser
from .errors import error_response, install_error_handlers
from .feeds import DEFAULT_TICK_SECONDS, FeedPoller
from .jobs import JobRunner, ReportProcessor, default_pipeline
from .routes import actors, events, feeds, pending, places, reports, session, users

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
) -> FastAPI:
    """The API and the web page over the store at `db_url` (default: the MARSAD_DB setting).

    `public`: read-only, sources and audit trail hidden. `host`: the address served on; open mode
    (no login while no account exists) only on a loopback address. `feed_tick_seconds`: how often the
    feed poller looks for feeds that are due. `geoparser_factory`: the geoparser whose candidates the
    event page shows (default: one over the installed gazetteer, opened on first use).
    """
    store = Store.open(db_url)
    jobs = JobRunner(store, pipeline_factory or default_pipeline)
    poller = FeedPoller(store, jobs, feed_tick_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if not public:  # read-only: nothing is stored, so no feed is polled
            poller.start()
        yield
        poller.stop()
        jobs.shutdown()
        store.close()

    app = FastAPI(
        title="Marsad",
        summary="Conflict events coded from reports, in the ACLED vocabulary, with their evidence.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.jobs = jobs
    app.state.feeds = poller
    app.state.candidates = CandidateExplainer(geoparser_factory or default_geoparser)
    app.state.policy = AccessPolicy(public=public, loopback=is_loopback(host))
    install_error_handlers(app)
    routers = (session.router, events.router, reports.router, feeds.router, places.router, users.router,
               pending.router, actors.router)
    for router in routers:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]):
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            return error_response(413, "too_large", f"request body over the {MAX_BODY_BYTES} byte limit")
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if not request.url.path.startswith(("/docs", "/redoc")):  # Swagger UI loads its own scripts
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    return app
