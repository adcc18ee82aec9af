"""Table models (SQLAlchemy 2 typed declarative). Kept apart from the API's response models.

The schema is created and changed only by the Alembic revisions in `migrations/versions/`;
these classes must stay in step with them (a test compares the two).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Named constraints so Alembic can alter them later on every backend (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ReportRow(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(255), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str | None] = mapped_column(String(255))
    url: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str | None] = mapped_column(Text)
    dateline_place: Mapped[str | None] = mapped_column(String(255))
    dateline_source: Mapped[str | None] = mapped_column(String(255))
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    events: Mapped[list[EventRow]] = relationship(back_populates="report", order_by="EventRow.id")


class PlaceRow(Base):
    __tablename__ = "places"

    geonameid: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(255))
    admin1: Mapped[str | None] = mapped_column(String(255))
    admin2: Mapped[str | None] = mapped_column(String(255))
    admin3: Mapped[str | None] = mapped_column(String(255))
    feature_code: Mapped[str | None] = mapped_column(String(16))


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_event_date_id", "event_date", "id"),
        Index("ix_events_event_type_event_date", "event_type", "event_date"),
        # revision 0004: bbox filters, and the sub-event half of the type filter
        Index("ix_events_latitude_longitude_event_date", "latitude", "longitude", "event_date"),
        Index("ix_events_sub_event_type_event_date", "sub_event_type", "event_date"),
        # revision 0007: the actor filter's counts (a trigram GIN index on PostgreSQL)
        Index(
            "ix_events_actor_search",
            "actor_search",
            postgresql_using="gin",
            postgresql_ops={"actor_search": "gin_trgm_ops"},
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(255), unique=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    doc_id: Mapped[str] = mapped_column(String(255))
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(128))
    plover: Mapped[str] = mapped_column(String(64))
    cameo: Mapped[str] = mapped_column(String(16))
    event_date: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int] = mapped_column(Integer)
    actor1: Mapped[str] = mapped_column(String(255), index=True)
    assoc_actor_1: Mapped[list[str]] = mapped_column(JSON)
    actor2: Mapped[str | None] = mapped_column(String(255), index=True)
    assoc_actor_2: Mapped[list[str]] = mapped_column(JSON)
    inter1: Mapped[int] = mapped_column(Integer)
    inter2: Mapped[int] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(255))
    admin1: Mapped[str | None] = mapped_column(String(255), index=True)
    admin2: Mapped[str | None] = mapped_column(String(255))
    admin3: Mapped[str | None] = mapped_column(String(255))
    location: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer)
    fatalities: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(255))
    source_attribution: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    plover_mode: Mapped[str | None] = mapped_column(String(64))
    geonameid: Mapped[str | None] = mapped_column(ForeignKey("places.geonameid"), index=True)
    injured: Mapped[int | None] = mapped_column(Integer)
    detained: Mapped[int | None] = mapped_column(Integer)
    fighters: Mapped[int | None] = mapped_column(Integer)
    vehicles: Mapped[int | None] = mapped_column(Integer)
    origin_location: Mapped[str | None] = mapped_column(String(255))
    origin_latitude: Mapped[float | None] = mapped_column(Float)
    origin_longitude: Mapped[float | None] = mapped_column(Float)
    coded_by: Mapped[list[str] | None] = mapped_column(JSON)  # rules that made the event (revision 0008)
    # Lower-cased search keys written at insert: filters stay portable LIKEs (SQLite's lower() is ASCII-only).
    actor_search: Mapped[str] = mapped_column(Text)
    place_search: Mapped[str] = mapped_column(Text)
    # Review and dedupe (the web and dedupe issues): never deletes, links duplicates to a canonical event.
    review_status: Mapped[str] = mapped_column(String(32), default="unreviewed", index=True)
    canonical_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))

    report: Mapped[ReportRow] = relationship(back_populates="events")
    evidence: Mapped[list[EvidenceRow]] = relationship(
        back_populates="event", order_by="EvidenceRow.position", cascade="all, delete-orphan"
    )


class EvidenceRow(Base):
    __tablename__ = "evidence"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    field: Mapped[str | None] = mapped_column(String(64))  # None: supports the whole event
    position: Mapped[int] = mapped_column(Integer)  # keeps the record's order of spans
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    event: Mapped[EventRow] = relationship(back_populates="evidence")


class ActorRow(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    inter: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(64))
    country: Mapped[str | None] = mapped_column(String(255))
    arabic: Mapped[str | None] = mapped_column(String(255))
    part_of: Mapped[str | None] = mapped_column(String(128))
    active_from: Mapped[int | None] = mapped_column(Integer)
    active_until: Mapped[int | None] = mapped_column(Integer)
    generic: Mapped[bool] = mapped_column(default=False)
    description: Mapped[str | None] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="user")  # 'user' | 'discovered'
    # revision 0010: the rest of the YAML format (ACLED's name, a government period's days, coding under the parent)
    acled_name: Mapped[str | None] = mapped_column(String(255))
    began: Mapped[date | None] = mapped_column(Date)
    ended: Mapped[date | None] = mapped_column(Date)
    coded_under_parent: Mapped[bool | None] = mapped_column(Boolean)

    aliases: Mapped[list[ActorAliasRow]] = relationship(
        back_populates="actor", order_by="ActorAliasRow.position", cascade="all, delete-orphan"
    )


class ActorAliasRow(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(255))
    folded: Mapped[str] = mapped_column(String(255), index=True)
    position: Mapped[int] = mapped_column(Integer)

    actor: Mapped[ActorRow] = relationship(back_populates="aliases")


class ActorEdgeRow(Base):
    __tablename__ = "actor_edges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    target: Mapped[str] = mapped_column(String(255))  # an actor id, or a name the base does not hold
    relation: Mapped[str] = mapped_column(String(32))  # 'backed_by' | 'part_of'
    since: Mapped[int | None] = mapped_column(Integer)
    until: Mapped[int | None] = mapped_column(Integer)
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)


class PendingActorRow(Base):
    __tablename__ = "pending_actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    folded: Mapped[str] = mapped_column(String(255), unique=True)
    descriptors: Mapped[dict] = mapped_column(JSON)
    doc_id: Mapped[str | None] = mapped_column(String(255))
    report_id: Mapped[int | None] = mapped_column(ForeignKey("reports.id", ondelete="SET NULL"))
    evidence_start: Mapped[int | None] = mapped_column(Integer)
    evidence_end: Mapped[int | None] = mapped_column(Integer)
    evidence_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class AuditRow(Base):
    """One review change to an event (revision 0002): who, when, what it was before and after."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    user_name: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(16))  # confirm, edit, reject, merge, split
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    before: Mapped[dict] = mapped_column(JSON)
    after: Mapped[dict] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text)


class FeedRow(Base):
    """An RSS/Atom feed the web app polls (revision 0003); entries are stored as reports, by content hash."""

    __tablename__ = "feeds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    interval_seconds: Mapped[int] = mapped_column(Integer)
    created_by: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_polled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status: Mapped[str | None] = mapped_column(String(16))  # 'ok' | 'error'
    last_error: Mapped[str | None] = mapped_column(Text)
    last_job_id: Mapped[str | None] = mapped_column(String(64))
    reports_added: Mapped[int] = mapped_column(Integer, default=0)
