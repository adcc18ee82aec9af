"""Who is asking and what they may do: sessions, CSRF, login rate limit, and the three access modes.

- open:   no account exists and the server listens on a loopback address; the person at this machine
          is an admin (as Datasette does). The page's banner says so.
- login:  any account exists, or the server listens on another address; every /api request needs a
          session of a logged-in user.
- public: `--public`; anyone may read, nobody may change anything, and `source_attribution` and the
          audit trail are hidden (exports too).

Sessions and failed logins live in the database (sessions.py), shared by every worker process; a
restart logs nobody out. Every state-changing request must carry the
session's CSRF token in the `X-CSRF-Token` header; the token comes from `GET /api/session`.
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request

from marsad.store import Store

from .errors import Forbidden, NotAuthenticated
from .sessions import LoginLimiter, SessionBook, credential_fingerprint
from .totals import TotalsCache

SESSION_COOKIE = "marsad_session"
CSRF_HEADER = "X-CSRF-Token"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
ROLE_RANK = {"viewer": 1, "coder": 2, "admin": 3}


@dataclass(frozen=True)
class Viewer:
    """The person behind a request: `role` None means nobody is logged in."""

    name: str | None
    role: str | None
    mode: str  # open | login | public

    def may(self, role: str) -> bool:
        return self.role is not None and ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]


@dataclass
class AccessPolicy:
    sessions: SessionBook
    limiter: LoginLimiter
    public: bool = False
    loopback: bool = True

    def mode(self, store: Store, users: int | None = None) -> str:
        """`users`: the number of accounts, when the caller has it at hand (else counted)."""
        if self.public:
            return "public"
        if self.loopback and (store.count_users() if users is None else users) == 0:
            return "open"
        return "login"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def policy_of(request: Request) -> AccessPolicy:
    return request.app.state.policy


async def current_viewer(request: Request) -> Viewer:  # async: no thread hand-over (see deps.get_store)
    policy = policy_of(request)
    store: Store = request.app.state.store
    cache: TotalsCache = request.app.state.totals  # exact: kept only while the data has not changed
    mode = policy.mode(store, cache.remember("accounts", store.count_users))
    if mode == "public":
        return Viewer(None, "viewer", mode)
    if mode == "open":
        return Viewer("local", "admin", mode)
    session = policy.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is not None and session.user is not None:
        # a removed user or a changed role takes effect at once: any write changes the data version
        user = cache.remember(("user", session.user), lambda: store.get_user(session.user))
        fingerprint = None if user is None else credential_fingerprint(user["password_hash"])
        if fingerprint is not None and secrets.compare_digest(fingerprint, session.credential or ""):
            return Viewer(user["name"], user["role"], mode)
    return Viewer(None, None, mode)


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


async def require_reader(viewer: ViewerDep) -> Viewer:
    _needs_login(viewer)
    return viewer


def _needs_login(viewer: Viewer) -> None:
    if viewer.role is None:
        raise NotAuthenticated("log in first: POST /api/login with your name and password")


def check_csrf(request: Request) -> None:
    session = policy_of(request).sessions.get(request.cookies.get(SESSION_COOKIE))
    sent = request.headers.get(CSRF_HEADER, "")
    if session is None or not secrets.compare_digest(sent.encode(), session.csrf.encode()):
        raise Forbidden(
            f"missing or wrong CSRF token: GET /api/session and send its csrf_token as {CSRF_HEADER}"
        )


def require_role(role: str):
    """A dependency: the viewer has `role` or higher, the server is not read-only, the CSRF token matches."""

    async def dependency(request: Request, viewer: ViewerDep) -> Viewer:
        if viewer.mode == "public":
            raise Forbidden("this server is read-only (--public); nothing can be changed here")
        _needs_login(viewer)
        if not viewer.may(role):
            raise Forbidden(f"this needs the {role} role; {viewer.name} is a {viewer.role}")
        if request.method not in SAFE_METHODS:
            check_csrf(request)
        return viewer

    return dependency


Reader = Annotated[Viewer, Depends(require_reader)]
Coder = Annotated[Viewer, Depends(require_role("coder"))]
Admin = Annotated[Viewer, Depends(require_role("admin"))]
