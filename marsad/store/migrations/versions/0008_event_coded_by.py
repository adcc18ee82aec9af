"""events.coded_by: the rules (and the classifier) that made or changed each event, for "why was this coded so?".

A JSON list of names (rules.yaml's rule names, `cue:<id>` for the trigger cue of triggers.yaml); events
stored before this revision have none (NULL, read as an empty list).

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


# Plain ALTER TABLE on both backends (SQLite has ADD/DROP COLUMN since 3.35): a batch copy of the events table
# would lose the expression indexes of revision 0004, which SQLite's reflection does not see.
def upgrade() -> None:
    op.add_column("events", sa.Column("coded_by", sa.JSON(), nullable=True))


def downgrade() -> None:
    op.drop_column("events", "coded_by")
