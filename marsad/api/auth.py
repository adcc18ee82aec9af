"""Who is asking and what they may do: sessions, CSRF, login rate limit, and the three access modes.

- open:   no account exists and the server listens on a loopback address; the person at this machine
          is an admin (as Datasette does). The page's banner says so.
- login:  any account exists, or the server listens on another address; every /api request needs a
          session of a logged-in user.
- public: `--public`; anyone may read, nobody may change anything, and `source_attribution` and the
          audit trail are hidden (exports too).

Sessions live in memory (a restart logs everyone out). Every state-changing request must carry the
session's CSRF token in the `X-CSRF-Token` header; the token comes from `GET /api/session`.
"""

from __future__ import annotations

import ipaddress
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Request

from marsad.store import Store

from .errors import Forbidden, NotAuthenticated

SESSION_COOKIE = "marsad_session"
CSRF_HEADER = "X-CSRF-Token"
SESSION_TTL_S = 12 * 3600
MAX_SESSIONS = 10_000
LOGIN_WINDOW_S = 300
LOGIN_MAX_FAILURES = 5
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
ROLE_RANK = {"viewer": 1, "coder": 2, "admin": 3}


@dataclass
class WebSession:
    token: str
    csrf: str
    created: float
    user: str | None = None


@dataclass(frozen=True)
class Viewer:
    """The person behind a request: `role` None means nobody is logged in."""

    name: str | None
    role: str | None
    mode: str  # open | login | public

    def may(self, role: str) -> bool:
        return self.role is not None and ROLE_RANK.get(self.role, 0) >= ROLE_RANK[role]


class SessionBook:
    def __init__(self) -> None:
        self._sessions: dict[str, WebSession] = {}
        self._lock = threading.Lock()

    def get(self, token: str | None) -> WebSession | None:
        if not token:
            return None
        with self._lock:
            session = self._sessions.get(token)
            if session is not None and time.monotonic() - session.created > SESSION_TTL_S:
                del self._sessions[token]
                return None
            return session

    def new(self, user: str | None = None) -> WebSession:
        session = WebSession(secrets.token_urlsafe(32), secrets.token_urlsafe(32), time.monotonic(), user)
        with self._lock:
            if len(self._sessions) >= MAX_SESSIONS:  # drop the oldest rather than grow without bound
                oldest = min(self._sessions.values(), key=lambda s: s.created)
                del self._sessions[oldest.token]
            self._sessions[session.token] = session
        return session

    def drop(self, token: str | None) -> None:
        with self._lock:
            self._sessions.pop(token or "", None)


class LoginLimiter:
    """At most LOGIN_MAX_FAILURES failed logins per client address and per user name in LOGIN_WINDOW_S."""

    def __init__(self) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, *keys: str) -> int:
        now = time.monotonic()
        with self._lock:
            waits = []
            for key in keys:
                times = self._failures.get(key, deque())
                while times and now - times[0] > LOGIN_WINDOW_S:
                    times.popleft()
                if len(times) >= LOGIN_MAX_FAILURES:
                    waits.append(int(LOGIN_WINDOW_S - (now - times[0])) + 1)
            return max(waits, default=0)

    def failed(self, *keys: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in keys:
                self._failures.setdefault(key, deque()).append(now)

    def succeeded(self, *keys: str) -> None:
        with self._lock:
            for key in keys:
                self._failures.pop(key, None)


@dataclass
class AccessPolicy:
    public: bool = False
    loopback: bool = True
    sessions: SessionBook = field(default_factory=SessionBook)
    limiter: LoginLimiter = field(default_factory=LoginLimiter)

    def mode(self, store: Store) -> str:
        if self.public:
            return "public"
        if self.loopback and store.count_users() == 0:
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


def current_viewer(request: Request) -> Viewer:
    policy = policy_of(request)
    store: Store = request.app.state.store
    mode = policy.mode(store)
    if mode == "public":
        return Viewer(None, "viewer", mode)
    if mode == "open":
        return Viewer("local", "admin", mode)
    session = policy.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is not None and session.user is not None:
        user = store.get_user(session.user)  # a removed user or a changed role takes effect at once
        if user is not None:
            return Viewer(user["name"], user["role"], mode)
    return Viewer(None, None, mode)


ViewerDep = Annotated[Viewer, Depends(current_viewer)]


def require_reader(viewer: ViewerDep) -> Viewer:
    if viewer.role is None:
        raise NotAuthenticated("log in first: POST /api/login with your name and password")
    return viewer


def check_csrf(request: Request) -> None:
    session = policy_of(request).sessions.get(request.cookies.get(SESSION_COOKIE))
    sent = request.headers.get(CSRF_HEADER, "")
    if session is None or not secrets.compare_digest(sent.encode(), session.csrf.encode()):
        raise Forbidden(
            f"missing or wrong CSRF token: GET /api/session and send its csrf_token as {CSRF_HEADER}"
        )


def require_role(role: str):
    """A dependency: the viewer has `role` or higher, the server is not read-only, the CSRF token matches."""

    def dependency(request: Request, viewer: ViewerDep) -> Viewer:
        if viewer.mode == "public":
            raise Forbidden("this server is read-only (--public); nothing can be changed here")
        require_reader(viewer)
        if not viewer.may(role):
            raise Forbidden(f"this needs the {role} role; {viewer.name} is a {viewer.role}")
        if request.method not in SAFE_METHODS:
            check_csrf(request)
        return viewer

    return dependency


Reader = Annotated[Viewer, Depends(require_reader)]
Coder = Annotated[Viewer, Depends(require_role("coder"))]
Admin = Annotated[Viewer, Depends(require_role("admin"))]
