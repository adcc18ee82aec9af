"""events.why: how each event was coded (the rule that made it, the event classifier's label and score).

Plain ADD/DROP COLUMN, not a batch copy of the table: SQLite's batch mode rebuilds the table from what it
can reflect and would lose the expression indexes of revision 0004.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("why", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("events", "why")  # SQLite 3.35+ drops a column in place
