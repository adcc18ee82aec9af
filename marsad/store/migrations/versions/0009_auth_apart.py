"""Accounts, sessions, login failures and jobs move out of the analysts' file (issue 18.11).

On SQLite they go to the file attached as `marsad_auth` (`marsad-auth.db` beside `marsad.db`, see
engine.auth_file), their rows copied, the old tables dropped: the file analysts open in Datasette or
hand on holds no password hash, no session and no user's jobs. On PostgreSQL they move to the schema
`marsad_auth` of the same database (ALTER TABLE ... SET SCHEMA: indexes and sequences go with them), so
analysts can be granted the public schema alone.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUTH = "marsad_auth"


def _users(schema: str | None) -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=128), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
        schema=schema,
    )


def _web_sessions(schema: str | None) -> None:
    op.create_table(
        "web_sessions",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("user_name", sa.String(length=128), nullable=True),
        sa.Column("credential", sa.String(length=64), nullable=True),
        sa.Column("csrf", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_web_sessions")),
        schema=schema,
    )
    op.create_index("ix_web_sessions_user_name", "web_sessions", ["user_name"], schema=schema)
    op.create_index("ix_web_sessions_expires_at", "web_sessions", ["expires_at"], schema=schema)


def _login_failures(schema: str | None) -> None:
    op.create_table(
        "login_failures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failures")),
        schema=schema,
    )
    op.create_index("ix_login_failures_key_at", "login_failures", ["key", "at"], schema=schema)


def _web_jobs(schema: str | None) -> None:
    op.create_table(
        "web_jobs",
        sa.Column("id", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("submitted_by", sa.String(length=128), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("progress", sa.Text(), nullable=False),
        sa.Column("reports", sa.JSON(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("skipped", sa.JSON(), nullable=False),
        sa.Column("owner", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_jobs")),
        schema=schema,
    )
    op.create_index("ix_web_jobs_status", "web_jobs", ["status"], schema=schema)
    op.create_index("ix_web_jobs_created_at", "web_jobs", ["created_at"], schema=schema)


TABLES: dict[str, tuple[Callable[[str | None], None], str]] = {
    "users": (_users, "id, name, password_hash, role, created_at"),
    "web_sessions": (_web_sessions, "token_hash, user_name, credential, csrf, created_at, expires_at"),
    "login_failures": (_login_failures, "id, key, at"),
    "web_jobs": (_web_jobs, "id, kind, submitted_by, created_at, status, progress, reports, error, skipped, owner"),
}


def _move(source: str, target: str) -> None:
    bind = op.get_bind()
    present = set(sa.inspect(bind).get_table_names(schema=target))
    for name, (create, columns) in TABLES.items():
        if name not in present:  # the auth file may already hold them (a store rebuilt beside it)
            create(None if target == "main" else target)
        # the auth file's own rows win over the old copies (INSERT OR IGNORE keeps the first of a key)
        bind.exec_driver_sql(f"INSERT OR IGNORE INTO {target}.{name} ({columns}) "
                             f"SELECT {columns} FROM {source}.{name}")
        op.drop_table(name, schema=None if source == "main" else source)


def _move_schema(source: str | None, target: str) -> None:
    bind = op.get_bind()
    if source is None:
        bind.exec_driver_sql(f"CREATE SCHEMA IF NOT EXISTS {target}")
    for name in TABLES:
        bind.exec_driver_sql(f"ALTER TABLE {source + '.' if source else ''}{name} SET SCHEMA {target}")
    if source is not None:
        bind.exec_driver_sql(f"DROP SCHEMA IF EXISTS {source}")


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _move("main", AUTH)
    else:
        _move_schema(None, AUTH)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _move(AUTH, "main")
    else:
        _move_schema(AUTH, op.get_bind().exec_driver_sql("SELECT current_schema()").scalar() or "public")
