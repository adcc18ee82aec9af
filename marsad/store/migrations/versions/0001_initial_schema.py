"""Initial schema: reports, events, evidence, places, actors, aliases, edges, pending actors.

Revision ID: 0001
Revises: (none)
Create Date: 2026-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.String(length=128), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("inter", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("arabic", sa.String(length=255), nullable=True),
        sa.Column("part_of", sa.String(length=128), nullable=True),
        sa.Column("active_from", sa.Integer(), nullable=True),
        sa.Column("active_until", sa.Integer(), nullable=True),
        sa.Column("generic", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
    )
    op.create_table(
        "places",
        sa.Column("geonameid", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("admin1", sa.String(length=255), nullable=True),
        sa.Column("admin2", sa.String(length=255), nullable=True),
        sa.Column("admin3", sa.String(length=255), nullable=True),
        sa.Column("feature_code", sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint("geonameid", name=op.f("pk_places")),
    )
    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=255), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("origin", sa.Text(), nullable=True),
        sa.Column("dateline_place", sa.String(length=255), nullable=True),
        sa.Column("dateline_source", sa.String(length=255), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reports")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_reports_content_hash")),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reports_doc_id"), ["doc_id"], unique=False)

    op.create_table(
        "actor_aliases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.String(length=128), nullable=False),
        sa.Column("alias", sa.String(length=255), nullable=False),
        sa.Column("folded", sa.String(length=255), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_aliases_actor_id_actors"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_aliases")),
        sa.UniqueConstraint("actor_id", "alias", name=op.f("uq_actor_aliases_actor_id_alias")),
    )
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_aliases_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_actor_aliases_folded"), ["folded"], unique=False)

    op.create_table(
        "actor_edges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.String(length=128), nullable=False),
        sa.Column("target", sa.String(length=255), nullable=False),
        sa.Column("relation", sa.String(length=32), nullable=False),
        sa.Column("since", sa.Integer(), nullable=True),
        sa.Column("until", sa.Integer(), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_actor_edges_report_id_reports"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["actors.id"], name=op.f("fk_actor_edges_source_id_actors"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_edges")),
    )
    with op.batch_alter_table("actor_edges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_edges_source_id"), ["source_id"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(length=255), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=False),
        sa.Column("event_type", sa.String(length=64), nullable=False),
        sa.Column("sub_event_type", sa.String(length=128), nullable=False),
        sa.Column("plover", sa.String(length=64), nullable=False),
        sa.Column("cameo", sa.String(length=16), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=False),
        sa.Column("actor1", sa.String(length=255), nullable=False),
        sa.Column("assoc_actor_1", sa.JSON(), nullable=False),
        sa.Column("actor2", sa.String(length=255), nullable=True),
        sa.Column("assoc_actor_2", sa.JSON(), nullable=False),
        sa.Column("inter1", sa.Integer(), nullable=False),
        sa.Column("inter2", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=255), nullable=True),
        sa.Column("admin1", sa.String(length=255), nullable=True),
        sa.Column("admin2", sa.String(length=255), nullable=True),
        sa.Column("admin3", sa.String(length=255), nullable=True),
        sa.Column("location", sa.String(length=255), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=False),
        sa.Column("fatalities", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=255), nullable=True),
        sa.Column("source_attribution", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("plover_mode", sa.String(length=64), nullable=True),
        sa.Column("geonameid", sa.String(length=64), nullable=True),
        sa.Column("injured", sa.Integer(), nullable=True),
        sa.Column("detained", sa.Integer(), nullable=True),
        sa.Column("fighters", sa.Integer(), nullable=True),
        sa.Column("vehicles", sa.Integer(), nullable=True),
        sa.Column("origin_location", sa.String(length=255), nullable=True),
        sa.Column("origin_latitude", sa.Float(), nullable=True),
        sa.Column("origin_longitude", sa.Float(), nullable=True),
        sa.Column("actor_search", sa.Text(), nullable=False),
        sa.Column("place_search", sa.Text(), nullable=False),
        sa.Column("review_status", sa.String(length=32), nullable=False),
        sa.Column("canonical_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["canonical_id"], ["events.id"], name=op.f("fk_events_canonical_id_events"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["geonameid"], ["places.geonameid"], name=op.f("fk_events_geonameid_places")),
        sa.ForeignKeyConstraint(
            ["report_id"], ["reports.id"], name=op.f("fk_events_report_id_reports"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_events_event_id")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_actor1"), ["actor1"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_actor2"), ["actor2"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_admin1"), ["admin1"], unique=False)
        batch_op.create_index("ix_events_event_date_id", ["event_date", "id"], unique=False)
        batch_op.create_index("ix_events_event_type_event_date", ["event_type", "event_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_geonameid"), ["geonameid"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_report_id"), ["report_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_review_status"), ["review_status"], unique=False)

    op.create_table(
        "pending_actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("folded", sa.String(length=255), nullable=False),
        sa.Column("descriptors", sa.JSON(), nullable=False),
        sa.Column("doc_id", sa.String(length=255), nullable=True),
        sa.Column("report_id", sa.Integer(), nullable=True),
        sa.Column("evidence_start", sa.Integer(), nullable=True),
        sa.Column("evidence_end", sa.Integer(), nullable=True),
        sa.Column("evidence_text", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"],
            ["reports.id"],
            name=op.f("fk_pending_actors_report_id_reports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_actors")),
        sa.UniqueConstraint("folded", name=op.f("uq_pending_actors_folded")),
    )
    with op.batch_alter_table("pending_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pending_actors_status"), ["status"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_evidence_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_event_id"), ["event_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_event_id"))

    op.drop_table("evidence")
    with op.batch_alter_table("pending_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pending_actors_status"))

    op.drop_table("pending_actors")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_review_status"))
        batch_op.drop_index(batch_op.f("ix_events_report_id"))
        batch_op.drop_index(batch_op.f("ix_events_geonameid"))
        batch_op.drop_index("ix_events_event_type_event_date")
        batch_op.drop_index("ix_events_event_date_id")
        batch_op.drop_index(batch_op.f("ix_events_admin1"))
        batch_op.drop_index(batch_op.f("ix_events_actor2"))
        batch_op.drop_index(batch_op.f("ix_events_actor1"))

    op.drop_table("events")
    with op.batch_alter_table("actor_edges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_edges_source_id"))

    op.drop_table("actor_edges")
    with op.batch_alter_table("actor_aliases", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_aliases_folded"))
        batch_op.drop_index(batch_op.f("ix_actor_aliases_actor_id"))

    op.drop_table("actor_aliases")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reports_doc_id"))

    op.drop_table("reports")
    op.drop_table("places")
    op.drop_table("actors")
