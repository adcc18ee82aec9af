"""The FastAPI application factory. Nothing connects at import time; `create_app` opens the store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from marsad.store import Store

from .errors import install_error_handlers
from .routes import events, reports

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"


def create_app(db_url: str | None = None) -> FastAPI:
    """The API and the web page over the store at `db_url` (default: the MARSAD_DB setting)."""
    store = Store.open(db_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="Marsad",
        summary="Conflict events coded from reports, in the ACLED vocabulary, with their evidence.",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.store = store
    install_error_handlers(app)
    app.include_router(events.router)
    app.include_router(reports.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html")

    return app
