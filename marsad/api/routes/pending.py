"""/api/pending-actors: groups the pipeline found that the actor base does not know, waiting for review.

Coders see the queue (it sits beside the event review queue); admins, who own the actor base, accept
(the group joins the base at once, as `marsad actors pending accept` does) or reject it.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from marsad.actors.base import ActorBase
from marsad.actors.userbase import actor_from_pending
from marsad.errors import InputError, NotFoundError

from ..auth import Admin, Coder
from ..deps import RowId, StoreDep
from ..schemas import ErrorOut, EvidenceOut

router = APIRouter(prefix="/api/pending-actors", tags=["actors"])


class PendingOut(BaseModel):
    id: int
    name: str
    descriptors: dict = Field(description="what the report said of it: inter, backed_by, part_of, text")
    doc_id: str | None
    report_id: int | None
    evidence: EvidenceOut | None
    status: str = Field(description="pending, accepted or rejected")
    created_at: str | None


class PendingDecision(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "reject"]


class PendingDecided(PendingOut):
    actor_id: str | None = Field(default=None, description="the id it has in the actor base, once accepted")


@router.get("", response_model=list[PendingOut])
def list_pending(
    store: StoreDep,
    _coder: Coder,
    status: Annotated[Literal["pending", "accepted", "rejected", "all"], Query()] = "pending",
) -> list[dict[str, Any]]:
    """Oldest first."""
    return store.list_pending(None if status == "all" else status)


@router.post("/{pending_id}", response_model=PendingDecided, responses={404: {"model": ErrorOut}})
def decide_pending(pending_id: RowId, body: PendingDecision, store: StoreDep, _admin: Admin) -> dict[str, Any]:
    """Accept (the group joins the actor base) or reject (it is not queued again) a discovered actor."""
    row = next((r for r in store.list_pending(None) if r["id"] == pending_id), None)
    if row is None:
        raise NotFoundError(f"no pending actor with id {pending_id}; GET /api/pending-actors lists them")
    if row["status"] != "pending":
        raise InputError(f"pending actor {pending_id} was already {row['status']}")
    actor_id = None
    if body.action == "accept":
        actor = actor_from_pending(ActorBase.load(extra=store.list_actors(), strict=False), row)
        store.save_actor(actor, origin="discovered")
        actor_id = actor.id
    store.set_pending_status(pending_id, "accepted" if body.action == "accept" else "rejected")
    return {**row, "status": "accepted" if body.action == "accept" else "rejected", "actor_id": actor_id}
