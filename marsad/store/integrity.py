"""Is a store whole? The checks `marsad db check` runs after a crash, a restore or a copy.

SQLite: `PRAGMA integrity_check` (the file's own structure) and `PRAGMA foreign_key_check`. Both backends:
no report stored twice (content hash), no event twice (event_id), no event without its report, no report
whose events were half written (every report row was written in one transaction with its events, so this
can only fail if someone wrote outside the Store).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, func, select

from .models import EventRow, EvidenceRow, ReportRow


def integrity_problems(engine: Engine) -> list[str]:
    """One line per problem found; an empty list is a whole store."""
    problems: list[str] = []
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            verdicts = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
            if verdicts != ["ok"]:
                problems.extend(f"integrity_check: {line}" for line in verdicts[:20])
            dangling = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
            if dangling:
                problems.append(f"foreign_key_check: {len(dangling)} row(s) point at missing rows, "
                                f"first in table {dangling[0][0]}")
        for label, query in _duplicate_queries():
            repeated = connection.execute(query).all()
            if repeated:
                problems.append(f"{label} stored more than once: {', '.join(str(r[0]) for r in repeated[:5])}")
        orphans = connection.scalar(
            select(func.count(EventRow.id)).where(~select(ReportRow.id)
                                                   .where(ReportRow.id == EventRow.report_id).exists())
        )
        if orphans:
            problems.append(f"{orphans} event(s) whose report is missing")
        loose = connection.scalar(
            select(func.count(EvidenceRow.id)).where(~select(EventRow.id)
                                                      .where(EventRow.id == EvidenceRow.event_id).exists())
        )
        if loose:
            problems.append(f"{loose} evidence span(s) whose event is missing")
    return problems


def _duplicate_queries() -> list[tuple[str, Any]]:
    return [
        ("reports (same content hash)",
         select(ReportRow.content_hash).group_by(ReportRow.content_hash).having(func.count() > 1)),
        ("events (same event_id)",
         select(EventRow.event_id).group_by(EventRow.event_id).having(func.count() > 1)),
    ]


def store_summary(engine: Engine) -> dict[str, int]:
    """Counts of the main tables, for messages."""
    with engine.connect() as connection:
        return {
            "reports": connection.scalar(select(func.count(ReportRow.id))) or 0,
            "events": connection.scalar(select(func.count(EventRow.id))) or 0,
            "evidence": connection.scalar(select(func.count(EvidenceRow.id))) or 0,
        }

