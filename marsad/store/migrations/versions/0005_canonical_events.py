"""Cross-report dedupe (`marsad dedupe`): canonical events and the event records linked to each.

- canonical_events: one row per real-world event, with the fields reconciled from its members
  (most precise place and date, lowest fatality figure), the conflicts noted (JSON) and counts.
  `key` is the event_id of the cluster's anchor record, so a rebuild finds the same rows again.
- canonical_members: which canonical event each event record belongs to, its report, and how it
  was matched (anchor, dedupe, reviewer). One row per event record; records are never deleted.
- dedupe_state: named watermarks (the last audit row dedupe has seen, so review changes are redone).

Revision ID: 0005
Revises: 0004
Create Date: 2026-01-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "canonical_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=255), nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("sub_event_type", sa.String(length=128), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=False),
        sa.Column("actor1", sa.String(length=255), nullable=False),
        sa.Column("actor2", sa.String(length=255), nullable=True),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("admin1", sa.String(length=255), nullable=True),
        sa.Column("admin2", sa.String(length=255), nullable=True),
        sa.Column("admin3", sa.String(length=255), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=False),
        sa.Column("geonameid", sa.String(length=64), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=False),
        sa.Column("report_count", sa.Integer(), nullable=False),
        sa.Column("sources", sa.JSON(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_canonical_events")),
        sa.UniqueConstraint("key", name=op.f("uq_canonical_events_key")),
    )
    op.create_index("ix_canonical_events_event_date_id", "canonical_events", ["event_date", "id"])
    op.create_index("ix_canonical_events_event_type_event_date", "canonical_events", ["event_type", "event_date"])
    op.create_table(
        "canonical_members",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("matched_by", sa.String(length=16), nullable=False),
        sa.Column("match", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_canonical_members_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["canonical_id"], ["canonical_events.id"],
            name=op.f("fk_canonical_members_canonical_id_canonical_events"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_canonical_members_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_canonical_members")),
    )
    op.create_index(op.f("ix_canonical_members_canonical_id"), "canonical_members", ["canonical_id"])
    op.create_index(op.f("ix_canonical_members_report_id"), "canonical_members", ["report_id"])
    state = op.create_table(
        "dedupe_state",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_dedupe_state")),
    )
    # The watermark rows exist from the start: dedupe runs lock them to take turns, and two first runs
    # inserting them at once would collide.
    op.bulk_insert(state, [{"name": "last_event_id", "value": 0}, {"name": "last_audit_id", "value": 0}])


def downgrade() -> None:
    op.drop_table("dedupe_state")
    op.drop_index(op.f("ix_canonical_members_report_id"), table_name="canonical_members")
    op.drop_index(op.f("ix_canonical_members_canonical_id"), table_name="canonical_members")
    op.drop_table("canonical_members")
    op.drop_index("ix_canonical_events_event_type_event_date", table_name="canonical_events")
    op.drop_index("ix_canonical_events_event_date_id", table_name="canonical_events")
    op.drop_table("canonical_events")
