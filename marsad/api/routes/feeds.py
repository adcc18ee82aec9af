"""/api/feeds: RSS/Atom feeds polled on a schedule, their entries coded like submitted reports (admins)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from marsad.errors import NotFoundError
from marsad.store.feeds import MAX_INTERVAL_SECONDS, MIN_INTERVAL_SECONDS

from ..auth import Admin
from ..deps import RowId, StoreDep
from ..feeds import FeedPoller
from ..schemas import ErrorOut, JobOut

router = APIRouter(prefix="/api/feeds", tags=["feeds"])


class FeedIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str = Field(max_length=2000, pattern=r"^https?://[^\s/?#]+\S*$", description="an http(s) RSS/Atom URL")
    interval_seconds: int = Field(
        default=900, ge=MIN_INTERVAL_SECONDS, le=MAX_INTERVAL_SECONDS, description="how often to poll it"
    )


class FeedOut(BaseModel):
    id: int
    url: str
    interval_seconds: int
    created_by: str
    created_at: str
    last_polled_at: str | None = Field(description="when it was last queued or read")
    last_status: str | None = Field(description="queued, ok or error")
    last_error: str | None
    last_job_id: str | None = Field(description="follow it at GET /api/jobs/{id}")
    reports_added: int = Field(description="new reports stored from it, over all polls")


class FeedCreated(FeedOut):
    job: JobOut = Field(description="the first poll, queued at once")


def _poller(request: Request) -> FeedPoller:
    return request.app.state.feeds


@router.get("", response_model=list[FeedOut])
def list_feeds(store: StoreDep, _admin: Admin) -> list[dict[str, Any]]:
    return store.list_feeds()


@router.post("", response_model=FeedCreated, status_code=201)
def add_feed(body: FeedIn, request: Request, store: StoreDep, admin: Admin) -> dict[str, Any]:
    """Register a feed and poll it now; later polls come every `interval_seconds`."""
    feed = store.add_feed(body.url, body.interval_seconds, admin.name or "local")
    job = _poller(request).poll(feed, admin.name or "local")
    return {**(store.get_feed(feed["id"]) or feed), "job": job.as_dict()}


@router.post("/{feed_id}/poll", response_model=JobOut, status_code=202, responses={404: {"model": ErrorOut}})
def poll_feed(feed_id: RowId, request: Request, store: StoreDep, admin: Admin) -> dict[str, Any]:
    """Poll a feed now, whatever its schedule."""
    feed = store.get_feed(feed_id)
    if feed is None:
        raise NotFoundError(f"no feed {feed_id}; GET /api/feeds lists them")
    return _poller(request).poll(feed, admin.name or "local").as_dict()


@router.delete("/{feed_id}", status_code=204, responses={404: {"model": ErrorOut}})
def remove_feed(feed_id: RowId, store: StoreDep, _admin: Admin) -> None:
    """Stop polling it; the reports already stored from it stay."""
    store.remove_feed(feed_id)
