"""/api/actors: the actor base (shipped YAML + the store's actors), one actor with its events, the graph."""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any

from fastapi import APIRouter, Query

from marsad.actors.base import ActorBase
from marsad.actors.graph import build_graph
from marsad.errors import NotFoundError
from marsad.store import Store
from marsad.store.filters import EventFilter
from marsad.types import Actor

from ..auth import Reader
from ..deps import StoreDep

router = APIRouter(prefix="/api/actors", tags=["actors"])


def _base(store: Store) -> ActorBase:
    return ActorBase.load(extra=store.list_actors(), strict=False)


def _summary(actor: Actor) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "inter": actor.inter,
        "kind": actor.kind,
        "country": actor.country,
        "generic": actor.generic,
        "part_of": actor.part_of,
        "active": list(actor.active),
    }


@router.get("")
def list_actors(
    store: StoreDep,
    _viewer: Reader,
    kind: Annotated[str | None, Query(description="state, rebel, political-militia, ...")] = None,
    country: Annotated[str | None, Query(description="e.g. Syria")] = None,
    q: Annotated[str | None, Query(description="a name or alias, any spelling; or part of a name")] = None,
) -> list[dict[str, Any]]:
    base = _base(store)
    actors = list(base.actors)
    if kind:
        actors = [a for a in actors if a.kind == kind]
    if country:
        actors = [a for a in actors if (a.country or "").casefold() == country.casefold()]
    if q:
        named = set(base.ids_for(q))
        needle = q.casefold()
        actors = [
            a
            for a in actors
            if a.id in named or needle in a.name.casefold() or any(needle in x.casefold() for x in a.aliases)
        ]
    return [_summary(a) for a in actors]


@router.get("/graph")
def actor_graph(store: StoreDep, _viewer: Reader) -> dict[str, Any]:
    """Nodes (actors) and directed edges (`part_of`, `backed_by`) of the whole base."""
    return build_graph(_base(store))


def _discovered(store: Store, actor_id: str) -> bool:
    return any(a.id == actor_id for a in store.list_actors(origin="discovered"))


@router.get("/{actor_id}")
def get_actor(actor_id: str, store: StoreDep, viewer: Reader) -> dict[str, Any]:
    """One actor: aliases, patrons, subordinates, and its stored events counted and placed by year
    (--public: published events only)."""
    base = _base(store)
    actor = base.get(actor_id) if base.has(actor_id) else base.find(actor_id)
    if actor is None:
        raise NotFoundError(f"no actor {actor_id!r}; GET /api/actors?q=NAME finds one")
    by_year: dict[str, Counter] = {}
    count = 0
    for event in store.iter_matching(EventFilter(actor=actor.name, published_only=viewer.mode == "public")):
        names = {
            event.get("actor1"),
            event.get("actor2"),
            *event.get("assoc_actor_1", ()),
            *event.get("assoc_actor_2", ()),
        }
        if actor.name not in names:
            continue  # the store's actor filter matches parts of names
        count += 1
        year = (event.get("event_date") or "unknown")[:4]
        place = event.get("location") or event.get("admin1") or "unknown"
        by_year.setdefault(year, Counter())[place] += 1
    return {
        **_summary(actor),
        "aliases": list(actor.aliases),
        "arabic": actor.arabic,
        # a discovered actor's description names the report it was found in, which may be unpublished
        "description": None if viewer.mode == "public" and _discovered(store, actor.id) else actor.description,
        "patrons": [
            {
                "name": p.name,
                "id": getattr(base.by_name(p.name), "id", None),
                "since": p.since,
                "until": p.until,
            }
            for p in actor.backed_by
        ],
        "subordinates": [_summary(c) for c in base.children(actor.id)],
        "events": count,
        "places_by_year": {
            year: [
                {"place": place, "events": n}
                for place, n in sorted(places.items(), key=lambda x: (-x[1], x[0]))
            ]
            for year, places in sorted(by_year.items())
        },
    }
