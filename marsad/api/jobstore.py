"""Job rows in the database: written by the worker process running the job, read by any process, so
GET /api/jobs/{id} answers whichever `marsad serve` worker the request lands on.

Each row names its owner process (host, pid and a random tag of that process's JobRunner). A job left
queued or running by a process that is gone (a crash, a restart, a stop) is shown as failed, with a
message saying so; whatever it stored before that stays stored.
"""

from __future__ import annotations

import os
import secrets
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import delete, select, update

from marsad.store import Store
from marsad.store.auth_models import WebJobRow

JOBS_KEPT_DAYS = 30
UNFINISHED = ("queued", "running")
INTERRUPTED = ("interrupted: the server process running this job stopped before it finished; submit it "
               "again (reports it had already stored are kept)")


# The owner tags of the job tables open in this process (one per app; tests run two apps in one process).
_LIVE_OWNERS: set[str] = set()


def owner_is_gone(owner: str) -> bool:
    """Whether the process that owns a job has ended. Only processes on this host can be checked; the
    random part of the tag tells a pid reused by this very process from the one that wrote the row."""
    host, _, rest = owner.partition(":")
    pid_text, _, _tag = rest.partition(":")
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return owner not in _LIVE_OWNERS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, someone else's
        return False
    return False


class JobTable:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        _LIVE_OWNERS.add(self.owner)

    def insert(self, job: dict[str, Any]) -> None:
        created = datetime.fromisoformat(job["created_at"])
        with self._store._write() as db, db.begin():  # noqa: SLF001
            db.execute(delete(WebJobRow).where(WebJobRow.created_at < created - timedelta(days=JOBS_KEPT_DAYS)))
            db.add(WebJobRow(id=job["id"], kind=job["kind"], submitted_by=job["submitted_by"], created_at=created,
                             status=job["status"], progress=job["progress"], reports=job["reports"],
                             error=job["error"], skipped=job["skipped"], owner=self.owner))

    def save(self, job: dict[str, Any]) -> None:
        values = {key: job[key] for key in ("status", "progress", "reports", "error", "skipped")}
        with self._store._write() as db, db.begin():  # noqa: SLF001
            db.execute(update(WebJobRow).where(WebJobRow.id == job["id"]).values(**values))

    def get(self, job_id: str) -> dict[str, Any] | None:
        with self._store._read() as db:  # noqa: SLF001
            row = db.get(WebJobRow, job_id)
            if row is None:
                return None
            job = _job_dict(row)
        if job["status"] in UNFINISHED and owner_is_gone(row.owner):
            job = {**job, "status": "failed", "progress": "interrupted", "error": INTERRUPTED}
            self.save(job)
        return job

    def fail_interrupted(self, *, own_too: bool = False) -> int:
        """Mark as failed the unfinished jobs of processes that are gone (and this table's, when it stops:
        from then on they count as gone)."""
        if own_too:
            _LIVE_OWNERS.discard(self.owner)
        with self._store._read() as db:  # noqa: SLF001
            rows = db.execute(select(WebJobRow.id, WebJobRow.owner).where(WebJobRow.status.in_(UNFINISHED))).all()
        ended = [job_id for job_id, owner in rows if owner_is_gone(owner)]
        if ended:
            with self._store._write() as db, db.begin():  # noqa: SLF001
                db.execute(update(WebJobRow).where(WebJobRow.id.in_(ended), WebJobRow.status.in_(UNFINISHED))
                           .values(status="failed", progress="interrupted", error=INTERRUPTED))
        return len(ended)


def _job_dict(row: WebJobRow) -> dict[str, Any]:
    created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
    return {"id": row.id, "kind": row.kind, "status": row.status, "progress": row.progress,
            "submitted_by": row.submitted_by, "created_at": created.isoformat(), "reports": list(row.reports or []),
            "error": row.error, "skipped": list(row.skipped or [])}
