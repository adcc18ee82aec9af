"""Review edits that stay consistent: a reviewer's change of type, actor or place brings what follows from it.

- Types: ACLED's event and sub-event types only (marsad/data/events/acled_types.yaml); a sub-type must
  belong to the type, and a sub-type given alone sets its type.
- Actors: a name the actor base knows becomes its canonical name and sets the inter code (unless the
  reviewer gives one); associated actors take canonical names too; a removed actor2 clears inter2.
  Interaction, disorder type and civilian targeting are never stored: every export derives them from
  these fields, so they follow.
- Places: a chosen gazetteer place (`geonameid`) sets location, country, admin1-3 and coordinates; a
  typed location is looked up in the gazetteer (the candidate in the event's governorate first) and
  does the same when found (when not, the old place's id and coordinates go); a movement's origin gets
  its coordinates the same way. What the reviewer typed explicitly always wins over what is derived.
- Notes: the old actor and place names in the notes are replaced by the new ones (the rest of a note is
  the reviewer's to edit).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from marsad.errors import InputError

if TYPE_CHECKING:
    from marsad.actors.base import ActorBase
    from marsad.places.gazetteer import Gazetteer
    from marsad.types import Place

    from .models import EventRow, PlaceRow

ACLED_TYPES_PATH = Path(__file__).resolve().parents[1] / "data" / "events" / "acled_types.yaml"
_PLACE_FIELDS = ("country", "admin1", "admin2", "admin3", "latitude", "longitude")
_RENAMED_IN_NOTES = ("actor1", "actor2", "location", "admin1")


@cache
def acled_types() -> dict[str, tuple[str, ...]]:
    """ACLED's event types -> their sub-event types, in the codebook's order."""
    data = yaml.safe_load(ACLED_TYPES_PATH.read_text(encoding="utf-8"))
    return {event_type: tuple(subs) for event_type, subs in data.items()}


def type_of_sub_event(sub_event_type: str) -> str | None:
    return next((t for t, subs in acled_types().items() if sub_event_type in subs), None)


class EditContext:
    """Where an edit's derived values come from: the actor base and the gazetteer, each opened only when
    an edit needs it (the gazetteer is built on first use; `gazetteer` lets the API share its own)."""

    def __init__(self, actor_base: Callable[[], ActorBase], gazetteer: Callable[[], Gazetteer] | None = None) -> None:
        self._actor_base = actor_base
        self._gazetteer = gazetteer
        self._opened: dict[str, Any] = {}
        self.chosen: dict[str, Place] = {}  # gazetteer places an edit tied the event to, by id

    def actors(self) -> ActorBase:
        if "actors" not in self._opened:
            self._opened["actors"] = self._actor_base()
        return self._opened["actors"]

    def gazetteer(self) -> Gazetteer:
        if "gazetteer" not in self._opened:
            if self._gazetteer is None:
                from marsad.places.gazetteer import Gazetteer

                self._opened["gazetteer"] = Gazetteer.open()
            else:
                self._opened["gazetteer"] = self._gazetteer()
        return self._opened["gazetteer"]


def consistent_edit(row: EventRow, fields: dict[str, Any], context: EditContext) -> dict[str, Any]:
    """The reviewer's `fields` with everything that follows from them added; InputError when they break
    ACLED's types."""
    edit = dict(fields)
    _check_types(row, edit)
    _canonical_actors(row, edit, context)
    _place(row, edit, context)
    _origin(edit, context)
    _renamed_in_notes(row, edit)
    return edit


def _check_types(row: EventRow, edit: dict[str, Any]) -> None:
    if "event_type" not in edit and "sub_event_type" not in edit:
        return
    types = acled_types()
    event_type = edit.get("event_type", row.event_type)
    if "event_type" in edit and event_type not in types:
        raise InputError(f"unknown event type {event_type!r}; ACLED's event types: {', '.join(types)}")
    if "sub_event_type" in edit:
        sub = edit["sub_event_type"]
        owner = type_of_sub_event(sub or "")
        if owner is None:
            raise InputError(f"unknown sub-event type {sub!r}; ACLED's sub-event types of {event_type}: "
                             f"{', '.join(types.get(event_type, ()))}")
        if "event_type" not in edit:
            edit["event_type"] = event_type = owner  # a sub-type names its type
    sub = edit.get("sub_event_type", row.sub_event_type)
    if sub not in types[event_type]:
        raise InputError(f"sub-event type {sub!r} is not one of {event_type}; choose one of: "
                         f"{', '.join(types[event_type])}")


def _when(day: Any) -> date | int | None:
    """The event's day (it chooses between a government's period actors, see `ActorBase.choose`), else its year."""
    if not day:
        return None
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(str(day)[:10])
    except ValueError:
        return int(str(day)[:4]) if str(day)[:4].isdigit() else None


def _canonical_actors(row: EventRow, edit: dict[str, Any], context: EditContext) -> None:
    if not any(name in edit for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")):
        return
    base = context.actors()
    year = _when(edit.get("event_date", row.event_date))
    country = edit.get("country", row.country)
    for name, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        if name not in edit:
            continue
        if not edit[name]:
            edit.setdefault(inter, 0)  # no actor, no inter code
            continue
        actor = base.find(edit[name], year=year, country=country)
        if actor is not None:
            edit[name] = actor.name
            edit.setdefault(inter, actor.inter)
    for name in ("assoc_actor_1", "assoc_actor_2"):
        if name in edit:
            found = [base.find(written, year=year, country=country) for written in edit[name] or []]
            edit[name] = [actor.name if actor else written for actor, written in zip(found, edit[name] or [],
                                                                                        strict=True)]


def _place(row: EventRow, edit: dict[str, Any], context: EditContext) -> None:
    if edit.get("geonameid"):
        place = context.gazetteer().get(str(edit["geonameid"]))
        if place is None:
            raise InputError(f"no place {edit['geonameid']!r} in the gazetteer; pick one from /api/places?q=NAME")
        edit.setdefault("location", place.name)
    elif edit.get("location") and "geonameid" not in edit:
        place = resolve_place(context.gazetteer(), edit["location"], edit.get("admin1", row.admin1),
                              edit.get("country", row.country))
        edit["geonameid"] = place.geonameid if place else None
        if place is None:  # a name the gazetteer lacks: the reviewer's coordinates, or none (not the old place's)
            edit.setdefault("latitude", None)
            edit.setdefault("longitude", None)
            return
    else:
        return
    for name in _PLACE_FIELDS:
        edit.setdefault(name, getattr(place, name))
    context.chosen[place.geonameid] = place


def place_row(place: Place) -> PlaceRow:
    """The store's row for a gazetteer place an edit chose (events refer to their place by id)."""
    from .models import PlaceRow

    return PlaceRow(geonameid=place.geonameid, name=place.name, latitude=place.latitude,
                    longitude=place.longitude, country=place.country, admin1=place.admin1, admin2=place.admin2,
                    admin3=place.admin3, feature_code=place.feature_code)


def _origin(edit: dict[str, Any], context: EditContext) -> None:
    if not edit.get("origin_location"):
        return
    place = resolve_place(context.gazetteer(), edit["origin_location"], None, None)
    edit.setdefault("origin_latitude", place.latitude if place else None)
    edit.setdefault("origin_longitude", place.longitude if place else None)


def resolve_place(gazetteer: Gazetteer, name: str, admin1: str | None, country: str | None) -> Place | None:
    """The gazetteer's place for a typed name: one in the event's governorate, else its country, else the
    most populous of the name's places."""
    places = [candidate.place for candidate in gazetteer.lookup(name)]
    if not places:
        return None
    for fits in (lambda p: admin1 and p.admin1 == admin1, lambda p: country and p.country == country):
        fitting = [p for p in places if fits(p)]
        if fitting:
            places = fitting
            break
    return max(places, key=lambda p: p.population)


def _renamed_in_notes(row: EventRow, edit: dict[str, Any]) -> None:
    if "notes" in edit or not row.notes:
        return
    notes = row.notes
    for name in _RENAMED_IN_NOTES:
        old, new = getattr(row, name), edit.get(name)
        if name in edit and old and new and old != new and old in notes:
            notes = notes.replace(old, new)
    if notes != row.notes:
        edit["notes"] = notes
