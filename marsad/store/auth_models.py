"""Tables of accounts and of the web app's shared state, kept apart from the analysts' data.

They live in the schema AUTH_SCHEMA: on SQLite a second file beside the store (`marsad.db` ->
`marsad-auth.db`, attached to every connection under that name), so the file analysts open in Datasette
or share holds no password hash, session or login failure; on PostgreSQL a schema of that name in the
same database (grant analysts the public schema only). Revision 0009 moved them there.

- users: web accounts. Roles: viewer (read), coder (review and edit), admin (users, feeds).
- web_sessions: one row per logged-in browser session, keyed on the SHA-256 of its cookie token (the raw
  token is never stored); `credential` is a fingerprint of the password hash the user logged in with.
  Visitors who are not logged in have no row.
- login_failures: failed logins per key (account, client address), for the rate limit.
- web_jobs: submitted reports and feed polls, their status, progress and result, written by the process
  running the job; `owner` names that process so a restart can tell jobs it left unfinished.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

AUTH_SCHEMA = "marsad_auth"


class UserRow(Base):
    __tablename__ = "users"
    __table_args__ = {"schema": AUTH_SCHEMA}

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))  # argon2id, never the password
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebSessionRow(Base):
    __tablename__ = "web_sessions"
    __table_args__ = (Index("ix_web_sessions_user_name", "user_name"),
                      Index("ix_web_sessions_expires_at", "expires_at"), {"schema": AUTH_SCHEMA})

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str | None] = mapped_column(String(128))
    credential: Mapped[str | None] = mapped_column(String(64))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailureRow(Base):
    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"), {"schema": AUTH_SCHEMA})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebJobRow(Base):
    __tablename__ = "web_jobs"
    __table_args__ = (Index("ix_web_jobs_status", "status"), Index("ix_web_jobs_created_at", "created_at"),
                      {"schema": AUTH_SCHEMA})

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    submitted_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16))
    progress: Mapped[str] = mapped_column(Text)
    reports: Mapped[list] = mapped_column(JSON)
    error: Mapped[str | None] = mapped_column(Text)
    skipped: Mapped[list] = mapped_column(JSON)
    owner: Mapped[str] = mapped_column(String(255))
