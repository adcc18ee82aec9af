"""The HTTP API (FastAPI): events, reports, and the web page, over one Store.

from marsad.api import create_app
app = create_app("sqlite:///marsad.db")

Imported lazily, so `import marsad.api` costs nothing until the app is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app
    from .server import serve

__all__ = ["create_app", "serve"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    if name == "serve":
        from .server import serve

        return serve
    raise AttributeError(f"module 'marsad.api' has no attribute {name!r}")
