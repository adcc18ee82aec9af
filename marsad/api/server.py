"""`marsad serve`: the API and web page under uvicorn."""

from __future__ import annotations

import uvicorn

from .app import create_app
from .auth import is_loopback


def serve(db_url: str | None = None, host: str = "127.0.0.1", port: int = 8000, public: bool = False) -> None:
    """Serve the store at `db_url` on http://host:port until interrupted (StoreError if it cannot open).

    `public`: read-only, hiding source_attribution and the audit trail (exports too).
    """
    app = create_app(db_url, public=public, host=host)  # opened here so a bad URL fails before uvicorn
    store = app.state.store
    mode = app.state.policy.mode(store)
    if mode == "open":
        print(f"Marsad on http://{host}:{port}/ in OPEN mode: no account exists, so anyone at this machine "
              "can read and change everything. `marsad users add NAME --role admin` to require logins.")
    elif mode == "public":
        print(f"Marsad on http://{host}:{port}/ in PUBLIC read-only mode: sources and audit trail hidden.")
    else:
        print(f"Marsad on http://{host}:{port}/: log in to use it"
              + ("" if store.count_users() else " (no account yet: `marsad users add NAME --role admin`)"))
    if not is_loopback(host) and not public:
        print("Serving beyond this machine: put it behind HTTPS so passwords and cookies never go in clear.")
    uvicorn.run(app, host=host, port=port, log_level="info")
