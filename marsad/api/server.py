"""`marsad serve`: the API and web page under uvicorn, in one process or in N worker processes.

With `workers` > 1 uvicorn starts N processes, each building its own app with `app_from_environment`
(the options travel in MARSAD_SERVE_* environment variables). What they must agree on lives in the
database: sessions, failed logins, job status, and which process polls a due feed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

import uvicorn
from fastapi import FastAPI

from marsad.errors import InputError
from marsad.store import Store

from .app import create_app, default_allowed_hosts
from .auth import is_loopback

ENV_DB = "MARSAD_SERVE_DB"
ENV_PUBLIC = "MARSAD_SERVE_PUBLIC"
ENV_HOST = "MARSAD_SERVE_HOST"
ENV_PRIVATE_FEEDS = "MARSAD_SERVE_ALLOW_PRIVATE_FEEDS"
ENV_ALLOWED_HOSTS = "MARSAD_SERVE_ALLOWED_HOSTS"
MAX_WORKERS = 32


def serve(db_url: str | None = None, host: str = "127.0.0.1", port: int = 8000, public: bool = False,
          allow_private_feeds: bool = False, workers: int = 1, allowed_hosts: Sequence[str] = (),
          forwarded_allow_ips: str | None = None) -> None:
    """Serve the store at `db_url` on http://host:port until interrupted (StoreError if it cannot open).

    `public`: read-only: published events only, no report text, sources, names or audit trail (exports too).
    `allow_private_feeds`: admins' feeds may be on loopback/private addresses (an intranet feed).
    `workers`: server processes (one per core uses them all); 1 serves from this process.
    `allowed_hosts`: the names the server answers for (default: `host` and localhost).
    `forwarded_allow_ips`: the proxies whose X-Forwarded-For / -Proto are believed (comma-separated
    addresses or networks); by default nobody's, so no client can choose the address it is counted as.
    """
    if not 1 <= workers <= MAX_WORKERS:
        raise InputError(f"--workers {workers} is out of range; use 1 to {MAX_WORKERS} (one per core)")
    proxies = {"proxy_headers": bool(forwarded_allow_ips), "forwarded_allow_ips": forwarded_allow_ips or ""}
    if workers == 1:
        # opened here so a bad URL fails before uvicorn
        app = create_app(db_url, public=public, host=host, allow_private_feeds=allow_private_feeds,
                         allowed_hosts=allowed_hosts or None)
        _print_banner(app.state.store, host, port, public, workers, allowed_hosts)
        uvicorn.run(app, host=host, port=port, log_level="info", **proxies)
        return
    with Store.open(db_url) as store:  # migrated once here, before the workers open it; a bad URL fails now
        engine_url = store.engine.url
        if engine_url.get_backend_name() == "sqlite" and engine_url.database in (None, "", ":memory:"):
            raise InputError("--workers needs a database file or server: an in-memory SQLite database is "
                             "private to each process; give --db sqlite:///path/to/marsad.db")
        _print_banner(store, host, port, public, workers, allowed_hosts)
        url = engine_url.render_as_string(hide_password=False)
    os.environ.update({ENV_DB: url, ENV_HOST: host, ENV_PUBLIC: "1" if public else "",
                       ENV_PRIVATE_FEEDS: "1" if allow_private_feeds else "",
                       ENV_ALLOWED_HOSTS: ",".join(allowed_hosts)})
    uvicorn.run("marsad.api.server:app_from_environment", factory=True, host=host, port=port, workers=workers,
                log_level="info", **proxies)


def app_from_environment() -> FastAPI:
    """The app of one worker process, with the options `serve` put in the environment."""
    return create_app(os.environ.get(ENV_DB) or None, public=bool(os.environ.get(ENV_PUBLIC)),
                      host=os.environ.get(ENV_HOST) or "127.0.0.1",
                      allow_private_feeds=bool(os.environ.get(ENV_PRIVATE_FEEDS)),
                      allowed_hosts=[h for h in os.environ.get(ENV_ALLOWED_HOSTS, "").split(",") if h] or None)


def _print_banner(store: Store, host: str, port: int, public: bool, workers: int,
                  allowed_hosts: Sequence[str] = ()) -> None:
    mode = "public" if public else "open" if is_loopback(host) and store.count_users() == 0 else "login"
    where = f"http://{host}:{port}/" + (f" ({workers} worker processes)" if workers > 1 else "")
    if mode == "open":
        print(f"Marsad on {where} in OPEN mode: no account exists, so anyone at this machine "
              "can read and change everything. `marsad users add NAME --role admin` to require logins.")
    elif mode == "public":
        print(f"Marsad on {where} in PUBLIC read-only mode: only confirmed or edited events, their public "
              "fields only (no report text, evidence, sources, audit trail or user names).")
    else:
        print(f"Marsad on {where}: log in to use it"
              + ("" if store.count_users() else " (no account yet: `marsad users add NAME --role admin`)"))
    hosts = allowed_hosts or default_allowed_hosts(host)
    print(f"Answering for host names: {', '.join(hosts)} (add the name people use with --allowed-host)")
    if not is_loopback(host) and not public:
        print("Serving beyond this machine: put it behind HTTPS so passwords and cookies never go in clear.")
