"""The HTTP API (FastAPI): events, reports, and the web page, over one Store.

from marsad.api import create_app
app = create_app("sqlite:///marsad.db")
"""

from .app import create_app
from .server import serve

__all__ = ["create_app", "serve"]
