"""The web's event filters as one value: every filter the API offers, applied to a SELECT in one place."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, and_, false, func, literal, or_, select

from marsad.errors import StoreError

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
    backed_by: str | None = None  # a patron: events of its clients in the actor base (resolved as client_names)
    published_only: bool = False  # only PUBLISHED_STATUSES (a --public server)
    canonical_only: bool = False  # one row per real event (canonical.py): duplicates' records left out
    movements_only: bool = False  # movements of forces: an origin placed, or origins in the evidence
    # Set by marsad.query.resolve_filter: the stored / canonical names the texts above stand for.
    place_names: tuple[str, ...] | None = None  # spellings of `place` as stored (location, admin1, admin2)
    admin1_names: tuple[str, ...] | None = None  # spellings of `admin1` as stored
    actor_names: tuple[str, ...] | None = None  # canonical names of the actors `actor` is an alias of
    client_names: tuple[str, ...] | None = None  # canonical names of the actors `backed_by` backs

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
        query = self._apply_places(query)  # texts not resolved (no `*_names`) match as typed
        query = self._apply_actors(query)
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

    def _apply_places(self, query: Select) -> Select:
        if self.admin1_names is not None:
            query = query.where(_stored_in(EventRow.admin1, self.admin1_names))
        elif self.admin1:
            # lower() = lower(): exact, and served by the (lower(admin1), event_date) index of revision 0004
            query = query.where(func.lower(EventRow.admin1) == self.admin1.lower())
        if self.admin2:
            query = query.where(EventRow.admin2.ilike(self.admin2))
        if self.place_names is not None:
            names = self.place_names
            query = query.where(or_(_stored_in(EventRow.location, names), _stored_in(EventRow.admin1, names),
                                    _stored_in(EventRow.admin2, names)))
        elif self.place:
            query = query.where(EventRow.place_search.contains(self.place.casefold(), autoescape=True))
        return query

    def _apply_actors(self, query: Select) -> Select:
        if self.actor:
            # part of a name, as typed; and the actors the base knows by that alias ("SDF", "Daesh")
            typed = EventRow.actor_search.contains(self.actor.casefold(), autoescape=True)
            query = query.where(or_(typed, _any_actor(self.actor_names)) if self.actor_names else typed)
        if self.client_names is not None:
            query = query.where(_any_actor(self.client_names) if self.client_names else false())
        elif self.backed_by:
            raise StoreError("a backed_by filter needs the actor base: resolve it first (marsad.query.resolve_filter)")
        return query


def _stored_in(column, names: tuple[str, ...]):
    # the names are the stored values themselves (marsad.query reads them from the store): compared as they
    # are, since SQLite's lower() folds ASCII only ("Ālbū Kamāl")
    return column.in_(names) if names else false()


def _any_actor(names: tuple[str, ...]):
    """Events where actor1, actor2 or an associated actor is one of `names` (whole names)."""
    # actor_search: one casefolded name a line; whole lines, so "Hezbollah" is not "Kataib Hezbollah"
    lines = literal("\n") + EventRow.actor_search + literal("\n")
    return or_(
        EventRow.actor1.in_(names),
        EventRow.actor2.in_(names),
        *(lines.contains(f"\n{name.casefold()}\n", autoescape=True) for name in names),
    )
