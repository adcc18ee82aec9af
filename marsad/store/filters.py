"""The web's event filters as one value: every filter the API offers, applied to a SELECT in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, func, or_, select

from .models import EventRow, EvidenceRow, ReportRow

REVIEW_STATUSES = ("unreviewed", "confirmed", "edited", "rejected", "merged")
# What a --public server shows: events a coder has confirmed or corrected. Never the machine's unreviewed
# output, nor what a coder rejected or merged away as a duplicate.
PUBLISHED_STATUSES = ("confirmed", "edited")

# Sorts the web offers, beyond the Store's own; "confidence" puts the least certain first (review queue).
WEB_SORTS = {
    "-event_date": (EventRow.event_date.desc().nulls_last(), EventRow.id.desc()),
    "event_date": (EventRow.event_date.asc().nulls_last(), EventRow.id.asc()),
    "-id": (EventRow.id.desc(),),
    "id": (EventRow.id.asc(),),
    "confidence": (EventRow.confidence.asc(), EventRow.id.asc()),
    "-confidence": (EventRow.confidence.desc(), EventRow.id.asc()),
    "-fatalities": (EventRow.fatalities.desc(), EventRow.id.desc()),
}


@dataclass(frozen=True)
class EventFilter:
    """Every field None means "no filter"; strings match case-insensitively."""

    since: date | None = None
    until: date | None = None
    event_type: str | None = None  # the type or the sub-event type (as Store.query_events)
    sub_event_type: str | None = None
    actor: str | None = None  # part of actor1, actor2 or an associated actor
    admin1: str | None = None  # exact governorate, case-insensitive
    admin2: str | None = None
    place: str | None = None  # part of location, admin1 or admin2
    bbox: tuple[float, float, float, float] | None = None  # (south, west, north, east)
    near: tuple[float, float, float] | None = None  # (latitude, longitude, km): a circle (radius.py)
    q: str | None = None  # text search over notes, actors, places and the report's text
    review_status: str | None = None
    min_confidence: float | None = None
    backed_by: str | None = None  # a patron: events of its clients in the actor base (Store._graph_filtered)
    published_only: bool = False  # only PUBLISHED_STATUSES (a --public server)
    canonical_only: bool = False  # one row per real event (canonical.py): duplicates' records left out
    movements_only: bool = False  # movements of forces: an origin placed, or origins in the evidence

    def apply(self, query: Select) -> Select:
        if self.since is not None:
            query = query.where(EventRow.event_date >= self.since)
        if self.until is not None:
            query = query.where(EventRow.event_date <= self.until)
        if self.event_type:
            query = query.where(
                or_(EventRow.event_type == self.event_type, EventRow.sub_event_type == self.event_type)
            )
        if self.sub_event_type:
            query = query.where(EventRow.sub_event_type == self.sub_event_type)
        if self.actor:
            query = query.where(EventRow.actor_search.contains(self.actor.casefold(), autoescape=True))
        if self.admin1:
            # lower() = lower(): exact, and served by the (lower(admin1), event_date) index of revision 0004
            query = query.where(func.lower(EventRow.admin1) == self.admin1.lower())
        if self.admin2:
            query = query.where(EventRow.admin2.ilike(self.admin2))
        if self.place:
            query = query.where(EventRow.place_search.contains(self.place.casefold(), autoescape=True))
        if self.bbox is not None:
            south, west, north, east = self.bbox
            query = query.where(
                EventRow.latitude >= south,
                EventRow.latitude <= north,
                EventRow.longitude >= west,
                EventRow.longitude <= east,
            )
        if self.near is not None:
            from .radius import within_radius

            query = query.where(within_radius(*self.near))
        if self.q:
            needle = self.q.casefold()
            query = query.where(
                or_(
                    EventRow.notes.icontains(self.q, autoescape=True),
                    EventRow.actor_search.contains(needle, autoescape=True),
                    EventRow.place_search.contains(needle, autoescape=True),
                    # or the report it was read from has every word (the workbench's report search)
                    EventRow.report_id.in_(select(ReportRow.id).where(
                        and_(*(ReportRow.text.icontains(word, autoescape=True) for word in self.q.split()))
                    )),
                )
            )
        if self.review_status:
            query = query.where(EventRow.review_status == self.review_status)
        if self.published_only:
            query = query.where(EventRow.review_status.in_(PUBLISHED_STATUSES))
        if self.min_confidence is not None:
            query = query.where(EventRow.confidence >= self.min_confidence)
        if self.movements_only:
            query = query.where(or_(EventRow.origin_latitude.is_not(None), EventRow.id.in_(
                select(EvidenceRow.event_id).where(EvidenceRow.field.like("origins.%")))))
        if self.canonical_only:
            from .canonical import hidden_as_duplicate

            query = query.where(~hidden_as_duplicate(PUBLISHED_STATUSES if self.published_only else None))
        return query
