"""Text search over report text, and planner statistics: each backend with its own engine.

PostgreSQL: full-text search with `websearch_to_tsquery('english', q)` against
`to_tsvector('english', text)`, answered from the GIN index of revision 0004 (the expression here must
stay exactly the index's); English stemming, so "killed" finds "kills"; quotes for phrases, `or`, `-word`.
Ranked by `ts_rank`, then newest first.

SQLite: every word of the query must appear in the text (case-insensitive for ASCII, as SQLite's LIKE),
a scan of the reports table; newest first. Fast enough for a laptop's tens of thousands of reports; a team
with an archive uses PostgreSQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, and_, func, literal_column, select, text
from sqlalchemy.exc import SQLAlchemyError

from marsad.errors import InputError, StoreError

from . import convert
from .engine import safe_url
from .models import ReportRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FTS_CONFIG = "english"
FTS_INDEX = "ix_reports_text_fts"  # revision 0004; PostgreSQL only, so not in models.py
# Revision 0004's expression indexes: not in models.py (autogenerate cannot compare expressions everywhere).
EXPRESSION_INDEXES = (FTS_INDEX, "ix_events_admin1_lower")
MAX_QUERY_WORDS = 20


def _report_tsvector():
    return func.to_tsvector(literal_column(f"'{FTS_CONFIG}'"), ReportRow.text)


def report_text_match(dialect: str, query: str) -> tuple[Any, list[Any]]:
    """The WHERE clause matching reports whose text answers `query`, and the ORDER BY that ranks them
    (see the module notes per backend); InputError for an empty or over-long query."""
    words = query.split()
    if not words:
        raise InputError("empty report search: give at least one word")
    if len(words) > MAX_QUERY_WORDS:
        raise InputError(f"report search of {len(words)} words: give at most {MAX_QUERY_WORDS}")
    if dialect == "postgresql":
        tsquery = func.websearch_to_tsquery(literal_column(f"'{FTS_CONFIG}'"), query)
        return (_report_tsvector().op("@@")(tsquery),
                [func.ts_rank(_report_tsvector(), tsquery).desc(), ReportRow.id.desc()])
    return and_(*(ReportRow.text.icontains(word, autoescape=True) for word in words)), [ReportRow.id.desc()]


class ReportSearchMixin:
    """`search_reports` and `refresh_statistics` for the Store."""

    engine: Engine
    _write_engine: Engine

    if TYPE_CHECKING:

        def _read(self) -> Session: ...

    def search_reports(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        """Reports whose text matches `query` (see the module notes per backend): the report's fields with
        the text cut to 300 characters."""
        where, order = report_text_match(self.engine.dialect.name, query)
        statement = select(ReportRow).where(where).order_by(*order)
        try:
            with self._read() as session:
                rows = session.scalars(statement.limit(limit).offset(offset))
                found = []
                for row in rows:
                    data = convert.report_dict(row)
                    data["text"] = data["text"][:300]
                    found.append(data)
                return found
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"report search {query!r} failed in {safe_url(str(self.engine.url))}: "
                             f"{reason}") from exc

    def refresh_statistics(self) -> None:
        """Let the query planner see the data as it is now (ANALYZE), after a bulk load.

        SQLite plans without statistics until ANALYZE has run, and then may pick an index that makes a
        filtered page sort thousands of rows; PostgreSQL's autovacuum analyzes on its own, but not at once.
        """
        try:
            # the writer: ANALYZE writes, and on SQLite a read transaction that starts writing fails at once
            # under contention instead of waiting its turn
            with self._write_engine.begin() as conn:
                conn.execute(text("ANALYZE"))
        except SQLAlchemyError as exc:
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            raise StoreError(f"could not refresh the planner statistics of {safe_url(str(self.engine.url))}: "
                             f"{reason}") from exc
