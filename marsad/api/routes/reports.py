"""/api/reports: list, one report with its events, and submitting a report (text, URL or file) that a
background job reads, codes and stores; /api/jobs/{id} tells how it goes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile

from marsad.errors import InputError, NotFoundError
from marsad.ingest import MAX_REPORT_BYTES

from ..auth import Coder, Reader
from ..deps import Offset, RowId, StoreDep
from ..errors import Forbidden, PayloadTooLarge
from ..jobs import JobRunner, Submission
from ..redact import public_report
from ..schemas import ErrorOut, IsoDate, JobOut, ReportIn, ReportOut, ReportPage

router = APIRouter(prefix="/api", tags=["reports"])


def _runner(request: Request) -> JobRunner:
    return request.app.state.jobs


@router.get("/reports", response_model=ReportPage, responses={400: {"model": ErrorOut}})
def list_reports(
    store: StoreDep,
    viewer: Reader,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Offset = 0,
    q: Annotated[str | None, Query(min_length=1, max_length=500, description=(
        "words in the report text: PostgreSQL's full-text search (stemmed, ranked; quotes for a phrase, "
        "`or`, `-word`); on SQLite every word must appear"))] = None,
) -> dict[str, Any]:
    """Newest first (best match first with `q`), each with its first 300 characters and how many events
    were coded from it (--public: only reports with a published event, counting those)."""
    public = viewer.mode == "public"
    if public and q is not None:  # which words a report holds would tell its text, word by word
        raise Forbidden("a public server does not search the text of reports; GET /api/events?q= searches "
                        "the published events")
    if q is None and not public:
        total = store.count_reports()
    else:
        total = store.count_listed_reports(published_only=public, text=q)
    reports = store.list_reports(limit=limit, offset=offset, published_only=public, text=q)
    return {"total": total, "limit": limit, "offset": offset,
            "reports": [public_report(r) for r in reports] if public else reports}


@router.get("/reports/{report_id}", response_model=ReportOut, responses={404: {"model": ErrorOut}})
def get_report(report_id: RowId, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    report = store.get_report(report_id)
    if report is None:
        raise NotFoundError(f"no report with id {report_id}")
    if viewer.mode == "public":
        shown = store.published_event_ids(report_id)
        published = [e for e in report["events"] if e["event_id"] in shown]
        if not published:  # the same answer as for no report at all
            raise NotFoundError(f"no report with id {report_id}")
        report["events"] = published
        return public_report(report)
    return report


@router.post("/reports", response_model=JobOut, status_code=202)
def submit_report(body: ReportIn, request: Request, coder: Coder) -> dict[str, Any]:
    """Queue a report (its `text`, or a `url` to fetch) for coding; poll GET /api/jobs/{id}."""
    if bool(body.text) == bool(body.url):
        raise InputError("give either `text` or `url`, not both and not neither")
    kind = "text" if body.text else "url"
    submission = Submission(kind=kind, text=body.text, url=body.url, title=body.title,
                            published=body.published, source=body.source)
    return _runner(request).submit(submission, coder.name or "local").as_dict()


@router.post("/reports/upload", response_model=JobOut, status_code=202)
async def upload_report(
    request: Request,
    coder: Coder,
    file: Annotated[UploadFile, File(description="a text, Markdown or HTML report, UTF-8")],
    published: Annotated[IsoDate | None, Form()] = None,
    source: Annotated[str | None, Form(max_length=255)] = None,
) -> dict[str, Any]:
    """Queue an uploaded report file for coding; poll GET /api/jobs/{id}."""
    data = await file.read(MAX_REPORT_BYTES + 1)
    if len(data) > MAX_REPORT_BYTES:
        limit_mb = MAX_REPORT_BYTES // (1024 * 1024)
        raise PayloadTooLarge(f"the file is over the {limit_mb} MB limit for a report")
    from marsad.ingest.decode import decode_report_bytes

    text = decode_report_bytes(data)
    submission = Submission(kind="file", text=text, published=published, source=source,
                            filename=(file.filename or "upload")[:255])
    return _runner(request).submit(submission, coder.name or "local").as_dict()


@router.get("/jobs/{job_id}", response_model=JobOut, responses={404: {"model": ErrorOut}})
def get_job(job_id: str, request: Request, viewer: Reader) -> dict[str, Any]:
    if viewer.mode == "public":  # who submitted what is not public; nothing is submitted here anyway
        raise NotFoundError(f"no job {job_id!r}: a public server runs no jobs")
    return _runner(request).get(job_id).as_dict()
