"""/api/reports: one stored report with its events."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from marsad.errors import NotFoundError

from ..deps import StoreDep
from ..schemas import ErrorOut, ReportOut

router = APIRouter(prefix="/api/reports", tags=["reports"])


@router.get("/{report_id}", response_model=ReportOut, responses={404: {"model": ErrorOut}})
def get_report(report_id: int, store: StoreDep) -> dict[str, Any]:
    report = store.get_report(report_id)
    if report is None:
        raise NotFoundError(f"no report with id {report_id}")
    return report
