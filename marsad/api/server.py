"""`marsad serve`: the API and web page under uvicorn."""

from __future__ import annotations

import uvicorn

from .app import create_app


def serve(db_url: str | None = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the store at `db_url` on http://host:port until interrupted (StoreError if it cannot open)."""
    app = create_app(db_url)  # opened here so a bad URL fails before uvicorn starts
    uvicorn.run(app, host=host, port=port, log_level="info")
