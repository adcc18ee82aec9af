"""/api/session, /api/login, /api/logout: who am I, which mode the server is in, and the CSRF token."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from ..auth import SESSION_COOKIE, Reader, Viewer, ViewerDep, check_csrf, policy_of
from ..deps import StoreDep
from ..errors import Forbidden, NotAuthenticated, TooManyAttempts
from ..passwords import DUMMY_HASH, MIN_PASSWORD_LENGTH, hash_password, verify_password
from ..sessions import DEVICE_COOKIE_DAYS, device_token, trusted_device

router = APIRouter(prefix="/api", tags=["session"])
DEVICE_COOKIE = "marsad_device"  # sent to /api/login only

BANNERS = {
    "open": "Open mode: no account exists, so anyone at this machine can read and change everything. "
    "Create an account with `marsad users add NAME --role admin` to require logins.",
    "public": "Public read-only mode: events a coder has confirmed or edited, without the reports' text, "
    "sources or audit trail.",
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


# The CSRF token as a dependency: checked before the body, so a forged request never gets further.
CSRF = [Depends(check_csrf)]


@router.post("/login", response_model=SessionOut, responses={401: {}, 429: {}}, dependencies=CSRF)
def login(body: LoginIn, request: Request, response: Response, store: StoreDep) -> dict[str, Any]:
    """Log in (needs the CSRF token of GET /api/session); a new session cookie replaces the old one."""
    policy = policy_of(request)
    user = store.get_user(body.name)
    # A browser this account logged in from before counts its own failures only: guesses from elsewhere
    # never keep the account's owner out. Any other browser is held by the account's and its address's.
    device = user and trusted_device(request.cookies.get(DEVICE_COOKIE), user["name"], user["password_hash"])
    keys = (device,) if device else (f"ip:{request.client.host if request.client else '?'}", f"user:{body.name}")
    wait = policy.limiter.wait_seconds(*keys)
    if wait:
        raise TooManyAttempts(f"too many failed logins; try again in {wait} s")
    if not verify_password(user["password_hash"] if user else DUMMY_HASH, body.password) or user is None:
        policy.limiter.failed(*keys)
        raise NotAuthenticated("wrong name or password")
    policy.limiter.succeeded(*keys)
    policy.sessions.drop(request.cookies.get(SESSION_COOKIE))  # a fresh token: no session fixation
    session = policy.sessions.new(user["name"], user["password_hash"])
    _set_cookie(request, response, session.token)
    response.set_cookie(DEVICE_COOKIE, device_token(user["name"], user["password_hash"]), httponly=True,
                        samesite="lax", secure=request.url.scheme == "https", path="/api/login",
                        max_age=DEVICE_COOKIE_DAYS * 86400)
    mode = policy.mode(store)
    return {"mode": mode, "user": user["name"], "role": user["role"], "csrf_token": session.csrf,
            "banner": BANNERS[mode]}


def account_holder(viewer: Reader) -> Viewer:
    if viewer.mode != "login" or viewer.name is None:
        raise Forbidden("no account is logged in here: passwords belong to accounts (`marsad users add`)")
    return viewer


AccountHolder = Annotated[Viewer, Depends(account_holder)]


class PasswordIn(BaseModel):
    current_password: str = Field(min_length=1, max_length=1024)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)


@router.post("/session/password", response_model=SessionOut, responses={401: {}, 429: {}}, dependencies=CSRF)
def change_password(body: PasswordIn, request: Request, response: Response, store: StoreDep,
                    viewer: AccountHolder) -> dict[str, Any]:
    """Change your own password (the current one is asked again). Every session of yours ends, on every
    device; this one goes on with a new cookie and CSRF token."""
    policy = policy_of(request)
    # only someone logged in as this account gets here: its own count, apart from guesses at the login form
    keys = (f"password-change:{viewer.name}",)
    wait = policy.limiter.wait_seconds(*keys)
    if wait:
        raise TooManyAttempts(f"too many failed attempts; try again in {wait} s")
    user = store.get_user(viewer.name)
    if user is None or not verify_password(user["password_hash"], body.current_password):
        policy.limiter.failed(*keys)
        raise NotAuthenticated("the current password is wrong")
    new_hash = hash_password(body.new_password)
    store.set_password_hash(viewer.name, new_hash)
    policy.sessions.drop_user(viewer.name)
    session = policy.sessions.new(viewer.name, new_hash)
    _set_cookie(request, response, session.token)
    return {"mode": viewer.mode, "user": viewer.name, "role": viewer.role, "csrf_token": session.csrf,
            "banner": BANNERS[viewer.mode]}


@router.post("/logout", status_code=204, dependencies=CSRF)
def logout(request: Request, response: Response) -> None:
    policy_of(request).sessions.drop(request.cookies.get(SESSION_COOKIE))
    response.delete_cookie(SESSION_COOKIE, path="/")
