"""/api/users: accounts, for admins (the same as `marsad users`)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, Field

from ..auth import Admin
from ..deps import StoreDep
from ..passwords import MIN_PASSWORD_LENGTH, hash_password
from ..sessions import drop_user_sessions

router = APIRouter(prefix="/api/users", tags=["users"])


class UserIn(BaseModel):
    name: str = Field(min_length=1, max_length=128)
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=1024)
    role: Literal["viewer", "coder", "admin"]


class UserOut(BaseModel):
    name: str
    role: str
    created_at: str


@router.get("", response_model=list[UserOut])
def list_users(store: StoreDep, _admin: Admin) -> list[dict[str, Any]]:
    return store.list_users()


@router.post("", response_model=UserOut, status_code=201)
def add_user(body: UserIn, store: StoreDep, _admin: Admin) -> dict[str, Any]:
    store.add_user(body.name, hash_password(body.password), body.role)
    return next(u for u in store.list_users() if u["name"] == body.name)


@router.delete("/{name}", status_code=204)
def remove_user(name: str, store: StoreDep, _admin: Admin) -> None:
    store.remove_user(name)
    drop_user_sessions(store, name)  # in every worker process
