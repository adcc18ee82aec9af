"""Tables of the web app's shared state (Alembic revision 0006), so every `marsad serve` worker process
sees the same sessions, login failures and jobs. Imported by the app and by revision 0006 (so the
metadata knows them wherever the store is opened).

- web_sessions: one row per browser session, keyed on the SHA-256 of its cookie token (the raw token is
  never stored); `credential` is a fingerprint of the password hash the user logged in with.
- login_failures: failed logins per key (client address, user name), for the rate limit.
- web_jobs: submitted reports and feed polls, their status, progress and result, written by the process
  running the job; `owner` names that process so a restart can tell jobs it left unfinished.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from marsad.store.models import Base


class WebSessionRow(Base):
    __tablename__ = "web_sessions"
    __table_args__ = (Index("ix_web_sessions_user_name", "user_name"),
                      Index("ix_web_sessions_expires_at", "expires_at"))

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_name: Mapped[str | None] = mapped_column(String(128))
    credential: Mapped[str | None] = mapped_column(String(64))
    csrf: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class LoginFailureRow(Base):
    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WebJobRow(Base):
    __tablename__ = "web_jobs"
    __table_args__ = (Index("ix_web_jobs_status", "status"), Index("ix_web_jobs_created_at", "created_at"))

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
