"""Web accounts in the Store. The Store keeps password hashes only; hashing lives in marsad.api.passwords."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from marsad.errors import InputError, NotFoundError

from .auth_models import UserRow

ROLES = ("viewer", "coder", "admin")


class UserStoreMixin:
    """Mixed into Store; relies on its `_read()` and `_write()` sessions."""

    if TYPE_CHECKING:

        def _read(self) -> Session: ...
        def _write(self) -> Session: ...

    def add_user(self, name: str, password_hash: str, role: str) -> None:
        if role not in ROLES:
            raise InputError(f"unknown role {role!r}; use one of {', '.join(ROLES)}")
        if not name or len(name) > 128 or not name.isprintable() or name != name.strip():
            raise InputError(f"bad user name {name!r}: 1-128 printable characters, no surrounding spaces")
        try:
            with self._write() as session, session.begin():
                session.add(UserRow(name=name, password_hash=password_hash, role=role,
                                    created_at=datetime.now(UTC)))
        except IntegrityError as exc:
            raise InputError(f"user {name!r} already exists; remove it first to replace it") from exc

    def get_user(self, name: str) -> dict[str, Any] | None:
        """The user with its password hash (for checking a login), or None."""
        with self._read() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            return None if row is None else {**_user_dict(row), "password_hash": row.password_hash}

    def list_users(self) -> list[dict[str, Any]]:
        with self._read() as session:
            return [_user_dict(row) for row in session.scalars(select(UserRow).order_by(UserRow.name))]

    def count_users(self) -> int:
        with self._read() as session:
            return session.scalar(select(func.count(UserRow.id))) or 0

    def set_password_hash(self, name: str, password_hash: str) -> None:
        with self._write() as session, session.begin():
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            if row is None:
                raise NotFoundError(f"no user {name!r}")
            row.password_hash = password_hash

    def remove_user(self, name: str) -> None:
        with self._write() as session, session.begin():
            if not session.execute(delete(UserRow).where(UserRow.name == name)).rowcount:
                raise NotFoundError(f"no user {name!r}; `marsad users list` shows them")


def _user_dict(row: UserRow) -> dict[str, Any]:
    return {"name": row.name, "role": row.role, "created_at": row.created_at.isoformat()}
