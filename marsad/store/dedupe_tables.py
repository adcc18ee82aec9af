"""Tables of the cross-report dedupe (Alembic revision 0005), owned by the store like every table; the
dedupe stage (marsad.dedupe) fills them. Event records are never deleted: dedupe only adds these rows beside them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base

# How a record joined its canonical event.
MATCHED_ANCHOR = "anchor"  # the record the canonical event is keyed on
MATCHED_DEDUPE = "dedupe"  # linked by the machine rules (type, date, place, actors)
MATCHED_REVIEWER = "reviewer"  # linked because a reviewer merged it (events.canonical_id)


class CanonicalEventRow(Base):
    __tablename__ = "canonical_events"
    __table_args__ = (
        Index("ix_canonical_events_event_date_id", "event_date", "id"),
        Index("ix_canonical_events_event_type_event_date", "event_type", "event_date"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The event_id of the anchor record: a rebuild of the same cluster finds the same row (stable ids).
    key: Mapped[str] = mapped_column(String(255), unique=True)
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(128))
    event_date: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int] = mapped_column(Integer)
    actor1: Mapped[str] = mapped_column(String(255))
    actor2: Mapped[str | None] = mapped_column(String(255))
    country: Mapped[str | None] = mapped_column(String(255))
    admin1: Mapped[str | None] = mapped_column(String(255))
    admin2: Mapped[str | None] = mapped_column(String(255))
    admin3: Mapped[str | None] = mapped_column(String(255))
    location: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int] = mapped_column(Integer)
    geonameid: Mapped[str | None] = mapped_column(String(64))
    fatalities: Mapped[int] = mapped_column(Integer)
    member_count: Mapped[int] = mapped_column(Integer)
    report_count: Mapped[int] = mapped_column(Integer)
    sources: Mapped[list[str]] = mapped_column(JSON)
    # [{"field": ..., "chosen": ..., "values": {value: [event_id, ...]}}] where the members disagree
    conflicts: Mapped[list[dict]] = mapped_column(JSON)


class CanonicalMemberRow(Base):
    __tablename__ = "canonical_members"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    canonical_id: Mapped[int] = mapped_column(ForeignKey("canonical_events.id", ondelete="CASCADE"), index=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), index=True)
    matched_by: Mapped[str] = mapped_column(String(16))
    match: Mapped[str | None] = mapped_column(Text)  # why, e.g. "same admin2; 1 day apart; same actors"


class DedupeStateRow(Base):
    """Named watermarks, e.g. the last audit row dedupe has taken into account."""

    __tablename__ = "dedupe_state"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
