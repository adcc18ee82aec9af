"""/api/session, /api/login, /api/logout: who am I, which mode the server is in, and the CSRF token."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field

from ..auth import SESSION_COOKIE, ViewerDep, check_csrf, policy_of
from ..deps import StoreDep
from ..errors import NotAuthenticated, TooManyAttempts
from ..passwords import DUMMY_HASH, verify_password

router = APIRouter(prefix="/api", tags=["session"])

BANNERS = {
    "open": "Open mode: no account exists, so anyone at this machine can read and change everything. "
    "Create an account with `marsad users add NAME --role admin` to require logins.",
    "public": "Public read-only mode: sources and the audit trail are hidden.",
    "login": "",
}


class LoginIn(BaseModel):
    name: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=1, max_length=1024)


class SessionOut(BaseModel):
    mode: str = Field(description="open, login or public")
    user: str | None
    role: str | None
    csrf_token: str = Field(description="send it as X-CSRF-Token with every POST, PATCH and DELETE")
    banner: str


def _set_cookie(request: Request, response: Response, token: str) -> None:
    response.set_cookie(
        SESSION_COOKIE, token, httponly=True, samesite="lax", secure=request.url.scheme == "https", path="/"
    )


def _session_out(request: Request, response: Response, viewer: Any) -> dict[str, Any]:
    policy = policy_of(request)
    session = policy.sessions.get(request.cookies.get(SESSION_COOKIE))
    if session is None:
        session = policy.sessions.new()
        _set_cookie(request, response, session.token)
    return {"mode": viewer.mode, "user": viewer.name, "role": viewer.role, "csrf_token": session.csrf,
            "banner": BANNERS[viewer.mode]}


@router.get("/session", response_model=SessionOut)
def get_session(request: Request, response: Response, viewer: ViewerDep) -> dict[str, Any]:
    """The server's mode, who is logged in, and this session's CSRF token (a session cookie is set)."""
    return _session_out(request, response, viewer)


@router.post("/login", response_model=SessionOut, responses={401: {}, 429: {}})
def login(body: LoginIn, request: Request, response: Response, store: StoreDep) -> dict[str, Any]:
    """Log in (needs the CSRF token of GET /api/session); a new session cookie replaces the old one."""
    check_csrf(request)
    policy = policy_of(request)
    keys = (f"ip:{request.client.host if request.client else '?'}", f"user:{body.name}")
    wait = policy.limiter.wait_seconds(*keys)
    if wait:
        raise TooManyAttempts(f"too many failed logins; try again in {wait} s")
    user = store.get_user(body.name)
    if not verify_password(user["password_hash"] if user else DUMMY_HASH, body.password) or user is None:
        policy.limiter.failed(*keys)
        raise NotAuthenticated("wrong name or password")
    policy.limiter.succeeded(*keys)
    policy.sessions.drop(request.cookies.get(SESSION_COOKIE))  # a fresh token: no session fixation
    session = policy.sessions.new(user["name"])
    _set_cookie(request, response, session.token)
    mode = policy.mode(store)
    return {"mode": mode, "user": user["name"], "role": user["role"], "csrf_token": session.csrf,
            "banner": BANNERS[mode]}


@router.post("/logout", status_code=204)
def logout(request: Request, response: Response) -> None:
    check_csrf(request)
    policy_of(request).sessions.drop(request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE, path="/")
