"""Sessions and the login rate limit, kept in the database so every worker process of `marsad serve`
agrees on them: a session made by one process is valid in the others, and a logout, a password change
or a removed account ends it everywhere.

Only the SHA-256 of a session's cookie token is stored: a copy of the database logs nobody in. Looking a
session up on every request is a read through the TotalsCache, so it costs nothing while the data has
not changed (any commit, from any process, changes the data version and so the next look-up reads again).
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from marsad.store import Store
from marsad.store.auth_models import LoginFailureRow, WebSessionRow

from .totals import TotalsCache

SESSION_TTL_S = 12 * 3600
# Sessions one account may hold at once (browsers, devices); past it its own oldest end, nobody else's.
MAX_SESSIONS_PER_USER = 50
ANONYMOUS_TOKEN_CHARS = 43  # token_urlsafe(32)
LOGIN_WINDOW_S = 900
FREE_FAILURES = 5  # per account, per trusted device
FREE_FAILURES_PER_ADDRESS = 20  # an office or a proxy may be one address for many people
MAX_WAIT_S = 300
DEVICE_COOKIE_DAYS = 180


@dataclass
class WebSession:
    token: str
    csrf: str
    expires_at: datetime
    user: str | None = None
    # A fingerprint of the password hash the user logged in with: once the password changes (here, in
    # another worker, or `marsad users passwd`) the session no longer counts.
    credential: str | None = None


def anonymous_csrf(token: str) -> str:
    """The CSRF token of a visitor who is not logged in, derived from the cookie's token rather than
    stored: a page on another site can read neither, and no anonymous request writes to the database
    (a stored row per visitor let anyone fill the table and push logged-in sessions out)."""
    return hashlib.sha256(f"marsad-anonymous-csrf:{token}".encode()).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def credential_fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)  # SQLite gives back naive datetimes


def _write(store: Store) -> Session:
    return store._write()  # noqa: SLF001 - the store's write session (SQLite: BEGIN IMMEDIATE)


def _read(store: Store) -> Session:
    return store._read()  # noqa: SLF001


class SessionBook:
    def __init__(self, store: Store, cache: TotalsCache) -> None:
        self._store = store
        self._cache = cache

    def get(self, token: str | None) -> WebSession | None:
        if not token or len(token) > 256:
            return None
        hashed = token_hash(token)
        row = self._cache.remember(("session", hashed), lambda: self._lookup(hashed))
        if row is None or row["expires_at"] <= datetime.now(UTC):
            # not (or no longer) a logged-in session: an anonymous one, if the token is one we could make
            if len(token) != ANONYMOUS_TOKEN_CHARS:
                return None
            return WebSession(token, anonymous_csrf(token), datetime.now(UTC) + timedelta(seconds=SESSION_TTL_S))
        return WebSession(token, row["csrf"], row["expires_at"], row["user"], row["credential"])

    def _lookup(self, hashed: str) -> dict[str, Any] | None:
        with _read(self._store) as session:
            row = session.get(WebSessionRow, hashed)
            if row is None:
                return None
            return {"csrf": row.csrf, "expires_at": _utc(row.expires_at), "user": row.user_name,
                    "credential": row.credential}

    def new(self, user: str | None = None, password_hash: str | None = None) -> WebSession:
        """A logged-in session (stored), or with no `user` an anonymous one (nothing stored)."""
        now = datetime.now(UTC)
        token = secrets.token_urlsafe(32)
        if user is None:
            return WebSession(token, anonymous_csrf(token), now + timedelta(seconds=SESSION_TTL_S))
        credential = None if password_hash is None else credential_fingerprint(password_hash)
        session = WebSession(token, secrets.token_urlsafe(32), now + timedelta(seconds=SESSION_TTL_S), user,
                             credential)
        with _write(self._store) as db, db.begin():
            db.execute(delete(WebSessionRow).where(WebSessionRow.expires_at <= now))
            mine = select(WebSessionRow.token_hash).where(WebSessionRow.user_name == user)
            held = db.scalar(select(func.count()).select_from(mine.subquery())) or 0
            if held >= MAX_SESSIONS_PER_USER:  # this account's oldest go; never another account's
                oldest = mine.order_by(WebSessionRow.created_at).limit(held - MAX_SESSIONS_PER_USER + 1)
                db.execute(delete(WebSessionRow).where(WebSessionRow.token_hash.in_(oldest.scalar_subquery())))
            db.add(WebSessionRow(token_hash=token_hash(session.token), user_name=user, credential=credential,
                                 csrf=session.csrf, created_at=now, expires_at=session.expires_at))
        return session

    def drop(self, token: str | None) -> None:
        if not token:
            return
        with _write(self._store) as db, db.begin():
            db.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash(token)))

    def drop_user(self, name: str) -> None:
        """End every session of `name` (a password change, a removed account), in every process."""
        drop_user_sessions(self._store, name)


def drop_user_sessions(store: Store, name: str) -> None:
    with _write(store) as db, db.begin():
        db.execute(delete(WebSessionRow).where(WebSessionRow.user_name == name))


class LoginLimiter:
    """Failed logins, counted per key over all worker processes, with a growing wait: a key's first
    FREE_FAILURES failures in LOGIN_WINDOW_S cost nothing, then each one doubles the wait after it (1 s,
    2 s, 4 s ... up to MAX_WAIT_S). Keys are the account (`user:NAME`), the client address (`ip:...`,
    which gets more: many people may share one address behind a proxy) and a trusted device
    (`device:...`, see device_token): the right password from a device the account logged in from
    before is not held up by failures elsewhere, so no one can lock a user out by guessing."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def wait_seconds(self, *keys: str) -> int:
        now = datetime.now(UTC)
        since = now - timedelta(seconds=LOGIN_WINDOW_S)
        query = (select(LoginFailureRow.key, func.count(), func.max(LoginFailureRow.at))
                 .where(LoginFailureRow.key.in_(keys), LoginFailureRow.at > since)
                 .group_by(LoginFailureRow.key))
        with _read(self._store) as session:
            waits = [backoff_seconds(key, count) - (now - _utc(last)).total_seconds()
                     for key, count, last in session.execute(query)]
        return max(0, math.ceil(max(waits, default=0)))

    def failed(self, *keys: str) -> None:
        now = datetime.now(UTC)
        with _write(self._store) as db, db.begin():
            db.execute(delete(LoginFailureRow).where(LoginFailureRow.at <= now - timedelta(seconds=LOGIN_WINDOW_S)))
            db.add_all([LoginFailureRow(key=key, at=now) for key in keys])

    def succeeded(self, *keys: str) -> None:
        with _write(self._store) as db, db.begin():
            db.execute(delete(LoginFailureRow).where(LoginFailureRow.key.in_(keys)))


def backoff_seconds(key: str, failures: int) -> float:
    """How long after its last failure a key waits, having failed `failures` times in the window."""
    free = FREE_FAILURES_PER_ADDRESS if key.startswith("ip:") else FREE_FAILURES
    if failures < free:
        return 0.0
    return float(min(2 ** (failures - free), MAX_WAIT_S))


def device_token(name: str, password_hash: str) -> str:
    """A cookie that marks this browser as one `name` logged in from: a random part and a MAC of it keyed
    on the account's password hash (nothing stored; a password change voids every such cookie)."""
    nonce = secrets.token_urlsafe(16)
    return f"{nonce}.{_device_mac(name, password_hash, nonce)}"


def trusted_device(token: str | None, name: str, password_hash: str) -> str | None:
    """The device's limiter key if `token` is a device cookie of `name` with this password, else None."""
    nonce, _, mac = (token or "").partition(".")
    if not nonce or len(token or "") > 256 or not hmac.compare_digest(mac, _device_mac(name, password_hash, nonce)):
        return None
    return f"device:{nonce}"


def _device_mac(name: str, password_hash: str, nonce: str) -> str:
    return hmac.new(password_hash.encode(), f"{name}\n{nonce}".encode(), hashlib.sha256).hexdigest()
