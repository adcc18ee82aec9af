"""The actors part of the Store: the user's actor base and the queue of discovered actors to review."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from marsad.errors import NotFoundError, StoreError
from marsad.text.fold import fold
from marsad.types import Actor, Evidence

from . import convert
from .models import ActorAliasRow, ActorEdgeRow, ActorRow, PendingActorRow, ReportRow

ACTOR_ORIGINS = ("user", "discovered")
PENDING_STATUSES = ("pending", "accepted", "rejected")


class ActorStoreMixin:
    """Mixed into Store; relies on its `_read()` and `_write()` sessions."""

    if TYPE_CHECKING:

        def _read(self) -> Session: ...
        def _write(self) -> Session: ...

    def save_actor(self, actor: Actor, origin: str = "user") -> None:
        """Insert or replace an actor with its aliases and patrons (edges found in reports are kept)."""
        if origin not in ACTOR_ORIGINS:
            raise StoreError(f"unknown actor origin {origin!r}; use one of {', '.join(ACTOR_ORIGINS)}")
        with self._write() as session, session.begin():
            session.execute(delete(ActorAliasRow).where(ActorAliasRow.actor_id == actor.id))
            session.execute(
                delete(ActorEdgeRow).where(
                    ActorEdgeRow.source_id == actor.id,
                    ActorEdgeRow.relation == "backed_by",
                    ActorEdgeRow.report_id.is_(None),
                )
            )
            session.merge(convert.actor_row(actor, origin))
            session.flush()
            seen: set[str] = set()
            for position, alias in enumerate(actor.aliases):
                if alias in seen:
                    continue
                seen.add(alias)
                session.add(
                    ActorAliasRow(actor_id=actor.id, alias=alias, folded=fold(alias), position=position)
                )
            for patron in actor.backed_by:
                session.add(
                    ActorEdgeRow(
                        source_id=actor.id,
                        target=patron.name,
                        relation="backed_by",
                        since=patron.since,
                        until=patron.until,
                    )
                )

    def list_actors(self, origin: str | None = None) -> list[Actor]:
        """Stored actors sorted by id, optionally only those of one origin ('user' or 'discovered')."""
        query = select(ActorRow).options(selectinload(ActorRow.aliases)).order_by(ActorRow.id)
        if origin is not None:
            query = query.where(ActorRow.origin == origin)
        with self._read() as session:
            rows = list(session.scalars(query))
            edges = session.scalars(
                select(ActorEdgeRow).where(ActorEdgeRow.relation == "backed_by").order_by(ActorEdgeRow.id)
            )
            patrons: dict[str, list[ActorEdgeRow]] = {}
            for edge in edges:
                patrons.setdefault(edge.source_id, []).append(edge)
            return [convert.actor_from_rows(row, patrons.get(row.id, [])) for row in rows]

    def add_pending_actor(
        self, name: str, descriptors: dict[str, Any], doc_id: str | None, evidence: Evidence | None
    ) -> int:
        """Queue a discovered actor for review; the same name (folded) is queued once. Returns its id."""
        folded = fold(name) or name.casefold()
        existing = self._pending_id(folded)
        if existing is not None:
            return existing
        try:
            with self._write() as session, session.begin():
                report_id = None
                if doc_id is not None:
                    report_id = session.scalar(
                        select(ReportRow.id).where(ReportRow.doc_id == doc_id).order_by(ReportRow.id.desc())
                    )
                row = PendingActorRow(
                    name=name,
                    folded=folded,
                    descriptors=descriptors,
                    doc_id=doc_id,
                    report_id=report_id,
                    evidence_start=evidence.start if evidence else None,
                    evidence_end=evidence.end if evidence else None,
                    evidence_text=evidence.text if evidence else None,
                    status="pending",
                    created_at=datetime.now(UTC),
                )
                session.add(row)
                session.flush()
                return row.id
        except IntegrityError:
            existing = self._pending_id(folded)  # queued meanwhile by another process
            if existing is None:
                raise
            return existing

    def _pending_id(self, folded: str) -> int | None:
        with self._read() as session:
            return session.scalar(select(PendingActorRow.id).where(PendingActorRow.folded == folded))

    def list_pending(self, status: str | None = "pending") -> list[dict[str, Any]]:
        """Queued actors (default: those still pending; None for all), oldest first."""
        query = select(PendingActorRow).order_by(PendingActorRow.id)
        if status is not None:
            query = query.where(PendingActorRow.status == status)
        with self._read() as session:
            return [_pending_dict(row) for row in session.scalars(query)]

    def set_pending_status(self, pending_id: int, status: str) -> None:
        if status not in PENDING_STATUSES:
            raise StoreError(
                f"unknown pending-actor status {status!r}; use one of {', '.join(PENDING_STATUSES)}"
            )
        with self._write() as session, session.begin():
            row = session.get(PendingActorRow, pending_id)
            if row is None:
                raise NotFoundError(
                    f"no pending actor with id {pending_id}; `list_pending()` shows the queue"
                )
            row.status = status


def _pending_dict(row: PendingActorRow) -> dict[str, Any]:
    evidence = None
    if row.evidence_start is not None and row.evidence_end is not None:
        evidence = {"start": row.evidence_start, "end": row.evidence_end, "text": row.evidence_text or ""}
    return {
        "id": row.id,
        "name": row.name,
        "descriptors": row.descriptors,
        "doc_id": row.doc_id,
        "report_id": row.report_id,
        "evidence": evidence,
        "status": row.status,
        "created_at": row.created_at.isoformat() if row.created_at else None,
    }
