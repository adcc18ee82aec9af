"""Where a reader's findings become a Report: title suffix, dateline, source precedence, overrides."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime

from marsad.ingest.dateline import find_dateline, split_title
from marsad.ingest.publishers import publisher_name
from marsad.types import Report

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID = 80


@dataclass(frozen=True)
class Overrides:
    """What the caller says about every report (the CLI's --published and --source); wins over the input."""

    published: date | None = None
    source: str | None = None


def safe_doc_id(raw: str) -> str:
    """A stable, filesystem-safe id from an entry id, link or URL: "https://x.org/a/1/" -> "x.org-a-1"."""
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", raw.strip(), flags=re.IGNORECASE)
    slug = _UNSAFE.sub("-", text).strip("-.") or "report"
    if len(slug) > _MAX_ID:
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:10]
        slug = f"{slug[: _MAX_ID - 11].rstrip('-.')}-{digest}"
    return slug


def parse_published(value: object) -> date | None:
    """"YYYY-MM-DD" (or an ISO date-time, whose date part is kept); None/"" -> None; else ValueError."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published {value!r} is not a YYYY-MM-DD string")
    text = value.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not YYYY-MM-DD") from None


def make_report(
    *,
    doc_id: str,
    text: str,
    origin: str | None,
    overrides: Overrides,
    title: str | None = None,
    published: date | None = None,
    source: str | None = None,
    site_name: str | None = None,
    url: str | None = None,
    fallback_source: str | None = None,
) -> Report:
    """Source precedence: override > the input's own source > site/feed name > title suffix > dateline
    > `fallback_source` (a host name, say)."""
    title_publisher = None
    clean_title = None
    if title and title.strip():
        clean_title, title_publisher = split_title(title)
    dateline = find_dateline(text, skip=tuple(t for t in (title, clean_title, site_name) if t))
    dateline_source = dateline.source if dateline else None
    candidates = (source, site_name, title_publisher, dateline_source, fallback_source)
    chosen_source = overrides.source or next((n for n in map(publisher_name, candidates) if n), None)
    return Report(
        doc_id=doc_id,
        text=text,
        title=clean_title,
        published=overrides.published or published,
        source=chosen_source,
        url=url,
        dateline_place=dateline.place if dateline else None,
        dateline_source=dateline_source,
        origin=origin,
    )
