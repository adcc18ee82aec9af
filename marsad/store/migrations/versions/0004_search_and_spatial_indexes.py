"""Indexes for the web's filters at scale, and PostgreSQL's full-text search on report text.

- events (latitude, longitude, event_date): bbox filters (map views) read a latitude range of the index,
  test longitudes and sort by date inside it (a covering index for the page order) instead of reading
  every row; no PostGIS needed for boxes of a few degrees.
- events (sub_event_type, event_date): the type filter matches type OR sub-event type; with both columns
  indexed, both backends answer it (and its count) from indexes.
- events (lower(admin1), event_date): the governorate filter, when it compares lower(admin1) with the
  lower-cased name (equality; an ILIKE cannot use a btree on either backend). An expression index, so
  kept out of models.py like the GIN index below.
- PostgreSQL only: a GIN index on to_tsvector('english', reports.text), used by `Store.search_reports`
  (websearch_to_tsquery). SQLite keeps a LIKE scan (see marsad/store/search.py).

Revision ID: 0004
Revises: 0003
Create Date: 2026-01-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Kept in step with marsad/store/search.py, which must use the very same expression to hit the index.
FTS_INDEX = "ix_reports_text_fts"
FTS_EXPRESSION = "to_tsvector('english', text)"
ADMIN1_INDEX = "ix_events_admin1_lower"


def upgrade() -> None:
    op.create_index("ix_events_latitude_longitude_event_date", "events", ["latitude", "longitude", "event_date"])
    op.create_index("ix_events_sub_event_type_event_date", "events", ["sub_event_type", "event_date"])
    op.create_index(ADMIN1_INDEX, "events", [sa.text("lower(admin1)"), "event_date"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"CREATE INDEX {FTS_INDEX} ON reports USING gin ({FTS_EXPRESSION})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {FTS_INDEX}")
    op.drop_index(ADMIN1_INDEX, table_name="events")
    op.drop_index("ix_events_sub_event_type_event_date", table_name="events")
    op.drop_index("ix_events_latitude_longitude_event_date", table_name="events")
