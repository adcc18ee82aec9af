"""actors: ACLED's name, the days a government period's actor began and ended, and whether ACLED codes a
component under its parent, so the user's actors keep every field of the YAML format (docs/actors.md).

Actors stored before this revision have none (NULL, read as unknown; `coded_under_parent` as false).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ("acled_name", "began", "ended", "coded_under_parent")


# Plain ALTER TABLE on both backends (SQLite has ADD/DROP COLUMN since 3.35), as revision 0008.
def upgrade() -> None:
    op.add_column("actors", sa.Column("acled_name", sa.String(length=255), nullable=True))
    op.add_column("actors", sa.Column("began", sa.Date(), nullable=True))
    op.add_column("actors", sa.Column("ended", sa.Date(), nullable=True))
    op.add_column("actors", sa.Column("coded_under_parent", sa.Boolean(), nullable=True))


def downgrade() -> None:
    for column in reversed(_COLUMNS):
        op.drop_column("actors", column)
